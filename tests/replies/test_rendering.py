from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from kefu.errors import ValidationFailed
from kefu.replies import (
    Money,
    TemplateSyntaxRefused,
    VariableMissing,
    available,
    compose,
    default_library,
    render,
    wrap,
)
from kefu.replies.library import Scenario, build_template

from .samples import SAMPLES, ZONES

SCENARIO = Scenario(id="custom", intents=("other",))


def tpl(text: str, lang: str = "en") -> Any:
    return build_template(scenario=SCENARIO, lang=lang, variant="t", text=text)


def test_chinese_payment_reminder_shows_deadline_in_beijing_time_and_items() -> None:
    t = default_library().get("payment_reminder.1.zh-Hans")
    out = render(t, SAMPLES["zh-Hans"], "zh-Hans", "Asia/Shanghai")
    assert "防水徒步鞋 42码、速干袜两双" in out.text
    assert "2026年5月3日 14:30" in out.text
    assert "{{" not in out.text and "}}" not in out.text


def test_spanish_refund_status_formats_euros_the_spanish_way() -> None:
    t = default_library().get("refund_status.1.es")
    out = render(t, SAMPLES["es"], "es", "Europe/Madrid")
    assert "1245,50 €" in out.text
    assert "pedido 2026050312345678" in out.text


def test_english_tracking_event_is_rendered_in_the_buyer_zone() -> None:
    t = default_library().get("order_status.1.en")
    out = render(t, SAMPLES["en"], "en", "Europe/London")
    assert "3 May 2026, 07:30 (Shenzhen): Departed from sorting centre" in out.text


def test_missing_variable_is_reported_not_rendered_blank() -> None:
    t = default_library().get("shipping_fee.1.es")
    variables = dict(SAMPLES["es"])
    del variables["destination"]
    variables["shipping_fee"] = None
    check = available(t, variables)
    assert not check.ok
    assert check.missing == ("destination", "shipping_fee")
    with pytest.raises(VariableMissing) as err:
        render(t, variables, "es", "Europe/Madrid")
    assert err.value.details["missing"] == ["destination", "shipping_fee"]


@pytest.mark.parametrize("blank", ["", "   ", "\u200b", [], [""]])
def test_blank_values_count_as_missing(blank: Any) -> None:
    t = tpl("Order {{ order_no }}: {{ items }}")
    variables = {"order_no": "A1", "items": ["boots"]}
    variables["items" if isinstance(blank, list) else "order_no"] = blank
    assert not available(t, variables).ok


def test_wrong_type_is_a_typed_error_not_a_crash() -> None:
    t = tpl("Total {{ amount }}")
    assert available(t, {"amount": 19.9}).invalid == ("amount",)
    with pytest.raises(ValidationFailed):
        render(t, {"amount": 19.9}, "en", "UTC")
    naive = datetime(2026, 5, 3)
    with pytest.raises(ValidationFailed):
        render(tpl("by {{ ship_by }}"), {"ship_by": naive}, "en", "UTC")


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ self._TemplateReference__context }}",
        "{{ order_no.__class__ }}",
        "{{ order_no|attr('__class__') }}",
        "{{ lipsum.__globals__ }}",
        "{% for x in range(10**9) %}x{% endfor %}",
        "{% set x = 1 %}{{ order_no }}",
        "{% include '/etc/passwd' %}",
        "{% raw %}{{ order_no }}{% endraw %}",
        "{{ order_no ~ order_no }}",
        "{{ config }}",
        "{{ order_no() }}",
        "{{ order_no",
    ],
)
def test_sandbox_escape_and_logic_attempts_are_refused(source: str) -> None:
    with pytest.raises(TemplateSyntaxRefused):
        tpl(source)


