# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rectification_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

from nursingqc.ui.widgets.rectification_detail import RectificationDetailPane

class Ui_RectificationPage(object):
    def setupUi(self, RectificationPage):
        if not RectificationPage.objectName():
            RectificationPage.setObjectName(u"RectificationPage")
        self.layout = QVBoxLayout(RectificationPage)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.campaignCombo = QComboBox(RectificationPage)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.campaignCombo.setMinimumContentsLength(14)

        self.filters.addWidget(self.campaignCombo)

        self.wardCaption = QLabel(RectificationPage)
        self.wardCaption.setObjectName(u"wardCaption")

        self.filters.addWidget(self.wardCaption)

        self.wardCombo = QComboBox(RectificationPage)
        self.wardCombo.setObjectName(u"wardCombo")
        self.wardCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters.addWidget(self.wardCombo)

        self.statusCaption = QLabel(RectificationPage)
        self.statusCaption.setObjectName(u"statusCaption")

        self.filters.addWidget(self.statusCaption)

        self.statusCombo = QComboBox(RectificationPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filters.addWidget(self.statusCombo)

        self.checklistCaption = QLabel(RectificationPage)
        self.checklistCaption.setObjectName(u"checklistCaption")

        self.filters.addWidget(self.checklistCaption)

        self.checklistCombo = QComboBox(RectificationPage)
        self.checklistCombo.setObjectName(u"checklistCombo")
        self.checklistCombo.setMinimumContentsLength(8)
        self.checklistCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filters.addWidget(self.checklistCombo)

        self.overdueCheck = QCheckBox(RectificationPage)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filters.addWidget(self.overdueCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer)

        self.exportButton = QPushButton(RectificationPage)
        self.exportButton.setObjectName(u"exportButton")

        self.filters.addWidget(self.exportButton)

        self.printButton = QPushButton(RectificationPage)
        self.printButton.setObjectName(u"printButton")

        self.filters.addWidget(self.printButton)


        self.layout.addLayout(self.filters)

        self.countLabel = QLabel(RectificationPage)
        self.countLabel.setObjectName(u"countLabel")

        self.layout.addWidget(self.countLabel)

        self.splitter = QSplitter(RectificationPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.itemsView = QTableView(self.splitter)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsView.setWordWrap(False)
        self.itemsView.setTabKeyNavigation(False)
        self.splitter.addWidget(self.itemsView)
        self.detailPanel = RectificationDetailPane(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.splitter.addWidget(self.detailPanel)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.wardCaption.setBuddy(self.wardCombo)
        self.statusCaption.setBuddy(self.statusCombo)
        self.checklistCaption.setBuddy(self.checklistCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.campaignCombo, self.wardCombo)
        QWidget.setTabOrder(self.wardCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.checklistCombo)
        QWidget.setTabOrder(self.checklistCombo, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.itemsView)
        QWidget.setTabOrder(self.itemsView, self.detailPanel)

        self.retranslateUi(RectificationPage)

        QMetaObject.connectSlotsByName(RectificationPage)
    # setupUi

    def retranslateUi(self, RectificationPage):
#if QT_CONFIG(accessibility)
        self.campaignCombo.setAccessibleName(QCoreApplication.translate("RectificationPage", u"Campaign", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.campaignCombo.setToolTip(QCoreApplication.translate("RectificationPage", u"The campaign worked on; the one running today is chosen at first", None))
#endif // QT_CONFIG(tooltip)
        self.wardCaption.setText(QCoreApplication.translate("RectificationPage", u"&Ward", None))
        self.statusCaption.setText(QCoreApplication.translate("RectificationPage", u"S&tatus", None))
        self.checklistCaption.setText(QCoreApplication.translate("RectificationPage", u"&Checklist", None))
        self.overdueCheck.setText(QCoreApplication.translate("RectificationPage", u"Only &overdue", None))
        self.exportButton.setText(QCoreApplication.translate("RectificationPage", u"E&xport to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("RectificationPage", u"The items the filters show, with the wards' answers and the re-checks", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("RectificationPage", u"Print &notice\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("RectificationPage", u"The rectification notice of the ward chosen above, or of every ward with items still open", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

