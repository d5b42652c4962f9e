# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

from nursingqc.ui.widgets.score_sheet_panel import ScoreSheetPanel

class Ui_EvaluationPage(object):
    def setupUi(self, EvaluationPage):
        if not EvaluationPage.objectName():
            EvaluationPage.setObjectName(u"EvaluationPage")
        self.layout = QVBoxLayout(EvaluationPage)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.pickers = QHBoxLayout()
        self.pickers.setObjectName(u"pickers")
        self.campaignCombo = QComboBox(EvaluationPage)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.campaignCombo.setMinimumContentsLength(14)

        self.pickers.addWidget(self.campaignCombo)

        self.wardCaption = QLabel(EvaluationPage)
        self.wardCaption.setObjectName(u"wardCaption")

        self.pickers.addWidget(self.wardCaption)

        self.wardCombo = QComboBox(EvaluationPage)
        self.wardCombo.setObjectName(u"wardCombo")
        self.wardCombo.setMinimumContentsLength(12)
        self.wardCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.pickers.addWidget(self.wardCombo)

        self.checklistCaption = QLabel(EvaluationPage)
        self.checklistCaption.setObjectName(u"checklistCaption")

        self.pickers.addWidget(self.checklistCaption)

        self.checklistCombo = QComboBox(EvaluationPage)
        self.checklistCombo.setObjectName(u"checklistCombo")
        self.checklistCombo.setMinimumContentsLength(10)

        self.pickers.addWidget(self.checklistCombo)

        self.pickerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickers.addItem(self.pickerSpacer)

        self.templateButton = QPushButton(EvaluationPage)
        self.templateButton.setObjectName(u"templateButton")

        self.pickers.addWidget(self.templateButton)

        self.importButton = QPushButton(EvaluationPage)
        self.importButton.setObjectName(u"importButton")

        self.pickers.addWidget(self.importButton)


        self.layout.addLayout(self.pickers)

        self.inspectionsRow = QHBoxLayout()
        self.inspectionsRow.setObjectName(u"inspectionsRow")
        self.inspectionsView = QTableView(EvaluationPage)
        self.inspectionsView.setObjectName(u"inspectionsView")
        self.inspectionsView.setMaximumSize(QSize(16777215, 112))
        self.inspectionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inspectionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inspectionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.inspectionsRow.addWidget(self.inspectionsView)

        self.inspectionButtons = QVBoxLayout()
        self.inspectionButtons.setObjectName(u"inspectionButtons")
        self.newButton = QPushButton(EvaluationPage)
        self.newButton.setObjectName(u"newButton")

        self.inspectionButtons.addWidget(self.newButton)

        self.statusLabel = QLabel(EvaluationPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.inspectionButtons.addWidget(self.statusLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.inspectionButtons.addItem(self.buttonSpacer)


        self.inspectionsRow.addLayout(self.inspectionButtons)


        self.layout.addLayout(self.inspectionsRow)

        self.sheetPanel = ScoreSheetPanel(EvaluationPage)
        self.sheetPanel.setObjectName(u"sheetPanel")

        self.layout.addWidget(self.sheetPanel)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.wardCaption.setBuddy(self.wardCombo)
        self.checklistCaption.setBuddy(self.checklistCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvaluationPage)

        QMetaObject.connectSlotsByName(EvaluationPage)
    # setupUi

    def retranslateUi(self, EvaluationPage):
#if QT_CONFIG(accessibility)
        self.campaignCombo.setAccessibleName(QCoreApplication.translate("EvaluationPage", u"Campaign", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.campaignCombo.setToolTip(QCoreApplication.translate("EvaluationPage", u"The campaign worked on; the one running today is chosen at first", None))
#endif // QT_CONFIG(tooltip)
        self.wardCaption.setText(QCoreApplication.translate("EvaluationPage", u"&Ward", None))
        self.checklistCaption.setText(QCoreApplication.translate("EvaluationPage", u"&Checklist", None))
        self.templateButton.setText(QCoreApplication.translate("EvaluationPage", u"Scores &template\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("EvaluationPage", u"The workbook Import paper scores reads: one row per ward and item, to fill in after a paper round.", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("EvaluationPage", u"&Import paper scores\u2026", None))
#if QT_CONFIG(accessibility)
        self.inspectionsView.setAccessibleName(QCoreApplication.translate("EvaluationPage", u"Inspections of this ward and checklist", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("EvaluationPage", u"&New inspection today", None))
        pass
    # retranslateUi

