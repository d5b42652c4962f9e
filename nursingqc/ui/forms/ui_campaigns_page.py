# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaigns_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_CampaignsPage(object):
    def setupUi(self, CampaignsPage):
        if not CampaignsPage.objectName():
            CampaignsPage.setObjectName(u"CampaignsPage")
        self.layout = QHBoxLayout(CampaignsPage)
        self.layout.setObjectName(u"layout")
        self.listColumn = QVBoxLayout()
        self.listColumn.setObjectName(u"listColumn")
        self.listCaption = QLabel(CampaignsPage)
        self.listCaption.setObjectName(u"listCaption")

        self.listColumn.addWidget(self.listCaption)

        self.campaignList = QListWidget(CampaignsPage)
        self.campaignList.setObjectName(u"campaignList")
        self.campaignList.setMaximumSize(QSize(320, 16777215))

        self.listColumn.addWidget(self.campaignList)

        self.newButton = QPushButton(CampaignsPage)
        self.newButton.setObjectName(u"newButton")

        self.listColumn.addWidget(self.newButton)

        self.editButton = QPushButton(CampaignsPage)
        self.editButton.setObjectName(u"editButton")

        self.listColumn.addWidget(self.editButton)

        self.deleteButton = QPushButton(CampaignsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listColumn.addWidget(self.deleteButton)


        self.layout.addLayout(self.listColumn)

        self.detailColumn = QVBoxLayout()
        self.detailColumn.setObjectName(u"detailColumn")
        self.titleLabel = QLabel(CampaignsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.detailColumn.addWidget(self.titleLabel)

        self.settingsLabel = QLabel(CampaignsPage)
        self.settingsLabel.setObjectName(u"settingsLabel")
        self.settingsLabel.setWordWrap(True)

        self.detailColumn.addWidget(self.settingsLabel)

        self.phaseTable = QTableWidget(CampaignsPage)
        self.phaseTable.setObjectName(u"phaseTable")
        self.phaseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.phaseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.phaseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.detailColumn.addWidget(self.phaseTable)

        self.phaseButtons = QHBoxLayout()
        self.phaseButtons.setObjectName(u"phaseButtons")
        self.openPhaseButton = QPushButton(CampaignsPage)
        self.openPhaseButton.setObjectName(u"openPhaseButton")

        self.phaseButtons.addWidget(self.openPhaseButton)

        self.closePhaseButton = QPushButton(CampaignsPage)
        self.closePhaseButton.setObjectName(u"closePhaseButton")

        self.phaseButtons.addWidget(self.closePhaseButton)

        self.phaseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phaseButtons.addItem(self.phaseSpacer)


        self.detailColumn.addLayout(self.phaseButtons)

        self.documentsBox = QGroupBox(CampaignsPage)
        self.documentsBox.setObjectName(u"documentsBox")
        self.documentsLayout = QGridLayout(self.documentsBox)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentWardLabel = QLabel(self.documentsBox)
        self.documentWardLabel.setObjectName(u"documentWardLabel")

        self.documentsLayout.addWidget(self.documentWardLabel, 0, 0, 1, 1)

        self.documentWardCombo = QComboBox(self.documentsBox)
        self.documentWardCombo.setObjectName(u"documentWardCombo")
        self.documentWardCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.documentsLayout.addWidget(self.documentWardCombo, 0, 1, 1, 1)

        self.noticesButton = QPushButton(self.documentsBox)
        self.noticesButton.setObjectName(u"noticesButton")

        self.documentsLayout.addWidget(self.noticesButton, 0, 2, 1, 1)

        self.documentChecklistLabel = QLabel(self.documentsBox)
        self.documentChecklistLabel.setObjectName(u"documentChecklistLabel")

        self.documentsLayout.addWidget(self.documentChecklistLabel, 1, 0, 1, 1)

        self.documentChecklistCombo = QComboBox(self.documentsBox)
        self.documentChecklistCombo.setObjectName(u"documentChecklistCombo")
        self.documentChecklistCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.documentsLayout.addWidget(self.documentChecklistCombo, 1, 1, 1, 1)

        self.blankChecklistsButton = QPushButton(self.documentsBox)
        self.blankChecklistsButton.setObjectName(u"blankChecklistsButton")

        self.documentsLayout.addWidget(self.blankChecklistsButton, 1, 2, 1, 1)

        self.documentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentsLayout.addItem(self.documentsSpacer, 0, 3, 2, 1)


        self.detailColumn.addWidget(self.documentsBox)


        self.layout.addLayout(self.detailColumn)

#if QT_CONFIG(shortcut)
        self.documentWardLabel.setBuddy(self.documentWardCombo)
        self.documentChecklistLabel.setBuddy(self.documentChecklistCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CampaignsPage)

        QMetaObject.connectSlotsByName(CampaignsPage)
    # setupUi

    def retranslateUi(self, CampaignsPage):
        self.listCaption.setText(QCoreApplication.translate("CampaignsPage", u"Campaigns", None))
        self.newButton.setText(QCoreApplication.translate("CampaignsPage", u"&New campaign\u2026", None))
        self.editButton.setText(QCoreApplication.translate("CampaignsPage", u"&Edit campaign\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("CampaignsPage", u"&Delete campaign\u2026", None))
        self.openPhaseButton.setText(QCoreApplication.translate("CampaignsPage", u"&Open phase", None))
        self.closePhaseButton.setText(QCoreApplication.translate("CampaignsPage", u"&Close phase", None))
        self.documentsBox.setTitle(QCoreApplication.translate("CampaignsPage", u"Print", None))
        self.documentWardLabel.setText(QCoreApplication.translate("CampaignsPage", u"&Ward:", None))
        self.noticesButton.setText(QCoreApplication.translate("CampaignsPage", u"Print rectification no&tices\u2026", None))
        self.documentChecklistLabel.setText(QCoreApplication.translate("CampaignsPage", u"Chec&klist:", None))
        self.blankChecklistsButton.setText(QCoreApplication.translate("CampaignsPage", u"&Blank checklists\u2026", None))
        pass
    # retranslateUi

