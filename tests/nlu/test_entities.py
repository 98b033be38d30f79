from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kefu.errors import ValidationFailed
from kefu.nlu.entities import (
    Entity,
    extract,
    extract_kind,
    parse_chinese_number,
    parse_decimal,
    resolve_date,
)


def found(text: str, kind: str) -> list[str]:
    return [e.value for e in extract(text) if e.kind == kind]


def one(text: str, kind: str) -> Entity:
    hits = [e for e in extract(text) if e.kind == kind]
    assert len(hits) == 1, (text, extract(text))
    return hits[0]


# --- order and tracking numbers -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "platform"),
    [
        ("亲，我的订单号是123456789012345678，帮我看看", "123456789012345678", "taobao"),
        ("訂單編號：１２３４５６７８９０１２３４５６７８９", "1234567890123456789", "taobao"),
        ("order 8123456789012345 has not shipped", "8123456789012345", "aliexpress"),
        ("mi pedido 301234567890 no llega", "301234567890", "jd"),
        ("Hola, mi pedido #1001 no ha llegado", "#1001", "shopify"),
        ("where is order #KF2044?", "#KF2044", "shopify"),
    ],
)
def test_order_numbers_are_found_with_their_platform(text: str, value: str, platform: str) -> None:
    entity = one(text, "order_number")
    assert entity.value == value
    assert entity.extra["platform"] == platform


@pytest.mark.parametrize(
    ("text", "value", "carrier"),
    [
        ("快递单号SF1234567890123怎么查不到", "SF1234567890123", "sf"),
        ("tracking RR123456789CN shows nothing", "RR123456789CN", "upu_s10"),
        ("número de seguimiento: 1Z999AA10123456784", "1Z999AA10123456784", "ups"),
        ("圓通 YT1234567890123 到哪了", "YT1234567890123", "yto"),
        ("中通快递 731234567890 一直没更新", "731234567890", "zto"),
        ("el paquete de Correos UA123456789ES", "UA123456789ES", "correos"),
        ("LP00123456789012 cainiao", "LP00123456789012", "cainiao"),
    ],
)
def test_tracking_numbers_carry_their_carrier(text: str, value: str, carrier: str) -> None:
    hits = [e for e in extract(text) if e.kind == "tracking_number"]
    assert [e.value for e in hits] == [value]
    assert hits[0].extra["carrier"] == carrier


def test_context_decides_between_order_and_tracking_for_the_same_digits() -> None:
    text = "订单号 123456789012，快递单号 773012345678"
    assert found(text, "order_number") == ["123456789012"]
    assert found(text, "tracking_number") == ["773012345678"]


def test_a_mobile_number_is_not_taken_for_an_order() -> None:
    assert found("电话13812345678", "phone") == ["+8613812345678"]
    assert found("电话13812345678", "order_number") == []
    assert found("my order number is 13812345678", "order_number") == ["13812345678"]


# --- contacts and links ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("加我V信：abc_12345 聊", "wechat", "abc_12345"),
        ("加vx wxid_hello88", "wechat", "wxid_hello88"),
        ("加我微信13812345678", "wechat", "13812345678"),
        ("扣扣 12345678 找我", "qq", "12345678"),
        ("QQ号：987654321", "qq", "987654321"),
        ("mi whatsapp es +34 612 345 678", "whatsapp", "+34612345678"),
        ("escríbeme por wasap 5512345678", "whatsapp", "5512345678"),
        ("call me at (415) 555-2671", "phone", "4155552671"),
        ("mi teléfono: 612 345 678", "phone", "612345678"),
        ("write to juan.perez@gmail.com please", "email", "juan.perez@gmail.com"),
        ("correo juan(at)gmail.com", "email", "juan@gmail.com"),
        ("邮箱 ｍａｒｙ＠ｑｑ．ｃｏｍ", "email", "mary@qq.com"),
    ],
)
def test_contact_handles_including_obfuscated_ones(text: str, kind: str, value: str) -> None:
    assert found(text, kind) == [value]


def test_urls_keep_their_path_and_drop_trailing_punctuation() -> None:
    text = "看这个 https://item.taobao.com/item.htm?id=623456789012345678。还有 m.tb.cn/h.5xYz"
    assert found(text, "url") == [
        "https://item.taobao.com/item.htm?id=623456789012345678",
        "m.tb.cn/h.5xYz",
    ]
    # The digits inside the link are part of the link, not an order number.
    assert found(text, "order_number") == []


# --- sizes, colours, quantities -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("我平时穿42码", "EU 42"),
        ("四十二码有吗", "EU 42"),
        ("要41.5碼的", "EU 41.5"),
        ("do you have US 9.5?", "US 9.5"),
        ("UK8 please", "UK 8"),
        ("¿tienen la talla 39?", "EU 39"),
        ("EU 44 in black", "EU 44"),
        ("脚长25.5cm穿多大", "CM 25.5"),
        ("mi pie mide 26 cm", "CM 26"),
        ("250码的鞋", "CM 25"),
        ("我要XL", "XL"),
        ("talla M por favor", "M"),
        ("L码还有吗", "L"),
        ("均码吗", "ONE SIZE"),
    ],
)
def test_sizes_in_every_system(text: str, value: str) -> None:
    assert found(text, "size") == [value]


