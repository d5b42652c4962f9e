# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QMenu, QMenuBar, QPushButton, QStackedWidget, QStatusBar, QVBoxLayout, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 720)
        MainWindow.setMinimumSize(QSize(1000, 600))
        self.actionFontNormal = QAction(MainWindow)
        self.actionFontNormal.setObjectName(u"actionFontNormal")
        self.actionFontNormal.setCheckable(True)
        self.actionFontLarge = QAction(MainWindow)
        self.actionFontLarge.setObjectName(u"actionFontLarge")
        self.actionFontLarge.setCheckable(True)
        self.actionFontLarger = QAction(MainWindow)
        self.actionFontLarger.setObjectName(u"actionFontLarger")
        self.actionFontLarger.setCheckable(True)
        self.actionPageHelp = QAction(MainWindow)
        self.actionPageHelp.setObjectName(u"actionPageHelp")
        self.actionGuide = QAction(MainWindow)
        self.actionGuide.setObjectName(u"actionGuide")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navigationColumn = QWidget(self.centralWidget)
        self.navigationColumn.setObjectName(u"navigationColumn")
        self.navigationColumn.setMinimumSize(QSize(140, 0))
        self.navigationColumn.setMaximumSize(QSize(140, 16777215))
        self.navigationLayout = QVBoxLayout(self.navigationColumn)
        self.navigationLayout.setSpacing(0)
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.navigationLayout.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget(self.navigationColumn)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)

        self.navigationLayout.addWidget(self.navigation)

        self.logoutButton = QPushButton(self.navigationColumn)
        self.logoutButton.setObjectName(u"logoutButton")
        self.logoutButton.setFlat(True)

        self.navigationLayout.addWidget(self.logoutButton)


        self.centralLayout.addWidget(self.navigationColumn)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.settingsMenu = QMenu(self.menuBar)
        self.settingsMenu.setObjectName(u"settingsMenu")
        self.fontSizeMenu = QMenu(self.settingsMenu)
        self.fontSizeMenu.setObjectName(u"fontSizeMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.settingsMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.settingsMenu.addAction(self.fontSizeMenu.menuAction())
        self.fontSizeMenu.addAction(self.actionFontNormal)
        self.fontSizeMenu.addAction(self.actionFontLarge)
        self.fontSizeMenu.addAction(self.actionFontLarger)
        self.helpMenu.addAction(self.actionPageHelp)
        self.helpMenu.addAction(self.actionGuide)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"NursingQC", None))
        self.actionFontNormal.setText(QCoreApplication.translate("MainWindow", u"&Normal", None))
        self.actionFontLarge.setText(QCoreApplication.translate("MainWindow", u"&Large", None))
        self.actionFontLarger.setText(QCoreApplication.translate("MainWindow", u"L&arger", None))
        self.actionPageHelp.setText(QCoreApplication.translate("MainWindow", u"&Help on this page", None))
#if QT_CONFIG(shortcut)
        self.actionPageHelp.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionGuide.setText(QCoreApplication.translate("MainWindow", u"User &guide", None))
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigation", None))
#endif // QT_CONFIG(accessibility)
        self.logoutButton.setText(QCoreApplication.translate("MainWindow", u"&Log out", None))
        self.settingsMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Settings", None))
        self.fontSizeMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Font size", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

