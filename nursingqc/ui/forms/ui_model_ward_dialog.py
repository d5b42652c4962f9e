# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'model_ward_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidget, QPlainTextEdit, QVBoxLayout

class Ui_ModelWardDialog(object):
    def setupUi(self, ModelWardDialog):
        if not ModelWardDialog.objectName():
            ModelWardDialog.setObjectName(u"ModelWardDialog")
        ModelWardDialog.resize(520, 560)
        self.layout = QVBoxLayout(ModelWardDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ModelWardDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.introLabel)

        self.wardsCaption = QLabel(ModelWardDialog)
        self.wardsCaption.setObjectName(u"wardsCaption")

        self.layout.addWidget(self.wardsCaption)

        self.wardList = QListWidget(ModelWardDialog)
        self.wardList.setObjectName(u"wardList")

        self.layout.addWidget(self.wardList)

        self.changeLabel = QLabel(ModelWardDialog)
        self.changeLabel.setObjectName(u"changeLabel")
        self.changeLabel.setWordWrap(True)
        self.changeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.changeLabel)

        self.reasonCaption = QLabel(ModelWardDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.layout.addWidget(self.reasonCaption)

        self.reasonEdit = QPlainTextEdit(ModelWardDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 80))

        self.layout.addWidget(self.reasonEdit)

        self.buttonBox = QDialogButtonBox(ModelWardDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.wardsCaption.setBuddy(self.wardList)
        self.reasonCaption.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ModelWardDialog)

        QMetaObject.connectSlotsByName(ModelWardDialog)
    # setupUi

    def retranslateUi(self, ModelWardDialog):
        ModelWardDialog.setWindowTitle(QCoreApplication.translate("ModelWardDialog", u"Model wards", None))
        self.wardsCaption.setText(QCoreApplication.translate("ModelWardDialog", u"&Wards that may be chosen (evaluated on every checklist, no failed veto item):", None))
#if QT_CONFIG(accessibility)
        self.wardList.setAccessibleName(QCoreApplication.translate("ModelWardDialog", u"Wards, the chosen ones ticked", None))
#endif // QT_CONFIG(accessibility)
        self.reasonCaption.setText(QCoreApplication.translate("ModelWardDialog", u"&Reason for the change", None))
    # retranslateUi

