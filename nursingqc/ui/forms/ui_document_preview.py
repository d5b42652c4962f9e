# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_preview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QToolButton, QVBoxLayout

from nursingqc.ui.widgets.pdf_pages import PdfPagesView

class Ui_DocumentPreviewDialog(object):
    def setupUi(self, DocumentPreviewDialog):
        if not DocumentPreviewDialog.objectName():
            DocumentPreviewDialog.setObjectName(u"DocumentPreviewDialog")
        DocumentPreviewDialog.resize(900, 700)
        self.layout = QVBoxLayout(DocumentPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.previousButton = QToolButton(DocumentPreviewDialog)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setArrowType(Qt.ArrowType.LeftArrow)

        self.toolbar.addWidget(self.previousButton)

        self.pageSpin = QSpinBox(DocumentPreviewDialog)
        self.pageSpin.setObjectName(u"pageSpin")
        self.pageSpin.setMinimum(1)
        self.pageSpin.setKeyboardTracking(False)

        self.toolbar.addWidget(self.pageSpin)

        self.pageCountLabel = QLabel(DocumentPreviewDialog)
        self.pageCountLabel.setObjectName(u"pageCountLabel")

        self.toolbar.addWidget(self.pageCountLabel)

        self.nextButton = QToolButton(DocumentPreviewDialog)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setArrowType(Qt.ArrowType.RightArrow)

        self.toolbar.addWidget(self.nextButton)

        self.zoomLabel = QLabel(DocumentPreviewDialog)
        self.zoomLabel.setObjectName(u"zoomLabel")

        self.toolbar.addWidget(self.zoomLabel)

        self.zoomCombo = QComboBox(DocumentPreviewDialog)
        self.zoomCombo.setObjectName(u"zoomCombo")

        self.toolbar.addWidget(self.zoomCombo)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.printButton = QPushButton(DocumentPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.toolbar.addWidget(self.printButton)

        self.saveButton = QPushButton(DocumentPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.toolbar.addWidget(self.saveButton)

        self.openButton = QPushButton(DocumentPreviewDialog)
        self.openButton.setObjectName(u"openButton")

        self.toolbar.addWidget(self.openButton)

        self.closeButton = QPushButton(DocumentPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.toolbar.addWidget(self.closeButton)


        self.layout.addLayout(self.toolbar)

        self.pagesView = PdfPagesView(DocumentPreviewDialog)
        self.pagesView.setObjectName(u"pagesView")

        self.layout.addWidget(self.pagesView)

#if QT_CONFIG(shortcut)
        self.zoomLabel.setBuddy(self.zoomCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentPreviewDialog)

        QMetaObject.connectSlotsByName(DocumentPreviewDialog)
    # setupUi

    def retranslateUi(self, DocumentPreviewDialog):
        DocumentPreviewDialog.setWindowTitle(QCoreApplication.translate("DocumentPreviewDialog", u"Preview", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Previous page", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.pageSpin.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Go to page", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Next page", None))
#endif // QT_CONFIG(tooltip)
        self.zoomLabel.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Zoom:", None))
        self.printButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Save as PDF\u2026", None))
        self.openButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"Open in the system &viewer", None))
        self.closeButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"Close", None))
    # retranslateUi