def test_values_cannot_inject_template_syntax_or_control_characters() -> None:
    t = tpl("Hi {{ buyer_name }}, order {{ order_no }}")
    out = render(t, {"buyer_name": "{{ config }}\u202e", "order_no": "{% raw %}"}, "en", "UTC")
    assert "{{" not in out.text and "{%" not in out.text
    assert "\u202e" not in out.text
    assert "config" in out.text  # the buyer's text is kept, only its delimiters are broken up


def test_template_in_one_language_is_not_rendered_for_another() -> None:
    t = default_library().get("greeting.2.en")
    with pytest.raises(ValidationFailed):
        render(t, {}, "es", "Europe/Madrid")


def test_simplified_template_is_converted_for_a_traditional_reader() -> None:
    t = default_library().get("not_received.1.zh-Hans")
    out = render(t, SAMPLES["zh-Hans"], "zh-Hant", "Asia/Taipei")
    assert out.converted_from == "zh-Hans"
    assert "聯繫" in out.text or "聯絡" in out.text
    assert "联系" not in out.text


@pytest.mark.parametrize(
    ("lang", "start", "end"),
    [
        ("zh-Hans", "亲，", "请稍等"),
        ("zh-Hant", "您好，", "請稍等"),
        ("en", "Hi Emma,\n\n", "Kind regards,\nJay\nTrailhead Outdoor"),
        ("es", "Hola, María:\n\n", "Un cordial saludo,\nLucía\nTrailhead Outdoor"),
        ("pt", "Olá, João!\n\n", "Atenciosamente,\nAna\nTrailhead Outdoor"),
        ("ru", "Здравствуйте, Ольга!\n\n", "С уважением,\nАндрей\nTrailhead Outdoor"),
    ],
)
def test_wrap_adds_salutation_and_sign_off_per_culture(lang: str, start: str, end: str) -> None:
    sample = SAMPLES[lang]
    body = {"zh-Hans": "请稍等", "zh-Hant": "請稍等"}.get(lang, "body")
    text = wrap(body, lang, sample["buyer_name"], sample["agent_name"], sample["shop_name"])
    assert text.startswith(start)
    assert text.endswith(end)


def test_wrap_without_names_never_leaves_a_gap() -> None:
    assert wrap("Your parcel shipped.", "en").startswith("Hello,\n\n")
    assert wrap("Tu paquete salió.", "es", buyer_name="  ").startswith("Hola:\n\n")
    assert wrap("Tu paquete salió.", "es").endswith("Un cordial saludo,\nAtención al cliente")
    assert wrap("已发货", "zh-Hans", sign=True, agent_name="阿杰") == "亲，已发货\n—— 客服 阿杰"


def test_compose_renders_and_wraps_for_a_spanish_buyer() -> None:
    t = default_library().get("shipped.1.es")
    out = compose(t, SAMPLES["es"], "es", ZONES["es"])
    assert out.text.startswith("Hola, María:")
    assert "Correos Express" in out.text and "YT8812345678901" in out.text
    assert out.text.endswith("Lucía\nTrailhead Outdoor")


def test_money_variable_in_chinese_template() -> None:
    t = tpl("运费{{ shipping_fee }}", lang="zh-Hans")
    out = render(t, {"shipping_fee": Money(Decimal("12"), "CNY")}, "zh-Hans", "Asia/Shanghai")
    assert out.text == "运费¥12.00"


def test_unknown_time_zone_is_a_typed_error() -> None:
    with pytest.raises(ValidationFailed):
        render(tpl("ok {{ order_no }}"), {"order_no": "1"}, "en", "Nowhere/Town")


def test_deadline_renders_differently_for_buyers_in_different_zones() -> None:
    t = tpl("Pay by {{ pay_deadline }}")
    value = {"pay_deadline": datetime(2026, 5, 3, 23, 0, tzinfo=UTC)}
    assert render(t, value, "en", "Asia/Shanghai").text == "Pay by 4 May 2026, 07:00"
    assert render(t, value, "en", "America/New_York").text == "Pay by 3 May 2026, 19:00"
