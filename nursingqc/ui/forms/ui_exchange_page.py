# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_ExchangePage(object):
    def setupUi(self, ExchangePage):
        if not ExchangePage.objectName():
            ExchangePage.setObjectName(u"ExchangePage")
        self.layout = QVBoxLayout(ExchangePage)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ExchangePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.introLabel)

        self.departmentBox = QGroupBox(ExchangePage)
        self.departmentBox.setObjectName(u"departmentBox")
        self.departmentLayout = QVBoxLayout(self.departmentBox)
        self.departmentLayout.setObjectName(u"departmentLayout")
        self.wardsTable = QTableWidget(self.departmentBox)
        self.wardsTable.setObjectName(u"wardsTable")
        self.wardsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.wardsTable.setAlternatingRowColors(True)
        self.wardsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.wardsTable.setWordWrap(False)

        self.departmentLayout.addWidget(self.wardsTable)

        self.enrolRow = QHBoxLayout()
        self.enrolRow.setObjectName(u"enrolRow")
        self.enrolWardLabel = QLabel(self.departmentBox)
        self.enrolWardLabel.setObjectName(u"enrolWardLabel")

        self.enrolRow.addWidget(self.enrolWardLabel)

        self.enrolWardCombo = QComboBox(self.departmentBox)
        self.enrolWardCombo.setObjectName(u"enrolWardCombo")
        self.enrolWardCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.enrolRow.addWidget(self.enrolWardCombo)

        self.enrolButton = QPushButton(self.departmentBox)
        self.enrolButton.setObjectName(u"enrolButton")

        self.enrolRow.addWidget(self.enrolButton)

        self.unenrolButton = QPushButton(self.departmentBox)
        self.unenrolButton.setObjectName(u"unenrolButton")

        self.enrolRow.addWidget(self.unenrolButton)

        self.enrolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.enrolRow.addItem(self.enrolSpacer)


        self.departmentLayout.addLayout(self.enrolRow)

        self.departmentButtons = QHBoxLayout()
        self.departmentButtons.setObjectName(u"departmentButtons")
        self.exportDownButton = QPushButton(self.departmentBox)
        self.exportDownButton.setObjectName(u"exportDownButton")

        self.departmentButtons.addWidget(self.exportDownButton)

        self.importUpButton = QPushButton(self.departmentBox)
        self.importUpButton.setObjectName(u"importUpButton")

        self.departmentButtons.addWidget(self.importUpButton)

        self.importUpFolderButton = QPushButton(self.departmentBox)
        self.importUpFolderButton.setObjectName(u"importUpFolderButton")

        self.departmentButtons.addWidget(self.importUpFolderButton)

        self.departmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.departmentButtons.addItem(self.departmentSpacer)


        self.departmentLayout.addLayout(self.departmentButtons)


        self.layout.addWidget(self.departmentBox)

        self.wardBox = QGroupBox(ExchangePage)
        self.wardBox.setObjectName(u"wardBox")
        self.wardLayout = QVBoxLayout(self.wardBox)
        self.wardLayout.setObjectName(u"wardLayout")
        self.wardLabel = QLabel(self.wardBox)
        self.wardLabel.setObjectName(u"wardLabel")
        self.wardLabel.setWordWrap(True)
        self.wardLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.wardLayout.addWidget(self.wardLabel)

        self.wardButtons = QHBoxLayout()
        self.wardButtons.setObjectName(u"wardButtons")
        self.exportUpButton = QPushButton(self.wardBox)
        self.exportUpButton.setObjectName(u"exportUpButton")

        self.wardButtons.addWidget(self.exportUpButton)

        self.importDownButton = QPushButton(self.wardBox)
        self.importDownButton.setObjectName(u"importDownButton")

        self.wardButtons.addWidget(self.importDownButton)

        self.importDownFolderButton = QPushButton(self.wardBox)
        self.importDownFolderButton.setObjectName(u"importDownFolderButton")

        self.wardButtons.addWidget(self.importDownFolderButton)

        self.wardSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wardButtons.addItem(self.wardSpacer)


        self.wardLayout.addLayout(self.wardButtons)

        self.wardBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.wardLayout.addItem(self.wardBottomSpacer)


        self.layout.addWidget(self.wardBox)

        self.conflictsBox = QGroupBox(ExchangePage)
        self.conflictsBox.setObjectName(u"conflictsBox")
        self.conflictsLayout = QVBoxLayout(self.conflictsBox)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsLabel = QLabel(self.conflictsBox)
        self.conflictsLabel.setObjectName(u"conflictsLabel")
        self.conflictsLabel.setWordWrap(True)
        self.conflictsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.conflictsLayout.addWidget(self.conflictsLabel)

        self.conflictsTable = QTableWidget(self.conflictsBox)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictsTable.setAlternatingRowColors(True)
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictsTable.setWordWrap(False)

        self.conflictsLayout.addWidget(self.conflictsTable)

        self.conflictButtons = QHBoxLayout()
        self.conflictButtons.setObjectName(u"conflictButtons")
        self.takeTheirsButton = QPushButton(self.conflictsBox)
        self.takeTheirsButton.setObjectName(u"takeTheirsButton")

        self.conflictButtons.addWidget(self.takeTheirsButton)

        self.keepOursButton = QPushButton(self.conflictsBox)
        self.keepOursButton.setObjectName(u"keepOursButton")

        self.conflictButtons.addWidget(self.keepOursButton)

        self.conflictSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conflictButtons.addItem(self.conflictSpacer)


        self.conflictsLayout.addLayout(self.conflictButtons)


        self.layout.addWidget(self.conflictsBox)

        self.statusLabel = QLabel(ExchangePage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.statusLabel)

