# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ranking_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget

from nursingqc.ui.widgets.bar_chart import BarChart
from nursingqc.ui.widgets.fitted_table import FittedTableView

class Ui_RankingPage(object):
    def setupUi(self, RankingPage):
        if not RankingPage.objectName():
            RankingPage.setObjectName(u"RankingPage")
        self.layout = QVBoxLayout(RankingPage)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.campaignCombo = QComboBox(RankingPage)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.campaignCombo.setMinimumContentsLength(14)

        self.header.addWidget(self.campaignCombo)

        self.summaryLabel = QLabel(RankingPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.header.addWidget(self.summaryLabel)

        self.refreshButton = QPushButton(RankingPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.header.addWidget(self.refreshButton)

        self.exportButton = QPushButton(RankingPage)
        self.exportButton.setObjectName(u"exportButton")

        self.header.addWidget(self.exportButton)

        self.pdfButton = QPushButton(RankingPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.header.addWidget(self.pdfButton)

        self.header.setStretch(1, 1)

        self.layout.addLayout(self.header)

        self.tabs = QTabWidget(RankingPage)
        self.tabs.setObjectName(u"tabs")
        self.rankingTab = QWidget()
        self.rankingTab.setObjectName(u"rankingTab")
        self.rankingLayout = QVBoxLayout(self.rankingTab)
        self.rankingLayout.setObjectName(u"rankingLayout")
        self.rankingLayout.setContentsMargins(4, 4, 4, 4)
        self.splitter = QSplitter(self.rankingTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.rankingView = FittedTableView(self.splitter)
        self.rankingView.setObjectName(u"rankingView")
        self.rankingView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rankingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rankingView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rankingView.setWordWrap(False)
        self.rankingView.setTabKeyNavigation(False)
        self.rankingView.setSortingEnabled(True)
        self.splitter.addWidget(self.rankingView)
        self.chartScroll = QScrollArea(self.splitter)
        self.chartScroll.setObjectName(u"chartScroll")
        self.chartScroll.setWidgetResizable(True)
        self.chartScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart = BarChart()
        self.chart.setObjectName(u"chart")
        self.chartScroll.setWidget(self.chart)
        self.splitter.addWidget(self.chartScroll)

        self.rankingLayout.addWidget(self.splitter)

        self.modelWardRow = QHBoxLayout()
        self.modelWardRow.setObjectName(u"modelWardRow")
        self.modelWardLabel = QLabel(self.rankingTab)
        self.modelWardLabel.setObjectName(u"modelWardLabel")
        self.modelWardLabel.setWordWrap(True)
        self.modelWardLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.modelWardLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.modelWardRow.addWidget(self.modelWardLabel)

        self.confirmButton = QPushButton(self.rankingTab)
        self.confirmButton.setObjectName(u"confirmButton")

        self.modelWardRow.addWidget(self.confirmButton)

        self.modelWardRow.setStretch(0, 1)

        self.rankingLayout.addLayout(self.modelWardRow)

        self.tabs.addTab(self.rankingTab, "")
        self.nomineesTab = QWidget()
        self.nomineesTab.setObjectName(u"nomineesTab")
        self.nomineesLayout = QVBoxLayout(self.nomineesTab)
        self.nomineesLayout.setObjectName(u"nomineesLayout")
        self.nomineesLayout.setContentsMargins(4, 4, 4, 4)
        self.nomineeSplitter = QSplitter(self.nomineesTab)
        self.nomineeSplitter.setObjectName(u"nomineeSplitter")
        self.nomineeSplitter.setOrientation(Qt.Orientation.Vertical)
        self.nomineeSplitter.setChildrenCollapsible(False)
        self.nomineesView = QTableView(self.nomineeSplitter)
        self.nomineesView.setObjectName(u"nomineesView")
        self.nomineesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nomineesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.nomineesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nomineesView.setWordWrap(False)
        self.nomineesView.setTabKeyNavigation(False)
        self.nomineeSplitter.addWidget(self.nomineesView)
        self.nomineeDetail = QPlainTextEdit(self.nomineeSplitter)
        self.nomineeDetail.setObjectName(u"nomineeDetail")
        self.nomineeDetail.setReadOnly(True)
        self.nomineeDetail.setTabChangesFocus(True)
        self.nomineeSplitter.addWidget(self.nomineeDetail)

        self.nomineesLayout.addWidget(self.nomineeSplitter)

        self.nomineeButtons = QHBoxLayout()
        self.nomineeButtons.setObjectName(u"nomineeButtons")
        self.nominateButton = QPushButton(self.nomineesTab)
        self.nominateButton.setObjectName(u"nominateButton")

        self.nomineeButtons.addWidget(self.nominateButton)

        self.approveButton = QPushButton(self.nomineesTab)
        self.approveButton.setObjectName(u"approveButton")

        self.nomineeButtons.addWidget(self.approveButton)

        self.declineButton = QPushButton(self.nomineesTab)
        self.declineButton.setObjectName(u"declineButton")

        self.nomineeButtons.addWidget(self.declineButton)

        self.nomineeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nomineeButtons.addItem(self.nomineeSpacer)


        self.nomineesLayout.addLayout(self.nomineeButtons)

        self.tabs.addTab(self.nomineesTab, "")

        self.layout.addWidget(self.tabs)

        self.statusLabel = QLabel(RankingPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.statusLabel)

        QWidget.setTabOrder(self.campaignCombo, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.rankingView)
        QWidget.setTabOrder(self.rankingView, self.chartScroll)
        QWidget.setTabOrder(self.chartScroll, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.nomineesView)
        QWidget.setTabOrder(self.nomineesView, self.nomineeDetail)
        QWidget.setTabOrder(self.nomineeDetail, self.nominateButton)
        QWidget.setTabOrder(self.nominateButton, self.approveButton)
        QWidget.setTabOrder(self.approveButton, self.declineButton)

        self.retranslateUi(RankingPage)

        QMetaObject.connectSlotsByName(RankingPage)
    # setupUi

    def retranslateUi(self, RankingPage):
#if QT_CONFIG(accessibility)
        self.campaignCombo.setAccessibleName(QCoreApplication.translate("RankingPage", u"Campaign", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.campaignCombo.setToolTip(QCoreApplication.translate("RankingPage", u"The campaign worked on; the one running today is chosen at first", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("RankingPage", u"&Refresh", None))
        self.exportButton.setText(QCoreApplication.translate("RankingPage", u"Export ranking to &Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("RankingPage", u"The ranking workbook: the ranking sheet, every inspection item and a bar chart", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("RankingPage", u"Ranking &PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("RankingPage", u"Preview, print or save the ranking as a PDF", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.rankingView.setAccessibleName(QCoreApplication.translate("RankingPage", u"Ranking of the wards", None))
#endif // QT_CONFIG(accessibility)
        self.confirmButton.setText(QCoreApplication.translate("RankingPage", u"Confirm or change &model wards\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rankingTab), QCoreApplication.translate("RankingPage", u"R&anking", None))
#if QT_CONFIG(accessibility)
        self.nomineesView.setAccessibleName(QCoreApplication.translate("RankingPage", u"Excellent-nurse nominees", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nomineeDetail.setAccessibleName(QCoreApplication.translate("RankingPage", u"The chosen nominee in detail", None))
#endif // QT_CONFIG(accessibility)
        self.nominateButton.setText(QCoreApplication.translate("RankingPage", u"&Nominate a nurse\u2026", None))
        self.approveButton.setText(QCoreApplication.translate("RankingPage", u"A&pprove", None))
        self.declineButton.setText(QCoreApplication.translate("RankingPage", u"&Decline\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.nomineesTab), QCoreApplication.translate("RankingPage", u"E&xcellent nurses", None))
        pass
    # retranslateUi

