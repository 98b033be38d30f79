"""Locale formatting for reply variables: money, deadlines, tracking events and item lists.

Pure functions. Buyers read amounts and dates the way their language writes them (``¥199.00``,
``US$19.90``, ``19,90 €``) and deadlines in their own time zone, never the server's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kefu.errors import ValidationFailed

LANGS: tuple[str, ...] = ("zh-Hans", "zh-Hant", "en", "es", "pt", "ru")

# Currencies without minor units in everyday prices.
_ZERO_DECIMALS = frozenset({"JPY", "KRW", "CLP", "COP", "VND"})

# Symbols per language family. A currency missing here is written with its ISO code, which is
# unambiguous in every language (better than guessing "$" for a peso or a dollar).
_SYMBOLS: dict[str, dict[str, str]] = {
    "zh": {
        "CNY": "¥",
        "USD": "US$",
        "EUR": "€",
        "GBP": "£",
        "HKD": "HK$",
        "TWD": "NT$",
        "JPY": "JP¥",
        "RUB": "₽",
        "BRL": "R$",
        "MXN": "MX$",
    },
    "en": {
        "CNY": "CN¥",
        "USD": "US$",
        "EUR": "€",
        "GBP": "£",
        "HKD": "HK$",
        "TWD": "NT$",
        "JPY": "JP¥",
        "RUB": "RUB ",
        "BRL": "R$",
        "MXN": "MX$",
        "AUD": "A$",
        "CAD": "CA$",
    },
    "es": {
        "CNY": "CNY",
        "USD": "US$",
        "EUR": "€",
        "GBP": "GBP",
        "MXN": "MXN",
        "RUB": "RUB",
        "BRL": "BRL",
        "JPY": "JPY",
        "HKD": "HKD",
        "TWD": "TWD",
    },
    "pt": {
        "CNY": "CN¥",
        "USD": "US$",
        "EUR": "€",
        "GBP": "£",
        "BRL": "R$",
        "JPY": "JP¥",
        "RUB": "RUB",
        "MXN": "MX$",
    },
    "ru": {
        "CNY": "CN¥",
        "USD": "$",
        "EUR": "€",
        "GBP": "£",
        "RUB": "₽",
        "BRL": "R$",
        "JPY": "¥",
        "MXN": "MXN",
    },
}


@dataclass(frozen=True)
class Money:
    """An exact amount with its ISO 4217 currency; floats are refused at construction."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise ValidationFailed(
                f"money amount must be a Decimal, got {type(self.amount).__name__}",
                amount=repr(self.amount),
            )
        if not self.amount.is_finite():
            raise ValidationFailed("money amount must be finite", amount=str(self.amount))
        code = self.currency
        if not (isinstance(code, str) and len(code) == 3 and code.isascii() and code.isupper()):
            raise ValidationFailed(f"currency must be an ISO 4217 code, got {code!r}")


@dataclass(frozen=True)
class TrackingEvent:
    """The latest carrier scan as the buyer should read it."""

    description: str
    at: datetime
    location: str | None = None


def _family(lang: str) -> str:
    if lang not in LANGS:
        raise ValidationFailed(f"unsupported reply language {lang!r}", supported=list(LANGS))
    return "zh" if lang.startswith("zh") else lang


def resolve_tz(tz: str | tzinfo) -> tzinfo:
    if isinstance(tz, tzinfo):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ValidationFailed(f"unknown time zone {tz!r}") from exc


def _group(digits: str, sep: str, min_grouping: int = 1) -> str:
    # CLDR's minimumGroupingDigits: Spanish writes 1234 but 12.345.
    if len(digits) < 3 + min_grouping:
        return digits
    parts = []
    while len(digits) > 3:
        parts.append(digits[-3:])
        digits = digits[:-3]
    parts.append(digits)
    return sep.join(reversed(parts))


def format_money(money: Money, lang: str) -> str:
    family = _family(lang)
    places = 0 if money.currency in _ZERO_DECIMALS else 2
    try:
        quantum = Decimal(1).scaleb(-places)
        value = money.amount.quantize(quantum, rounding=ROUND_HALF_UP)
    except InvalidOperation as exc:
        raise ValidationFailed(
            "money amount is too large to format", amount=str(money.amount)
        ) from exc
    sign = "-" if value < 0 else ""
    integer, _, fraction = f"{abs(value):f}".partition(".")
    symbol = _SYMBOLS[family].get(money.currency)
    if family in ("zh", "en"):
        number = _group(integer, ",") + (f".{fraction}" if places else "")
        if symbol is None:
            return f"{sign}{money.currency} {number}"
        return f"{sign}{symbol}{number}"
    if family == "es":
        number = _group(integer, ".", min_grouping=2) + (f",{fraction}" if places else "")
        return f"{sign}{number} {symbol or money.currency}"
    if family == "pt":
        number = _group(integer, ".") + (f",{fraction}" if places else "")
        return f"{sign}{symbol or money.currency} {number}"
    number = _group(integer, " ") + (f",{fraction}" if places else "")
    return f"{sign}{number} {symbol or money.currency}"


_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    # Russian dates use the genitive month: "3 мая".
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
}


def format_datetime(value: datetime, lang: str, tz: str | tzinfo) -> str:
    """A deadline as the buyer reads it: in their zone, their language, 24-hour clock."""
    family = _family(lang)
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationFailed(f"deadline {value.isoformat()} is naive; attach a time zone")
    local = value.astimezone(resolve_tz(tz))
    hm = f"{local.hour:02d}:{local.minute:02d}"
    if family == "zh":
        return f"{local.year}年{local.month}月{local.day}日 {hm}"
    month = _MONTHS[family][local.month - 1]
    if family == "en":
        return f"{local.day} {month} {local.year}, {hm}"
    if family == "ru":
        return f"{local.day} {month} {local.year} г., {hm}"
    return f"{local.day} de {month} de {local.year}, {hm}"


_AND = {"en": "and", "es": "y", "pt": "e", "ru": "и"}


def format_list(items: Sequence[str], lang: str) -> str:
    family = _family(lang)
    values = [item for item in items if item]
    if family == "zh":
        return "、".join(values)
    if len(values) <= 1:
        return "".join(values)
    conjunction = _AND[family]
    if family == "es" and values[-1][:1].lower() == "i" and values[-1][:2].lower() != "hi":
        conjunction = "e"  # Spanish "y" becomes "e" before an /i/ sound: "pantalón e impermeable"
    return f"{', '.join(values[:-1])} {conjunction} {values[-1]}"


def format_event(event: TrackingEvent, lang: str, tz: str | tzinfo) -> str:
    family = _family(lang)
    when = format_datetime(event.at, lang, tz)
    if family == "zh":
        place = f" {event.location}" if event.location else ""
        return f"{when}{place}：{event.description}"
    place = f" ({event.location})" if event.location else ""
    return f"{when}{place}: {event.description}"
