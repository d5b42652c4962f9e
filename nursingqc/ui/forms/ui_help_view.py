# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'help_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout

class Ui_HelpWindow(object):
    def setupUi(self, HelpWindow):
        if not HelpWindow.objectName():
            HelpWindow.setObjectName(u"HelpWindow")
        HelpWindow.resize(860, 640)
        self.layout = QVBoxLayout(HelpWindow)
        self.layout.setObjectName(u"layout")
        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backButton = QPushButton(HelpWindow)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.forwardButton = QPushButton(HelpWindow)
        self.forwardButton.setObjectName(u"forwardButton")

        self.buttonRow.addWidget(self.forwardButton)

        self.contentsButton = QPushButton(HelpWindow)
        self.contentsButton.setObjectName(u"contentsButton")

        self.buttonRow.addWidget(self.contentsButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(HelpWindow)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

        self.languageNote = QLabel(HelpWindow)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.layout.addWidget(self.languageNote)

        self.browser = QTextBrowser(HelpWindow)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(True)

        self.layout.addWidget(self.browser)


        self.retranslateUi(HelpWindow)

        QMetaObject.connectSlotsByName(HelpWindow)
    # setupUi

    def retranslateUi(self, HelpWindow):
        HelpWindow.setWindowTitle(QCoreApplication.translate("HelpWindow", u"NursingQC user guide", None))
        self.backButton.setText(QCoreApplication.translate("HelpWindow", u"&Back", None))
        self.forwardButton.setText(QCoreApplication.translate("HelpWindow", u"&Forward", None))
        self.contentsButton.setText(QCoreApplication.translate("HelpWindow", u"&Contents", None))
        self.closeButton.setText(QCoreApplication.translate("HelpWindow", u"C&lose", None))
        self.languageNote.setText(QCoreApplication.translate("HelpWindow", u"The user guide is written in Chinese. The English program shows it as it is; the names of pages and buttons it uses are those of the Chinese program.", None))
#if QT_CONFIG(accessibility)
        self.browser.setAccessibleName(QCoreApplication.translate("HelpWindow", u"User guide", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

