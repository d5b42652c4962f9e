# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_preview_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget, QVBoxLayout

class Ui_ExchangePreviewDialog(object):
    def setupUi(self, ExchangePreviewDialog):
        if not ExchangePreviewDialog.objectName():
            ExchangePreviewDialog.setObjectName(u"ExchangePreviewDialog")
        ExchangePreviewDialog.resize(1100, 620)
        self.layout = QVBoxLayout(ExchangePreviewDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ExchangePreviewDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.countsLabel = QLabel(ExchangePreviewDialog)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)
        self.countsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.countsLabel)

        self.refusedLabel = QLabel(ExchangePreviewDialog)
        self.refusedLabel.setObjectName(u"refusedLabel")
        self.refusedLabel.setWordWrap(True)

        self.layout.addWidget(self.refusedLabel)

        self.refusedTable = QTableWidget(ExchangePreviewDialog)
        self.refusedTable.setObjectName(u"refusedTable")
        self.refusedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refusedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.refusedTable.setWordWrap(False)

        self.layout.addWidget(self.refusedTable)

        self.table = QTableWidget(ExchangePreviewDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)

        self.layout.addWidget(self.table)

        self.detailLabel = QLabel(ExchangePreviewDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.detailLabel)

        self.statusLabel = QLabel(ExchangePreviewDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ExchangePreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(ExchangePreviewDialog)

        QMetaObject.connectSlotsByName(ExchangePreviewDialog)
    # setupUi

    def retranslateUi(self, ExchangePreviewDialog):
        ExchangePreviewDialog.setWindowTitle(QCoreApplication.translate("ExchangePreviewDialog", u"Preview of exchange packages", None))
        self.introLabel.setText(QCoreApplication.translate("ExchangePreviewDialog", u"This is what importing the chosen packages would change. Nothing has been changed yet: Apply imports all of it in one step, or nothing if anything goes wrong; Cancel leaves this PC as it is.", None))
    # retranslateUi

