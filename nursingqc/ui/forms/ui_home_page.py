# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        self.layout = QVBoxLayout(HomePage)
        self.layout.setObjectName(u"layout")
        self.greetingLabel = QLabel(HomePage)
        self.greetingLabel.setObjectName(u"greetingLabel")

        self.layout.addWidget(self.greetingLabel)

        self.campaignLabel = QLabel(HomePage)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.layout.addWidget(self.campaignLabel)

        self.timelineHost = QWidget(HomePage)
        self.timelineHost.setObjectName(u"timelineHost")
        self.timelineLayout = QVBoxLayout(self.timelineHost)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.timelineHost)

        self.todoBox = QGroupBox(HomePage)
        self.todoBox.setObjectName(u"todoBox")
        self.todoLayout = QVBoxLayout(self.todoBox)
        self.todoLayout.setObjectName(u"todoLayout")
        self.todoLabel = QLabel(self.todoBox)
        self.todoLabel.setObjectName(u"todoLabel")
        self.todoLabel.setWordWrap(True)
        self.todoLabel.setTextFormat(Qt.TextFormat.RichText)
        self.todoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.LinksAccessibleByKeyboard)

        self.todoLayout.addWidget(self.todoLabel)

        self.todoButtons = QHBoxLayout()
        self.todoButtons.setObjectName(u"todoButtons")
        self.selfCheckButton = QPushButton(self.todoBox)
        self.selfCheckButton.setObjectName(u"selfCheckButton")

        self.todoButtons.addWidget(self.selfCheckButton)

        self.wardsButton = QPushButton(self.todoBox)
        self.wardsButton.setObjectName(u"wardsButton")

        self.todoButtons.addWidget(self.wardsButton)

        self.todoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.todoButtons.addItem(self.todoSpacer)


        self.todoLayout.addLayout(self.todoButtons)


        self.layout.addWidget(self.todoBox)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)


        self.retranslateUi(HomePage)

        QMetaObject.connectSlotsByName(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.todoBox.setTitle(QCoreApplication.translate("HomePage", u"To do", None))
        self.selfCheckButton.setText(QCoreApplication.translate("HomePage", u"Go to the &self-check", None))
        self.wardsButton.setText(QCoreApplication.translate("HomePage", u"Go to &Wards and accounts", None))
        pass
    # retranslateUi

