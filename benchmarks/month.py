"""A realistic month at hospital scale, built once per size and kept in ``benchmarks/out``.

What the benchmarks measure on, and what made the earlier benchmarks miss what broke later:

- ``wards`` wards (300 by default, 3,000 as the large case) in five 片区, each with a head nurse's
  account and a head nurse's and a bed count, plus two inspectors;
- the campaign under way in its 总结 week: per ward and checklist one submitted self-check and three
  submitted evaluation inspections (three inspectors each), every item scored with realistic
  deductions, some not applicable, a rare veto; every finding of the self-check and of the
  evaluation is a rectification item — most answered (cause and measure of several hundred
  characters, owner, done date), many re-checked, some rejected once and answered again, a few
  delayed or still open — with its history, and a scaled-down photo on every eighth answer;
- model wards confirmed (one struck with a reason), excellent nurses nominated and decided, a
  summary text of several thousand characters saved as a draft;
- three earlier, published campaigns (a quarter apart) with one self-check and one evaluation per
  ward and checklist and their rectification items, for the trend and the history.

Rows go in with the database's own executemany, not through the ORM, in the stored forms the
models define (whole tenths, ISO dates, naive UTC times, enum values), so a 3,000-ward month takes
about a minute instead of an hour. The schema, the hospital, the checklists and the campaigns are
made by the services, as the program makes them.

    .venv/bin/python benchmarks/month.py [--wards 300] [--rebuild]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OUT = Path(__file__).resolve().parent / "out"
#: Bumped whenever what the generator makes changes, so an old cached month is rebuilt.
GENERATOR_VERSION = 2

ADMIN = ("admin", "secret123")
INSPECTORS = (("zhikong1", "质控组 李敏"), ("zhikong2", "质控组 赵静"), ("zhikong3", "质控组 孙倩"))
PASSWORD = "demo1234"
HOSPITAL = "滨江市第一人民医院"
STARTS_ON = date(2026, 11, 2)  # a Monday; the month is in its 总结 week on 2026-11-23
EARLIER_STARTS = (date(2026, 2, 2), date(2026, 5, 4), date(2026, 8, 3))
NURSES = ("王芳", "李娜", "张敏", "刘洋", "陈静", "杨丽", "赵婷", "黄雪")

CAUSE = (
    "经科室质控小组讨论分析，原因如下：一、护士对基础护理质量标准掌握不够，"
    "新入科护士及规培护士未系统学习本项要求；二、夜班及节假日人力不足，"
    "护士工作量大，基础护理落实不到位；三、护士长及质控护士督查频次不够，"
    "发现问题后未及时反馈和跟踪；四、部分物品放置位置不合理，取用不便，"
    "导致护士图方便随手放置；五、患者及陪护人员健康宣教不到位，配合度不高。"
)
MEASURE = (
    "整改措施：1. 科室组织全体护士重新学习基础护理质量标准，人人过关并签字；"
    "2. 调整排班，高峰时段增加护士一名，保证基础护理落实；3. 护士长每日晨间查房"
    "重点检查本项，质控护士每周专项检查两次并记录；4. 重新规划物品定位放置，"
    "张贴标识，做到定点定位、标识清楚；5. 加强对患者及陪护的宣教，发放宣传资料；"
    "6. 将本项纳入护士绩效考核，每月通报检查结果。"
)


_Row = tuple[object, ...]


@dataclass(frozen=True)
class Month:
    """A built month: where it is, and what a benchmark needs to open it."""

    path: Path
    wards: int
    campaign_id: int
    earlier_ids: tuple[int, ...]
    counts: dict[str, int]

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"

    def describe(self) -> str:
        c = self.counts
        return (
            f"{self.wards} wards, {c['item_results']:,} item rows, "
            f"{c['rectification_items']:,} rectification items ({c['this_month_items']:,} this "
            f"month, {c['answered']:,} answered, {c['photos']:,} photos), "
            f"{len(self.earlier_ids)} earlier campaigns"
        )


def month_database(wards: int = 300, seed: int = 2026, rebuild: bool = False) -> Month:
    """The month of ``wards`` wards, built now if it is not in ``benchmarks/out`` yet."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"month-{wards}-v{GENERATOR_VERSION}.sqlite3"
    meta = path.with_suffix(".json")
    if rebuild or not path.exists() or not meta.exists():
        for stale in OUT.glob(f"{path.name}*"):
            stale.unlink()
        meta.unlink(missing_ok=True)
        started = time.perf_counter()
        built = build(path, wards, seed)
        meta.write_text(
            json.dumps(
                {
                    "campaign_id": built.campaign_id,
                    "earlier_ids": built.earlier_ids,
                    "counts": built.counts,
                }
            ),
            encoding="utf-8",
        )
        print(f"built the month in {time.perf_counter() - started:.0f} s: {built.describe()}")
        return built
    data = json.loads(meta.read_text(encoding="utf-8"))
    return Month(path, wards, data["campaign_id"], tuple(data["earlier_ids"]), data["counts"])


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _photo() -> bytes:
    """One scaled-down JPEG as the program stores them (≈ 12 KB), shared by every photo row."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 480), (214, 220, 226))
    draw = ImageDraw.Draw(image)
    rng = random.Random(7)
    for _ in range(25):
        x, y = rng.randrange(640), rng.randrange(480)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.rectangle((x, y, x + rng.randrange(8, 60), y + rng.randrange(8, 60)), fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _ward_rows(count: int, rng: random.Random) -> list[tuple[str, str, str, int, str]]:
    from nursingqc.services.demo import GIVEN, SURNAMES, WARD_GROUPS

    rows = []
    for n in range(count):
        group, prefix, names = WARD_GROUPS[n % len(WARD_GROUPS)]
        name = names[(n // len(WARD_GROUPS)) % len(names)]
        number = n // len(WARD_GROUPS) + 1
        head_nurse = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        beds = rng.randrange(30, 60)
        rows.append((f"{prefix}{number:04d}", f"{name}{number}病区", head_nurse, beds, group))
    return rows


def build(path: Path, wards: int, seed: int = 2026) -> Month:
    """Makes the month in a new SQLite file at ``path`` (tests use it at 1 and 50 wards)."""
    from nursingqc.domain.accounts import Role
    from nursingqc.domain.workflow import PhaseKind
    from nursingqc.services.campaigns import CampaignSpec
    from nursingqc.services.container import open_services
    from nursingqc.services.passwords import hash_password

    rng = random.Random(seed)
    services = open_services(f"sqlite:///{path}")
    admin = services.accounts.first_run(HOSPITAL, ADMIN[0], "护理部 王主任", ADMIN[1])
    services.close()

    connection = sqlite3.connect(path)
    shared_hash = hash_password(PASSWORD)
    created = _stamp(datetime(2026, 1, 5, 1, 0, tzinfo=UTC))
    with connection:
        ward_rows = _ward_rows(wards, rng)
        connection.executemany(
            "INSERT INTO wards (code, name, head_nurse_name, beds, group_name, active) "
            "VALUES (?, ?, ?, ?, ?, 1)",
            ward_rows,
        )
        ward_ids = dict(connection.execute("SELECT code, id FROM wards"))
        users: list[tuple[str, str, str, int | None, str, str]] = [
            (login, name, Role.INSPECTOR.value, None, shared_hash, created)
            for login, name in INSPECTORS
        ]
        users += [
            (code.lower(), head_nurse, Role.HEAD_NURSE.value, ward_ids[code], shared_hash, created)
            for code, _, head_nurse, _, _ in ward_rows
        ]
        connection.executemany(
            "INSERT INTO users (username, display_name, role, ward_id, password_hash, active, "
            "created_at, failed_logins) VALUES (?, ?, ?, ?, ?, 1, ?, 0)",
            users,
        )
    connection.close()

    services = open_services(f"sqlite:///{path}")
    campaigns = []
    for starts_on in (*EARLIER_STARTS, STARTS_ON):
        spec = CampaignSpec(
            name=f"{starts_on.year}年{starts_on.month}月基础护理质量提升活动月", starts_on=starts_on
        )
        campaigns.append(services.campaigns.create_campaign(admin, spec, allow_clash=True))
    services.close()

    connection = sqlite3.connect(path)
    photo = _photo()
    counts = {"item_results": 0, "rectification_items": 0, "this_month_items": 0}
    counts |= {"answered": 0, "photos": 0}
    with connection:
        for campaign in campaigns:
            current = campaign is campaigns[-1]
            evaluations = 3 if current else 1
            quality = {ward_id: rng.uniform(0.08, 0.36) for ward_id in ward_ids.values()}
            # Every seventh ward checks itself leniently: the lenient-ward flag has work to do.
            lenient = {ward_id for ward_id in ward_ids.values() if ward_id % 7 == 0}
            _month_rows(
                connection,
                campaign,
                sorted(ward_ids.values()),
                quality,
                lenient,
                evaluations,
                rng,
                photo,
                counts,
                current,
            )
            state = "closed"
            connection.execute(
                "UPDATE campaign_phases SET state = ? WHERE campaign_id = ?", (state, campaign.id)
            )
            if current:
                connection.execute(
                    "UPDATE campaign_phases SET state = 'open' WHERE campaign_id = ? AND kind = ?",
                    (campaign.id, PhaseKind.SUMMARY.value),
                )
            else:
                _publish(connection, campaign.id)
        _decisions(connection, campaigns[-1].id, sorted(ward_ids.values()), rng)
    counts["item_results"] = connection.execute("SELECT count(*) FROM item_results").fetchone()[0]
    connection.execute("ANALYZE")
    connection.close()
    return Month(path, wards, campaigns[-1].id, tuple(c.id for c in campaigns[:-1]), counts)


def _month_rows(
    connection: sqlite3.Connection,
    campaign: object,
    ward_ids: list[int],
    quality: dict[int, float],
    lenient: set[int],
    evaluations: int,
    rng: random.Random,
    photo: bytes,
    counts: dict[str, int],
    current: bool,
) -> None:
    from nursingqc.domain.workflow import PhaseKind

    campaign_id: int = campaign.id  # type: ignore[attr-defined]
    starts_on: date = campaign.starts_on  # type: ignore[attr-defined]
    checklists = [c.checklist_id for c in campaign.checklists]  # type: ignore[attr-defined]
    items = {
        checklist_id: connection.execute(
            "SELECT ci.id, ci.points, ci.veto, ci.code, ci.text, c.name FROM checklist_items ci "
            "JOIN checklists c ON c.id = ci.checklist_id WHERE ci.checklist_id = ? "
            "ORDER BY ci.position",
            (checklist_id,),
        ).fetchall()
        for checklist_id in checklists
    }
    from nursingqc.services.demo import PROBLEMS

    next_inspection = (connection.execute("SELECT max(id) FROM inspections").fetchone()[0] or 0) + 1
    next_item = (
        connection.execute("SELECT max(id) FROM rectification_items").fetchone()[0] or 0
    ) + 1
    self_day, evaluation_day = starts_on + timedelta(days=3), starts_on + timedelta(days=16)
    sheets = [(PhaseKind.SELF_CHECK, "护士长", self_day)] + [
        (PhaseKind.EVALUATION, INSPECTORS[k % 3][1], evaluation_day) for k in range(evaluations)
    ]
    inspections: list[_Row] = []
    results: list[_Row] = []
    rectification: list[_Row] = []
    events: list[_Row] = []
    photos: list[_Row] = []
    for ward_id in ward_ids:
        for checklist_id in checklists:
            for phase, inspector, day in sheets:
                moment = _stamp(
                    datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=3)
                )
                inspections.append(
                    (
                        next_inspection,
                        campaign_id,
                        phase.value,
                        ward_id,
                        checklist_id,
                        inspector,
                        day.isoformat(),
                        "submitted",
                        moment,
                        moment,
                        moment,
                        1,
                    )
                )
                strictness = quality[ward_id] * (
                    0.4 if phase is PhaseKind.SELF_CHECK and ward_id in lenient else 1.0
                )
                for item_id, points, veto, code, item_text, checklist_name in items[checklist_id]:
                    lost = rng.random() < strictness
                    deduction = min(points, rng.randint(1, 4) * 5) if lost else 0
                    vetoed = bool(veto) and rng.random() < 0.0005
                    problem = PROBLEMS.get(code, "检查发现不符合要求，现场已指出") if lost else ""
                    results.append(
                        (
                            next_inspection,
                            item_id,
                            deduction,
                            int(not lost and rng.random() < 0.01),
                            int(vetoed),
                            problem,
                            rng.choice(NURSES) if lost else "",
                        )
                    )
                    if not (deduction or vetoed):
                        continue
                    _rectification_rows(
                        next_item,
                        campaign_id,
                        ward_id,
                        next_inspection,
                        item_id,
                        checklist_name,
                        code,
                        item_text,
                        deduction,
                        vetoed,
                        problem,
                        day,
                        rng,
                        photo,
                        current,
                        rectification,
                        events,
                        photos,
                    )
                    next_item += 1
                next_inspection += 1
    connection.executemany(
        "INSERT INTO inspections (id, campaign_id, phase, ward_id, checklist_id, inspector_name, "
        "inspected_on, status, created_at, updated_at, submitted_at, version, uid) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _with_uids(inspections),
    )
    connection.executemany(
        "INSERT INTO item_results (inspection_id, item_id, deduction, not_applicable, "
        "veto_failed, problem, nurse, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        _with_uids(results),
    )
    connection.executemany(
        "INSERT INTO rectification_items (id, campaign_id, ward_id, inspection_id, "
        "checklist_item_id, checklist_name, item_code, item_text, deduction, veto_failed, "
        "problem, issued_on, deadline, status, cause, measure, owner, done_on, verified_by, "
        "verified_on, version, updated_at, updated_by, uid) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _with_uids(rectification),
    )
    connection.executemany(
        "INSERT INTO rectification_events (item_id, at, username, display_name, action, "
        "status_before, status_after, deadline_before, deadline_after, note, uid) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _with_uids(events),
    )
    connection.executemany(
        "INSERT INTO rectification_photos (item_id, file_name, jpeg, width, height, added_at, "
        "added_by, uid) VALUES (?, ?, ?, 640, 480, ?, ?, ?)",
        _with_uids(photos),
    )
    counts["rectification_items"] += len(rectification)
    counts["answered"] += sum(bool(row[14]) for row in rectification)
    counts["photos"] += len(photos)
    if current:
        counts["this_month_items"] = len(rectification)


def _with_uids(rows: list[_Row]) -> Iterator[_Row]:
    """Each row with the stable id an exchange package names it by (rules §14), made as the
    ORM makes it: the column's unique index refuses the empty default twice."""
    return ((*row, str(uuid.uuid4())) for row in rows)


