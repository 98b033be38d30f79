from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from kefu.errors import ValidationFailed
from kefu.replies import Money
from kefu.replies.formatting import format_datetime, format_list, format_money


@pytest.mark.parametrize(
    ("amount", "currency", "lang", "expected"),
    [
        ("199", "CNY", "zh-Hans", "¥199.00"),
        ("1234567.5", "CNY", "zh-Hans", "¥1,234,567.50"),
        ("1990", "TWD", "zh-Hant", "NT$1,990.00"),
        ("19.9", "USD", "en", "US$19.90"),
        ("199", "CNY", "en", "CN¥199.00"),
        ("19.90", "EUR", "es", "19,90 €"),
        ("1245.5", "EUR", "es", "1245,50 €"),  # Spanish groups only from five digits
        ("12345.5", "EUR", "es", "12.345,50 €"),
        ("459.9", "BRL", "pt", "R$ 459,90"),
        ("1459.9", "BRL", "pt", "R$ 1.459,90"),
        ("8990", "RUB", "ru", "8 990,00 ₽"),
        ("1500", "JPY", "en", "JP¥1,500"),
        ("-5.5", "EUR", "es", "-5,50 €"),
        ("10", "CHF", "en", "CHF 10.00"),
        ("0.005", "USD", "en", "US$0.01"),  # half-up, as a cashier rounds
    ],
)
def test_money_is_written_the_way_the_buyer_language_writes_it(
    amount: str, currency: str, lang: str, expected: str
) -> None:
    assert format_money(Money(Decimal(amount), currency), lang) == expected


def test_money_refuses_floats_and_bad_currency_codes() -> None:
    with pytest.raises(ValidationFailed):
        Money(19.9, "USD")  # type: ignore[arg-type]
    with pytest.raises(ValidationFailed):
        Money(Decimal("1"), "usd")
    with pytest.raises(ValidationFailed):
        Money(Decimal("NaN"), "USD")


DEADLINE = datetime(2026, 5, 3, 6, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lang", "tz", "expected"),
    [
        ("zh-Hans", "Asia/Shanghai", "2026年5月3日 14:30"),
        ("zh-Hant", "Asia/Taipei", "2026年5月3日 14:30"),
        ("en", "Europe/London", "3 May 2026, 07:30"),
        ("es", "Europe/Madrid", "3 de mayo de 2026, 08:30"),
        ("es", "America/Mexico_City", "3 de mayo de 2026, 00:30"),
        ("pt", "America/Sao_Paulo", "3 de maio de 2026, 03:30"),
        ("ru", "Europe/Moscow", "3 мая 2026 г., 09:30"),
    ],
)
def test_deadline_is_shown_in_the_buyer_zone_and_language(
    lang: str, tz: str, expected: str
) -> None:
    assert format_datetime(DEADLINE, lang, tz) == expected


def test_deadline_crossing_midnight_moves_the_date_for_the_buyer() -> None:
    late = datetime(2026, 12, 31, 20, 0, tzinfo=UTC)
    assert format_datetime(late, "zh-Hans", "Asia/Shanghai") == "2027年1月1日 04:00"
    assert format_datetime(late, "es", "America/Bogota") == "31 de diciembre de 2026, 15:00"


def test_naive_deadline_and_unknown_zone_are_refused() -> None:
    with pytest.raises(ValidationFailed):
        format_datetime(datetime(2026, 5, 3, 6, 30), "en", "UTC")
    with pytest.raises(ValidationFailed):
        format_datetime(DEADLINE, "en", "Mars/Olympus_Mons")


def test_item_lists_use_each_language_conjunction() -> None:
    assert format_list(["防水鞋", "速干袜"], "zh-Hans") == "防水鞋、速干袜"
    assert format_list(["boots", "socks", "laces"], "en") == "boots, socks and laces"
    assert format_list(["botas", "calcetines"], "es") == "botas y calcetines"
    assert format_list(["pantalón", "impermeable"], "es") == "pantalón e impermeable"
    assert format_list(["botas", "meias"], "pt") == "botas e meias"
    assert format_list(["ботинки", "носки"], "ru") == "ботинки и носки"
    assert format_list(["boots"], "en") == "boots"
