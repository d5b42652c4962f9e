"""Reading a user's workbook: every row whatever its stored dimension, formulas and Excel errors
named by row and column, and a clear refusal of anything that is not a readable workbook —
with nothing in the database changed, read and imported as the CLI and the wards page do."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from nursingqc.domain.errors import ImportRefused, ValidationError
from nursingqc.i18n import error_text, message_text
from nursingqc.reports.excel.wards_file import read_wards_workbook
from nursingqc.reports.excel.workbooks import MSG_EXCEL_ERROR, MSG_FORMULA, read_sheet
from nursingqc.services.container import Services
from tests.helpers import Hospital, Steps, rewrite_workbook_part, ward_table, wards_workbook

SHEET_XML = "xl/worksheets/sheet1.xml"


def import_file(services: Services, hospital: Hospital, path: Path) -> None:
    services.ward_import.import_wards(hospital.admin, read_wards_workbook(path))


def three_wards(path: Path) -> Path:
    return wards_workbook(
        path,
        [
            ["EK01", "儿科", "王芳", 30, "妇儿片"],
            ["FK01", "妇科", "赵敏", 28, "妇儿片"],
            ["YK01", "眼科", "孙红", 20, "外科片"],
        ],
    )


def wrong_dimension(xml: bytes) -> bytes:
    changed, count = re.subn(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:B2"/>', xml)
    assert count == 1
    return changed


def no_dimension(xml: bytes) -> bytes:
    changed, count = re.subn(rb'<dimension ref="[^"]*"\s*/>', b"", xml)
    assert count == 1
    return changed


@pytest.mark.parametrize("change", [wrong_dimension, no_dimension])
def test_every_row_is_imported_whatever_the_stored_dimension_says(
    services: Services, hospital: Hospital, tmp_path: Path, change: Callable[[bytes], bytes]
) -> None:
    path = rewrite_workbook_part(three_wards(tmp_path / "w.xlsx"), SHEET_XML, change)
    steps = Steps()
    rows = read_wards_workbook(path, steps)
    assert [(r.row, r.code, r.beds, r.group_name) for r in rows] == [
        (2, "EK01", "30", "妇儿片"),
        (3, "FK01", "28", "妇儿片"),
        (4, "YK01", "20", "外科片"),
    ]
    # The total is unknown (0) until the end: the dimension that would give it is not trusted.
    assert steps.seen == [(1, 0), (2, 0), (3, 0)]
    services.ward_import.import_wards(hospital.admin, rows)
    assert [w.code for w in services.wards.list_wards(hospital.admin)] == [
        "EK01",
        "FK01",
        "NK01",
        "WK01",
        "YK01",
    ]


def test_a_formula_without_a_saved_value_is_named_not_called_empty(
    services: Services, hospital: Hospital, tmp_path: Path, chinese: None
) -> None:
    # openpyxl, like many programs, writes a formula without the value Excel would have saved.
    path = wards_workbook(
        tmp_path / "w.xlsx", [["EK01", '=A2&"科"', "", 30, ""], ['=LOWER("FK01")', "妇科"]]
    )
    before = ward_table(services)
    with pytest.raises(ImportRefused) as refused:
        import_file(services, hospital, path)
    problems = refused.value.problems
    assert [(p.row, p.column, p.reason.template) for p in problems] == [
        (2, "病区名称", MSG_FORMULA),
        (3, "病区编码", MSG_FORMULA),
    ]
    assert message_text(problems[0].message()) == (
        "工作表“病区”第 2 行“病区名称”列：是公式，请粘贴为数值"
    )
    assert ward_table(services) == before


def test_a_formula_with_the_value_excel_saved_reads_as_that_value(tmp_path: Path) -> None:
    path = wards_workbook(tmp_path / "w.xlsx", [["EK01", '=A2&"科"']])
    rewrite_workbook_part(
        path,
        SHEET_XML,
        lambda xml: xml.replace(
            b'<c r="B2"><f>A2&amp;"\xe7\xa7\x91"</f><v /></c>',
            '<c r="B2" t="str"><f>A2&amp;"科"</f><v>儿科</v></c>'.encode(),
        ),
    )
    assert [(r.code, r.name) for r in read_wards_workbook(path)] == [("EK01", "儿科")]


def test_a_cell_showing_an_excel_error_is_named(tmp_path: Path, chinese: None) -> None:
    path = wards_workbook(tmp_path / "w.xlsx", [["EK01", "儿科", "PLACEHOLDER"]])
    rewrite_workbook_part(
        path,
        SHEET_XML,
        lambda xml: re.sub(
            rb'<c r="C2" t="inlineStr"><is><t>PLACEHOLDER</t></is></c>',
            b'<c r="C2" t="e"><v>#REF!</v></c>',
            xml,
        ),
    )
    with pytest.raises(ImportRefused) as refused:
        read_wards_workbook(path)
    [problem] = refused.value.problems
    assert (problem.row, problem.column, problem.reason.template) == (2, "护士长", MSG_EXCEL_ERROR)
    assert message_text(problem.message()) == (
        "工作表“病区”第 2 行“护士长”列：显示 Excel 错误值 #REF!，请在 Excel 中改正该单元格"
    )


def test_an_empty_cell_of_a_short_row_is_read_as_empty_not_as_a_missing_column(
    tmp_path: Path,
) -> None:
    # A read-only row ends at its last cell; the columns after it are still in the file.
    path = wards_workbook(tmp_path / "w.xlsx", [["EK01", "儿科"]])
    [row] = read_sheet(path, "病区", ["病区编码"])
    assert row.cells == {
        "病区编码": "EK01",
        "病区名称": "儿科",
        "护士长": "",
        "床位数": "",
        "分组": "",
    }


def garbage(_: bytes) -> bytes:
    return b"\x00garbage<<not xml"


def make_missing(tmp_path: Path) -> Path:
    return tmp_path / "没有这个文件夹" / "病区.xlsx"


def make_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "病区.xlsx"
    folder.mkdir()
    return folder


def make_empty(tmp_path: Path) -> Path:
    path = tmp_path / "病区.xlsx"
    path.write_bytes(b"")
    return path


def make_renamed_xls(tmp_path: Path) -> Path:
    path = tmp_path / "病区.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000))
    return path


def make_encrypted(tmp_path: Path) -> Path:
    """What Excel saves with File › Info › Encrypt with Password: an OLE2 compound file whose
    directory (here in its second sector, as Excel writes it) names the encrypted package."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[0x1E:0x20] = (9).to_bytes(2, "little")  # 512-byte sectors
    header[0x30:0x34] = (1).to_bytes(4, "little")  # the directory starts at sector 1
    sectors = bytearray(512 * 3)
    for index, name in enumerate(["Root Entry", "EncryptionInfo", "EncryptedPackage"]):
        entry = 512 + index * 128
        encoded = name.encode("utf-16-le") + b"\0\0"
        sectors[entry : entry + len(encoded)] = encoded
        sectors[entry + 64 : entry + 66] = len(encoded).to_bytes(2, "little")
    path = tmp_path / "病区.xlsx"
    path.write_bytes(bytes(header) + bytes(sectors) + bytes(range(256)) * 64)
    return path


