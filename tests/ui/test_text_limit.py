"""Each long text field shows its limit under it, and turns red once the text is over it."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from nursingqc.domain import texts
from nursingqc.services.container import Services
from nursingqc.ui.dialogs.reason import ReasonDialog
from nursingqc.ui.pages.rectification import RectificationPage
from nursingqc.ui.pages.summary import SummaryPage
from nursingqc.ui.widgets.text_limit import OVER_COLOUR, LimitLabel
from tests.helpers import Hospital


def counters(widget: QWidget) -> dict[str, LimitLabel]:
    """The counters by the object name of the field they count."""
    return {label._edit.objectName(): label for label in widget.findChildren(LimitLabel)}


def test_the_reason_dialog_counts_against_the_reasons_limit(qtbot: QtBot) -> None:
    dialog = ReasonDialog("重新开启", "请说明原因")
    qtbot.addWidget(dialog)
    (counter,) = counters(dialog).values()
    edit = dialog.findChild(QPlainTextEdit, "reasonEdit")
    assert edit is not None
    assert counter.text() == f"0 / {texts.REASON.limit} characters"
    edit.setPlainText("理" * (texts.REASON.limit + 1))
    assert counter.over and OVER_COLOUR in counter.styleSheet()
    assert counter.text() == f"{texts.REASON.limit + 1} / {texts.REASON.limit} characters"


def test_the_rectification_and_summary_pages_show_every_limit(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    rectification_page = RectificationPage(
        hospital.nurse_a,
        services.campaigns,
        services.rectification,
        services.notices,
    )
    summary_page = SummaryPage(hospital.admin, services.campaigns, services.summary)
    qtbot.addWidget(rectification_page)
    qtbot.addWidget(summary_page)
    assert {name: c._field for name, c in counters(rectification_page).items()} == {
        "causeEdit": texts.CAUSE,
        "measureEdit": texts.MEASURE,
    }
    assert {name: c._field for name, c in counters(summary_page).items()} == {
        "causesEdit": texts.SUMMARY_CAUSES,
        "conclusionsEdit": texts.SUMMARY_CONCLUSIONS,
        "nextStepsEdit": texts.SUMMARY_NEXT_STEPS,
    }
