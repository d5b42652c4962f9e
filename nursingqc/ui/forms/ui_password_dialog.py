# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(440, 260)
        self.layout = QVBoxLayout(PasswordDialog)
        self.layout.setObjectName(u"layout")
        self.firstLogInLabel = QLabel(PasswordDialog)
        self.firstLogInLabel.setObjectName(u"firstLogInLabel")
        self.firstLogInLabel.setWordWrap(True)

        self.layout.addWidget(self.firstLogInLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.currentCaption = QLabel(PasswordDialog)
        self.currentCaption.setObjectName(u"currentCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentCaption)

        self.currentEdit = QLineEdit(PasswordDialog)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.newCaption = QLabel(PasswordDialog)
        self.newCaption.setObjectName(u"newCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newCaption)

        self.newEdit = QLineEdit(PasswordDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.repeatCaption = QLabel(PasswordDialog)
        self.repeatCaption.setObjectName(u"repeatCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatCaption)

        self.repeatEdit = QLineEdit(PasswordDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.passwordHint = QLabel(PasswordDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordHint)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(PasswordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentCaption.setBuddy(self.currentEdit)
        self.newCaption.setBuddy(self.newEdit)
        self.repeatCaption.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.currentEdit, self.newEdit)
        QWidget.setTabOrder(self.newEdit, self.repeatEdit)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Change password", None))
        self.firstLogInLabel.setText(QCoreApplication.translate("PasswordDialog", u"You logged in with a first password (given by the nursing department). Please set a password of your own before you start working.", None))
        self.currentCaption.setText(QCoreApplication.translate("PasswordDialog", u"&Current password", None))
        self.newCaption.setText(QCoreApplication.translate("PasswordDialog", u"&New password", None))
        self.repeatCaption.setText(QCoreApplication.translate("PasswordDialog", u"R&epeat new password", None))
        self.passwordHint.setText(QCoreApplication.translate("PasswordDialog", u"At least 8 characters, not the same as the user name, and not the current password.", None))
    # retranslateUi