def _rectification_rows(
    item_id: int,
    campaign_id: int,
    ward_id: int,
    inspection_id: int,
    checklist_item_id: int,
    checklist_name: str,
    code: str,
    item_text: str,
    deduction: int,
    vetoed: bool,
    problem: str,
    issued_on: date,
    rng: random.Random,
    photo: bytes,
    current: bool,
    rectification: list[tuple[object, ...]],
    events: list[tuple[object, ...]],
    photos: list[tuple[object, ...]],
) -> None:
    """One finding's item, its history and perhaps a photo: verified, awaiting re-check, open, or
    (rarely) withdrawn; earlier campaigns' items are all settled."""
    deadline = issued_on + timedelta(days=7)
    roll = rng.random() if current else rng.random() * 0.8
    status = (
        "verified"
        if roll < 0.6
        else "awaiting_recheck"
        if roll < 0.85
        else "open"
        if roll < 0.98
        else "withdrawn"
    )
    answered = status in ("verified", "awaiting_recheck") or (status == "open" and roll < 0.9)
    done_on = issued_on + timedelta(days=rng.randint(1, 9)) if answered else None
    verified_on = (
        done_on + timedelta(days=rng.randint(0, 3))
        if done_on is not None and status == "verified"
        else None
    )
    head_nurse = f"护士长{ward_id}"
    at = datetime.combine(issued_on, datetime.min.time(), UTC) + timedelta(hours=4)

    def event(
        days: int,
        action: str,
        before: str | None,
        after: str,
        note: str = "",
        user: tuple[str, str] = ("admin", "护理部 王主任"),
    ) -> None:
        events.append(
            (
                item_id,
                _stamp(at + timedelta(days=days)),
                user[0],
                user[1],
                action,
                before,
                after,
                deadline.isoformat(),
                deadline.isoformat(),
                note,
            )
        )

    event(0, "created", None, "open")
    # The cause and measure run from a sentence to the whole text; some are at the 2,000 limit.
    length = rng.choice((60, 200, len(CAUSE), 2000))
    cause = (CAUSE * 20)[:length] if answered else ""
    measure = (MEASURE * 20)[: rng.choice((80, 300, len(MEASURE), 2000))] if answered else ""
    if answered:
        ward_user = (f"ward{ward_id}", head_nurse)
        event(1, "filled", "open", "open", user=ward_user)
        if rng.random() < 0.15:  # rejected once at re-check, then answered again
            event(3, "marked_done", "open", "awaiting_recheck", user=ward_user)
            event(4, "rejected", "awaiting_recheck", "open", "整改不彻底，请重新落实")
            event(5, "filled", "open", "open", user=ward_user)
        if status != "open":
            event(6, "marked_done", "open", "awaiting_recheck", user=ward_user)
        if status == "verified":
            event(8, "verified", "awaiting_recheck", "verified", "复查合格")
        if rng.random() < 0.125:
            photos.append((item_id, f"整改照片{item_id}.jpg", photo, _stamp(at), head_nurse))
            event(6, "photo_added", status, status, user=ward_user)
    elif status == "withdrawn":
        event(2, "withdrawn", "open", "withdrawn", "评分更正，问题不成立")
    rectification.append(
        (
            item_id,
            campaign_id,
            ward_id,
            inspection_id,
            checklist_item_id,
            checklist_name,
            code,
            item_text,
            deduction,
            int(vetoed),
            problem,
            issued_on.isoformat(),
            deadline.isoformat(),
            status,
            cause,
            measure,
            rng.choice(NURSES) if answered else "",
            done_on.isoformat() if done_on else None,
            "质控组 李敏" if verified_on else "",
            verified_on.isoformat() if verified_on else None,
            len(events),
            _stamp(at + timedelta(days=8)),
            "admin",
        )
    )


