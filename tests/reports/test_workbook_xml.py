"""Every workbook the program writes is well-formed XML 1.0 whatever text it holds, so Excel
never asks to repair it: control characters, U+FFFE/U+FFFF and lone surrogates in ward names,
problem texts, causes and campaign names are removed on the way out."""

from __future__ import annotations

import dataclasses
import zipfile
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from nursingqc.domain.workflow import PhaseKind
from nursingqc.reports.excel.ranking_workbook import write_ranking_workbook
from nursingqc.reports.excel.scores_file import write_template
from nursingqc.reports.excel.summary_workbook import write_summary_workbook
from nursingqc.services.container import Services
from nursingqc.services.summary import SummaryText
from tests.helpers import Hospital
from tests.months import run_month
from tests.reports.ranking_views import DETAILS, MADE_ON, NOMINEES, view

#: What XML 1.0 cannot hold, as pasted from other programs or left by a broken emoji.
FORBIDDEN = "\x00\x01\x08\x0b\x0c\x1f\ufffe\uffff\ud83d\udc00"


def poisoned(value: Any) -> Any:
    """``value`` with FORBIDDEN inside every text, all the way down (the same text is changed
    the same way, so codes that key one table into another still match)."""
    if isinstance(value, str) and not isinstance(value, Enum):
        return value[:1] + FORBIDDEN + value[1:] + FORBIDDEN if value else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: poisoned(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **{k: v for k, v in changes.items() if _init(value, k)})
    if isinstance(value, tuple | list):
        return type(value)(poisoned(item) for item in value)
    if isinstance(value, dict):
        return {poisoned(key): poisoned(item) for key, item in value.items()}
    return value


def _init(value: Any, name: str) -> bool:
    return next(f for f in dataclasses.fields(value) if f.name == name).init


def ranking(services: Services, hospital: Hospital, path: Path) -> None:
    write_ranking_workbook(
        poisoned(view()), poisoned(DETAILS), path, made_on=MADE_ON, nominees=poisoned(NOMINEES)
    )


def summary(services: Services, hospital: Hospital, path: Path) -> None:
    run_month(services, hospital)
    services.summary.save_text(
        hospital.admin, hospital.campaign.id, SummaryText("人力不足，交接班不规范", "好", "培训")
    )
    write_summary_workbook(
        poisoned(services.summary.summary(hospital.admin, hospital.campaign.id)), path
    )


def scores_template(services: Services, hospital: Hospital, path: Path) -> None:
    template = services.score_import.template(
        hospital.admin, hospital.campaign.id, PhaseKind.SELF_CHECK
    )
    write_template(path, poisoned(template))


@pytest.mark.parametrize("write", [ranking, summary, scores_template])
def test_every_workbook_is_well_formed_xml_whatever_its_text(
    services: Services,
    hospital: Hospital,
    tmp_path: Path,
    write: Callable[[Services, Hospital, Path], None],
) -> None:
    path = tmp_path / "out.xlsx"
    write(services, hospital, path)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(archive.read(name))  # a strict parser: raises if not XML
    book = load_workbook(path)
    texts = {
        cell.value
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    }
    assert not any(set(FORBIDDEN) & set(text) for text in texts)
    assert "心血管内科" in texts  # the name itself is kept, only what XML forbids is gone
