# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rectification_detail.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout, QWidget

from nursingqc.ui.widgets.photo_strip import PhotoStrip
from nursingqc.ui.widgets.rectification_history import RectificationHistory

class Ui_RectificationDetailPane(object):
    def setupUi(self, RectificationDetailPane):
        if not RectificationDetailPane.objectName():
            RectificationDetailPane.setObjectName(u"RectificationDetailPane")
        self.detailLayout = QHBoxLayout(RectificationDetailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 6, 0, 0)
        self.answerColumn = QVBoxLayout()
        self.answerColumn.setObjectName(u"answerColumn")
        self.summaryLabel = QLabel(RectificationDetailPane)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.answerColumn.addWidget(self.summaryLabel)

        self.answerForm = QFormLayout()
        self.answerForm.setObjectName(u"answerForm")
        self.causeCaption = QLabel(RectificationDetailPane)
        self.causeCaption.setObjectName(u"causeCaption")

        self.answerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.causeCaption)

        self.causeEdit = QPlainTextEdit(RectificationDetailPane)
        self.causeEdit.setObjectName(u"causeEdit")
        self.causeEdit.setTabChangesFocus(True)
        self.causeEdit.setMaximumSize(QSize(16777215, 64))

        self.answerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.causeEdit)

        self.measureCaption = QLabel(RectificationDetailPane)
        self.measureCaption.setObjectName(u"measureCaption")

        self.answerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.measureCaption)

        self.measureEdit = QPlainTextEdit(RectificationDetailPane)
        self.measureEdit.setObjectName(u"measureEdit")
        self.measureEdit.setTabChangesFocus(True)
        self.measureEdit.setMaximumSize(QSize(16777215, 64))

        self.answerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.measureEdit)

        self.ownerCaption = QLabel(RectificationDetailPane)
        self.ownerCaption.setObjectName(u"ownerCaption")

        self.answerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerCaption)

        self.ownerEdit = QLineEdit(RectificationDetailPane)
        self.ownerEdit.setObjectName(u"ownerEdit")
        self.ownerEdit.setMaxLength(50)

        self.answerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.doneCaption = QLabel(RectificationDetailPane)
        self.doneCaption.setObjectName(u"doneCaption")

        self.answerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.doneCaption)

        self.doneDateEdit = QDateEdit(RectificationDetailPane)
        self.doneDateEdit.setObjectName(u"doneDateEdit")
        self.doneDateEdit.setCalendarPopup(True)
        self.doneDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.answerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.doneDateEdit)


        self.answerColumn.addLayout(self.answerForm)

        self.wardButtons = QHBoxLayout()
        self.wardButtons.setObjectName(u"wardButtons")
        self.saveButton = QPushButton(RectificationDetailPane)
        self.saveButton.setObjectName(u"saveButton")

        self.wardButtons.addWidget(self.saveButton)

        self.markDoneButton = QPushButton(RectificationDetailPane)
        self.markDoneButton.setObjectName(u"markDoneButton")

        self.wardButtons.addWidget(self.markDoneButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wardButtons.addItem(self.buttonSpacer)


        self.answerColumn.addLayout(self.wardButtons)

        self.checkButtons = QHBoxLayout()
        self.checkButtons.setObjectName(u"checkButtons")
        self.verifyButton = QPushButton(RectificationDetailPane)
        self.verifyButton.setObjectName(u"verifyButton")

        self.checkButtons.addWidget(self.verifyButton)

        self.rejectButton = QPushButton(RectificationDetailPane)
        self.rejectButton.setObjectName(u"rejectButton")

        self.checkButtons.addWidget(self.rejectButton)

        self.delayButton = QPushButton(RectificationDetailPane)
        self.delayButton.setObjectName(u"delayButton")

        self.checkButtons.addWidget(self.delayButton)

        self.checkSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkButtons.addItem(self.checkSpacer)


        self.answerColumn.addLayout(self.checkButtons)

        self.noteLabel = QLabel(RectificationDetailPane)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.answerColumn.addWidget(self.noteLabel)

        self.answerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.answerColumn.addItem(self.answerSpacer)


        self.detailLayout.addLayout(self.answerColumn)

        self.detailTabs = QTabWidget(RectificationDetailPane)
        self.detailTabs.setObjectName(u"detailTabs")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = RectificationHistory(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setTabKeyNavigation(False)
        self.historyTable.setWordWrap(True)

        self.historyLayout.addWidget(self.historyTable)

        self.detailTabs.addTab(self.historyTab, "")
        self.photosTab = QWidget()
        self.photosTab.setObjectName(u"photosTab")
        self.photosLayout = QVBoxLayout(self.photosTab)
        self.photosLayout.setObjectName(u"photosLayout")
        self.photoList = PhotoStrip(self.photosTab)
        self.photoList.setObjectName(u"photoList")
        self.photoList.setViewMode(QListView.ViewMode.IconMode)
        self.photoList.setIconSize(QSize(120, 120))
        self.photoList.setMovement(QListView.Movement.Static)
        self.photoList.setResizeMode(QListView.ResizeMode.Adjust)
        self.photoList.setSpacing(6)

        self.photosLayout.addWidget(self.photoList)

        self.photoButtons = QHBoxLayout()
        self.photoButtons.setObjectName(u"photoButtons")
        self.addPhotoButton = QPushButton(self.photosTab)
        self.addPhotoButton.setObjectName(u"addPhotoButton")

        self.photoButtons.addWidget(self.addPhotoButton)

        self.removePhotoButton = QPushButton(self.photosTab)
        self.removePhotoButton.setObjectName(u"removePhotoButton")

        self.photoButtons.addWidget(self.removePhotoButton)

        self.photoHint = QLabel(self.photosTab)
        self.photoHint.setObjectName(u"photoHint")
        self.photoHint.setWordWrap(True)

        self.photoButtons.addWidget(self.photoHint)

        self.photoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.photoButtons.addItem(self.photoSpacer)


        self.photosLayout.addLayout(self.photoButtons)

        self.detailTabs.addTab(self.photosTab, "")

        self.detailLayout.addWidget(self.detailTabs)

        self.detailLayout.setStretch(0, 1)
        self.detailLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.causeCaption.setBuddy(self.causeEdit)
        self.measureCaption.setBuddy(self.measureEdit)
        self.ownerCaption.setBuddy(self.ownerEdit)
        self.doneCaption.setBuddy(self.doneDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.causeEdit, self.measureEdit)
        QWidget.setTabOrder(self.measureEdit, self.ownerEdit)
        QWidget.setTabOrder(self.ownerEdit, self.doneDateEdit)
        QWidget.setTabOrder(self.doneDateEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.markDoneButton)
        QWidget.setTabOrder(self.markDoneButton, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.rejectButton)
        QWidget.setTabOrder(self.rejectButton, self.delayButton)
        QWidget.setTabOrder(self.delayButton, self.detailTabs)
        QWidget.setTabOrder(self.detailTabs, self.historyTable)
        QWidget.setTabOrder(self.historyTable, self.photoList)
        QWidget.setTabOrder(self.photoList, self.addPhotoButton)

        self.retranslateUi(RectificationDetailPane)

        QMetaObject.connectSlotsByName(RectificationDetailPane)
    # setupUi

    def retranslateUi(self, RectificationDetailPane):
        self.causeCaption.setText(QCoreApplication.translate("RectificationDetailPane", u"Ca&use analysis", None))
        self.measureCaption.setText(QCoreApplication.translate("RectificationDetailPane", u"&Measures", None))
        self.ownerCaption.setText(QCoreApplication.translate("RectificationDetailPane", u"Owne&r", None))
        self.doneCaption.setText(QCoreApplication.translate("RectificationDetailPane", u"&Done on", None))
        self.saveButton.setText(QCoreApplication.translate("RectificationDetailPane", u"&Save", None))
        self.markDoneButton.setText(QCoreApplication.translate("RectificationDetailPane", u"Mar&k as rectified", None))
        self.verifyButton.setText(QCoreApplication.translate("RectificationDetailPane", u"Re-check &passed", None))
        self.rejectButton.setText(QCoreApplication.translate("RectificationDetailPane", u"Re-check &failed\u2026", None))
        self.delayButton.setText(QCoreApplication.translate("RectificationDetailPane", u"Dela&y\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.historyTab), QCoreApplication.translate("RectificationDetailPane", u"H&istory", None))
#if QT_CONFIG(tooltip)
        self.photoList.setToolTip(QCoreApplication.translate("RectificationDetailPane", u"Double-click or press Enter to see the photo large", None))
#endif // QT_CONFIG(tooltip)
        self.addPhotoButton.setText(QCoreApplication.translate("RectificationDetailPane", u"&Add photo\u2026", None))
        self.removePhotoButton.setText(QCoreApplication.translate("RectificationDetailPane", u"Remo&ve photo\u2026", None))
        self.photoHint.setText(QCoreApplication.translate("RectificationDetailPane", u"JPEG or PNG; stored scaled down, at most 6 per item", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.photosTab), QCoreApplication.translate("RectificationDetailPane", u"P&hotos", None))
        pass
    # retranslateUi

