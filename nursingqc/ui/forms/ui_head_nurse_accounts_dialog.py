# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'head_nurse_accounts_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTableWidget, QVBoxLayout

class Ui_HeadNurseAccountsDialog(object):
    def setupUi(self, HeadNurseAccountsDialog):
        if not HeadNurseAccountsDialog.objectName():
            HeadNurseAccountsDialog.setObjectName(u"HeadNurseAccountsDialog")
        HeadNurseAccountsDialog.resize(900, 520)
        self.layout = QVBoxLayout(HeadNurseAccountsDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(HeadNurseAccountsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.accountsTable = QTableWidget(HeadNurseAccountsDialog)
        self.accountsTable.setObjectName(u"accountsTable")

        self.layout.addWidget(self.accountsTable)

        self.errorLabel = QLabel(HeadNurseAccountsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.slipsButton = QPushButton(HeadNurseAccountsDialog)
        self.slipsButton.setObjectName(u"slipsButton")

        self.buttons.addWidget(self.slipsButton)

        self.buttonBox = QDialogButtonBox(HeadNurseAccountsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttons.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(HeadNurseAccountsDialog)

        QMetaObject.connectSlotsByName(HeadNurseAccountsDialog)
    # setupUi

    def retranslateUi(self, HeadNurseAccountsDialog):
        HeadNurseAccountsDialog.setWindowTitle(QCoreApplication.translate("HeadNurseAccountsDialog", u"Head nurses' accounts", None))
#if QT_CONFIG(accessibility)
        self.accountsTable.setAccessibleName(QCoreApplication.translate("HeadNurseAccountsDialog", u"Head nurses' accounts", None))
#endif // QT_CONFIG(accessibility)
        self.slipsButton.setText(QCoreApplication.translate("HeadNurseAccountsDialog", u"&Print password slips\u2026", None))
    # retranslateUi

