# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'my_results_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget

class Ui_MyResultsPage(object):
    def setupUi(self, MyResultsPage):
        if not MyResultsPage.objectName():
            MyResultsPage.setObjectName(u"MyResultsPage")
        self.layout = QVBoxLayout(MyResultsPage)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.campaignCombo = QComboBox(MyResultsPage)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.header.addWidget(self.campaignCombo)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.refreshButton = QPushButton(MyResultsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.header.addWidget(self.refreshButton)

        self.header.setStretch(1, 1)

        self.layout.addLayout(self.header)

        self.stack = QStackedWidget(MyResultsPage)
        self.stack.setObjectName(u"stack")
        self.waitingPage = QWidget()
        self.waitingPage.setObjectName(u"waitingPage")
        self.waitingLayout = QVBoxLayout(self.waitingPage)
        self.waitingLayout.setObjectName(u"waitingLayout")
        self.waitingLayout.setContentsMargins(24, 24, 24, 24)
        self.waitingLabel = QLabel(self.waitingPage)
        self.waitingLabel.setObjectName(u"waitingLabel")
        self.waitingLabel.setWordWrap(True)
        self.waitingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.waitingLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.waitingLayout.addWidget(self.waitingLabel)

        self.waitingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.waitingLayout.addItem(self.waitingSpacer)

        self.stack.addWidget(self.waitingPage)
        self.resultPage = QWidget()
        self.resultPage.setObjectName(u"resultPage")
        self.resultLayout = QVBoxLayout(self.resultPage)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setContentsMargins(0, 0, 0, 0)
        self.resultLabel = QLabel(self.resultPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.resultLabel)

        self.resultSplitter = QSplitter(self.resultPage)
        self.resultSplitter.setObjectName(u"resultSplitter")
        self.resultSplitter.setOrientation(Qt.Orientation.Vertical)
        self.resultSplitter.setChildrenCollapsible(False)
        self.topSplitter = QSplitter(self.resultSplitter)
        self.topSplitter.setObjectName(u"topSplitter")
        self.topSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.topSplitter.setChildrenCollapsible(False)
        self.scoresBox = QGroupBox(self.topSplitter)
        self.scoresBox.setObjectName(u"scoresBox")
        self.scoresBoxLayout = QVBoxLayout(self.scoresBox)
        self.scoresBoxLayout.setObjectName(u"scoresBoxLayout")
        self.scoresBoxLayout.setContentsMargins(4, 4, 4, 4)
        self.scoresView = QTableView(self.scoresBox)
        self.scoresView.setObjectName(u"scoresView")
        self.scoresView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scoresView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scoresView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scoresView.setWordWrap(False)
        self.scoresView.setTabKeyNavigation(False)

        self.scoresBoxLayout.addWidget(self.scoresView)

        self.topSplitter.addWidget(self.scoresBox)
        self.rankingBox = QGroupBox(self.topSplitter)
        self.rankingBox.setObjectName(u"rankingBox")
        self.rankingBoxLayout = QVBoxLayout(self.rankingBox)
        self.rankingBoxLayout.setObjectName(u"rankingBoxLayout")
        self.rankingBoxLayout.setContentsMargins(4, 4, 4, 4)
        self.rankingView = QTableView(self.rankingBox)
        self.rankingView.setObjectName(u"rankingView")
        self.rankingView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rankingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rankingView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rankingView.setWordWrap(False)
        self.rankingView.setTabKeyNavigation(False)

        self.rankingBoxLayout.addWidget(self.rankingView)

        self.topSplitter.addWidget(self.rankingBox)
        self.resultSplitter.addWidget(self.topSplitter)
        self.findingsBox = QGroupBox(self.resultSplitter)
        self.findingsBox.setObjectName(u"findingsBox")
        self.findingsBoxLayout = QVBoxLayout(self.findingsBox)
        self.findingsBoxLayout.setObjectName(u"findingsBoxLayout")
        self.findingsBoxLayout.setContentsMargins(4, 4, 4, 4)
        self.findingsView = QTableView(self.findingsBox)
        self.findingsView.setObjectName(u"findingsView")
        self.findingsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findingsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findingsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findingsView.setWordWrap(False)
        self.findingsView.setTabKeyNavigation(False)

        self.findingsBoxLayout.addWidget(self.findingsView)

        self.resultSplitter.addWidget(self.findingsBox)

        self.resultLayout.addWidget(self.resultSplitter)

        self.stack.addWidget(self.resultPage)

        self.layout.addWidget(self.stack)

        QWidget.setTabOrder(self.campaignCombo, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.scoresView)
        QWidget.setTabOrder(self.scoresView, self.rankingView)
        QWidget.setTabOrder(self.rankingView, self.findingsView)

        self.retranslateUi(MyResultsPage)

        QMetaObject.connectSlotsByName(MyResultsPage)
    # setupUi

    def retranslateUi(self, MyResultsPage):
#if QT_CONFIG(accessibility)
        self.campaignCombo.setAccessibleName(QCoreApplication.translate("MyResultsPage", u"Campaign", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("MyResultsPage", u"&Refresh", None))
        self.scoresBox.setTitle(QCoreApplication.translate("MyResultsPage", u"Scores of my ward", None))
#if QT_CONFIG(accessibility)
        self.scoresView.setAccessibleName(QCoreApplication.translate("MyResultsPage", u"Scores of my ward on each checklist", None))
#endif // QT_CONFIG(accessibility)
        self.rankingBox.setTitle(QCoreApplication.translate("MyResultsPage", u"Ranking of all wards", None))
#if QT_CONFIG(accessibility)
        self.rankingView.setAccessibleName(QCoreApplication.translate("MyResultsPage", u"Ranking of all wards", None))
#endif // QT_CONFIG(accessibility)
        self.findingsBox.setTitle(QCoreApplication.translate("MyResultsPage", u"Problems found in my ward and their rectification", None))
#if QT_CONFIG(accessibility)
        self.findingsView.setAccessibleName(QCoreApplication.translate("MyResultsPage", u"Problems found in my ward and their rectification", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