def _publish(connection: sqlite3.Connection, campaign_id: int) -> None:
    """What publishing stores: the names as the campaign's documents print them."""
    connection.execute(
        "UPDATE campaigns SET printed_hospital = (SELECT name FROM hospital LIMIT 1) WHERE id = ?",
        (campaign_id,),
    )
    connection.execute(
        "UPDATE campaign_wards SET printed_code = (SELECT code FROM wards w WHERE w.id = ward_id), "
        "printed_name = (SELECT name FROM wards w WHERE w.id = ward_id), "
        "printed_head_nurse = (SELECT head_nurse_name FROM wards w WHERE w.id = ward_id) "
        "WHERE campaign_id = ?",
        (campaign_id,),
    )


def _decisions(
    connection: sqlite3.Connection, campaign_id: int, ward_ids: list[int], rng: random.Random
) -> None:
    """Model wards confirmed (one proposal struck), nominations decided, a long summary draft."""
    moment = _stamp(datetime(2026, 11, 24, 2, 0, tzinfo=UTC))
    chosen = rng.sample(ward_ids, min(len(ward_ids), max(3, len(ward_ids) // 50)))
    connection.executemany(
        "INSERT INTO award_decisions (campaign_id, ward_id, model_ward, proposed, reason, "
        "decided_by, decided_at) VALUES (?, ?, ?, 1, ?, '护理部 王主任', ?)",
        [
            (
                campaign_id,
                ward_id,
                int(n != 0),
                "" if n else "本月发生护理不良事件，暂不评为示范病房",
                moment,
            )
            for n, ward_id in enumerate(chosen)
        ],
    )
    nominated = rng.sample(ward_ids, min(len(ward_ids), max(5, len(ward_ids) // 10)))
    connection.executemany(
        "INSERT INTO nominations (campaign_id, ward_id, nurse_name, reason, nominated_by, "
        "nominated_at, status, decision_reason, decided_by, decided_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                campaign_id,
                ward_id,
                rng.choice(NURSES),
                "工作认真负责，基础护理落实到位，患者满意度高，多次受到患者表扬。" * 3,
                f"护士长{ward_id}",
                moment,
                status,
                "" if status != "declined" else "材料不足",
                "" if status == "pending" else "护理部 王主任",
                None if status == "pending" else moment,
            )
            for ward_id in nominated
            for status in [rng.choice(("approved", "approved", "declined", "pending"))]
        ],
    )
    text = "本月基础护理质量提升活动中，各病区认真开展自查自纠。" * 150
    connection.execute(
        "INSERT INTO summary_notes (campaign_id, cause_analysis, conclusions, next_steps, version, "
        "updated_by, updated_at, draft) VALUES (?, ?, ?, ?, 3, '护理部 王主任', ?, 1)",
        (campaign_id, text, text[:3000], text[:2000], moment),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wards", type=int, default=300)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    month = month_database(args.wards, rebuild=args.rebuild)
    print(f"{month.path}: {month.describe()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
