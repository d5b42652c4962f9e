"""``scores template`` and ``scores import`` as a user runs them: real processes, exit codes,
one stderr line per problem, nothing changed on a refusal, nothing added the second time."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import IO

import pytest
from openpyxl import load_workbook

from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.container import open_services
from nursingqc.services.score_rows import REQUIRED_COLUMNS
from tests.cli.command import nursingqc
from tests.helpers import (
    ROOT,
    TODAY,
    build_hospital,
    database_state,
    stream_workbook_part,
    wards_workbook,
    write_workbook,
)

DAY = TODAY - timedelta(days=1)


def hospital_database(folder: Path) -> tuple[Path, int]:
    """Two wards, a campaign whose self-check and evaluation are both open; its id."""
    folder.mkdir()
    path = folder / "hospital.sqlite3"
    services = open_services(f"sqlite:///{path}", today=lambda: TODAY)
    hospital = build_hospital(services)
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)
    services.close()
    return path, hospital.campaign.id


def state(path: Path) -> dict[str, object]:
    services = open_services(f"sqlite:///{path}")
    try:
        return database_state(services)
    finally:
        services.close()


def fill_ward_env(path: Path, ward: str, changes: dict[str, dict[str, object]]) -> None:
    """The ward's WARD_ENV rows filled in as an inspector does in Excel."""
    book = load_workbook(path)
    sheet = book["评分"]
    header = [cell.value for cell in sheet[1]]
    column = {name: header.index(name) + 1 for name in header}
    for row in range(2, sheet.max_row + 1):
        if (sheet.cell(row, 1).value, sheet.cell(row, 3).value) != (ward, "WARD_ENV"):
            continue
        sheet.cell(row, column["检查人"]).value = "质控组 赵静"
        sheet.cell(row, column["检查日期"]).value = DAY
        for name, value in changes.get(str(sheet.cell(row, 4).value), {}).items():
            sheet.cell(row, column[name]).value = value
    book.save(path)


def test_template_then_import_then_the_same_file_again(tmp_path: Path) -> None:
    db, campaign = hospital_database(tmp_path / "data")
    sheet = tmp_path / "评比.xlsx"
    args = ["--db", str(db), "--lang", "en", "scores"]
    made = nursingqc(
        tmp_path,
        *args,
        "template",
        "--campaign",
        str(campaign),
        "--phase",
        "评比",
        "-o",
        str(sheet),
    )
    assert (made.returncode, made.stderr) == (0, "")
    assert made.stdout.strip() == f"Template written: {sheet} (98 rows, 评比)"
    fill_ward_env(sheet, "NK01", {"WE03": {"扣分": 0.5, "问题描述": "床头柜积灰"}})

    first = nursingqc(tmp_path, *args, "import", str(sheet), "--campaign", str(campaign))
    assert (first.returncode, first.stderr) == (0, "")
    assert first.stdout.splitlines() == [
        "Scores imported: 1 inspection(s) added and submitted, 0 already there, "
        "88 empty template row(s) skipped.",
        f"  row 2: NK01 心血管内科 病房环境 评比 质控组 赵静 {DAY}, score 99.50",
        f"    Warning: {DAY} is outside the 评比 week (2026-07-20 ~ 2026-07-26); imported all "
        "the same, as entries are accepted while the phase is open",
    ]
    after_first = state(db)
    again = nursingqc(tmp_path, *args, "import", str(sheet), "--campaign", str(campaign))
    assert again.returncode == 0
    assert again.stdout.splitlines()[0] == (
        "Scores imported: 0 inspection(s) added and submitted, 1 already there, "
        "88 empty template row(s) skipped."
    )
    assert state(db) == after_first