def make_without_sheets(tmp_path: Path) -> Path:
    return rewrite_workbook_part(
        three_wards(tmp_path / "病区.xlsx"),
        "xl/workbook.xml",
        lambda xml: re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", xml),
    )


def make_renamed_csv(tmp_path: Path) -> Path:
    path = tmp_path / "病区.xlsx"
    path.write_bytes("病区编码,病区名称\nEK01,儿科\n".encode("gbk"))
    return path


def make_truncated(tmp_path: Path) -> Path:
    path = three_wards(tmp_path / "病区.xlsx")
    path.write_bytes(path.read_bytes()[:2000])
    return path


def make_garbage_sheet(tmp_path: Path) -> Path:
    return rewrite_workbook_part(three_wards(tmp_path / "病区.xlsx"), SHEET_XML, garbage)


def make_garbage_workbook_part(tmp_path: Path) -> Path:
    return rewrite_workbook_part(three_wards(tmp_path / "病区.xlsx"), "xl/workbook.xml", garbage)


def make_wrong_sheet_xml(tmp_path: Path) -> Path:
    """Well-formed XML, but not the XML of a sheet (a row number that is not a number)."""
    return rewrite_workbook_part(
        three_wards(tmp_path / "病区.xlsx"),
        SHEET_XML,
        lambda xml: xml.replace(b'<row r="3">', b'<row r="three">'),
    )


