"""The demo's named world: its staff accounts and the buyers tests and docs can point at.

Each persona is a buyer the generator always creates with the same identity and a story of
orders and chats that fits the profile the seeds teach (price-sensitive, suspicious first-timer,
reseller, gift buyer, angry buyer, buyer waiting abroad). All names are invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final


@dataclass(frozen=True)
class DemoUser:
    email: str
    name: str
    role: str
    ui_lang: str
    shops: tuple[str, ...]


# Printed by `kefu demo`; demo databases are for trying Kefu out, never for real shops.
DEMO_PASSWORD: Final[str] = "kefu-demo-2026"  # noqa: S105  (a published demo login)

DEMO_ADMIN: Final[DemoUser] = DemoUser(
    "admin@kefu.demo", "林岚", "admin", "zh-Hans", ("taobao", "aliexpress")
)
DEMO_USERS: Final[tuple[DemoUser, ...]] = (
    DEMO_ADMIN,
    DemoUser("lead@kefu.demo", "周敏", "supervisor", "zh-Hans", ("taobao", "aliexpress")),
    DemoUser("xiaoyu@kefu.demo", "小雨", "agent", "zh-Hans", ("taobao",)),
    DemoUser("ajie@kefu.demo", "阿杰", "agent", "zh-Hans", ("taobao",)),
    DemoUser("lena@kefu.demo", "Lena", "agent", "en", ("aliexpress",)),
    DemoUser("diego@kefu.demo", "Diego", "agent", "en", ("aliexpress",)),
    DemoUser("mei@kefu.demo", "Mei", "agent", "en", ("aliexpress", "taobao")),
)

# Which agents answer chats in which language (the assignee's name fills `{agent}`).
AGENTS_BY_LANG: Final[dict[str, tuple[str, ...]]] = {
    "zh-Hans": ("xiaoyu@kefu.demo", "ajie@kefu.demo"),
    "zh-Hant": ("ajie@kefu.demo", "xiaoyu@kefu.demo"),
    "en": ("lena@kefu.demo", "mei@kefu.demo"),
    "es": ("diego@kefu.demo",),
}


@dataclass(frozen=True)
class Persona:
    key: str
    shop: str
    external_id: str
    name: str
    nickname: str
    country: str
    language: str
    timezone: str
    place: dict[str, str] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    notes: str = ""


PRICE_SENSITIVE_STUDENT: Final[Persona] = Persona(
    key="price_sensitive_student",
    shop="taobao",
    external_id="爱爬山的小满",
    name="林小满",
    nickname="爱爬山的小满",
    country="CN",
    language="zh-Hans",
    timezone="Asia/Shanghai",
    place={
        "province": "湖北省",
        "city": "武汉市",
        "district": "洪山区",
        "line": "珞喻路129号 学生宿舍12栋",
        "postcode": "430079",
    },
    tags=("学生", "价格敏感"),
    notes="大学登山社成员,预算有限,常问优惠券;有一笔未付款订单。",
)
SUSPICIOUS_FIRST_TIMER: Final[Persona] = Persona(
    key="suspicious_first_timer",
    shop="aliexpress",
    external_id="us7301948826",
    name="Dana Whitlock",
    nickname="dana_w_hikes",
    country="US",
    language="en",
    timezone="America/Chicago",
    place={
        "province": "IL",
        "city": "Chicago",
        "district": "",
        "line": "1418 W Fullerton Ave",
        "postcode": "60614",
    },
    tags=("potential_customer",),
    notes="First contact; has not ordered yet. Worried about authenticity and waterproofing.",
)
RESELLER: Final[Persona] = Persona(
    key="reseller",
    shop="taobao",
    external_id="山行户外用品_陈立",
    name="陈立",
    nickname="山行户外用品_陈立",
    country="CN",
    language="zh-Hans",
    timezone="Asia/Shanghai",
    place={
        "province": "浙江省",
        "city": "杭州市",
        "district": "余杭区",
        "line": "文一西路998号 山行户外用品店",
        "postcode": "311121",
    },
    tags=("回头客", "批发", "reseller"),
    notes="开实体户外店,每月补货袜子和鞋垫,整箱下单,要求开发票。",
)
GIFT_BUYER: Final[Persona] = Persona(
    key="gift_buyer",
    shop="taobao",
    external_id="橘子汽水_子涵",
    name="周子涵",
    nickname="橘子汽水_子涵",
    country="CN",
    language="zh-Hans",
    timezone="Asia/Shanghai",
    place={
        "province": "四川省",
        "city": "成都市",
        "district": "锦江区",
        "line": "东大街下东大街段166号",
        "postcode": "610016",
    },
    tags=("送礼",),
    notes="给父亲买生日礼物:不放价格单,附贺卡。",
)
ANGRY_DAMAGED: Final[Persona] = Persona(
    key="angry_damaged",
    shop="taobao",
    external_id="大熊老赵",
    name="赵国强",
    nickname="大熊老赵",
    country="CN",
    language="zh-Hans",
    timezone="Asia/Shanghai",
    place={
        "province": "北京市",
        "city": "北京市",
        "district": "朝阳区",
        "line": "望京西路48号院3号楼1201",
        "postcode": "100102",
    },
    tags=("投诉中",),
    notes="收到的鞋有划痕、鞋盒破损,情绪激动,威胁差评。",
)
MEXICO_WAITING: Final[Persona] = Persona(
    key="mexico_waiting",
    shop="aliexpress",
    external_id="mx5527719034",
    name="Valeria Hernández",
    nickname="vale_caminante",
    country="MX",
    language="es",
    timezone="America/Mexico_City",
    place={
        "province": "CDMX",
        "city": "Ciudad de México",
        "district": "Coyoacán",
        "line": "Av. Miguel Ángel de Quevedo 411, int. 3",
        "postcode": "04100",
    },
    tags=("slow_customs_area",),
    notes="Esperando su paquete; el seguimiento está detenido en aduana.",
)

PERSONAS: Final[tuple[Persona, ...]] = (
    PRICE_SENSITIVE_STUDENT,
    SUSPICIOUS_FIRST_TIMER,
    RESELLER,
    GIFT_BUYER,
    ANGRY_DAMAGED,
    MEXICO_WAITING,
)
