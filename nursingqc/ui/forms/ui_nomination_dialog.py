# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'nomination_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

class Ui_NominationDialog(object):
    def setupUi(self, NominationDialog):
        if not NominationDialog.objectName():
            NominationDialog.setObjectName(u"NominationDialog")
        NominationDialog.resize(440, 280)
        self.layout = QVBoxLayout(NominationDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.wardCaption = QLabel(NominationDialog)
        self.wardCaption.setObjectName(u"wardCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.wardCaption)

        self.wardCombo = QComboBox(NominationDialog)
        self.wardCombo.setObjectName(u"wardCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.wardCombo)

        self.nameCaption = QLabel(NominationDialog)
        self.nameCaption.setObjectName(u"nameCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(NominationDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(50)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.reasonCaption = QLabel(NominationDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reasonEdit = QPlainTextEdit(NominationDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.layout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(NominationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.wardCaption.setBuddy(self.wardCombo)
        self.nameCaption.setBuddy(self.nameEdit)
        self.reasonCaption.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NominationDialog)

        QMetaObject.connectSlotsByName(NominationDialog)
    # setupUi

    def retranslateUi(self, NominationDialog):
        NominationDialog.setWindowTitle(QCoreApplication.translate("NominationDialog", u"Nominate an excellent nurse", None))
        self.wardCaption.setText(QCoreApplication.translate("NominationDialog", u"&Ward", None))
        self.nameCaption.setText(QCoreApplication.translate("NominationDialog", u"&Nurse's name", None))
        self.reasonCaption.setText(QCoreApplication.translate("NominationDialog", u"&Why she deserves it", None))
    # retranslateUi

