# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_board_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_EvaluationBoardPage(object):
    def setupUi(self, EvaluationBoardPage):
        if not EvaluationBoardPage.objectName():
            EvaluationBoardPage.setObjectName(u"EvaluationBoardPage")
        self.layout = QVBoxLayout(EvaluationBoardPage)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.summaryLabel = QLabel(EvaluationBoardPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.header.addWidget(self.summaryLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.onlyMissingCheck = QCheckBox(EvaluationBoardPage)
        self.onlyMissingCheck.setObjectName(u"onlyMissingCheck")

        self.header.addWidget(self.onlyMissingCheck)

        self.refreshButton = QPushButton(EvaluationBoardPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.header.addWidget(self.refreshButton)

        self.header.setStretch(0, 1)

        self.layout.addLayout(self.header)

        self.boardView = QTableView(EvaluationBoardPage)
        self.boardView.setObjectName(u"boardView")
        self.boardView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.boardView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.boardView)

        self.detailLabel = QLabel(EvaluationBoardPage)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.detailLabel)


        self.retranslateUi(EvaluationBoardPage)

        QMetaObject.connectSlotsByName(EvaluationBoardPage)
    # setupUi

    def retranslateUi(self, EvaluationBoardPage):
        self.onlyMissingCheck.setText(QCoreApplication.translate("EvaluationBoardPage", u"Only wards with &missing checklists", None))
        self.refreshButton.setText(QCoreApplication.translate("EvaluationBoardPage", u"&Refresh", None))
#if QT_CONFIG(accessibility)
        self.boardView.setAccessibleName(QCoreApplication.translate("EvaluationBoardPage", u"Evaluation board: wards by checklists", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

