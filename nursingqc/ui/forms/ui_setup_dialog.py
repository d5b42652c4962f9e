# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(520, 400)
        self.layout = QVBoxLayout(SetupDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(SetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.hospitalCaption = QLabel(SetupDialog)
        self.hospitalCaption.setObjectName(u"hospitalCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hospitalCaption)

        self.hospitalEdit = QLineEdit(SetupDialog)
        self.hospitalEdit.setObjectName(u"hospitalEdit")
        self.hospitalEdit.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hospitalEdit)

        self.usernameCaption = QLabel(SetupDialog)
        self.usernameCaption.setObjectName(u"usernameCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameCaption)

        self.usernameEdit = QLineEdit(SetupDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setText(u"admin")
        self.usernameEdit.setMaxLength(50)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameCaption = QLabel(SetupDialog)
        self.displayNameCaption.setObjectName(u"displayNameCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.displayNameCaption)

        self.displayNameEdit = QLineEdit(SetupDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(50)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.passwordCaption = QLabel(SetupDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(SetupDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatCaption = QLabel(SetupDialog)
        self.repeatCaption.setObjectName(u"repeatCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatCaption)

        self.repeatEdit = QLineEdit(SetupDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(SetupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.wardPcBox = QGroupBox(SetupDialog)
        self.wardPcBox.setObjectName(u"wardPcBox")
        self.wardPcLayout = QVBoxLayout(self.wardPcBox)
        self.wardPcLayout.setObjectName(u"wardPcLayout")
        self.wardPcLabel = QLabel(self.wardPcBox)
        self.wardPcLabel.setObjectName(u"wardPcLabel")
        self.wardPcLabel.setWordWrap(True)

        self.wardPcLayout.addWidget(self.wardPcLabel)

        self.setupPackageButton = QPushButton(self.wardPcBox)
        self.setupPackageButton.setObjectName(u"setupPackageButton")

        self.wardPcLayout.addWidget(self.setupPackageButton)


        self.layout.addWidget(self.wardPcBox)

        self.buttonBox = QDialogButtonBox(SetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.hospitalCaption.setBuddy(self.hospitalEdit)
        self.usernameCaption.setBuddy(self.usernameEdit)
        self.displayNameCaption.setBuddy(self.displayNameEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
        self.repeatCaption.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"First start \u2014 NursingQC", None))
        self.introLabel.setText(QCoreApplication.translate("SetupDialog", u"Welcome. Enter your hospital's name and create the nursing department's administrator account.", None))
        self.hospitalCaption.setText(QCoreApplication.translate("SetupDialog", u"&Hospital name", None))
        self.usernameCaption.setText(QCoreApplication.translate("SetupDialog", u"Administrator &user name", None))
        self.displayNameCaption.setText(QCoreApplication.translate("SetupDialog", u"&Name", None))
        self.passwordCaption.setText(QCoreApplication.translate("SetupDialog", u"&Password", None))
        self.repeatCaption.setText(QCoreApplication.translate("SetupDialog", u"&Repeat password", None))
        self.wardPcBox.setTitle(QCoreApplication.translate("SetupDialog", u"A ward's PC", None))
        self.wardPcLabel.setText(QCoreApplication.translate("SetupDialog", u"If the nursing department gave you a setup package for this ward's PC, use it instead: it brings the hospital, the ward and its accounts.", None))
        self.setupPackageButton.setText(QCoreApplication.translate("SetupDialog", u"Set up this PC from a setup &package (ward PC)\u2026", None))
    # retranslateUi

