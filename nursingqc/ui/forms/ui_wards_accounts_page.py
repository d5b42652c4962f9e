# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wards_accounts_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_WardsAccountsPage(object):
    def setupUi(self, WardsAccountsPage):
        if not WardsAccountsPage.objectName():
            WardsAccountsPage.setObjectName(u"WardsAccountsPage")
        self.layout = QVBoxLayout(WardsAccountsPage)
        self.layout.setObjectName(u"layout")
        self.wardsBox = QGroupBox(WardsAccountsPage)
        self.wardsBox.setObjectName(u"wardsBox")
        self.wardsLayout = QVBoxLayout(self.wardsBox)
        self.wardsLayout.setObjectName(u"wardsLayout")
        self.wardsTable = QTableWidget(self.wardsBox)
        self.wardsTable.setObjectName(u"wardsTable")
        self.wardsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.wardsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.wardsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.wardsTable.setAlternatingRowColors(True)

        self.wardsLayout.addWidget(self.wardsTable)

        self.wardButtons = QHBoxLayout()
        self.wardButtons.setObjectName(u"wardButtons")
        self.addWardButton = QPushButton(self.wardsBox)
        self.addWardButton.setObjectName(u"addWardButton")

        self.wardButtons.addWidget(self.addWardButton)

        self.editWardButton = QPushButton(self.wardsBox)
        self.editWardButton.setObjectName(u"editWardButton")

        self.wardButtons.addWidget(self.editWardButton)

        self.activeWardButton = QPushButton(self.wardsBox)
        self.activeWardButton.setObjectName(u"activeWardButton")

        self.wardButtons.addWidget(self.activeWardButton)

        self.deleteWardButton = QPushButton(self.wardsBox)
        self.deleteWardButton.setObjectName(u"deleteWardButton")

        self.wardButtons.addWidget(self.deleteWardButton)

        self.wardSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wardButtons.addItem(self.wardSpacer)


        self.wardsLayout.addLayout(self.wardButtons)

        self.importButtons = QHBoxLayout()
        self.importButtons.setObjectName(u"importButtons")
        self.importButton = QPushButton(self.wardsBox)
        self.importButton.setObjectName(u"importButton")

        self.importButtons.addWidget(self.importButton)

        self.accountsCheck = QCheckBox(self.wardsBox)
        self.accountsCheck.setObjectName(u"accountsCheck")

        self.importButtons.addWidget(self.accountsCheck)

        self.templateButton = QPushButton(self.wardsBox)
        self.templateButton.setObjectName(u"templateButton")

        self.importButtons.addWidget(self.templateButton)

        self.importSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importButtons.addItem(self.importSpacer)


        self.wardsLayout.addLayout(self.importButtons)

        self.importHint = QLabel(self.wardsBox)
        self.importHint.setObjectName(u"importHint")
        self.importHint.setWordWrap(True)

        self.wardsLayout.addWidget(self.importHint)


        self.layout.addWidget(self.wardsBox)

        self.accountsBox = QGroupBox(WardsAccountsPage)
        self.accountsBox.setObjectName(u"accountsBox")
        self.accountsLayout = QVBoxLayout(self.accountsBox)
        self.accountsLayout.setObjectName(u"accountsLayout")
        self.accountsTable = QTableWidget(self.accountsBox)
        self.accountsTable.setObjectName(u"accountsTable")
        self.accountsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accountsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accountsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accountsTable.setAlternatingRowColors(True)

        self.accountsLayout.addWidget(self.accountsTable)

        self.accountButtons = QHBoxLayout()
        self.accountButtons.setObjectName(u"accountButtons")
        self.newAccountButton = QPushButton(self.accountsBox)
        self.newAccountButton.setObjectName(u"newAccountButton")

        self.accountButtons.addWidget(self.newAccountButton)

        self.editAccountButton = QPushButton(self.accountsBox)
        self.editAccountButton.setObjectName(u"editAccountButton")

        self.accountButtons.addWidget(self.editAccountButton)

        self.activeAccountButton = QPushButton(self.accountsBox)
        self.activeAccountButton.setObjectName(u"activeAccountButton")

        self.accountButtons.addWidget(self.activeAccountButton)

        self.resetPasswordButton = QPushButton(self.accountsBox)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.accountButtons.addWidget(self.resetPasswordButton)

        self.unlockButton = QPushButton(self.accountsBox)
        self.unlockButton.setObjectName(u"unlockButton")

        self.accountButtons.addWidget(self.unlockButton)

        self.accountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accountButtons.addItem(self.accountSpacer)


        self.accountsLayout.addLayout(self.accountButtons)


        self.layout.addWidget(self.accountsBox)


        self.retranslateUi(WardsAccountsPage)

        QMetaObject.connectSlotsByName(WardsAccountsPage)
    # setupUi

    def retranslateUi(self, WardsAccountsPage):
        self.wardsBox.setTitle(QCoreApplication.translate("WardsAccountsPage", u"Wards", None))
        self.addWardButton.setText(QCoreApplication.translate("WardsAccountsPage", u"Add &ward\u2026", None))
        self.editWardButton.setText(QCoreApplication.translate("WardsAccountsPage", u"&Edit ward\u2026", None))
        self.activeWardButton.setText(QCoreApplication.translate("WardsAccountsPage", u"&Deactivate ward", None))
        self.deleteWardButton.setText(QCoreApplication.translate("WardsAccountsPage", u"Dele&te ward\u2026", None))
        self.importButton.setText(QCoreApplication.translate("WardsAccountsPage", u"&Import wards from Excel\u2026", None))
        self.accountsCheck.setText(QCoreApplication.translate("WardsAccountsPage", u"&Make head nurses' accounts too", None))
#if QT_CONFIG(tooltip)
        self.accountsCheck.setToolTip(QCoreApplication.translate("WardsAccountsPage", u"The import also makes an account for each ward's head nurse (column \u62a4\u58eb\u957f) that has none; you see the user names before it does.", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("WardsAccountsPage", u"Download the tem&plate\u2026", None))
        self.importHint.setText(QCoreApplication.translate("WardsAccountsPage", u"Sheet \u75c5\u533a with the columns \u75c5\u533a\u7f16\u7801, \u75c5\u533a\u540d\u79f0, \u62a4\u58eb\u957f, \u5e8a\u4f4d\u6570, \u5206\u7ec4", None))
        self.accountsBox.setTitle(QCoreApplication.translate("WardsAccountsPage", u"Accounts", None))
        self.newAccountButton.setText(QCoreApplication.translate("WardsAccountsPage", u"&New account\u2026", None))
        self.editAccountButton.setText(QCoreApplication.translate("WardsAccountsPage", u"Edit acc&ount\u2026", None))
        self.activeAccountButton.setText(QCoreApplication.translate("WardsAccountsPage", u"Disa&ble account", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("WardsAccountsPage", u"&Reset password\u2026", None))
        self.unlockButton.setText(QCoreApplication.translate("WardsAccountsPage", u"&Unlock account", None))
#if QT_CONFIG(tooltip)
        self.unlockButton.setToolTip(QCoreApplication.translate("WardsAccountsPage", u"After 5 wrong passwords in a row an account waits 5 minutes; unlocking lets the user try again at once.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

