# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'self_check_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from nursingqc.ui.widgets.sheet_table import SheetTableView

class Ui_SelfCheckPage(object):
    def setupUi(self, SelfCheckPage):
        if not SelfCheckPage.objectName():
            SelfCheckPage.setObjectName(u"SelfCheckPage")
        self.layout = QVBoxLayout(SelfCheckPage)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.pickers = QHBoxLayout()
        self.pickers.setObjectName(u"pickers")
        self.wardCaption = QLabel(SelfCheckPage)
        self.wardCaption.setObjectName(u"wardCaption")

        self.pickers.addWidget(self.wardCaption)

        self.wardCombo = QComboBox(SelfCheckPage)
        self.wardCombo.setObjectName(u"wardCombo")
        self.wardCombo.setMinimumContentsLength(12)

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


        self.layout.addLayout(self.pickers)

        self.bannerLabel = QLabel(SelfCheckPage)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.bannerLabel)

        self.itemsView = SheetTableView(SelfCheckPage)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemsView.setAlternatingRowColors(True)
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsView.setWordWrap(True)

        self.layout.addWidget(self.itemsView)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.scoreLabel = QLabel(SelfCheckPage)
        self.scoreLabel.setObjectName(u"scoreLabel")

        self.footer.addWidget(self.scoreLabel)

        self.progressLabel = QLabel(SelfCheckPage)
        self.progressLabel.setObjectName(u"progressLabel")

        self.footer.addWidget(self.progressLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer.addItem(self.footerSpacer)

        self.savedLabel = QLabel(SelfCheckPage)
        self.savedLabel.setObjectName(u"savedLabel")

        self.footer.addWidget(self.savedLabel)

        self.reopenButton = QPushButton(SelfCheckPage)
        self.reopenButton.setObjectName(u"reopenButton")

        self.footer.addWidget(self.reopenButton)

        self.submitButton = QPushButton(SelfCheckPage)
        self.submitButton.setObjectName(u"submitButton")

        self.footer.addWidget(self.submitButton)


        self.layout.addLayout(self.footer)

#if QT_CONFIG(shortcut)
        self.wardCaption.setBuddy(self.wardCombo)
        self.checklistCaption.setBuddy(self.checklistCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SelfCheckPage)

        QMetaObject.connectSlotsByName(SelfCheckPage)
    # setupUi

    def retranslateUi(self, SelfCheckPage):
        self.wardCaption.setText(QCoreApplication.translate("SelfCheckPage", u"&Ward", None))
        self.checklistCaption.setText(QCoreApplication.translate("SelfCheckPage", u"&Checklist", None))
#if QT_CONFIG(accessibility)
        self.itemsView.setAccessibleName(QCoreApplication.translate("SelfCheckPage", u"Checklist items", None))
#endif // QT_CONFIG(accessibility)
        self.reopenButton.setText(QCoreApplication.translate("SelfCheckPage", u"&Reopen\u2026", None))
        self.submitButton.setText(QCoreApplication.translate("SelfCheckPage", u"Su&bmit", None))
        pass
    # retranslateUi

