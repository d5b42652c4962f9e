# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ward_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

class Ui_WardDialog(object):
    def setupUi(self, WardDialog):
        if not WardDialog.objectName():
            WardDialog.setObjectName(u"WardDialog")
        WardDialog.resize(420, 240)
        self.layout = QVBoxLayout(WardDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.codeCaption = QLabel(WardDialog)
        self.codeCaption.setObjectName(u"codeCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeCaption)

        self.codeEdit = QLineEdit(WardDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameCaption = QLabel(WardDialog)
        self.nameCaption.setObjectName(u"nameCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(WardDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.headNurseCaption = QLabel(WardDialog)
        self.headNurseCaption.setObjectName(u"headNurseCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.headNurseCaption)

        self.headNurseEdit = QLineEdit(WardDialog)
        self.headNurseEdit.setObjectName(u"headNurseEdit")
        self.headNurseEdit.setMaxLength(50)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.headNurseEdit)

        self.bedsCaption = QLabel(WardDialog)
        self.bedsCaption.setObjectName(u"bedsCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bedsCaption)

        self.bedsSpin = QSpinBox(WardDialog)
        self.bedsSpin.setObjectName(u"bedsSpin")
        self.bedsSpin.setMinimum(-1)
        self.bedsSpin.setMaximum(999)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bedsSpin)

        self.groupCaption = QLabel(WardDialog)
        self.groupCaption.setObjectName(u"groupCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.groupCaption)

        self.groupCombo = QComboBox(WardDialog)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setEditable(True)
        self.groupCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.groupCombo)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(WardDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(WardDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeCaption.setBuddy(self.codeEdit)
        self.nameCaption.setBuddy(self.nameEdit)
        self.headNurseCaption.setBuddy(self.headNurseEdit)
        self.bedsCaption.setBuddy(self.bedsSpin)
        self.groupCaption.setBuddy(self.groupCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.headNurseEdit)
        QWidget.setTabOrder(self.headNurseEdit, self.bedsSpin)
        QWidget.setTabOrder(self.bedsSpin, self.groupCombo)

        self.retranslateUi(WardDialog)

        QMetaObject.connectSlotsByName(WardDialog)
    # setupUi

    def retranslateUi(self, WardDialog):
        WardDialog.setWindowTitle(QCoreApplication.translate("WardDialog", u"Edit ward", None))
        self.codeCaption.setText(QCoreApplication.translate("WardDialog", u"Ward &code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("WardDialog", u"e.g. NK01", None))
        self.nameCaption.setText(QCoreApplication.translate("WardDialog", u"Ward &name", None))
        self.headNurseCaption.setText(QCoreApplication.translate("WardDialog", u"&Head nurse", None))
        self.bedsCaption.setText(QCoreApplication.translate("WardDialog", u"&Beds", None))
        self.groupCaption.setText(QCoreApplication.translate("WardDialog", u"&Group", None))
    # retranslateUi

