"""``nursingqc --selftest``: one line per check in Chinese, exit 0 only when all passed, and never
a trace of it in the user's real database or temporary folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

from nursingqc.cli import selftest
from nursingqc.cli.main import main
from nursingqc.domain.errors import ValidationError
from nursingqc.reports.pdf.fonts import FONT_NAME
from nursingqc.reports.pdf.notice import write_notices
from nursingqc.services.demo import MSG_NOT_EMPTY
from tests.helpers import ROOT

CHECKS = len(selftest.CHECKS)


def test_selftest_passes_in_its_own_process_without_touching_the_real_database(
    tmp_path: Path,
) -> None:
    real = tmp_path / "真实数据" / "nursingqc.sqlite3"
    temporary = tmp_path / "临时"
    temporary.mkdir()
    environment = {
        **{key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"},
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "NURSINGQC_DB": str(real),
        "TMPDIR": str(temporary),
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from nursingqc.cli.main import main; "
            "sys.exit(main(['--selftest', '--db', sys.argv[1]]))",
            str(real),
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(lines) == CHECKS and all(line.startswith("✔ ") for line in lines)
    assert lines[0] == "✔ 中文翻译已载入（本程序的与 Qt 自带的）"
    assert lines[1].startswith(f"✔ 临时数据库已打开（用完即删）：{temporary}")
    assert lines[2] == "✔ 检查表 5 张已载入：病房环境、床单元、服务态度、治疗室、基础护理"
    assert lines[3].startswith("✔ 演示医院已建立：3 个病区，活动")
    assert lines[4].startswith("✔ Excel 工作簿已写出并读回：3 个病区")
    assert lines[5].startswith("✔ 整改通知单 PDF 已写出") and FONT_NAME in lines[5]
    assert lines[6].startswith("✔ 主窗口已打开并关闭") and "offscreen" in lines[6]
    assert lines[7] == "✔ 临时文件夹已删除"
    assert not real.parent.exists() and not any(temporary.iterdir())
    assert not (tmp_path / "data").exists()  # nor the default database's folder


def lines_of(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["--selftest", *args])
    return code, capsys.readouterr().out.splitlines()


def test_a_broken_check_exits_1_and_names_the_check_and_why(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "磁盘空间不足")

    monkeypatch.setattr(selftest, "write_ranking_workbook", full_disk)
    code, lines = lines_of(capsys)
    assert code == 1 and len(lines) == CHECKS
    broken = [line for line in lines if line.startswith("✘ ")]
    assert len(broken) == 1
    assert broken[0].startswith("✘ Excel 工作簿：OSError: [Errno 28] 磁盘空间不足（详情见日志文件 ")
    assert lines[-1] == "✔ 临时文件夹已删除"


def test_checks_that_need_a_failed_one_say_so_instead_of_running(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise ValidationError(MSG_NOT_EMPTY)

    monkeypatch.setattr(selftest, "create_demo", refuse)
    code, lines = lines_of(capsys, "--lang", "en")
    assert code == 1
    assert lines[3].startswith("✘ Demo data: The database already holds a hospital;")
    assert lines[4:7] == [
        f"✘ {name}: not run, because check Demo data failed"
        for name in ("Excel workbook", "PDF with Chinese font", "Main window")
    ]
    assert lines[7] == "✔ Temporary folder deleted"


def test_a_pdf_whose_chinese_font_is_not_embedded_fails_the_pdf_check(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """reportlab's built-in STSong-Light names a font the PC may not have: boxes on paper."""

    def unembedded(_notices: object, path: Path) -> int:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        canvas = Canvas(str(path))
        canvas.setFont("STSong-Light", 12)
        canvas.drawString(72, 720, "整改通知单")
        canvas.save()
        return 1

    monkeypatch.setattr(selftest, "write_notices", unembedded)
    code, lines = lines_of(capsys)
    assert code == 1
    assert lines[5].startswith(
        f"✘ PDF 中文字体：中文字体 {FONT_NAME} 未嵌入文件（已嵌入：—）（详情见日志文件 "
    )


def test_embedded_fonts_reads_the_fonts_a_notice_carries(tmp_path: Path) -> None:
    from datetime import date

    from nursingqc.domain.notices import NoticeData

    path = tmp_path / "通知单.pdf"
    write_notices([NoticeData("医院", "1", "NK01", "心内科", date.today(), date.today())], path)
    assert selftest.embedded_fonts(path.read_bytes()) == {f"{FONT_NAME}-0"}
    assert selftest.embedded_fonts(b"%PDF-1.4 << /Type /FontDescriptor /FontName /X >>") == set()


def test_selftest_takes_no_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--selftest", "campaign", "list"]) == 2
    assert (
        capsys.readouterr().err.splitlines()[0]
        == "命令参数有误：--selftest 只能单独运行，不带子命令"
    )


def test_a_message_box_in_the_window_fails_the_check_instead_of_waiting_for_a_click(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from nursingqc.ui.pages.home import HomePage

    def complain(page: HomePage) -> None:
        QMessageBox.critical(page, "护理质控", "数据库忙，请稍后再试。")

    monkeypatch.setattr(HomePage, "refresh", complain)
    code, lines = lines_of(capsys)
    assert code == 1
    assert lines[6].startswith("✘ 主窗口：窗口弹出了提示：数据库忙，请稍后再试。（详情见日志文件 ")
    assert lines[7] == "✔ 临时文件夹已删除"