def test_a_bare_letter_is_not_a_size() -> None:
    assert found("I am fine, let me see", "size") == []
    assert found("Me gusta la M de Madrid", "size") == []


@pytest.mark.parametrize(
    ("text", "colours"),
    [
        ("黑色的要两双", ["black"]),
        ("紅色和藏青色", ["red", "navy"]),
        ("有白的42码吗", ["white"]),
        ("color azul marino o negro", ["navy", "black"]),
        ("Do you have it in light grey or olive?", ["grey", "green"]),
        ("tem em preto?", ["black"]),
    ],
)
def test_colours_in_every_language(text: str, colours: list[str]) -> None:
    assert found(text, "colour") == colours


@pytest.mark.parametrize(
    "text",
    ["我明白了", "你再这样我就拉黑你", "The order reduced", "no vino el paquete", "es tan bonito"],
)
def test_words_that_contain_a_colour_are_not_colours(text: str) -> None:
    assert found(text, "colour") == []


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        ("黑色的要两双", 2, "pair"),
        ("买3件", 3, "piece"),
        ("I'd like 3 pairs", 3, "pair"),
        ("a couple of boxes", 2, "box"),
        ("quiero 2 unidades", 2, "piece"),
        ("dos pares de calcetines", 2, "pair"),
    ],
)
def test_quantities_with_their_unit(text: str, count: int, unit: str) -> None:
    entity = one(text, "quantity")
    assert entity.extra["count"] == count
    assert entity.extra["unit"] == unit


def test_an_ordinal_is_not_a_quantity() -> None:
    assert found("第一件有问题", "quantity") == []


# --- money and places -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("¥299能便宜吗", "299", "CNY"),
        ("￥1,299.00", "1299.00", "CNY"),
        ("三百块能卖吗", "300", "CNY"),
        ("50元包邮吗", "50", "CNY"),
        ("RMB 80", "80", "CNY"),
        ("it costs US$25.99", "25.99", "USD"),
        ("costó 45,50 €", "45.50", "EUR"),
        ("son 1.299 pesos", "1299", "MXN"),
        ("R$ 120,90 no total", "120.90", "BRL"),
        ("20美元运费太贵", "20", "USD"),
        ("pagué 30 euros", "30", "EUR"),
    ],
)
def test_amounts_become_decimal_with_iso_currency(text: str, amount: str, currency: str) -> None:
    entity = one(text, "amount")
    assert entity.extra["amount"] == Decimal(amount)
    assert isinstance(entity.extra["amount"], Decimal)
    assert entity.extra["currency"] == currency


def test_a_lone_dollar_sign_is_flagged_ambiguous() -> None:
    assert one("$25 shipping", "amount").extra["ambiguous_currency"] is True
    assert "ambiguous_currency" not in one("US$25 shipping", "amount").extra


def test_together_is_not_money() -> None:
    assert found("我们一块去", "amount") == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("寄到西班牙马德里", ["ES", "ES"]),
        ("能發到臺灣嗎", ["TW"]),
        ("do you ship to Mexico City?", ["MX"]),
        ("envío a México", ["MX"]),
        ("envio a mexico y chile", ["MX", "CL"]),
        ("shipping to the USA or Brazil", ["US", "BR"]),
        ("São Paulo", ["BR"]),
    ],
)
def test_destinations_map_to_iso_codes(text: str, codes: list[str]) -> None:
    assert found(text, "destination") == codes


def test_brand_names_are_not_destinations() -> None:
    assert found("are these Air Jordan original?", "destination") == []


# --- dates ----------------------------------------------------------------------------------

TODAY = date(2026, 5, 1)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("明天能发吗", date(2026, 5, 2)),
        ("后天到得了吗", date(2026, 5, 3)),
        ("下周一之前要到", date(2026, 5, 4)),
        ("这周五", date(2026, 5, 1)),
        ("5月3号生日", date(2026, 5, 3)),
        ("5月3日", date(2026, 5, 3)),
        ("need it by next monday", date(2026, 5, 4)),
        ("tomorrow please", date(2026, 5, 2)),
        ("el lunes", date(2026, 5, 4)),
        ("el lunes que viene", date(2026, 5, 4)),
        ("llega mañana?", date(2026, 5, 2)),
        ("pasado mañana", date(2026, 5, 3)),
        ("antes del 3 de mayo", date(2026, 5, 3)),
        ("by May 3rd", date(2026, 5, 3)),
        ("2026-06-18", date(2026, 6, 18)),
        ("3天后", date(2026, 5, 4)),
        ("en 3 días", date(2026, 5, 4)),
        ("15号前能到吗", date(2026, 5, 15)),
        ("明天見", date(2026, 5, 2)),
    ],
)
def test_dates_resolve_against_the_given_day(text: str, expected: date) -> None:
    entity = one(text, "date")
    assert resolve_date(entity, TODAY) == expected


