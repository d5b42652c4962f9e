"""Notices benchmark: 整改通知单 for a 300-ward hospital in one PDF, and one ward's notice.

NursingQC's notices are measured against a bare reportlab document of the same text in the same
font (title paragraphs, two plain platypus tables, the blocks' labels as paragraphs, a page break
per ward), each in fresh processes, alternating, several times; the report gives the medians,
pages per second, the ratio (target ≤ 1.5×), peak memory, and whether all wards took ≤ 10 s.
Registering the font (≈ 0.1 s) happens before the clock starts: "after the font is loaded".

    .venv/bin/python benchmarks/notices.py [--runs 5] [--wards 300] [--problems 8]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nursingqc.domain.notices import NoticeData, NoticeProblem

OUT = Path(__file__).resolve().parent / "out"

CHECKLISTS = ("病房环境", "床单元", "服务态度", "治疗室", "基础护理")
ITEMS = (
    ("WE03", "室内设施无尘、完好；地面清洁无水渍"),
    ("BU02", "床单位整洁，床上无杂物，床下无便器、脸盆等"),
    ("SV04", "主动介绍住院环境、作息时间及主管医生、责任护士"),
    ("TR05", "无菌物品按有效期先后顺序摆放，标识清楚，无过期物品"),
    ("BC04", "六洁：头发、皮肤、口腔、会阴、手指甲、足趾甲清洁"),
)
PROBLEMS = (
    "3床床头柜积灰，治疗车下层物品杂乱",
    "12床床下放置脸盆2个，床上有杂物",
    "新入院患者不知道责任护士姓名",
    "无菌纱布2包已过期未及时处理，与清洁物品混放",
    "5床、8床患者指甲过长，口腔护理未落实",
)


def hospital(wards: int, problems: int) -> list[NoticeData]:
    """A demo hospital's notices: realistic Chinese text, ``problems`` rows per ward."""
    start = date(2026, 7, 20)
    return [
        NoticeData(
            hospital="某某市第一人民医院",
            number=f"ZG-2026-07-{ward:03d}",
            ward_code=f"W{ward:03d}",
            ward_name=f"第{ward}病区（{CHECKLISTS[ward % 5]}示范片）",
            issued_on=start,
            deadline=start + timedelta(days=7),
            inspection_dates=(start - timedelta(days=2), start - timedelta(days=1)),
            inspectors=("王芳", "李娜"),
            head_nurse="张丽",
            campaign="2026年7月基础护理质量提升活动月",
            problems=tuple(
                NoticeProblem(
                    checklist=CHECKLISTS[(ward + row) % 5],
                    item_code=ITEMS[(ward + row) % 5][0],
                    item_text=ITEMS[(ward + row) % 5][1],
                    deduction=Decimal("0.5") * (row % 4 + 1),
                    problem=PROBLEMS[(ward * 3 + row) % 5],
                )
                for row in range(problems)
            ),
        )
        for ward in range(1, wards + 1)
    ]