def make_without_workbook_part(tmp_path: Path) -> Path:
    return rewrite_workbook_part(
        three_wards(tmp_path / "病区.xlsx"), "xl/workbook.xml", lambda _: None
    )


NOT_READABLE = (
    "病区.xlsx 不是可读取的 Excel 工作簿（.xlsx），可能已损坏。"
    "请用 Excel 打开，重新另存为 Excel 工作簿（.xlsx）。"
)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (make_missing, "文件 {path} 不存在。请检查文件夹和文件名。"),
        (make_folder, "{path} 是文件夹，不是文件。请选择其中的 Excel 工作簿（.xlsx）。"),
        (make_empty, "病区.xlsx 是空文件（0 字节）。请选择含有数据的工作簿。"),
        (
            make_renamed_xls,
            "病区.xlsx 是旧版 Excel 97-2003 工作簿（.xls）或设有密码。"
            "请用 Excel 打开，去掉密码，另存为 Excel 工作簿（.xlsx）。",
        ),
        (
            make_encrypted,
            "病区.xlsx 设有打开密码，无法读取。请用 Excel 打开，去掉密码（文件 › 信息 › "
            "保护工作簿 › 用密码进行加密，清空密码）后保存。",
        ),
        (
            make_without_sheets,
            "病区.xlsx 中没有任何工作表，没有可导入的内容。请选择含有工作表“病区”的工作簿。",
        ),
        (
            make_renamed_csv,
            "病区.xlsx 是纯文本文件（例如 CSV），不是 Excel 工作簿。"
            "请用 Excel 打开，另存为 Excel 工作簿（.xlsx）。",
        ),
        (make_truncated, NOT_READABLE),
        (make_garbage_sheet, NOT_READABLE),
        (make_garbage_workbook_part, NOT_READABLE),
        (make_wrong_sheet_xml, NOT_READABLE),
        (make_without_workbook_part, NOT_READABLE),
    ],
)
def test_a_bad_file_gets_its_own_clear_message_and_changes_nothing(
    services: Services,
    hospital: Hospital,
    tmp_path: Path,
    chinese: None,
    make: Callable[[Path], Path],
    expected: str,
) -> None:
    path = make(tmp_path)
    before = ward_table(services)
    with pytest.raises(ValidationError) as refused:
        import_file(services, hospital, path)
    assert type(refused.value) is ValidationError
    assert error_text(refused.value) == expected.format(path=path.absolute())
    assert ward_table(services) == before


def test_a_sheet_part_at_an_unusual_path_is_held_to_the_same_limits(
    tmp_path: Path, chinese: None
) -> None:
    """The workbook's relations may point a sheet at any part: the limits follow the part's
    root element, not its folder."""
    path = three_wards(tmp_path / "病区.xlsx")
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    sheet = members.pop(SHEET_XML)
    row = b'<row r="5">' + b"".join(b"<c><v>%d</v></c>" % n for n in range(20_000)) + b"</row>"
    members["xl/data/table.xml"] = sheet.replace(b"</sheetData>", row + b"</sheetData>")
    for name in ("xl/_rels/workbook.xml.rels", "[Content_Types].xml"):
        members[name] = members[name].replace(b"worksheets/sheet1.xml", b"data/table.xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members.items():
            target.writestr(name, data)
    with pytest.raises(ValidationError) as refused:
        read_wards_workbook(path)
    assert error_text(refused.value).startswith(
        "病区.xlsx 未读取：工作表的一行超过 16384 个单元格。"
    )
