from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kefu.errors import KefuError
from kefu.replies import Money, TrackingEvent, default_library, render
from kefu.replies.catalog import VARIABLES, VarKind

LIB = default_library()
LANGS = ("zh-Hans", "zh-Hant", "en", "es")

text_values = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["{{ x }}", "{% raw %}", "}}{{", "\u202e", "亲{{", "¥", "{#", ""]),
    st.integers(),
    st.none(),
    st.floats(allow_nan=True),
    st.booleans(),
)


def _value(kind: VarKind) -> st.SearchStrategy[Any]:
    if kind is VarKind.MONEY:
        return st.one_of(
            st.builds(
                Money,
                st.decimals(
                    allow_nan=False,
                    allow_infinity=False,
                    places=3,
                    min_value=Decimal("-1e9"),
                    max_value=Decimal("1e12"),
                ),
                st.sampled_from(["CNY", "USD", "EUR", "JPY", "BRL", "XAF"]),
            ),
            text_values,
        )
    if kind is VarKind.DATETIME:
        return st.one_of(st.datetimes(timezones=st.just(UTC)), st.datetimes(), text_values)
    if kind is VarKind.LIST:
        return st.one_of(st.lists(st.text(max_size=20), max_size=4), text_values)
    if kind is VarKind.EVENT:
        return st.one_of(
            st.builds(
                TrackingEvent,
                st.text(max_size=30),
                st.datetimes(timezones=st.just(UTC)),
                st.none() | st.text(max_size=10),
            ),
            text_values,
        )
    return text_values


variables = st.fixed_dictionaries({}, optional={n: _value(k) for n, k in VARIABLES.items()})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    template=st.sampled_from(LIB.templates),
    values=variables,
    tz=st.sampled_from(["Asia/Shanghai", "Europe/Madrid", "America/Lima", "Bad/Zone"]),
    lang=st.sampled_from(LANGS),
)
def test_rendering_arbitrary_values_raises_only_typed_errors_and_never_leaves_delimiters(
    template: Any, values: dict[str, Any], tz: str, lang: str
) -> None:
    try:
        out = render(template, values, lang, tz)
    except KefuError:
        return
    assert "{{" not in out.text and "}}" not in out.text and "{%" not in out.text
    assert out.text.strip() == out.text and out.text
    assert lang == template.lang or (lang == "zh-Hant" and template.lang == "zh-Hans")


@settings(max_examples=100, deadline=None)
@given(
    name=st.text(st.characters(categories=["L", "N", "P", "S"]), min_size=1, max_size=40),
    when=st.datetimes(timezones=st.just(UTC)),
)
def test_a_fully_filled_template_always_renders(name: str, when: datetime) -> None:
    template = LIB.get("payment_reminder.reclaim.es")
    values = {"items": [name], "pay_deadline": when}
    out = render(template, values, "es", "Europe/Madrid")
    assert "{{" not in out.text
