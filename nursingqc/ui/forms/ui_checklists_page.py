# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklists_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

class Ui_ChecklistsPage(object):
    def setupUi(self, ChecklistsPage):
        if not ChecklistsPage.objectName():
            ChecklistsPage.setObjectName(u"ChecklistsPage")
        self.layout = QVBoxLayout(ChecklistsPage)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(ChecklistsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.versionsPanel = QWidget(self.splitter)
        self.versionsPanel.setObjectName(u"versionsPanel")
        self.versionsLayout = QVBoxLayout(self.versionsPanel)
        self.versionsLayout.setObjectName(u"versionsLayout")
        self.versionsLayout.setContentsMargins(0, 0, 0, 0)
        self.versionsLabel = QLabel(self.versionsPanel)
        self.versionsLabel.setObjectName(u"versionsLabel")

        self.versionsLayout.addWidget(self.versionsLabel)

        self.versionsTree = QTreeWidget(self.versionsPanel)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"-")
        self.versionsTree.setHeaderItem(__qtreewidgetitem)
        self.versionsTree.setObjectName(u"versionsTree")
        self.versionsTree.setHeaderHidden(True)
        self.versionsTree.setRootIsDecorated(True)

        self.versionsLayout.addWidget(self.versionsTree)

        self.usedLabel = QLabel(self.versionsPanel)
        self.usedLabel.setObjectName(u"usedLabel")
        self.usedLabel.setWordWrap(True)
        self.usedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.versionsLayout.addWidget(self.usedLabel)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.importButton = QPushButton(self.versionsPanel)
        self.importButton.setObjectName(u"importButton")

        self.fileButtons.addWidget(self.importButton)

        self.exportButton = QPushButton(self.versionsPanel)
        self.exportButton.setObjectName(u"exportButton")

        self.fileButtons.addWidget(self.exportButton)


        self.versionsLayout.addLayout(self.fileButtons)

        self.splitter.addWidget(self.versionsPanel)
        self.editorPanel = QWidget(self.splitter)
        self.editorPanel.setObjectName(u"editorPanel")
        self.editorLayout = QVBoxLayout(self.editorPanel)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.versionLabel = QLabel(self.editorPanel)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setWordWrap(True)
        self.versionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.editorLayout.addWidget(self.versionLabel)

        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.nameLabel = QLabel(self.editorPanel)
        self.nameLabel.setObjectName(u"nameLabel")

        self.headerRow.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(self.editorPanel)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.headerRow.addWidget(self.nameEdit)

        self.maxPointsLabel = QLabel(self.editorPanel)
        self.maxPointsLabel.setObjectName(u"maxPointsLabel")

        self.headerRow.addWidget(self.maxPointsLabel)

        self.maxPointsSpin = QDoubleSpinBox(self.editorPanel)
        self.maxPointsSpin.setObjectName(u"maxPointsSpin")
        self.maxPointsSpin.setDecimals(1)
        self.maxPointsSpin.setMinimum(0.100000000000000)
        self.maxPointsSpin.setMaximum(1000.000000000000000)
        self.maxPointsSpin.setSingleStep(1.000000000000000)

        self.headerRow.addWidget(self.maxPointsSpin)

        self.totalLabel = QLabel(self.editorPanel)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerRow.addWidget(self.totalLabel)


        self.editorLayout.addLayout(self.headerRow)

        self.itemsTree = QTreeWidget(self.editorPanel)
        self.itemsTree.setObjectName(u"itemsTree")
        self.itemsTree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.itemsTree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsTree.setWordWrap(False)
        self.itemsTree.setUniformRowHeights(True)

        self.editorLayout.addWidget(self.itemsTree)

        self.editButtons = QHBoxLayout()
        self.editButtons.setObjectName(u"editButtons")
        self.addSectionButton = QPushButton(self.editorPanel)
        self.addSectionButton.setObjectName(u"addSectionButton")

        self.editButtons.addWidget(self.addSectionButton)

        self.addItemButton = QPushButton(self.editorPanel)
        self.addItemButton.setObjectName(u"addItemButton")

        self.editButtons.addWidget(self.addItemButton)

        self.removeButton = QPushButton(self.editorPanel)
        self.removeButton.setObjectName(u"removeButton")

        self.editButtons.addWidget(self.removeButton)

        self.upButton = QPushButton(self.editorPanel)
        self.upButton.setObjectName(u"upButton")

        self.editButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.editorPanel)
        self.downButton.setObjectName(u"downButton")

        self.editButtons.addWidget(self.downButton)

        self.editSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editButtons.addItem(self.editSpacer)

        self.discardButton = QPushButton(self.editorPanel)
        self.discardButton.setObjectName(u"discardButton")

        self.editButtons.addWidget(self.discardButton)

        self.saveButton = QPushButton(self.editorPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.editButtons.addWidget(self.saveButton)


        self.editorLayout.addLayout(self.editButtons)

        self.statusLabel = QLabel(self.editorPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.editorLayout.addWidget(self.statusLabel)

        self.splitter.addWidget(self.editorPanel)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.versionsLabel.setBuddy(self.versionsTree)
        self.nameLabel.setBuddy(self.nameEdit)
        self.maxPointsLabel.setBuddy(self.maxPointsSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.versionsTree, self.importButton)
        QWidget.setTabOrder(self.importButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.maxPointsSpin)
        QWidget.setTabOrder(self.maxPointsSpin, self.itemsTree)
        QWidget.setTabOrder(self.itemsTree, self.addSectionButton)
        QWidget.setTabOrder(self.addSectionButton, self.addItemButton)
        QWidget.setTabOrder(self.addItemButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.discardButton)
        QWidget.setTabOrder(self.discardButton, self.saveButton)

        self.retranslateUi(ChecklistsPage)

        QMetaObject.connectSlotsByName(ChecklistsPage)
    # setupUi

    def retranslateUi(self, ChecklistsPage):
        self.versionsLabel.setText(QCoreApplication.translate("ChecklistsPage", u"Checklists and their &versions", None))
#if QT_CONFIG(accessibility)
        self.versionsTree.setAccessibleName(QCoreApplication.translate("ChecklistsPage", u"Checklists and their versions", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("ChecklistsPage", u"&Import a file\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ChecklistsPage", u"E&xport this version\u2026", None))
        self.nameLabel.setText(QCoreApplication.translate("ChecklistsPage", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ChecklistsPage", u"The checklist's name", None))
#endif // QT_CONFIG(accessibility)
        self.maxPointsLabel.setText(QCoreApplication.translate("ChecklistsPage", u"&Full marks", None))
#if QT_CONFIG(accessibility)
        self.maxPointsSpin.setAccessibleName(QCoreApplication.translate("ChecklistsPage", u"Full marks", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.itemsTree.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("ChecklistsPage", u"Veto", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ChecklistsPage", u"Deduction guide", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ChecklistsPage", u"Per occurrence", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ChecklistsPage", u"Points", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ChecklistsPage", u"Item", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ChecklistsPage", u"Code", None))
#if QT_CONFIG(accessibility)
        self.itemsTree.setAccessibleName(QCoreApplication.translate("ChecklistsPage", u"Sections and items of the checklist", None))
#endif // QT_CONFIG(accessibility)
        self.addSectionButton.setText(QCoreApplication.translate("ChecklistsPage", u"Add sec&tion", None))
        self.addItemButton.setText(QCoreApplication.translate("ChecklistsPage", u"&Add item", None))
        self.removeButton.setText(QCoreApplication.translate("ChecklistsPage", u"&Remove", None))
        self.upButton.setText(QCoreApplication.translate("ChecklistsPage", u"Move &up", None))
        self.downButton.setText(QCoreApplication.translate("ChecklistsPage", u"Move &down", None))
        self.discardButton.setText(QCoreApplication.translate("ChecklistsPage", u"Dis&card changes", None))
        self.saveButton.setText(QCoreApplication.translate("ChecklistsPage", u"&Save as a new version", None))
        pass
    # retranslateUi