def test_a_file_with_bad_rows_lists_each_on_stderr_exits_1_and_changes_nothing(
    tmp_path: Path,
) -> None:
    db, campaign = hospital_database(tmp_path / "data")
    sheet = tmp_path / "评比.xlsx"
    made = nursingqc(
        tmp_path,
        "--db",
        str(db),
        "scores",
        "template",
        "--campaign",
        str(campaign),
        "--phase",
        "评比",
        "-o",
        str(sheet),
    )
    assert made.returncode == 0
    fill_ward_env(
        sheet,
        "NK01",
        {
            "WE01": {"扣分": 16},
            "WE02": {"扣分": "两分", "问题描述": "异味"},
            "WE04": {"否决": "是"},
        },
    )
    before = state(db)
    result = nursingqc(
        tmp_path, "--db", str(db), "scores", "import", str(sheet), "--campaign", str(campaign)
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "错误：文件未导入：发现 3 处问题，数据未作任何改动。",
        "  工作表“评分”第 2 行“扣分”列：条目 WE01：扣分 16 超过本条分值 15 分（扣完为止）。",
        "  工作表“评分”第 3 行“扣分”列：“两分”不是数字；请填写扣除的分数，如 0.5；"
        "不扣分可留空（按 0 分）",
        "  工作表“评分”第 5 行“否决”列：条目 WE04 不是一票否决项，不能标记否决。",
    ]
    assert state(db) == before


def test_a_file_that_is_not_a_workbook_is_refused_in_one_line(tmp_path: Path) -> None:
    db, campaign = hospital_database(tmp_path / "data")
    text = tmp_path / "scores.xlsx"
    text.write_text("病区编码,扣分\n", encoding="utf-8")
    result = nursingqc(
        tmp_path,
        "--db",
        str(db),
        "--lang",
        "en",
        "scores",
        "import",
        str(text),
        "--campaign",
        str(campaign),
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "Error: scores.xlsx holds plain text (for example CSV), not an Excel workbook. Open it "
        "in Excel and save it as an Excel workbook (.xlsx)."
    )


SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"


