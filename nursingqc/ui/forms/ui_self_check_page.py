# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'self_check_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

from nursingqc.ui.widgets.score_sheet_panel import ScoreSheetPanel

class Ui_SelfCheckPage(object):
    def setupUi(self, SelfCheckPage):
        if not SelfCheckPage.objectName():
            SelfCheckPage.setObjectName(u"SelfCheckPage")
        self.layout = QVBoxLayout(SelfCheckPage)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.pickers = QHBoxLayout()
        self.pickers.setObjectName(u"pickers")
        self.campaignCombo = QComboBox(SelfCheckPage)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.campaignCombo.setMinimumContentsLength(14)

        self.pickers.addWidget(self.campaignCombo)

        self.wardCaption = QLabel(SelfCheckPage)
        self.wardCaption.setObjectName(u"wardCaption")

        self.pickers.addWidget(self.wardCaption)

        self.wardCombo = QComboBox(SelfCheckPage)
        self.wardCombo.setObjectName(u"wardCombo")
        self.wardCombo.setMinimumContentsLength(12)
        self.wardCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.pickers.addWidget(self.wardCombo)

        self.checklistCaption = QLabel(SelfCheckPage)
        self.checklistCaption.setObjectName(u"checklistCaption")

        self.pickers.addWidget(self.checklistCaption)

        self.checklistCombo = QComboBox(SelfCheckPage)
        self.checklistCombo.setObjectName(u"checklistCombo")
        self.checklistCombo.setMinimumContentsLength(14)

        self.pickers.addWidget(self.checklistCombo)

        self.pickerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickers.addItem(self.pickerSpacer)

        self.statusLabel = QLabel(SelfCheckPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.pickers.addWidget(self.statusLabel)

        self.paperButton = QPushButton(SelfCheckPage)
        self.paperButton.setObjectName(u"paperButton")

        self.pickers.addWidget(self.paperButton)


        self.layout.addLayout(self.pickers)

        self.sheetPanel = ScoreSheetPanel(SelfCheckPage)
        self.sheetPanel.setObjectName(u"sheetPanel")

        self.layout.addWidget(self.sheetPanel)

#if QT_CONFIG(shortcut)
        self.wardCaption.setBuddy(self.wardCombo)
        self.checklistCaption.setBuddy(self.checklistCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SelfCheckPage)

        QMetaObject.connectSlotsByName(SelfCheckPage)
    # setupUi

    def retranslateUi(self, SelfCheckPage):
#if QT_CONFIG(accessibility)
        self.campaignCombo.setAccessibleName(QCoreApplication.translate("SelfCheckPage", u"Campaign", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.campaignCombo.setToolTip(QCoreApplication.translate("SelfCheckPage", u"The campaign worked on; the one running today is chosen at first", None))
#endif // QT_CONFIG(tooltip)
        self.wardCaption.setText(QCoreApplication.translate("SelfCheckPage", u"&Ward", None))
        self.checklistCaption.setText(QCoreApplication.translate("SelfCheckPage", u"&Checklist", None))
        self.paperButton.setText(QCoreApplication.translate("SelfCheckPage", u"&Paper and printing", None))
        pass
    # retranslateUi

