# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'summary_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget

from nursingqc.ui.widgets.bar_chart import BarChart
from nursingqc.ui.widgets.charts import (PairedBarChart, ParetoChart, TrendChart)

class Ui_SummaryPage(object):
    def setupUi(self, SummaryPage):
        if not SummaryPage.objectName():
            SummaryPage.setObjectName(u"SummaryPage")
        self.layout = QVBoxLayout(SummaryPage)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.campaignCombo = QComboBox(SummaryPage)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.header.addWidget(self.campaignCombo)

        self.summaryLabel = QLabel(SummaryPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.header.addWidget(self.summaryLabel)

        self.refreshButton = QPushButton(SummaryPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.header.addWidget(self.refreshButton)

        self.pdfButton = QPushButton(SummaryPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.header.addWidget(self.pdfButton)

        self.excelButton = QPushButton(SummaryPage)
        self.excelButton.setObjectName(u"excelButton")

        self.header.addWidget(self.excelButton)

        self.certificatesButton = QPushButton(SummaryPage)
        self.certificatesButton.setObjectName(u"certificatesButton")

        self.header.addWidget(self.certificatesButton)

        self.header.setStretch(1, 1)

        self.layout.addLayout(self.header)

        self.tabs = QTabWidget(SummaryPage)
        self.tabs.setObjectName(u"tabs")
        self.overviewTab = QWidget()
        self.overviewTab.setObjectName(u"overviewTab")
        self.overviewTabLayout = QVBoxLayout(self.overviewTab)
        self.overviewTabLayout.setObjectName(u"overviewTabLayout")
        self.overviewTabLayout.setContentsMargins(4, 4, 4, 4)
        self.overviewSplitter = QSplitter(self.overviewTab)
        self.overviewSplitter.setObjectName(u"overviewSplitter")
        self.overviewSplitter.setOrientation(Qt.Orientation.Vertical)
        self.overviewSplitter.setChildrenCollapsible(False)
        self.figuresSplitter = QSplitter(self.overviewSplitter)
        self.figuresSplitter.setObjectName(u"figuresSplitter")
        self.figuresSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.figuresSplitter.setChildrenCollapsible(False)
        self.figuresBox = QGroupBox(self.figuresSplitter)
        self.figuresBox.setObjectName(u"figuresBox")
        self.figuresBoxLayout = QVBoxLayout(self.figuresBox)
        self.figuresBoxLayout.setObjectName(u"figuresBoxLayout")
        self.figuresBoxLayout.setContentsMargins(4, 4, 4, 4)
        self.figuresView = QTableView(self.figuresBox)
        self.figuresView.setObjectName(u"figuresView")
        self.figuresView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figuresView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figuresView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.figuresView.setWordWrap(False)
        self.figuresView.setTabKeyNavigation(False)

        self.figuresBoxLayout.addWidget(self.figuresView)

        self.figuresSplitter.addWidget(self.figuresBox)
        self.checklistsBox = QGroupBox(self.figuresSplitter)
        self.checklistsBox.setObjectName(u"checklistsBox")
        self.checklistsBoxLayout = QVBoxLayout(self.checklistsBox)
        self.checklistsBoxLayout.setObjectName(u"checklistsBoxLayout")
        self.checklistsBoxLayout.setContentsMargins(4, 4, 4, 4)
        self.checklistsView = QTableView(self.checklistsBox)
        self.checklistsView.setObjectName(u"checklistsView")
        self.checklistsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklistsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklistsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checklistsView.setWordWrap(False)
        self.checklistsView.setTabKeyNavigation(False)

        self.checklistsBoxLayout.addWidget(self.checklistsView)

        self.figuresSplitter.addWidget(self.checklistsBox)
        self.overviewSplitter.addWidget(self.figuresSplitter)
        self.honoursBox = QGroupBox(self.overviewSplitter)
        self.honoursBox.setObjectName(u"honoursBox")
        self.honoursBoxLayout = QVBoxLayout(self.honoursBox)
        self.honoursBoxLayout.setObjectName(u"honoursBoxLayout")
        self.honoursBoxLayout.setContentsMargins(4, 4, 4, 4)
        self.honoursView = QTableView(self.honoursBox)
        self.honoursView.setObjectName(u"honoursView")
        self.honoursView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.honoursView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.honoursView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.honoursView.setWordWrap(False)
        self.honoursView.setTabKeyNavigation(False)

        self.honoursBoxLayout.addWidget(self.honoursView)

        self.overviewSplitter.addWidget(self.honoursBox)

        self.overviewTabLayout.addWidget(self.overviewSplitter)

        self.tabs.addTab(self.overviewTab, "")
        self.wardsTab = QWidget()
        self.wardsTab.setObjectName(u"wardsTab")
        self.wardsTabLayout = QVBoxLayout(self.wardsTab)
        self.wardsTabLayout.setObjectName(u"wardsTabLayout")
        self.wardsTabLayout.setContentsMargins(4, 4, 4, 4)
        self.wardScroll = QScrollArea(self.wardsTab)
        self.wardScroll.setObjectName(u"wardScroll")
        self.wardScroll.setWidgetResizable(True)
        self.wardScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.wardChart = BarChart()
        self.wardChart.setObjectName(u"wardChart")
        self.wardScroll.setWidget(self.wardChart)

        self.wardsTabLayout.addWidget(self.wardScroll)

        self.wardsNote = QLabel(self.wardsTab)
        self.wardsNote.setObjectName(u"wardsNote")
        self.wardsNote.setWordWrap(True)
        self.wardsNote.setTextFormat(Qt.TextFormat.PlainText)

        self.wardsTabLayout.addWidget(self.wardsNote)

        self.wardsTabLayout.setStretch(0, 1)
        self.tabs.addTab(self.wardsTab, "")
        self.paretoTab = QWidget()
        self.paretoTab.setObjectName(u"paretoTab")
        self.paretoTabLayout = QVBoxLayout(self.paretoTab)
        self.paretoTabLayout.setObjectName(u"paretoTabLayout")
        self.paretoTabLayout.setContentsMargins(4, 4, 4, 4)
        self.paretoSplitter = QSplitter(self.paretoTab)
        self.paretoSplitter.setObjectName(u"paretoSplitter")
        self.paretoSplitter.setOrientation(Qt.Orientation.Vertical)
        self.paretoSplitter.setChildrenCollapsible(False)
        self.paretoChart = ParetoChart(self.paretoSplitter)
        self.paretoChart.setObjectName(u"paretoChart")
        self.paretoSplitter.addWidget(self.paretoChart)
        self.paretoView = QTableView(self.paretoSplitter)
        self.paretoView.setObjectName(u"paretoView")
        self.paretoView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.paretoView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.paretoView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.paretoView.setWordWrap(False)
        self.paretoView.setTabKeyNavigation(False)
        self.paretoSplitter.addWidget(self.paretoView)

        self.paretoTabLayout.addWidget(self.paretoSplitter)

        self.tabs.addTab(self.paretoTab, "")
        self.gapsTab = QWidget()
        self.gapsTab.setObjectName(u"gapsTab")
        self.gapsTabLayout = QVBoxLayout(self.gapsTab)
        self.gapsTabLayout.setObjectName(u"gapsTabLayout")
        self.gapsTabLayout.setContentsMargins(4, 4, 4, 4)
        self.gapsSplitter = QSplitter(self.gapsTab)
        self.gapsSplitter.setObjectName(u"gapsSplitter")
        self.gapsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.gapsSplitter.setChildrenCollapsible(False)
        self.gapsView = QTableView(self.gapsSplitter)
        self.gapsView.setObjectName(u"gapsView")
        self.gapsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gapsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gapsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gapsView.setWordWrap(False)
        self.gapsView.setTabKeyNavigation(False)
        self.gapsSplitter.addWidget(self.gapsView)
        self.gapScroll = QScrollArea(self.gapsSplitter)
        self.gapScroll.setObjectName(u"gapScroll")
        self.gapScroll.setWidgetResizable(True)
        self.gapScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.gapChart = PairedBarChart()
        self.gapChart.setObjectName(u"gapChart")
        self.gapScroll.setWidget(self.gapChart)
        self.gapsSplitter.addWidget(self.gapScroll)

        self.gapsTabLayout.addWidget(self.gapsSplitter)

        self.gapsNote = QLabel(self.gapsTab)
        self.gapsNote.setObjectName(u"gapsNote")
        self.gapsNote.setWordWrap(True)
        self.gapsNote.setTextFormat(Qt.TextFormat.PlainText)

        self.gapsTabLayout.addWidget(self.gapsNote)

        self.gapsTabLayout.setStretch(0, 1)
        self.tabs.addTab(self.gapsTab, "")
        self.rectificationTab = QWidget()
        self.rectificationTab.setObjectName(u"rectificationTab")
        self.rectificationTabLayout = QVBoxLayout(self.rectificationTab)
        self.rectificationTabLayout.setObjectName(u"rectificationTabLayout")
        self.rectificationTabLayout.setContentsMargins(4, 4, 4, 4)
        self.rectificationView = QTableView(self.rectificationTab)
        self.rectificationView.setObjectName(u"rectificationView")
        self.rectificationView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rectificationView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rectificationView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rectificationView.setWordWrap(False)
        self.rectificationView.setTabKeyNavigation(False)

        self.rectificationTabLayout.addWidget(self.rectificationView)

        self.rectificationNote = QLabel(self.rectificationTab)
        self.rectificationNote.setObjectName(u"rectificationNote")
        self.rectificationNote.setWordWrap(True)
        self.rectificationNote.setTextFormat(Qt.TextFormat.PlainText)

        self.rectificationTabLayout.addWidget(self.rectificationNote)

        self.rectificationTabLayout.setStretch(0, 1)
        self.tabs.addTab(self.rectificationTab, "")
        self.trendTab = QWidget()
        self.trendTab.setObjectName(u"trendTab")
        self.trendTabLayout = QVBoxLayout(self.trendTab)
        self.trendTabLayout.setObjectName(u"trendTabLayout")
        self.trendTabLayout.setContentsMargins(4, 4, 4, 4)
        self.trendSplitter = QSplitter(self.trendTab)
        self.trendSplitter.setObjectName(u"trendSplitter")
        self.trendSplitter.setOrientation(Qt.Orientation.Vertical)
        self.trendSplitter.setChildrenCollapsible(False)
        self.trendChart = TrendChart(self.trendSplitter)
        self.trendChart.setObjectName(u"trendChart")
        self.trendSplitter.addWidget(self.trendChart)
        self.trendView = QTableView(self.trendSplitter)
        self.trendView.setObjectName(u"trendView")
        self.trendView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trendView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trendView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trendView.setWordWrap(False)
        self.trendView.setTabKeyNavigation(False)
        self.trendSplitter.addWidget(self.trendView)

        self.trendTabLayout.addWidget(self.trendSplitter)

        self.tabs.addTab(self.trendTab, "")
        self.textTab = QWidget()
        self.textTab.setObjectName(u"textTab")
        self.textTabLayout = QVBoxLayout(self.textTab)
        self.textTabLayout.setObjectName(u"textTabLayout")
        self.textTabLayout.setContentsMargins(4, 4, 4, 4)
        self.textNote = QLabel(self.textTab)
        self.textNote.setObjectName(u"textNote")
        self.textNote.setWordWrap(True)
        self.textNote.setTextFormat(Qt.TextFormat.PlainText)

        self.textTabLayout.addWidget(self.textNote)

        self.causesLabel = QLabel(self.textTab)
        self.causesLabel.setObjectName(u"causesLabel")
        self.causesLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.textTabLayout.addWidget(self.causesLabel)

        self.causesEdit = QPlainTextEdit(self.textTab)
        self.causesEdit.setObjectName(u"causesEdit")
        self.causesEdit.setTabChangesFocus(True)
        self.causesEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.textTabLayout.addWidget(self.causesEdit)

        self.conclusionsLabel = QLabel(self.textTab)
        self.conclusionsLabel.setObjectName(u"conclusionsLabel")
        self.conclusionsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.textTabLayout.addWidget(self.conclusionsLabel)

        self.conclusionsEdit = QPlainTextEdit(self.textTab)
        self.conclusionsEdit.setObjectName(u"conclusionsEdit")
        self.conclusionsEdit.setTabChangesFocus(True)
        self.conclusionsEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.textTabLayout.addWidget(self.conclusionsEdit)

        self.nextStepsLabel = QLabel(self.textTab)
        self.nextStepsLabel.setObjectName(u"nextStepsLabel")
        self.nextStepsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.textTabLayout.addWidget(self.nextStepsLabel)

        self.nextStepsEdit = QPlainTextEdit(self.textTab)
        self.nextStepsEdit.setObjectName(u"nextStepsEdit")
        self.nextStepsEdit.setTabChangesFocus(True)
        self.nextStepsEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.textTabLayout.addWidget(self.nextStepsEdit)

        self.textButtons = QHBoxLayout()
        self.textButtons.setObjectName(u"textButtons")
        self.textStatusLabel = QLabel(self.textTab)
        self.textStatusLabel.setObjectName(u"textStatusLabel")
        self.textStatusLabel.setWordWrap(True)
        self.textStatusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.textButtons.addWidget(self.textStatusLabel)

        self.saveTextButton = QPushButton(self.textTab)
        self.saveTextButton.setObjectName(u"saveTextButton")

        self.textButtons.addWidget(self.saveTextButton)

        self.textButtons.setStretch(0, 1)

        self.textTabLayout.addLayout(self.textButtons)

        self.tabs.addTab(self.textTab, "")

        self.layout.addWidget(self.tabs)

        self.statusLabel = QLabel(SummaryPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.statusLabel)

#if QT_CONFIG(shortcut)
        self.causesLabel.setBuddy(self.causesEdit)
        self.conclusionsLabel.setBuddy(self.conclusionsEdit)
        self.nextStepsLabel.setBuddy(self.nextStepsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.campaignCombo, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.excelButton)
        QWidget.setTabOrder(self.excelButton, self.certificatesButton)
        QWidget.setTabOrder(self.certificatesButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.figuresView)
        QWidget.setTabOrder(self.figuresView, self.checklistsView)
        QWidget.setTabOrder(self.checklistsView, self.honoursView)
        QWidget.setTabOrder(self.honoursView, self.wardScroll)
        QWidget.setTabOrder(self.wardScroll, self.paretoView)
        QWidget.setTabOrder(self.paretoView, self.gapsView)
        QWidget.setTabOrder(self.gapsView, self.gapScroll)
        QWidget.setTabOrder(self.gapScroll, self.rectificationView)
        QWidget.setTabOrder(self.rectificationView, self.trendView)
        QWidget.setTabOrder(self.trendView, self.causesEdit)
        QWidget.setTabOrder(self.causesEdit, self.conclusionsEdit)
        QWidget.setTabOrder(self.conclusionsEdit, self.nextStepsEdit)
        QWidget.setTabOrder(self.nextStepsEdit, self.saveTextButton)

        self.retranslateUi(SummaryPage)

        QMetaObject.connectSlotsByName(SummaryPage)
    # setupUi

    def retranslateUi(self, SummaryPage):
#if QT_CONFIG(accessibility)
        self.campaignCombo.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Campaign", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("SummaryPage", u"&Refresh", None))
        self.pdfButton.setText(QCoreApplication.translate("SummaryPage", u"Summary report &PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("SummaryPage", u"Preview, print or save the month's summary report", None))
#endif // QT_CONFIG(tooltip)
        self.excelButton.setText(QCoreApplication.translate("SummaryPage", u"Summary &Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.excelButton.setToolTip(QCoreApplication.translate("SummaryPage", u"The summary workbook: one sheet per table, with Excel charts", None))
#endif // QT_CONFIG(tooltip)
        self.certificatesButton.setText(QCoreApplication.translate("SummaryPage", u"Print certi&ficates\u2026", None))
#if QT_CONFIG(tooltip)
        self.certificatesButton.setToolTip(QCoreApplication.translate("SummaryPage", u"Certificates for the model wards and the approved excellent nurses, A4 landscape", None))
#endif // QT_CONFIG(tooltip)
        self.figuresBox.setTitle(QCoreApplication.translate("SummaryPage", u"Wards, items and rates", None))
#if QT_CONFIG(accessibility)
        self.figuresView.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Figures of the month", None))
#endif // QT_CONFIG(accessibility)
        self.checklistsBox.setTitle(QCoreApplication.translate("SummaryPage", u"Score of each checklist", None))
#if QT_CONFIG(accessibility)
        self.checklistsView.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Mean, highest and lowest score of each checklist", None))
#endif // QT_CONFIG(accessibility)
        self.honoursBox.setTitle(QCoreApplication.translate("SummaryPage", u"Model wards and excellent nurses", None))
#if QT_CONFIG(accessibility)
        self.honoursView.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Model wards and excellent nurses", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.overviewTab), QCoreApplication.translate("SummaryPage", u"&Overview", None))
        self.tabs.setTabText(self.tabs.indexOf(self.wardsTab), QCoreApplication.translate("SummaryPage", u"&Ward totals", None))
#if QT_CONFIG(accessibility)
        self.paretoView.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Problems found, the most frequent first", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.paretoTab), QCoreApplication.translate("SummaryPage", u"Problems (Pare&to)", None))
#if QT_CONFIG(accessibility)
        self.gapsView.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Self-check and evaluation totals of each ward", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.gapsTab), QCoreApplication.translate("SummaryPage", u"Self-check &vs. evaluation", None))
#if QT_CONFIG(accessibility)
        self.rectificationView.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Rectification of each ward", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.rectificationTab), QCoreApplication.translate("SummaryPage", u"Rectific&ation", None))
#if QT_CONFIG(accessibility)
        self.trendView.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Totals of each ward across campaigns", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.trendTab), QCoreApplication.translate("SummaryPage", u"Tren&d", None))
        self.causesLabel.setText(QCoreApplication.translate("SummaryPage", u"Ca&use analysis of the most frequent problems", None))
#if QT_CONFIG(accessibility)
        self.causesEdit.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Cause analysis", None))
#endif // QT_CONFIG(accessibility)
        self.conclusionsLabel.setText(QCoreApplication.translate("SummaryPage", u"Conc&lusions", None))
#if QT_CONFIG(accessibility)
        self.conclusionsEdit.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Conclusions", None))
#endif // QT_CONFIG(accessibility)
        self.nextStepsLabel.setText(QCoreApplication.translate("SummaryPage", u"&Next PDCA steps", None))
#if QT_CONFIG(accessibility)
        self.nextStepsEdit.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Next PDCA steps", None))
#endif // QT_CONFIG(accessibility)
        self.saveTextButton.setText(QCoreApplication.translate("SummaryPage", u"&Save text", None))
        self.tabs.setTabText(self.tabs.indexOf(self.textTab), QCoreApplication.translate("SummaryPage", u"Department's &conclusions", None))
        pass
    # retranslateUi

