# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deadline_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_DeadlineDialog(object):
    def setupUi(self, DeadlineDialog):
        if not DeadlineDialog.objectName():
            DeadlineDialog.setObjectName(u"DeadlineDialog")
        DeadlineDialog.resize(440, 260)
        self.layout = QVBoxLayout(DeadlineDialog)
        self.layout.setObjectName(u"layout")
        self.promptLabel = QLabel(DeadlineDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)
        self.promptLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.promptLabel)

        self.reasonCaption = QLabel(DeadlineDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.layout.addWidget(self.reasonCaption)

        self.reasonEdit = QPlainTextEdit(DeadlineDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.reasonEdit)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.deadlineCaption = QLabel(DeadlineDialog)
        self.deadlineCaption.setObjectName(u"deadlineCaption")

        self.dateRow.addWidget(self.deadlineCaption)

        self.deadlineEdit = QDateEdit(DeadlineDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)
        self.deadlineEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.dateRow.addWidget(self.deadlineEdit)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)


        self.layout.addLayout(self.dateRow)

        self.buttonBox = QDialogButtonBox(DeadlineDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonCaption.setBuddy(self.reasonEdit)
        self.deadlineCaption.setBuddy(self.deadlineEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeadlineDialog)

        QMetaObject.connectSlotsByName(DeadlineDialog)
    # setupUi

    def retranslateUi(self, DeadlineDialog):
        DeadlineDialog.setWindowTitle(QCoreApplication.translate("DeadlineDialog", u"New deadline", None))
        self.reasonCaption.setText(QCoreApplication.translate("DeadlineDialog", u"&Reason", None))
        self.deadlineCaption.setText(QCoreApplication.translate("DeadlineDialog", u"New &deadline", None))
    # retranslateUi

