# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.resize(440, 300)
        self.layout = QVBoxLayout(AccountDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.roleCaption = QLabel(AccountDialog)
        self.roleCaption.setObjectName(u"roleCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleCaption)

        self.roleCombo = QComboBox(AccountDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.wardCaption = QLabel(AccountDialog)
        self.wardCaption.setObjectName(u"wardCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.wardCaption)

        self.wardCombo = QComboBox(AccountDialog)
        self.wardCombo.setObjectName(u"wardCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.wardCombo)

        self.usernameCaption = QLabel(AccountDialog)
        self.usernameCaption.setObjectName(u"usernameCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usernameCaption)

        self.usernameEdit = QLineEdit(AccountDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(50)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameCaption = QLabel(AccountDialog)
        self.displayNameCaption.setObjectName(u"displayNameCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.displayNameCaption)

        self.displayNameEdit = QLineEdit(AccountDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(50)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.passwordCaption = QLabel(AccountDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(AccountDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatCaption = QLabel(AccountDialog)
        self.repeatCaption.setObjectName(u"repeatCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeatCaption)

        self.repeatEdit = QLineEdit(AccountDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.passwordHint = QLabel(AccountDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.passwordHint)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(AccountDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AccountDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roleCaption.setBuddy(self.roleCombo)
        self.wardCaption.setBuddy(self.wardCombo)
        self.usernameCaption.setBuddy(self.usernameEdit)
        self.displayNameCaption.setBuddy(self.displayNameEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
        self.repeatCaption.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roleCombo, self.wardCombo)
        QWidget.setTabOrder(self.wardCombo, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(AccountDialog)

        QMetaObject.connectSlotsByName(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"New account", None))
        self.roleCaption.setText(QCoreApplication.translate("AccountDialog", u"&Role", None))
        self.wardCaption.setText(QCoreApplication.translate("AccountDialog", u"&Ward", None))
        self.usernameCaption.setText(QCoreApplication.translate("AccountDialog", u"&User name", None))
        self.displayNameCaption.setText(QCoreApplication.translate("AccountDialog", u"&Name", None))
        self.passwordCaption.setText(QCoreApplication.translate("AccountDialog", u"&Password", None))
        self.repeatCaption.setText(QCoreApplication.translate("AccountDialog", u"R&epeat password", None))
        self.passwordHint.setText(QCoreApplication.translate("AccountDialog", u"At least 8 characters, and not the same as the user name.", None))
    # retranslateUi