#if QT_CONFIG(shortcut)
        self.enrolWardLabel.setBuddy(self.enrolWardCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExchangePage)

        QMetaObject.connectSlotsByName(ExchangePage)
    # setupUi

    def retranslateUi(self, ExchangePage):
        self.departmentBox.setTitle(QCoreApplication.translate("ExchangePage", u"Ward PCs", None))
        self.enrolWardLabel.setText(QCoreApplication.translate("ExchangePage", u"&Ward:", None))
        self.enrolButton.setText(QCoreApplication.translate("ExchangePage", u"Make a &setup package\u2026", None))
        self.unenrolButton.setText(QCoreApplication.translate("ExchangePage", u"&Withdraw its PC\u2026", None))
        self.exportDownButton.setText(QCoreApplication.translate("ExchangePage", u"&Export down-packages\u2026", None))
        self.importUpButton.setText(QCoreApplication.translate("ExchangePage", u"&Import up-packages\u2026", None))
        self.importUpFolderButton.setText(QCoreApplication.translate("ExchangePage", u"Import up-packages from a &folder\u2026", None))
        self.wardBox.setTitle(QCoreApplication.translate("ExchangePage", u"This ward PC", None))
        self.exportUpButton.setText(QCoreApplication.translate("ExchangePage", u"&Export up-package\u2026", None))
        self.importDownButton.setText(QCoreApplication.translate("ExchangePage", u"&Import down-package\u2026", None))
        self.importDownFolderButton.setText(QCoreApplication.translate("ExchangePage", u"Import from a shared &folder\u2026", None))
        self.conflictsBox.setTitle(QCoreApplication.translate("ExchangePage", u"Conflicts to resolve", None))
        self.conflictsLabel.setText(QCoreApplication.translate("ExchangePage", u"Both PCs changed these records since their last exchange. Nothing was overwritten: this PC kept the other PC's version beside its own. Choose one for each; the next exchange tells the other PC.", None))
        self.takeTheirsButton.setText(QCoreApplication.translate("ExchangePage", u"&Take the other PC's version\u2026", None))
        self.keepOursButton.setText(QCoreApplication.translate("ExchangePage", u"&Keep this PC's version\u2026", None))
        pass
    # retranslateUi

