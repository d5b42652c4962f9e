"""演示医院: a hospital with wards, accounts and a campaign in its self-check week."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import insert, select

from nursingqc.domain.accounts import Actor, Role
from nursingqc.domain.checklists import ChecklistDefinition
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.campaigns import CampaignSpec
from nursingqc.services.container import Services
from nursingqc.services.inspections import SheetKey
from nursingqc.services.passwords import hash_password
from nursingqc.storage.models import User, Ward

MSG_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "The database already holds a hospital; demo data goes only into an empty database."
)
MSG_WARD_COUNT = QT_TRANSLATE_NOOP("Errors", "A demo hospital has 1 to 999 wards, not {count}.")

HOSPITAL_NAME = "滨江市第一人民医院"
ADMIN_PASSWORD = "admin1234"
DEMO_PASSWORD = "demo1234"

# 片区: the groups a nursing department manages its wards in, each with its ward-code prefix
# (NK01 心血管内科, WK02 骨科 …), the way hospitals number their wards.
WARD_GROUPS: list[tuple[str, str, list[str]]] = [
    (
        "内科片",
        "NK",
        [
            "心血管内科",
            "呼吸内科",
            "消化内科",
            "神经内科",
            "内分泌科",
            "肾内科",
            "血液内科",
            "肿瘤科",
            "老年医学科",
            "感染性疾病科",
        ],
    ),
    (
        "外科片",
        "WK",
        [
            "普通外科",
            "骨科",
            "神经外科",
            "泌尿外科",
            "心胸外科",
            "肝胆外科",
            "血管外科",
            "烧伤整形科",
        ],
    ),
    ("妇儿片", "FE", ["妇科", "产科", "儿科", "新生儿科"]),
    ("急重症片", "JZ", ["重症医学科", "急诊科"]),
    ("专科片", "ZK", ["眼科", "耳鼻咽喉科", "口腔科", "皮肤科", "康复医学科", "中医科"]),
]
NUMERALS = "一二三四五六七八九十"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = ["丽", "敏", "静", "燕", "芳", "娟", "霞", "艳", "红", "玲", "婷", "雪", "慧", "洁", "琳"]

# A problem a head nurse might write for each item, so demo sheets read like real ones.
PROBLEMS = {
    "WE01": "走廊加床2张，通道狭窄",
    "WE02": "12床病室有异味，未及时开窗通风",
    "WE03": "污物间地面有水渍",
    "WE04": "6床床帘脱钩",
    "WE05": "男卫生间地面有污渍",
    "WE06": "安全通道堆放轮椅2台",
    "WE07": "15床陪护坐卧病床",
    "WE08": "示教室无人时灯未关",
    "WE09": "护士站台面有私人水杯，病历车未上锁",
    "WE10": "医疗垃圾桶内见生活垃圾",
    "BU01": "8床床单有血渍未及时更换",
    "BU02": "15床床头卡字迹不清",
    "BU03": "3床床下鞋子5双",
    "BU04": "21床床头柜放置食品",
    "BU05": "9床暖水瓶放在床头柜边缘",
    "BU06": "11床便器放在床下",
    "BU07": "3病室陪客椅摆放杂乱",
    "BU08": "出院床单元未做终末消毒",
    "BU09": "17床被套污染未更换",
    "BU10": "2床设备带总开关处于关闭状态",
    "SV01": "1名护士涂指甲油，1名未挂牌",
    "SV02": "护士接听电话未使用文明用语",
    "SV03": "家属询问时护士未起身回应",
    "SV04": "家属投诉夜班护士态度生硬",
    "SV05": "晨间护理时直呼床号",
    "SV06": "新入院患者未护送至床旁",
    "SV07": "夜间推车声音大",
    "SV08": "当班护士在护士站吃东西",
    "SV09": "呼叫铃响后3分钟无人应答",
    "TR01": "清洁区与污染区标识脱落",
    "TR02": "治疗台面有药渍",
    "TR03": "无菌物品与非无菌物品混放",
    "TR04": "无菌物品柜内见过期棉签1包",
    "TR05": "碘伏未注明开启时间",
    "TR06": "抽出的药液未注明时间",
    "TR07": "一次性注射器未按有效期先后放置",
    "TR08": "治疗车下层放置清洁物品",
    "TR09": "高危药品未单独放置",
    "TR10": "医疗废物交接登记无签名",
    "BC01": "晨间护理未湿扫床单元",
    "BC02": "夜间未理顺引流管道",
    "BC03": "6床患者指甲过长",
    "BC04": "卧床患者口腔护理未落实",
    "BC05": "14床骶尾部压红未及时处理",
    "BC06": "术后患者卧位不符合要求",
    "BC07": "12床尿管未标识置管日期",
    "BC08": "18床未穿病号服",
    "BC09": "长期卧床患者未按需洗头",
    "BC10": "2名患者不知晓责任护士",
}


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: Role
    display_name: str
    ward: str


@dataclass(frozen=True)
class DemoHospital:
    hospital: str
    campaign_id: int
    campaign_name: str
    accounts: list[DemoAccount]
    ward_count: int


def _departments() -> list[tuple[str, str, int, str]]:
    """(group, code prefix, number in the group, department), mixed in proportion to the groups'
    sizes, so that even a small demo hospital has wards of every group."""
    placed = []
    for group, prefix, departments in WARD_GROUPS:
        for index, department in enumerate(departments):
            share = (index + 0.5) / len(departments)
            placed.append((share, group, prefix, index, department))
    placed.sort(key=lambda place: place[0])  # stable: equal shares keep the groups' order
    return [(group, prefix, index, department) for _, group, prefix, index, department in placed]


def demo_wards(count: int, rng: random.Random) -> list[dict[str, object]]:
    """Ward rows in their groups; large hospitals get 一病区, 二病区 … of each department."""
    departments = _departments()
    sizes = {prefix: len(names) for _, prefix, names in WARD_GROUPS}
    wards = []
    for index in range(count):
        group, prefix, position, department = departments[index % len(departments)]
        number = index // len(departments)
        if count > len(departments):
            name = f"{department}{NUMERALS[number % 10]}病区" + (
                "" if number < 10 else f"({number})"
            )
        else:
            name = department
        wards.append(
            {
                "code": f"{prefix}{number * sizes[prefix] + position + 1:02d}",
                "name": name,
                "head_nurse_name": rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
                "beds": rng.randrange(30, 61, 2),
                "group_name": group,
                "active": True,
            }
        )
    return wards


def _entries(
    definition: ChecklistDefinition, rng: random.Random, complete: bool
) -> dict[str, ItemEntry]:
    entries = {}
    items = (
        definition.items
        if complete
        else definition.items[: rng.randrange(2, len(definition.items))]
    )
    for item in items:
        if rng.random() < 0.72:
            entries[item.code] = ItemEntry()
            continue
        step = item.per_occurrence or Decimal("0.5")
        times = rng.randint(1, max(1, int(item.points / step / 3)))
        entries[item.code] = ItemEntry(
            deduction=min(item.points, step * times),
            problem=PROBLEMS.get(item.code, "检查发现不符合要求"),
        )
    return entries


def create_demo(
    services: Services, wards: int = 12, seed: int = 2026, today: date | None = None
) -> DemoHospital:
    """Fills an empty database; refuses one that already holds a hospital."""
    if not 1 <= wards <= 999:
        raise ValidationError(MSG_WARD_COUNT, count=wards)
    if not services.accounts.needs_first_run():
        raise ValidationError(MSG_NOT_EMPTY)
    today = today or date.today()
    rng = random.Random(seed)
    admin = services.accounts.first_run(HOSPITAL_NAME, "admin", "护理部 王主任", ADMIN_PASSWORD)
    accounts = [DemoAccount("admin", ADMIN_PASSWORD, Role.ADMIN, admin.display_name, "")]

    ward_rows = demo_wards(wards, rng)
    # One hash serves every demo account: hashing 300 passwords one by one would take a minute.
    shared_hash = hash_password(DEMO_PASSWORD)
    with services.database.transaction() as session:
        session.execute(insert(Ward), ward_rows)
        ward_ids = {code: ward_id for code, ward_id in session.execute(select(Ward.code, Ward.id))}
        users: list[dict[str, object]] = [
            {
                "username": f"zhikong{n}",
                "display_name": name,
                "role": Role.INSPECTOR,
                "ward_id": None,
                "password_hash": shared_hash,
                "active": True,
            }
            for n, name in ((1, "质控组 李敏"), (2, "质控组 赵静"))
        ]
        users += [
            {
                "username": str(row["code"]).lower(),
                "display_name": f"{row['head_nurse_name']}",
                "role": Role.HEAD_NURSE,
                "ward_id": ward_ids[str(row["code"])],
                "password_hash": shared_hash,
                "active": True,
            }
            for row in ward_rows
        ]
        session.execute(insert(User), users)
        head_nurses = {
            user.ward_id: Actor(user.id, user.username, user.display_name, user.role, user.ward_id)
            for user in session.scalars(select(User).where(User.role == Role.HEAD_NURSE))
        }
    accounts += [
        DemoAccount(str(u["username"]), DEMO_PASSWORD, Role.INSPECTOR, str(u["display_name"]), "")
        for u in users[:2]
    ]
    accounts += [
        DemoAccount(
            str(u["username"]),
            DEMO_PASSWORD,
            Role.HEAD_NURSE,
            str(u["display_name"]),
            str(row["name"]),
        )
        for u, row in zip(users[2:], ward_rows, strict=True)
    ]

    # Phases are whole weeks from a Monday: this week's, so the self-check is under way today.
    start = today - timedelta(days=today.weekday())
    campaign = services.campaigns.create_campaign(
        admin,
        CampaignSpec(name=f"{start.year}年{start.month}月基础护理质量提升活动月", starts_on=start),
    )
    services.campaigns.open_phase(admin, campaign.id, PhaseKind.SELF_CHECK)
    definitions = {
        c.checklist_id: services.checklists.definition(c.checklist_id) for c in campaign.checklists
    }
    for index, row in enumerate(ward_rows):
        ward_id = ward_ids[str(row["code"])]
        nurse = head_nurses[ward_id]
        # The first ward shows a typical mid-week state: 3 of 5 submitted, one draft, one untouched.
        plan = (
            ["submit", "submit", "submit", "draft", "none"]
            if index == 0
            else [
                rng.choices(["submit", "draft", "none"], weights=[5, 2, 2])[0] for _ in definitions
            ]
        )
        for (checklist_id, definition), action in zip(definitions.items(), plan, strict=False):
            key = SheetKey(campaign.id, ward_id, checklist_id)
            # A new hospital: every sheet is saved for the first time, on version 0.
            if action == "submit":
                services.inspections.submit(
                    nurse, key, _entries(definition, rng, complete=True), version=0
                )
            elif action == "draft":
                services.inspections.save_draft(
                    nurse, key, _entries(definition, rng, complete=False), version=0
                )
    return DemoHospital(HOSPITAL_NAME, campaign.id, campaign.name, accounts, wards)