def _sheet_rows(rows: Callable[[], Iterator[bytes]]) -> Callable[[IO[bytes], bytes], None]:
    """A writer of the sheet part with ``rows`` after the header, under a huge dimension."""

    def write(stream: IO[bytes], old: bytes) -> None:
        head, tail = old.split(b"</sheetData>")
        stream.write(re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', head))
        for chunk in rows():
            stream.write(chunk)
        stream.write(b"</sheetData>" + tail)

    return write


def gigabyte_of_rows() -> Iterator[bytes]:
    row = '<row><c t="inlineStr"><is><t>心血管内科</t></is></c></row>'.encode()
    for _ in range(1000):
        yield row * 16_000


def a_million_empty_rows() -> Iterator[bytes]:
    for start in range(2, 1_048_577, 10_000):
        yield b"".join(b'<row r="%d"/>' % n for n in range(start, min(start + 10_000, 1_048_577)))


def one_row_far_down() -> Iterator[bytes]:
    yield b'<row r="2000000000"><c t="inlineStr"><is><t>NK01</t></is></c></row>'


def a_row_of_millions_of_cells() -> Iterator[bytes]:
    yield b'<row r="2">' + b"<c/>" * 4_000_000 + b"</row>"


def strings_of(texts: Callable[[], Iterator[bytes]]) -> Callable[[IO[bytes], bytes], None]:
    def write(stream: IO[bytes], _: bytes) -> None:
        stream.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
        for chunk in texts():
            stream.write(chunk)
        stream.write(b"</sst>")

    return write


def tens_of_millions_of_texts() -> Iterator[bytes]:
    for _ in range(1000):
        yield b"<si><t>a</t></si>" * 40_000


def many_different_texts() -> Iterator[bytes]:
    for start in range(0, 400_000, 10_000):
        yield b"".join(b"<si><t>%07d</t></si>" % n for n in range(start, start + 10_000))


def entity_expansion() -> Iterator[bytes]:
    """Billion laughs: a few hundred bytes that expand to gigabytes in a naive parser."""
    entities = "".join(f'<!ENTITY e{n} "{f"&e{n - 1};" * 10}">' for n in range(1, 10)).encode()
    yield b'<!DOCTYPE sst [<!ENTITY e0 "lol">' + entities + b"]><si><t>&e9;</t></si>"


def _strings_with_declaration(
    texts: Callable[[], Iterator[bytes]],
) -> Callable[[IO[bytes], bytes], None]:
    """The document type must come before the root element."""

    def write(stream: IO[bytes], _: bytes) -> None:
        chunks = list(texts())
        head, body = chunks[0].split(b"]>", 1)
        stream.write(
            head + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        )
        stream.write(body + b"</sst>")

    return write


REFUSED = "错误：{file} 未读取："


@pytest.mark.parametrize(
    ("part", "write", "reason"),
    [
        (SHEET, _sheet_rows(gigabyte_of_rows), "其中的 xl/worksheets/sheet1.xml 解压后"),
        (SHEET, _sheet_rows(a_million_empty_rows), "工作表超过 100000 行"),
        (SHEET, _sheet_rows(one_row_far_down), "第 2000000000 行"),
        (SHEET, _sheet_rows(a_row_of_millions_of_cells), "倍"),
        (STRINGS, strings_of(tens_of_millions_of_texts), "其中的 xl/sharedStrings.xml 解压后"),
        (STRINGS, strings_of(many_different_texts), "超过 300000 段不同的文字"),
        (STRINGS, _strings_with_declaration(entity_expansion), "文档类型"),
    ],
    ids=["1GB-sheet", "empty-rows", "row-far-down", "wide-row", "strings", "texts", "entities"],
)
def test_a_crafted_workbook_is_refused_clearly_within_bounded_memory_and_time(
    tmp_path: Path, part: str, write: Callable[[IO[bytes], bytes], None], reason: str
) -> None:
    """A few-MB file that would unpack to gigabytes or make openpyxl build millions of rows:
    a real ``scores import`` refuses it in one Chinese line, using < 300 MB, within a minute."""
    db, campaign = hospital_database(tmp_path / "data")
    crafted = write_workbook(tmp_path / "评分.xlsx", "评分", [list(REQUIRED_COLUMNS)])
    stream_workbook_part(crafted, part, write)
    assert crafted.stat().st_size < 8 * 1024 * 1024
    before = state(db)
    args = ["scores", "import", str(crafted), "--campaign", str(campaign)]
    lines, peak = measured_run(tmp_path, db, args)
    assert lines[0].startswith(REFUSED.format(file=crafted.name)), lines
    assert reason in lines[0]
    assert peak < 300 * 1024 * 1024
    assert state(db) == before


#: Runs ``nursingqc`` and, as it exits, writes its peak memory (VmHWM, kB) to the file named first.
#: The child reports it itself: the ru_maxrss that wait4 gives also counts the pytest process it was
#: forked from (Linux keeps the high-water mark across exec), which is larger on some runs than
#: the limit under test.
_MEASURED = (
    "import atexit, pathlib, runpy, sys\n"
    "out = pathlib.Path(sys.argv.pop(1))\n"
    "def peak():\n"
    "    status = pathlib.Path('/proc/self/status').read_text().splitlines()\n"
    "    out.write_text(next(line for line in status if line.startswith('VmHWM')).split()[1])\n"
    "atexit.register(peak)\n"
    "sys.argv[0] = 'nursingqc'\n"
    "runpy.run_module('nursingqc', run_name='__main__', alter_sys=True)\n"
)


def measured_run(tmp_path: Path, db: Path, args: list[str]) -> tuple[list[str], int]:
    """A real ``nursingqc`` that must exit 1 with one stderr line within a minute (on a bomb it
    would run for hours): that line, and the process's peak memory in bytes."""
    peak_file = tmp_path / "peak-kb"
    process = subprocess.Popen(
        [sys.executable, "-c", _MEASURED, str(peak_file), "--db", str(db), *args],
        cwd=ROOT,
        env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    timer = threading.Timer(60, process.kill)
    timer.start()
    try:
        _, status, _usage = os.wait4(process.pid, 0)
    finally:
        timer.cancel()
    assert process.stderr is not None
    lines = process.stderr.read().decode().splitlines()
    assert os.waitstatus_to_exitcode(status) == 1, lines
    assert len(lines) == 1, lines
    return lines, int(peak_file.read_text()) * 1024


def test_a_crafted_wards_workbook_is_refused_the_same_way(tmp_path: Path) -> None:
    db, _ = hospital_database(tmp_path / "data")
    crafted = wards_workbook(tmp_path / "病区.xlsx", [])
    stream_workbook_part(crafted, SHEET, _sheet_rows(gigabyte_of_rows))
    before = state(db)
    lines, peak = measured_run(tmp_path, db, ["wards", "import", str(crafted)])
    assert lines[0].startswith(REFUSED.format(file=crafted.name) + "其中的 xl/worksheets/")
    assert peak < 300 * 1024 * 1024
    assert state(db) == before
