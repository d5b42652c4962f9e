# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_log_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_AuditLogPage(object):
    def setupUi(self, AuditLogPage):
        if not AuditLogPage.objectName():
            AuditLogPage.setObjectName(u"AuditLogPage")
        self.layout = QVBoxLayout(AuditLogPage)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.filters = QGridLayout()
        self.filters.setObjectName(u"filters")
        self.filters.setHorizontalSpacing(6)
        self.userLabel = QLabel(AuditLogPage)
        self.userLabel.setObjectName(u"userLabel")

        self.filters.addWidget(self.userLabel, 0, 0, 1, 1)

        self.userCombo = QComboBox(AuditLogPage)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setMinimumContentsLength(10)
        self.userCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filters.addWidget(self.userCombo, 0, 1, 1, 1)

        self.actionLabel = QLabel(AuditLogPage)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filters.addWidget(self.actionLabel, 0, 2, 1, 1)

        self.actionCombo = QComboBox(AuditLogPage)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setMinimumContentsLength(10)
        self.actionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filters.addWidget(self.actionCombo, 0, 3, 1, 1)

        self.campaignCaption = QLabel(AuditLogPage)
        self.campaignCaption.setObjectName(u"campaignCaption")

        self.filters.addWidget(self.campaignCaption, 0, 4, 1, 1)

        self.campaignCombo = QComboBox(AuditLogPage)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setMinimumContentsLength(16)
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filters.addWidget(self.campaignCombo, 0, 5, 1, 1)

        self.wardLabel = QLabel(AuditLogPage)
        self.wardLabel.setObjectName(u"wardLabel")

        self.filters.addWidget(self.wardLabel, 0, 6, 1, 1)

        self.wardCombo = QComboBox(AuditLogPage)
        self.wardCombo.setObjectName(u"wardCombo")
        self.wardCombo.setMinimumContentsLength(12)
        self.wardCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filters.addWidget(self.wardCombo, 0, 7, 1, 1)

        self.sinceLabel = QLabel(AuditLogPage)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.filters.addWidget(self.sinceLabel, 1, 0, 1, 1)

        self.sinceEdit = QDateEdit(AuditLogPage)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setCalendarPopup(True)
        self.sinceEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filters.addWidget(self.sinceEdit, 1, 1, 1, 1)

        self.untilLabel = QLabel(AuditLogPage)
        self.untilLabel.setObjectName(u"untilLabel")

        self.filters.addWidget(self.untilLabel, 1, 2, 1, 1)

        self.untilEdit = QDateEdit(AuditLogPage)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)
        self.untilEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filters.addWidget(self.untilEdit, 1, 3, 1, 1)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.clearButton = QPushButton(AuditLogPage)
        self.clearButton.setObjectName(u"clearButton")

        self.buttons.addWidget(self.clearButton)

        self.refreshButton = QPushButton(AuditLogPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttons.addWidget(self.refreshButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)


        self.filters.addLayout(self.buttons, 1, 4, 1, 3)

        self.exportButton = QPushButton(AuditLogPage)
        self.exportButton.setObjectName(u"exportButton")

        self.filters.addWidget(self.exportButton, 1, 7, 1, 1)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer, 0, 8, 1, 1)


        self.layout.addLayout(self.filters)

        self.countLabel = QLabel(AuditLogPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.countLabel)

        self.splitter = QSplitter(AuditLogPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.entriesView = QTableView(self.splitter)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entriesView.setWordWrap(False)
        self.entriesView.setTabKeyNavigation(False)
        self.splitter.addWidget(self.entriesView)
        self.detailEdit = QPlainTextEdit(self.splitter)
        self.detailEdit.setObjectName(u"detailEdit")
        self.detailEdit.setReadOnly(True)
        self.splitter.addWidget(self.detailEdit)

        self.layout.addWidget(self.splitter)

        self.statusLabel = QLabel(AuditLogPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.statusLabel)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userCombo)
        self.actionLabel.setBuddy(self.actionCombo)
        self.campaignCaption.setBuddy(self.campaignCombo)
        self.wardLabel.setBuddy(self.wardCombo)
        self.sinceLabel.setBuddy(self.sinceEdit)
        self.untilLabel.setBuddy(self.untilEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.campaignCombo)
        QWidget.setTabOrder(self.campaignCombo, self.wardCombo)
        QWidget.setTabOrder(self.wardCombo, self.sinceEdit)
        QWidget.setTabOrder(self.sinceEdit, self.untilEdit)
        QWidget.setTabOrder(self.untilEdit, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.entriesView)
        QWidget.setTabOrder(self.entriesView, self.detailEdit)

        self.retranslateUi(AuditLogPage)

        QMetaObject.connectSlotsByName(AuditLogPage)
    # setupUi

    def retranslateUi(self, AuditLogPage):
        self.userLabel.setText(QCoreApplication.translate("AuditLogPage", u"&User", None))
#if QT_CONFIG(accessibility)
        self.userCombo.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"User", None))
#endif // QT_CONFIG(accessibility)
        self.actionLabel.setText(QCoreApplication.translate("AuditLogPage", u"&Action", None))
#if QT_CONFIG(accessibility)
        self.actionCombo.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.campaignCaption.setText(QCoreApplication.translate("AuditLogPage", u"&Campaign", None))
#if QT_CONFIG(accessibility)
        self.campaignCombo.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"Campaign", None))
#endif // QT_CONFIG(accessibility)
        self.wardLabel.setText(QCoreApplication.translate("AuditLogPage", u"&Ward", None))
#if QT_CONFIG(accessibility)
        self.wardCombo.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"Ward", None))
#endif // QT_CONFIG(accessibility)
        self.sinceLabel.setText(QCoreApplication.translate("AuditLogPage", u"&From", None))
#if QT_CONFIG(accessibility)
        self.sinceEdit.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"From this day", None))
#endif // QT_CONFIG(accessibility)
        self.untilLabel.setText(QCoreApplication.translate("AuditLogPage", u"&To", None))
#if QT_CONFIG(accessibility)
        self.untilEdit.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"To this day", None))
#endif // QT_CONFIG(accessibility)
        self.clearButton.setText(QCoreApplication.translate("AuditLogPage", u"&Show everything", None))
        self.refreshButton.setText(QCoreApplication.translate("AuditLogPage", u"&Refresh", None))
        self.exportButton.setText(QCoreApplication.translate("AuditLogPage", u"&Export to Excel\u2026", None))
#if QT_CONFIG(accessibility)
        self.entriesView.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"Audit log entries", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailEdit.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"The chosen entry in full", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

