# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'score_sheet_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

from nursingqc.ui.widgets.sheet_table import SheetTableView

class Ui_ScoreSheetPanel(object):
    def setupUi(self, ScoreSheetPanel):
        if not ScoreSheetPanel.objectName():
            ScoreSheetPanel.setObjectName(u"ScoreSheetPanel")
        self.layout = QVBoxLayout(ScoreSheetPanel)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.bannerLabel = QLabel(ScoreSheetPanel)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.bannerLabel)

        self.itemsView = SheetTableView(ScoreSheetPanel)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemsView.setAlternatingRowColors(True)
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsView.setWordWrap(True)

        self.layout.addWidget(self.itemsView)

        self.keysLabel = QLabel(ScoreSheetPanel)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)
        self.keysLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.keysLabel)

        self.vetoLabel = QLabel(ScoreSheetPanel)
        self.vetoLabel.setObjectName(u"vetoLabel")
        self.vetoLabel.setWordWrap(True)
        self.vetoLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.vetoLabel)

        self.noteLabel = QLabel(ScoreSheetPanel)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.noteLabel)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.scoreLabel = QLabel(ScoreSheetPanel)
        self.scoreLabel.setObjectName(u"scoreLabel")

        self.footer.addWidget(self.scoreLabel)

        self.progressLabel = QLabel(ScoreSheetPanel)
        self.progressLabel.setObjectName(u"progressLabel")

        self.footer.addWidget(self.progressLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer.addItem(self.footerSpacer)

        self.savedLabel = QLabel(ScoreSheetPanel)
        self.savedLabel.setObjectName(u"savedLabel")

        self.footer.addWidget(self.savedLabel)

        self.reloadButton = QPushButton(ScoreSheetPanel)
        self.reloadButton.setObjectName(u"reloadButton")

        self.footer.addWidget(self.reloadButton)

        self.reopenButton = QPushButton(ScoreSheetPanel)
        self.reopenButton.setObjectName(u"reopenButton")

        self.footer.addWidget(self.reopenButton)

        self.submitButton = QPushButton(ScoreSheetPanel)
        self.submitButton.setObjectName(u"submitButton")

        self.footer.addWidget(self.submitButton)


        self.layout.addLayout(self.footer)


        self.retranslateUi(ScoreSheetPanel)

        QMetaObject.connectSlotsByName(ScoreSheetPanel)
    # setupUi

    def retranslateUi(self, ScoreSheetPanel):
#if QT_CONFIG(accessibility)
        self.itemsView.setAccessibleName(QCoreApplication.translate("ScoreSheetPanel", u"Checklist items", None))
#endif // QT_CONFIG(accessibility)
        self.keysLabel.setText(QCoreApplication.translate("ScoreSheetPanel", u"Keys: digits type the deduction \u00b7 Enter saves it and goes to the next item \u00b7 Tab goes to the next box (N/A, Veto, Problem found) \u00b7 Space ticks N/A or Veto \u00b7 arrows move \u00b7 Esc undoes the box being typed", None))
        self.reloadButton.setText(QCoreApplication.translate("ScoreSheetPanel", u"Re&load", None))
        self.reopenButton.setText(QCoreApplication.translate("ScoreSheetPanel", u"Return for &correction\u2026", None))
        self.submitButton.setText(QCoreApplication.translate("ScoreSheetPanel", u"Su&bmit", None))
        pass
    # retranslateUi

