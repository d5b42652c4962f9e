# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaign_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout

class Ui_CampaignDialog(object):
    def setupUi(self, CampaignDialog):
        if not CampaignDialog.objectName():
            CampaignDialog.setObjectName(u"CampaignDialog")
        CampaignDialog.resize(760, 560)
        self.layout = QVBoxLayout(CampaignDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameCaption = QLabel(CampaignDialog)
        self.nameCaption.setObjectName(u"nameCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(CampaignDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.startCaption = QLabel(CampaignDialog)
        self.startCaption.setObjectName(u"startCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startCaption)

        self.startEdit = QDateEdit(CampaignDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)
        self.startEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.phasesCaption = QLabel(CampaignDialog)
        self.phasesCaption.setObjectName(u"phasesCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phasesCaption)

        self.phasesLabel = QLabel(CampaignDialog)
        self.phasesLabel.setObjectName(u"phasesLabel")
        self.phasesLabel.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phasesLabel)

        self.awardsCaption = QLabel(CampaignDialog)
        self.awardsCaption.setObjectName(u"awardsCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.awardsCaption)

        self.awardsSpin = QSpinBox(CampaignDialog)
        self.awardsSpin.setObjectName(u"awardsSpin")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.awardsSpin)

        self.thresholdCaption = QLabel(CampaignDialog)
        self.thresholdCaption.setObjectName(u"thresholdCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.thresholdCaption)

        self.thresholdSpin = QDoubleSpinBox(CampaignDialog)
        self.thresholdSpin.setObjectName(u"thresholdSpin")
        self.thresholdSpin.setDecimals(1)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.thresholdSpin)

        self.daysCaption = QLabel(CampaignDialog)
        self.daysCaption.setObjectName(u"daysCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.daysCaption)

        self.daysSpin = QSpinBox(CampaignDialog)
        self.daysSpin.setObjectName(u"daysSpin")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.daysSpin)


        self.layout.addLayout(self.form)

        self.lists = QHBoxLayout()
        self.lists.setObjectName(u"lists")
        self.checklistBox = QGroupBox(CampaignDialog)
        self.checklistBox.setObjectName(u"checklistBox")
        self.checklistLayout = QVBoxLayout(self.checklistBox)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistTable = QTableWidget(self.checklistBox)
        self.checklistTable.setObjectName(u"checklistTable")

        self.checklistLayout.addWidget(self.checklistTable)


        self.lists.addWidget(self.checklistBox)

        self.wardBox = QGroupBox(CampaignDialog)
        self.wardBox.setObjectName(u"wardBox")
        self.wardLayout = QVBoxLayout(self.wardBox)
        self.wardLayout.setObjectName(u"wardLayout")
        self.wardList = QListWidget(self.wardBox)
        self.wardList.setObjectName(u"wardList")

        self.wardLayout.addWidget(self.wardList)

        self.wardButtons = QHBoxLayout()
        self.wardButtons.setObjectName(u"wardButtons")
        self.allWardsButton = QPushButton(self.wardBox)
        self.allWardsButton.setObjectName(u"allWardsButton")

        self.wardButtons.addWidget(self.allWardsButton)

        self.noWardsButton = QPushButton(self.wardBox)
        self.noWardsButton.setObjectName(u"noWardsButton")

        self.wardButtons.addWidget(self.noWardsButton)

        self.wardCountLabel = QLabel(self.wardBox)
        self.wardCountLabel.setObjectName(u"wardCountLabel")

        self.wardButtons.addWidget(self.wardCountLabel)

        self.wardSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wardButtons.addItem(self.wardSpacer)


        self.wardLayout.addLayout(self.wardButtons)


        self.lists.addWidget(self.wardBox)


        self.layout.addLayout(self.lists)

        self.errorLabel = QLabel(CampaignDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CampaignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.nameEdit)
        self.startCaption.setBuddy(self.startEdit)
        self.awardsCaption.setBuddy(self.awardsSpin)
        self.thresholdCaption.setBuddy(self.thresholdSpin)
        self.daysCaption.setBuddy(self.daysSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CampaignDialog)

        QMetaObject.connectSlotsByName(CampaignDialog)
    # setupUi

    def retranslateUi(self, CampaignDialog):
        CampaignDialog.setWindowTitle(QCoreApplication.translate("CampaignDialog", u"New campaign", None))
        self.nameCaption.setText(QCoreApplication.translate("CampaignDialog", u"&Name", None))
        self.startCaption.setText(QCoreApplication.translate("CampaignDialog", u"&Start (self-check week)", None))
        self.phasesCaption.setText(QCoreApplication.translate("CampaignDialog", u"Phases", None))
        self.awardsCaption.setText(QCoreApplication.translate("CampaignDialog", u"&Model wards (top N)", None))
        self.thresholdCaption.setText(QCoreApplication.translate("CampaignDialog", u"Model ward &threshold", None))
        self.daysCaption.setText(QCoreApplication.translate("CampaignDialog", u"Rectification &deadline (days)", None))
        self.checklistBox.setTitle(QCoreApplication.translate("CampaignDialog", u"Checklists and weights", None))
        self.wardBox.setTitle(QCoreApplication.translate("CampaignDialog", u"Participating wards", None))
        self.allWardsButton.setText(QCoreApplication.translate("CampaignDialog", u"&All", None))
        self.noWardsButton.setText(QCoreApplication.translate("CampaignDialog", u"N&one", None))
    # retranslateUi