def test_numeric_dates_keep_both_readings() -> None:
    entity = one("llega el 3/5?", "date")
    assert entity.extra == {"type": "numeric", "first": 3, "second": 5}
    assert entity.value == "numeric=3/5"
    from kefu.nlu.entity_dates import resolve

    assert resolve(entity.extra, TODAY, day_first=True) == date(2026, 5, 3)
    # Read the US way it is 5 March, already past on 1 May, so next year's.
    assert resolve(entity.extra, TODAY, day_first=False) == date(2027, 3, 5)


def test_morning_is_not_tomorrow() -> None:
    dates = found("mañana por la mañana", "date")
    assert dates == ["day+1"]


def test_the_double_eleven_festival_is_a_date() -> None:
    assert found("双十一有活动吗", "date") == ["--11-11"]


def test_resolve_date_refuses_other_kinds() -> None:
    with pytest.raises(ValidationFailed):
        resolve_date(one("¥299", "amount"), TODAY)


# --- API and properties ---------------------------------------------------------------------


def test_a_whole_buyer_message_in_spanish() -> None:
    text = "Hola, pedido #1001: talla 39, azul marino, 2 pares, 45,50 € con envío a México el lunes"
    kinds = [e.kind for e in extract(text)]
    assert kinds == ["order_number", "size", "colour", "quantity", "amount", "destination", "date"]


def test_extract_kind_rejects_unknown_kinds() -> None:
    assert [e.value for e in extract_kind("¥299", "amount")] == ["299 CNY"]
    with pytest.raises(ValidationFailed):
        extract_kind("¥299", "colour_of_sky")


def test_empty_and_huge_messages() -> None:
    assert extract("") == []
    assert extract("   \n ") == []
    huge = ("订单号123456789012345678 " * 5000)[:100_000]
    result = extract(huge)
    assert result and all(e.end <= 4000 for e in result)


@pytest.mark.parametrize(
    ("raw", "value"),
    [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("两千五", 2500), ("三百零五", 305)],
)
def test_chinese_numbers(raw: str, value: int) -> None:
    assert parse_chinese_number(raw) == value


def test_decimal_separators() -> None:
    assert parse_decimal("1.299,50") == Decimal("1299.50")
    assert parse_decimal("1,299.50") == Decimal("1299.50")
    assert parse_decimal("12,5") == Decimal("12.5")
    assert parse_decimal("12.99", "USD") == Decimal("12.99")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_spans_always_index_the_original_text(text: str) -> None:
    for entity in extract(text):
        assert 0 <= entity.start < entity.end <= len(text)
        assert text[entity.start : entity.end] == entity.text


SAMPLES = [
    "订单号123456789012345678",
    "快递单号SF1234567890123",
    "黑色42码两双",
    "talla 39 azul marino",
    "¥299",
    "ship to Spain",
    "加我V信：abc_12345",
    "明天",
    "el lunes",
    "juan.perez@gmail.com",
    "https://example.com/a",
]
NOISE = st.text(alphabet=" 😀🙏👍，。~!?…", max_size=6)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(SAMPLES), NOISE, NOISE)
def test_extraction_is_stable_under_surrounding_noise(sample: str, left: str, right: str) -> None:
    base = [(e.kind, e.value) for e in extract(sample)]
    assert base
    noisy_text = left + " " + sample + " " + right
    noisy = extract(noisy_text)
    assert [(e.kind, e.value) for e in noisy] == base
    for entity in noisy:
        assert noisy_text[entity.start : entity.end] == entity.text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(SAMPLES))
def test_full_width_input_gives_the_same_entities(sample: str) -> None:
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in sample)
    assert [(e.kind, e.value) for e in extract(wide)] == [
        (e.kind, e.value) for e in extract(sample)
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mi hijo usa 35 europeo", "destination"),  # Spanish "uses", not the USA
        ("How many cups does the coffee maker brew?", "colour"),
        ("¿Me hace una rebaja si llevo los aretes a juego?", "quantity"),
        ("等了一个礼拜还没到", "quantity"),  # a duration, not one item
        ("¿Cuándo envían la segunda parte de mi pedido?", "date"),
    ],
)
def test_everyday_words_are_not_entities(text: str, kind: str) -> None:
    assert found(text, kind) == []


def test_capitalised_usa_is_a_destination_and_europeo_a_size_system() -> None:
    assert found("ship to USA", "destination") == ["US"]
    assert found("mi hijo usa 35 europeo", "size") == ["EU 35"]
