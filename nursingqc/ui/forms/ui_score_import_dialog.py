# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'score_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget, QVBoxLayout

class Ui_ScoreImportDialog(object):
    def setupUi(self, ScoreImportDialog):
        if not ScoreImportDialog.objectName():
            ScoreImportDialog.setObjectName(u"ScoreImportDialog")
        ScoreImportDialog.resize(960, 560)
        self.layout = QVBoxLayout(ScoreImportDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ScoreImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileCaption = QLabel(ScoreImportDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.fileLayout.addWidget(self.fileCaption)

        self.fileEdit = QLineEdit(ScoreImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(ScoreImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileLayout.addWidget(self.chooseButton)

        self.againButton = QPushButton(ScoreImportDialog)
        self.againButton.setObjectName(u"againButton")

        self.fileLayout.addWidget(self.againButton)


        self.layout.addLayout(self.fileLayout)

        self.statusLabel = QLabel(ScoreImportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.statusLabel)

        self.table = QTableWidget(ScoreImportDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)

        self.layout.addWidget(self.table)

        self.buttonBox = QDialogButtonBox(ScoreImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileCaption.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScoreImportDialog)

        QMetaObject.connectSlotsByName(ScoreImportDialog)
    # setupUi

    def retranslateUi(self, ScoreImportDialog):
        ScoreImportDialog.setWindowTitle(QCoreApplication.translate("ScoreImportDialog", u"Import paper scores", None))
        self.introLabel.setText(QCoreApplication.translate("ScoreImportDialog", u"Choose the filled-in score workbook (sheet \u8bc4\u5206). Every row is checked first: if any row is wrong, nothing is imported and every problem is listed below with its row and column, so you can correct the file in Excel and import it again.", None))
        self.fileCaption.setText(QCoreApplication.translate("ScoreImportDialog", u"&File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ScoreImportDialog", u"No file chosen yet", None))
        self.chooseButton.setText(QCoreApplication.translate("ScoreImportDialog", u"&Choose file and import\u2026", None))
        self.againButton.setText(QCoreApplication.translate("ScoreImportDialog", u"Import &again", None))
#if QT_CONFIG(tooltip)
        self.againButton.setToolTip(QCoreApplication.translate("ScoreImportDialog", u"Import the same file again after correcting it in Excel", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