def bare_document(notices: list[NoticeData], out: io.BytesIO) -> int:
    """The baseline: the same text in the same font, laid out as simply as platypus allows."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from nursingqc.reports.pdf.fonts import FONT_NAME
    from nursingqc.reports.pdf.layout import text

    body = ParagraphStyle("body", fontName=FONT_NAME, fontSize=10.5, leading=16, wordWrap="CJK")
    small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=13)
    story: list[object] = []
    for notice in notices:
        if story:
            story.append(PageBreak())
        story += [Paragraph(notice.hospital, body), Paragraph("整改通知单", body)]
        particulars = Table(
            [
                ["编号", notice.number, "下发日期", str(notice.issued_on)],
                ["病区", notice.ward_label, "护士长", notice.head_nurse],
                ["检查日期", str(notice.inspection_dates), "检查人", "、".join(notice.inspectors)],
            ]
        )
        particulars.setStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME)])
        problems = Table(
            [["序号", "检查表", "检查条目", "扣分", "存在问题"]]
            + [
                [
                    str(number),
                    Paragraph(problem.checklist, small),
                    Paragraph(f"{problem.item_code} {problem.item_text}", small),
                    str(problem.deduction),
                    Paragraph(problem.problem, small),
                ]
                for number, problem in enumerate(notice.problems, start=1)
            ],
            colWidths=[34, 68, 156, 51, 172],
            repeatRows=1,
        )
        problems.setStyle(
            [("FONTNAME", (0, 0), (-1, -1), FONT_NAME), ("GRID", (0, 0), (-1, -1), 0.6, "black")]
        )
        story += [particulars, problems, Paragraph(notice.requirement, body)]
        story += [
            Paragraph(label, body)
            for label in (
                f"整改期限：{notice.deadline}",
                "病区签收：护士长（签名）",
                "三、病区整改反馈 原因分析 整改措施 完成日期",
                "四、复查情况 复查人 复查日期 复查结果",
                "五、护理部意见 意见 签章",
            )
        ]
        # A ward's answers (none in this benchmark's hospital; exports.py's month has them).
        story += [
            Paragraph(f"{number}. {text(answer)}", small)
            for number, problem in enumerate(notice.problems, start=1)
            for answer in (problem.cause, problem.measure)
            if answer
        ]
    document = SimpleDocTemplate(out, pagesize=A4)
    document.build(story)
    return document.page


def child(kind: str, wards: int, problems: int) -> None:
    """Runs in a fresh process: times all wards in one PDF, then one ward (median of 5)."""
    from nursingqc.reports.pdf.fonts import register_font
    from nursingqc.reports.pdf.notice import write_notices

    register_font()
    notices = hospital(wards, problems)

    def write(selection: list[NoticeData]) -> tuple[float, int]:
        started = time.perf_counter()
        out = io.BytesIO()
        if kind == "bare":
            pages = bare_document(selection, out)
        else:
            written = write_notices(selection, out)
            assert written is not None
            pages = written.pages
        assert pages
        return time.perf_counter() - started, pages

    write(notices[:1])  # the first document pays for lazy imports and caches in reportlab
    all_seconds, all_pages = write(notices)
    one = [write(notices[:1]) for _ in range(5)]
    print(
        json.dumps(
            {
                "all_s": all_seconds,
                "all_pages": all_pages,
                "one_s": statistics.median(s for s, _ in one),
                "one_pages": one[0][1],
            }
        ),
        flush=True,
    )


def measure(kind: str, wards: int, problems: int) -> tuple[dict[str, float], float]:
    """The child's figures and its peak resident memory in MB."""
    env = {**os.environ}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    process = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--child",
            kind,
            "--wards",
            str(wards),
            "--problems",
            str(problems),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    figures = json.loads(process.stdout.readline())
    process.stdout.close()
    _, status, usage = os.wait4(process.pid, 0)  # POSIX: this benchmark runs on Linux CI
    if status:
        raise SystemExit(f"the {kind} child failed with status {status}")
    return figures, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--wards", type=int, default=300)
    parser.add_argument("--problems", type=int, default=8)
    parser.add_argument("--child", choices=("ours", "bare"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.wards, args.problems)
        return 0
    runs: dict[str, list[tuple[dict[str, float], float]]] = {"bare": [], "ours": []}
    measure("bare", 2, args.problems)  # warm the file cache and write bytecode
    measure("ours", 2, args.problems)
    for _ in range(args.runs):
        for kind in ("bare", "ours"):
            runs[kind].append(measure(kind, args.wards, args.problems))

    def median(kind: str, key: str) -> float:
        return statistics.median(figures[key] for figures, _ in runs[kind])

    result: dict[str, float | int] = {
        "wards": args.wards,
        "problems": args.problems,
        "runs": args.runs,
    }
    for kind in ("bare", "ours"):
        result[f"{kind}_all_s"] = round(median(kind, "all_s"), 3)
        result[f"{kind}_all_pages"] = int(median(kind, "all_pages"))
        result[f"{kind}_pages_per_s"] = round(median(kind, "all_pages") / median(kind, "all_s"), 1)
        result[f"{kind}_one_s"] = round(median(kind, "one_s"), 4)
        result[f"{kind}_one_pages"] = int(median(kind, "one_pages"))
        result[f"{kind}_peak_mb"] = round(max(memory for _, memory in runs[kind]), 1)
    result["ratio_all"] = round(median("ours", "all_s") / median("bare", "all_s"), 2)
    result["ratio_one"] = round(median("ours", "one_s") / median("bare", "one_s"), 2)
    OUT.mkdir(exist_ok=True)
    (OUT / "notices.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(
        f"notices, {args.wards} wards × {args.problems} problems in one PDF, "
        f"median of {args.runs} runs (font loaded first)"
    )
    for kind, label in (("bare", "bare reportlab"), ("ours", "NursingQC")):
        r = {key.removeprefix(f"{kind}_"): value for key, value in result.items()}
        print(
            f"  {label:<15}: all {r['all_s']:.2f} s, {r['all_pages']} pages, "
            f"{r['pages_per_s']} pages/s; one ward {r['one_s'] * 1000:.1f} ms "
            f"({r['one_pages']} pages); peak {r['peak_mb']} MB"
        )
    ratios = f"all {result['ratio_all']}×, one ward {result['ratio_one']}×"
    print(f"  {'ratio':<15}: {ratios}  (target ≤ 1.5×)")
    print(f"  {'all wards':<15}: {result['ours_all_s']:.2f} s  (target ≤ 10 s)")
    met = result["ours_all_s"] <= 10 and result["ratio_all"] <= 1.5 and result["ratio_one"] <= 1.5
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
