"""Outgoing messages: what is blocked, what is not, where, and what to say instead."""

from __future__ import annotations

import pytest

from kefu.guard import ShopGuardConfig, apply_suggestions, check, extend


def spans(text: str, **kw: object) -> list[tuple[str, str]]:
    return [(f.category, text[f.start : f.end]) for f in check(text, **kw).findings]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "您最好先量一下脚长，再对照尺码表选择。",
        "最近快递比较多，可能会晚一两天到。",
        "最后一步是点击确认收货就可以了。",
        "最快明天发出，最晚周五前一定发货。",
        "面料是100%纯棉的，可以机洗。",
        "第一次穿可能有点紧，穿两天就好了。",
        "Best regards, the Sunny Shoes team",
        "We'll do our best to ship it today.",
        "The fabric is 100% cotton.",
        "Lo mejor es medir el pie antes de elegir la talla.",
        "La tela es 100% algodón.",
        "¡Perfecto! Te enviamos la talla 40.",
        "订单号 2345678901234567890，运单号 SF140785236901",
    ],
)
def test_everyday_shop_replies_pass(text: str) -> None:
    assert check(text).findings == ()


def test_superlative_is_blocked_with_span_and_rewrite() -> None:
    text = "这款是我们最好的鞋，全网销量第一"
    result = check(text, agent_lang="en")
    assert result.blocked
    assert [(f.category, text[f.start : f.end]) for f in result.findings] == [
        ("absolute_claim", "最好的"),
        ("absolute_claim", "全网销量第一"),
    ]
    assert result.findings[0].suggestion == "很好的"
    assert "Advertising Law" in result.findings[0].reason


def test_reason_follows_the_agent_language() -> None:
    zh = check("绝对正品", agent_lang="zh-Hans").findings[0].reason
    en = check("绝对正品", agent_lang="en").findings[0].reason
    assert "广告法" in zh and "Advertising Law" in en


def test_spanish_claims_and_promises() -> None:
    assert spans("Es el mejor precio, garantizado.") == [
        ("absolute_claim", "el mejor precio"),
        ("absolute_claim", "garantizado"),
    ]
    assert spans("Te garantizo que llega el lunes.")[0][0] == "promise_beyond_policy"
    assert spans("Devolución gratis si no te queda bien.")[0] == ("promise_beyond_policy", "Devolución gratis")


def test_traditional_chinese_uses_the_same_lists() -> None:
    assert spans("最終解釋權歸本店所有") == [("void_clause", "最終解釋權歸本店所有")]
    finding = check("這雙鞋絕對耐穿").findings[0]
    assert finding.suggestion == "確實"


@pytest.mark.parametrize(
    "text",
    [
        "加我V信聊",
        "加我ｖｘ，发实拍",
        "有问题加扣扣",
        "我的号码 1 3 8 · 1 2 3 4 · 5 6 7 8",
        "记一下 幺三八一二三四五六七八",
        "Text me on WhatsApp",
        "add me on wеchat",  # Cyrillic е
        "Escríbeme por WhatsApp",
        "my email is shop.help@gmail.com",
    ],
)
def test_off_platform_steering_is_blocked_even_when_obfuscated(text: str) -> None:
    result = check(text)
    assert result.blocked
    assert "off_platform" in result.categories


def test_phone_span_covers_the_obfuscated_digits() -> None:
    text = "找我：１３８🌸１２３４🌸５６７８ 谢谢"
    finding = next(f for f in check(text).findings if f.rule_id == "contacts.phone")
    assert text[finding.start : finding.end] == "１３８🌸１２３４🌸５６７８"


def test_someone_elses_phone_and_id_are_personal_data_with_masked_suggestion() -> None:
    result = check("另一位买家的电话是13912345678")
    (finding,) = result.findings
    assert finding.category == "personal_data" and finding.suggestion == "139****5678"
    assert check("身份证号110101199003074514").findings[0].category == "personal_data"
    assert check("身份证号110101199003074515").findings == ()  # wrong check digit: not an ID


def test_competitor_names_depend_on_the_platform() -> None:
    text = "这款在淘宝卖得更贵"
    assert spans(text, platform="jd") == [("competitor_platform", "淘宝")]
    assert check(text, platform="taobao").findings == ()
    assert check(text).findings == ()
    # a carrier is not a marketplace
    assert check("我们发京东快递", platform="taobao").findings == ()


def test_independent_store_may_share_its_own_email() -> None:
    assert check("write to help@sunnyshoes.com", platform="shopify").findings == ()
    assert check("write to help@sunnyshoes.com", platform="jd").blocked


def test_outgoing_links_only_to_the_own_platform() -> None:
    assert check("链接：https://item.jd.com/100012345678.html", platform="jd").findings == ()
    assert spans("看这里 https://cheap-shoes.shop/a", platform="jd") == [
        ("off_platform", "https://cheap-shoes.shop/a")
    ]


def test_shop_extension_adds_terms_allows_trademarks_and_configured_promises() -> None:
    engine = extend(ShopGuardConfig(
        extra_terms={"absolute_claim": ("秒杀全场",)},
        allow=("最佳拍档",),  # a registered product name
        promises=("假一赔四",),
        seller_pays_returns=True,
    ))  # fmt: skip
    assert [f.category for f in engine.check("这款秒杀全场").findings] == ["absolute_claim"]
    assert engine.check("最佳拍档系列跑鞋").findings == ()
    assert engine.check("本店承诺假一赔四").findings == ()
    assert engine.check("我们支持免费退货").findings == ()
    assert check("本店承诺假一赔四").blocked
    assert check("我们支持免费退货").blocked


def test_applying_suggestions_gives_a_compliant_reply() -> None:
    text = "这是最受欢迎的款式，绝对舒服"
    fixed = apply_suggestions(text, check(text))
    assert fixed == "这是很受欢迎的款式，确实舒服"
    assert check(fixed).findings == ()
