"""Entities in a buyer message: order and tracking numbers, sizes, colours, money, places, dates,
contact handles and links, each with its character span in the ORIGINAL text.

Pure: the word lists and carrier formats are versioned YAML files in `data/entities/`; no clock
(relative dates come back structured; `resolve_date` takes today's date as an argument).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from kefu.errors import ValidationFailed
from kefu.nlu.normalize import normalize

ENTITY_KINDS = (
    "order_number", "tracking_number", "size", "colour", "quantity", "amount", "destination",
    "date", "phone", "qq", "wechat", "whatsapp", "email", "url",
)  # fmt: skip

# Longer inputs are cut: entity extraction is for chat messages, and a 100 KB paste must not
# cost seconds. Spans stay exact because we only ever look at a prefix.
MAX_CHARS = 4000


@dataclass(frozen=True)
class Entity:
    """One entity found in a message. `start`/`end` index the original string."""

    kind: str
    value: str
    text: str
    start: int
    end: int
    extra: Mapping[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------
# Data files


def _load_yaml(name: str) -> dict[str, Any]:
    raw = resources.files("kefu.nlu").joinpath("data", "entities", name).read_text("utf-8")
    data = yaml.safe_load(raw)
    if not isinstance(data, dict) or data.get("version") != 1 or "source" not in data:
        raise ValidationFailed(f"entity data file {name} needs `version: 1` and a `source`")
    return data


def strip_accents(text: str) -> str:
    """Length-preserving accent fold: é → e, ñ → n (one character in, one out)."""
    out = []
    for ch in text:
        if ord(ch) < 0xC0 or not ch.isalpha():
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if base.isascii() else ch)
    return "".join(out)


def _alternation(words: list[str]) -> str:
    """Regex alternation, longest first so '快递单号' wins over '单号' at the same position."""
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in unique)


def _latin_or_cjk(word: str) -> str:
    """Latin words need word boundaries ('red' must not match 'reduce'); Chinese words cannot."""
    esc = re.escape(word)
    if word[:1].isascii() and word[:1].isalnum():
        esc = r"(?<![a-z0-9])" + esc
    if word[-1:].isascii() and word[-1:].isalnum():
        esc = esc + r"(?![a-z0-9])"
    return esc


def _string_list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationFailed(f"{where} must be a list of strings")
    return [strip_accents(v.lower()) for v in value]


@dataclass(frozen=True)
class _Carrier:
    id: str
    pattern: re.Pattern[str]
    self_identifying: bool


@dataclass(frozen=True)
class _Lexicon:
    carriers: tuple[_Carrier, ...]
    carrier_names: dict[str, str]
    carrier_name_re: re.Pattern[str]
    cue_re: re.Pattern[str]
    cue_kind: dict[str, str]
    colour_re: re.Pattern[str]
    colour_id: dict[str, str]
    place_re: re.Pattern[str]
    place_info: dict[str, tuple[str, str]]
    upper_only: frozenset[str]
    money_before_re: re.Pattern[str]
    money_after_re: re.Pattern[str]
    money_iso: dict[str, tuple[str, bool]]


_NUM = r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_CN_NUM = "零〇一二两三四五六七八九十百千万"


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    carriers_doc = _load_yaml("carriers.yaml")
    carriers: list[_Carrier] = []
    carrier_names: dict[str, str] = {}
    for item in carriers_doc["carriers"]:
        cid = str(item["id"])
        for name in _string_list(item.get("names", []), f"carrier {cid} names"):
            carrier_names.setdefault(name, cid)
        for pat in item["patterns"]:
            regex = re.compile(r"(?<![0-9a-z])(?:" + str(pat["regex"]) + r")(?![0-9a-z])")
            carriers.append(_Carrier(cid, regex, bool(pat["self_identifying"])))

    cues_doc = _load_yaml("context.yaml")
    cue_kind: dict[str, str] = {}
    for kind, words in cues_doc["cues"].items():
        for word in _string_list(words, f"cue {kind}"):
            cue_kind.setdefault(word, str(kind))

    colours_doc = _load_yaml("colours.yaml")
    colour_id: dict[str, str] = {}
    singles: list[str] = []
    for cid, langs in colours_doc["colours"].items():
        for lang, words in langs.items():
            for word in _string_list(words, f"colour {cid}.{lang}"):
                if lang == "zh_single":
                    singles.append(word)
                colour_id.setdefault(word, str(cid))
    multi = [w for w in colour_id if w not in singles]
    colour_pattern = "|".join(_latin_or_cjk(w) for w in sorted(multi, key=lambda w: -len(w)))
    # One-character Chinese colours only before a colour cue, never inside 明白 / 拉黑 / 黑名单.
    colour_pattern += (
        "|(?<![明坦空拉漂洗清雪抹])(?:"
        + "|".join(map(re.escape, singles))
        + r")(?=[色的款码号\dsmlx])"
    )

    places_doc = _load_yaml("places.yaml")
    place_info: dict[str, tuple[str, str]] = {}
    for section, kind in (("countries", "country"), ("cities", "city")):
        for iso, langs in places_doc[section].items():
            for lang, words in langs.items():
                for word in _string_list(words, f"{section} {iso}.{lang}"):
                    place_info.setdefault(word, (str(iso), kind))
    upper_only: set[str] = set()
    for iso, words in (places_doc.get("upper_only") or {}).items():
        for word in _string_list(words, f"upper_only {iso}"):
            place_info.setdefault(word, (str(iso), "country"))
            upper_only.add(word)
    place_pattern = "|".join(
        _latin_or_cjk(w) for w in sorted(place_info, key=lambda w: (-len(w), w))
    )

    money_doc = _load_yaml("currencies.yaml")
    money_iso: dict[str, tuple[str, bool]] = {}
    before: list[str] = []
    after: list[str] = []
    for item in money_doc["currencies"]:
        iso, ambiguous = str(item["iso"]), bool(item.get("ambiguous", False))
        for word in _string_list(item["before"], f"currency {iso}"):
            before.append(word)
            money_iso.setdefault("b:" + word, (iso, ambiguous))
        for word in _string_list(item["after"], f"currency {iso}"):
            after.append(word)
            money_iso.setdefault("a:" + word, (iso, ambiguous))
    before_alt = "|".join(re.escape(w) for w in sorted(set(before), key=lambda w: -len(w)))
    after_alt = "|".join(_latin_or_cjk(w) for w in sorted(set(after), key=lambda w: -len(w)))
    num = rf"(?:{_NUM}|[{_CN_NUM}]+)"
    return _Lexicon(
        carriers=tuple(carriers),
        carrier_names=carrier_names,
        carrier_name_re=re.compile(
            "|".join(_latin_or_cjk(w) for w in sorted(carrier_names, key=lambda w: -len(w)))
        ),
        cue_re=re.compile(
            "|".join(_latin_or_cjk(w) for w in sorted(cue_kind, key=lambda w: (-len(w), w)))
        ),
        cue_kind=cue_kind,
        colour_re=re.compile(colour_pattern),
        colour_id=colour_id,
        place_re=re.compile(place_pattern),
        place_info=place_info,
        upper_only=frozenset(upper_only),
        money_before_re=re.compile(
            rf"(?<![a-z0-9])(?P<cur>{before_alt})\s?(?P<num>{_NUM})(?![\d])"
        ),
        money_after_re=re.compile(rf"(?<![\d.,])(?P<num>{num})\s?(?P<cur>{after_alt})"),
        money_iso=money_iso,
    )


# --------------------------------------------------------------------------------------------
# Candidates and overlap resolution

# Higher wins an overlap; a longer span wins between equals.
_PRIORITY = {
    "url": 100, "email": 95, "handle": 90, "tracking_strong": 85, "order_explicit": 80,
    "phone": 75, "number": 70, "amount": 60, "date": 55, "size": 50, "quantity": 45,
    "colour": 40, "destination": 35,
}  # fmt: skip


@dataclass(frozen=True)
class _Cand:
    priority: int
    start: int
    end: int
    kind: str
    value: str
    extra: dict[str, Any]


def _resolve(cands: list[_Cand]) -> list[_Cand]:
    chosen: list[_Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if c.end <= c.start:
            continue
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: (c.start, c.end))


# --------------------------------------------------------------------------------------------
# Numbers: order, tracking, phone and handles


class _Cues:
    """Cue words found in a message, to classify a bare number by the nearest one."""

    def __init__(self, text: str, lex: _Lexicon) -> None:
        self.hits = [
            (m.start(), m.end(), lex.cue_kind[m.group()]) for m in lex.cue_re.finditer(text)
        ]
        self.carriers = [
            (m.start(), m.end(), lex.carrier_names[m.group()])
            for m in lex.carrier_name_re.finditer(text)
        ]

    def nearest(self, start: int, end: int, back: int = 24, ahead: int = 10) -> str | None:
        before = [h for h in self.hits if h[1] <= start and start - h[1] <= back]
        if before:
            return max(before, key=lambda h: h[1])[2]
        after = [h for h in self.hits if h[0] >= end and h[0] - end <= ahead]
        if after:
            return min(after, key=lambda h: h[0])[2]
        return None

    def carrier(self, start: int, end: int, back: int = 24, ahead: int = 10) -> str | None:
        near = [
            c
            for c in self.carriers
            if (c[1] <= start and start - c[1] <= back) or (c[0] >= end and c[0] - end <= ahead)
        ]
        if not near:
            return None
        return min(near, key=lambda c: min(abs(start - c[1]), abs(c[0] - end)))[2]


def _order_platform(digits: str) -> str:
    n = len(digits)
    if n in (18, 19):
        return "taobao"
    if n == 16:
        return "aliexpress"
    if n in (10, 11, 12):
        return "jd"
    return "unknown"


def _guess_carrier(number: str, lex: _Lexicon) -> str | None:
    for carrier in lex.carriers:
        if carrier.pattern.fullmatch(number):
            return carrier.id
    return None


_DIGIT_RUN = re.compile(r"(?<![0-9a-z.,/#+$¥€£-])\d{4,30}(?![0-9a-z]|[.,]\d)")
_SPACED_DIGITS = re.compile(r"(?<![\d+])\d{2,4}(?:[ -]\d{2,4}){2,4}(?![\d])")


def _number_candidates(text: str, cues: _Cues, lex: _Lexicon) -> Iterator[_Cand]:
    for m in _DIGIT_RUN.finditer(text):
        digits, n = m.group(), len(m.group())
        cue = cues.nearest(m.start(), m.end())
        carrier = cues.carrier(m.start(), m.end())
        prio = _PRIORITY["number"]
        if cue == "order" and n >= 4:
            yield _Cand(prio + 5, m.start(), m.end(), "order_number", digits,
                        {"platform": _order_platform(digits), "by": "context"})  # fmt: skip
        elif (cue == "tracking" or carrier) and 8 <= n <= 30:
            guess = carrier or _guess_carrier(digits, lex)
            yield _Cand(prio + 5, m.start(), m.end(), "tracking_number", digits,
                        {"carrier": guess or "unknown", "by": "context"})  # fmt: skip
        elif cue in ("phone", "whatsapp") and 7 <= n <= 15:
            yield _Cand(prio + 5, m.start(), m.end(), "phone" if cue == "phone" else "whatsapp",
                        _phone_value(digits), {"by": "context"})  # fmt: skip
        elif cue == "qq" and 5 <= n <= 11 and digits[0] != "0":
            yield _Cand(prio + 5, m.start(), m.end(), "qq", digits, {"by": "context"})
        elif cue == "wechat" and 5 <= n <= 20:
            yield _Cand(prio + 5, m.start(), m.end(), "wechat", digits, {"by": "context"})
        elif n == 11 and re.fullmatch(r"1[3-9]\d{9}", digits):
            yield _Cand(prio, m.start(), m.end(), "phone", _phone_value(digits),
                        {"country": "CN", "by": "shape"})  # fmt: skip
        elif n in (16, 18, 19):
            yield _Cand(prio, m.start(), m.end(), "order_number", digits,
                        {"platform": _order_platform(digits), "by": "shape", "ambiguous": True})  # fmt: skip
        elif 12 <= n <= 15 and (guess := _guess_carrier(digits, lex)) is not None:
            yield _Cand(prio - 5, m.start(), m.end(), "tracking_number", digits,
                        {"carrier": guess, "by": "shape", "ambiguous": True})  # fmt: skip
    for m in _SPACED_DIGITS.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        cue = cues.nearest(m.start(), m.end())
        if cue in ("phone", "whatsapp", "wechat") and 7 <= len(digits) <= 15:
            kind = "phone" if cue == "phone" else cue
            yield _Cand(_PRIORITY["phone"], m.start(), m.end(), kind, _phone_value(digits),
                        {"by": "context"})  # fmt: skip
        elif re.fullmatch(r"1[3-9]\d{9}", digits):
            yield _Cand(_PRIORITY["phone"], m.start(), m.end(), "phone", _phone_value(digits),
                        {"country": "CN", "by": "shape"})  # fmt: skip


def _phone_value(digits: str) -> str:
    digits = re.sub(r"[^\d+]", "", digits)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not digits.startswith("+") and len(digits) == 11 and re.fullmatch(r"1[3-9]\d{9}", digits):
        return "+86" + digits
    return digits


_INTL_PHONE = re.compile(
    r"(?<![\w+])(?:\+|00)\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,5}){1,4}(?!\d)"
)
_US_PHONE = re.compile(r"(?<!\d)\(\d{3}\)\s?\d{3}-\d{4}(?!\d)|(?<![\d-])\d{3}-\d{3}-\d{4}(?![\d-])")
_SHOPIFY = re.compile(r"#\s?(?P<id>[a-z]{0,4}\d{3,12})(?![0-9a-z])")
_HANDLE_SEP = r"\s*(?:号|号码|id)?\s*(?:是|为|:|=|#)?\s*"
_WECHAT_ID = re.compile(
    r"(?:微信|v信|威信|薇信|维信|(?<![a-z])vx|(?<![a-z])wx|weixin|wechat|加v|\+v|➕v)"
    + _HANDLE_SEP
    + r"(?P<id>[a-z][-_a-z0-9]{5,19}|\+?\d[\d -]{4,16}\d)(?![-_a-z0-9])"
)
_QQ_ID = re.compile(
    r"(?:(?<![a-z])qq|扣扣|企鹅|(?<![a-z])q号)" + _HANDLE_SEP + r"(?P<id>[1-9]\d{4,10})(?!\d)"
)
_WHATSAPP = re.compile(
    r"(?:whats\s?app|whatsap|wasap|guasap|(?<![a-z])wsp|(?<![a-z])wpp)"
    + r"\s*(?:number|numero|no\.?)?\s*(?:es|is|:|=)?\s*"
    + r"(?P<id>\+?\d[\d -]{6,16}\d)(?!\d)"
)
_EMAIL = re.compile(r"(?<![\w.+-])[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}")
_EMAIL_OBFUSCATED = re.compile(
    r"(?<![\w.])(?P<user>[a-z0-9][a-z0-9._-]*)\s*(?:\(at\)|\[at\]|\{at\}|艾特|#)\s*"
    r"(?P<dom>[a-z0-9-]+)\s*(?:\.|\(dot\)|\[dot\]|点)\s*(?P<tld>[a-z]{2,}(?:\.[a-z]{2,})?)(?![a-z])"
)
# `normalize` squeezes repeated punctuation, so "https://" may arrive as "https:/".
_URL = re.compile(r"(?:https?:/+|www\.)[^\s<>\"'，。！？、；（）【】]+")
_BARE_DOMAIN = re.compile(
    r"(?<![\w@.-])(?:[a-z0-9-]+\.)+(?:com|cn|net|org|es|mx|br|io|shop|store|co|me|ly|tk|app)"
    r"(?:/[^\s<>\"'，。！？、；（）【】]*)?(?![a-z0-9])"
)


def _contact_candidates(text: str) -> Iterator[_Cand]:
    for m in _URL.finditer(text):
        url = m.group().rstrip(".,;:!?)]}'\"")
        yield _Cand(_PRIORITY["url"], m.start(), m.start() + len(url), "url", url, {})
    for m in _BARE_DOMAIN.finditer(text):
        url = m.group().rstrip(".,;:!?)]}'\"")
        # Below e-mail: "juan(at)gmail.com" is an address, not a link to gmail.com.
        yield _Cand(_PRIORITY["email"] - 2, m.start(), m.start() + len(url), "url", url, {})
    for m in _EMAIL.finditer(text):
        yield _Cand(_PRIORITY["email"], m.start(), m.end(), "email", m.group(), {})
    for m in _EMAIL_OBFUSCATED.finditer(text):
        value = f"{m.group('user')}@{m.group('dom')}.{m.group('tld')}"
        yield _Cand(
            _PRIORITY["email"] - 1, m.start(), m.end(), "email", value, {"obfuscated": True}
        )
    for regex, kind in ((_WECHAT_ID, "wechat"), (_QQ_ID, "qq"), (_WHATSAPP, "whatsapp")):
        for m in regex.finditer(text):
            raw = m.group("id")
            value = _phone_value(raw) if kind == "whatsapp" else re.sub(r"[ -]", "", raw)
            if kind == "wechat" and raw[:1].isalpha():
                value = raw
            yield _Cand(_PRIORITY["handle"], m.start("id"), m.end("id"), kind, value,
                        {"cue": text[m.start() : m.start("id")].strip()})  # fmt: skip
    for m in _INTL_PHONE.finditer(text):
        digits = _phone_value(m.group())
        if 8 <= len(digits) - 1 <= 15:
            yield _Cand(_PRIORITY["phone"], m.start(), m.end(), "phone", digits, {"by": "shape"})
    for m in _US_PHONE.finditer(text):
        yield _Cand(_PRIORITY["phone"], m.start(), m.end(), "phone", _phone_value(m.group()),
                    {"country": "US", "by": "shape"})  # fmt: skip


def _code_candidates(text: str, cues: _Cues, lex: _Lexicon) -> Iterator[_Cand]:
    for carrier in lex.carriers:
        for m in carrier.pattern.finditer(text):
            near = cues.carrier(m.start(), m.end())
            if carrier.self_identifying:
                extra: dict[str, Any] = {"carrier": near or carrier.id, "by": "format"}
                if carrier.id == "upu_s10":
                    extra["origin_country"] = m.group()[-2:].upper()
                yield _Cand(_PRIORITY["tracking_strong"], m.start(), m.end(), "tracking_number",
                            m.group().upper(), extra)  # fmt: skip
    for m in _SHOPIFY.finditer(text):
        cue = cues.nearest(m.start(), m.end())
        if cue in (None, "order"):
            yield _Cand(_PRIORITY["order_explicit"], m.start(), m.end(), "order_number",
                        "#" + m.group("id").upper(), {"platform": "shopify", "by": "format"})  # fmt: skip


# --------------------------------------------------------------------------------------------
# Money, sizes, quantities, colours and places


def parse_decimal(raw: str, iso: str | None = None) -> Decimal | None:
    """'1.299,50' / '1,299.50' / '12,5' / '三百五' → Decimal. None when it is no number."""
    raw = raw.strip()
    if raw and raw[0] in _CN_NUM:
        value = parse_chinese_number(raw)
        return Decimal(value) if value is not None else None
    if "," in raw and "." in raw:
        dec = "," if raw.rfind(",") > raw.rfind(".") else "."
        grp = "." if dec == "," else ","
        raw = raw.replace(grp, "").replace(dec, ".")
    elif "," in raw:
        head, _, tail = raw.rpartition(",")
        raw = raw.replace(",", "") if len(tail) == 3 else head.replace(",", "") + "." + tail
    elif "." in raw:
        parts = raw.split(".")
        # '1.299 pesos' is a thousand; '12.99 USD' is cents. Euro-style currencies group with dots.
        euro_style = iso in {"EUR", "MXN", "BRL", "ARS", "CLP", "COP"}
        if len(parts) > 2 or (len(parts[-1]) == 3 and euro_style):
            raw = raw.replace(".", "")
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}  # fmt: skip
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def parse_chinese_number(raw: str) -> int | None:
    """一 → 1, 十二 → 12, 两千五 → 2500, 三百零五 → 305; None when not a number."""
    if not raw or any(c not in _CN_DIGITS and c not in _CN_UNITS for c in raw):
        return None
    total, section, digit, last_unit, zero = 0, 0, None, 1, False
    for ch in raw:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
            zero = zero or digit == 0
        else:
            unit = _CN_UNITS[ch]
            if unit == 10000:
                total += (section + (digit or 0)) * unit
                section, digit, last_unit = 0, None, 10000
                continue
            section += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
    if digit is not None:
        # '两千五' means 2500: a trailing digit counts in the unit below the last one.
        # ('三百零五' is 305: after 零 the digit is a plain unit.)
        scale = last_unit // 10 if last_unit >= 100 and len(raw) > 2 and not zero else 1
        section += digit * scale
    return total + section


def _money_candidates(text: str, lex: _Lexicon) -> Iterator[_Cand]:
    for regex, side in ((lex.money_before_re, "b:"), (lex.money_after_re, "a:")):
        for m in regex.finditer(text):
            iso, ambiguous = lex.money_iso[side + m.group("cur")]
            raw = m.group("num")
            if raw in ("一", "两") and m.group("cur") == "块":
                continue  # 一块 / 两块 also mean "together" / "two pieces" in chat
            amount = parse_decimal(raw, iso)
            if amount is None:
                continue
            extra: dict[str, Any] = {"amount": amount, "currency": iso}
            if ambiguous:
                extra["ambiguous_currency"] = True
            yield _Cand(_PRIORITY["amount"], m.start(), m.end(), "amount", f"{amount} {iso}", extra)


_SIZE_NUM = r"\d{1,2}(?:[.,]5)?"
_SIZE_SYS = re.compile(
    rf"(?<![a-z0-9])(?P<sys>eur|eu|us|uk|cn|jp|br|mx)\s?(?P<n>{_SIZE_NUM})(?![\d.,]*\d)"
    rf"|(?<![\d.,])(?P<n2>{_SIZE_NUM})\s?(?P<sys2>eur|eu|us|uk|europeo|europea|europeu)(?![a-z])"
)
_SIZE_MA = re.compile(rf"(?<![\d.,])(?P<n>{_SIZE_NUM}|\d{{3}}|[{_CN_NUM}]{{2,4}})\s?(?:码|号)")
_SIZE_CUE = re.compile(
    rf"(?:尺码|鞋码|码数|尺寸|size|talla|taille|tamanho|numero|calzo|穿|拿)\s*(?:是|为|:|es|de)?\s*"
    rf"(?P<n>{_SIZE_NUM}|xxxl|xxl|xl|xs|xxs|[2-5]xl|s|m|l)(?![a-z0-9])"
)
_SIZE_LETTER = re.compile(r"(?<![a-z0-9])(?P<n>xxxxl|xxxl|xxl|xl|xs|xxs|[2-5]xl|[sml])(?=码|号)|"
                          r"(?<![a-z0-9.])(?P<n2>xxxxl|xxxl|xxl|xl|xs|xxs|[2-5]xl)(?![a-z0-9])")  # fmt: skip
_FOOT_CM = re.compile(
    r"(?<![\d.,])(?P<n>\d{2}(?:[.,]\d)?)\s?(?:cm|cms|厘米|公分|centimetros)(?![a-z])"
    r"|(?<![\d.,])(?P<mm>\d{3})\s?mm(?![a-z])"
    r"|(?:脚长|foot length|largo del pie|longitud del pie)\s*(?:是|:|de)?\s*(?P<n2>\d{2}(?:[.,]\d)?)(?:\s?(?:cm|厘米|公分))?"
)
_ONE_SIZE = re.compile(r"均码|one size|talla unica|tamanho unico|free size")


def _size_value(system: str, raw: str) -> tuple[str, dict[str, Any]]:
    raw = raw.replace(",", ".")
    return f"{system} {raw.upper()}", {"system": system, "size": raw.upper()}


def _size_candidates(text: str) -> Iterator[_Cand]:
    prio = _PRIORITY["size"]
    for m in _SIZE_SYS.finditer(text):
        system = (m.group("sys") or m.group("sys2")).upper()
        system = "EU" if system.startswith("EU") else system
        raw = m.group("n") or m.group("n2")
        value, extra = _size_value(system, raw)
        yield _Cand(prio + 2, m.start(), m.end(), "size", value, extra)
    for m in _SIZE_MA.finditer(text):
        raw = m.group("n")
        number = Decimal(raw.replace(",", ".")) if raw[0].isdigit() else parse_chinese_number(raw)
        if number is None:
            continue
        if 15 <= number <= 50:
            # In Chinese shops 码 for shoes follows the EU scale.
            value, extra = _size_value("EU", str(number))
        elif 200 <= number <= 320:
            value, extra = _size_value("CM", str(Decimal(number) / 10))
        else:
            continue
        yield _Cand(prio + 1, m.start(), m.end(), "size", value, extra)
    for m in _SIZE_CUE.finditer(text):
        raw = m.group("n")
        if raw[0].isdigit():
            number = Decimal(raw.replace(",", "."))
            system = "EU" if 30 <= number <= 50 else ("US/UK" if number <= 16 else "")
            if not system:
                continue
            value, extra = _size_value(system, raw)
        else:
            value, extra = raw.upper(), {"system": "letter", "size": raw.upper()}
        yield _Cand(prio, m.start("n"), m.end("n"), "size", value, extra)
    for m in _SIZE_LETTER.finditer(text):
        raw = (m.group("n") or m.group("n2")).upper()
        start, end = m.span("n") if m.group("n") else m.span("n2")
        yield _Cand(prio, start, end, "size", raw, {"system": "letter", "size": raw})
    for m in _FOOT_CM.finditer(text):
        if m.group("mm"):
            cm = Decimal(m.group("mm")) / 10
        else:
            cm = Decimal((m.group("n") or m.group("n2")).replace(",", "."))
        if 12 <= cm <= 32:
            value, extra = _size_value("CM", str(cm))
            yield _Cand(prio + 1, m.start(), m.end(), "size", value, {**extra, "foot_length": True})
    for m in _ONE_SIZE.finditer(text):
        yield _Cand(prio, m.start(), m.end(), "size", "ONE SIZE", {"system": "letter"})


_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "un": 1, "una": 1, "uno": 1, "dos": 2,
    "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "doce": 12, "um": 1, "uma": 1, "dois": 2, "duas": 2,
}  # fmt: skip
_UNIT_WORDS = {
    "双": "pair", "对": "pair", "副": "pair", "件": "piece", "个": "piece", "条": "piece",
    "只": "piece", "顶": "piece", "盒": "box", "箱": "box", "套": "set", "包": "pack",
    "瓶": "bottle", "份": "portion", "打": "dozen",
    "pair": "pair", "pairs": "pair", "pcs": "piece", "pc": "piece", "piece": "piece",
    "pieces": "piece", "unit": "piece", "units": "piece", "item": "piece", "items": "piece",
    "box": "box", "boxes": "box", "set": "set", "sets": "set", "pack": "pack", "packs": "pack",
    "dozen": "dozen", "par": "pair", "pares": "pair", "unidad": "piece", "unidades": "piece",
    "pieza": "piece", "piezas": "piece", "caja": "box", "cajas": "box", "juego": "set",
    "juegos": "set", "paquete": "pack", "paquetes": "pack", "peca": "piece", "pecas": "piece",
    "caixa": "box", "caixas": "box",
}  # fmt: skip
_ENGLISH_UNITS = frozenset(
    [
        "pair",
        "pairs",
        "pcs",
        "pc",
        "piece",
        "pieces",
        "unit",
        "units",
        "item",
        "items",
        "box",
        "boxes",
        "set",
        "sets",
        "pack",
        "packs",
        "dozen",
    ]
)
_ZH_UNITS = "".join(u for u in _UNIT_WORDS if not u.isascii())
_LATIN_UNITS = "|".join(sorted((u for u in _UNIT_WORDS if u.isascii()), key=len, reverse=True))
# "一个礼拜" / "两个月" are durations, not quantities.
_QTY_ZH = re.compile(
    rf"(?<![第\d.,])(?P<n>\d{{1,4}}|[{_CN_NUM}]{{1,3}})\s?(?P<u>[{_ZH_UNITS}])"
    r"(?!礼拜|星期|月|小时|钟头|多月|多星期|工作日)"
)
_QTY_LATIN = re.compile(
    rf"(?<![a-z0-9.,])(?P<n>\d{{1,4}}|{'|'.join(_WORD_NUMBERS)}|a couple of)\s+(?:more\s+)?"
    rf"(?P<u>{_LATIN_UNITS})(?![a-z])"
)
_QTY_X = re.compile(
    r"(?<![a-z0-9])x\s?(?P<n>\d{1,3})(?![\d.])|(?<![\d.])(?P<n2>\d{1,3})\s?x(?![a-z0-9])"
)


def _quantity_candidates(text: str) -> Iterator[_Cand]:
    prio = _PRIORITY["quantity"]
    for m in _QTY_ZH.finditer(text):
        raw = m.group("n")
        count = int(raw) if raw.isdigit() else parse_chinese_number(raw)
        if count is None or count == 0:
            continue
        unit = _UNIT_WORDS[m.group("u")]
        yield _Cand(
            prio, m.start(), m.end(), "quantity", str(count), {"count": count, "unit": unit}
        )
    for m in _QTY_LATIN.finditer(text):
        raw = m.group("n")
        count = int(raw) if raw.isdigit() else (2 if raw == "a couple of" else _WORD_NUMBERS[raw])
        unit = _UNIT_WORDS[m.group("u")]
        if raw in ("a", "an") and m.group("u") not in _ENGLISH_UNITS:
            continue  # Spanish "a juego" (matching), not "a set"
        if count == 0:
            continue
        yield _Cand(
            prio, m.start(), m.end(), "quantity", str(count), {"count": count, "unit": unit}
        )
    for m in _QTY_X.finditer(text):
        count = int(m.group("n") or m.group("n2"))
        if count:
            yield _Cand(prio - 1, m.start(), m.end(), "quantity", str(count),
                        {"count": count, "unit": "piece"})  # fmt: skip


def _lexicon_candidates(text: str, lex: _Lexicon) -> Iterator[_Cand]:
    for m in lex.colour_re.finditer(text):
        cid = lex.colour_id[m.group()]
        yield _Cand(_PRIORITY["colour"], m.start(), m.end(), "colour", cid, {})
    for m in lex.place_re.finditer(text):
        iso, kind = lex.place_info[m.group()]
        extra: dict[str, Any] = {"place": kind, "country": iso}
        if m.group() in lex.upper_only:
            extra["_upper_only"] = True
        yield _Cand(_PRIORITY["destination"], m.start(), m.end(), "destination", iso, extra)


# --------------------------------------------------------------------------------------------
# Public API


def extract(text: str) -> list[Entity]:
    """All entities in `text`, in reading order, spans pointing into `text` itself."""
    from kefu.nlu.entity_dates import date_candidates

    if not text or text.isspace():
        return []
    original = text[:MAX_CHARS]
    norm = normalize(original)
    folded = strip_accents(norm.text_for_matching)
    lex = _lexicon()
    cues = _Cues(folded, lex)
    cands: list[_Cand] = []
    producers: tuple[Callable[[], Iterator[_Cand]], ...] = (
        lambda: _contact_candidates(folded),
        lambda: _code_candidates(folded, cues, lex),
        lambda: _number_candidates(folded, cues, lex),
        lambda: _money_candidates(folded, lex),
        lambda: _size_candidates(folded),
        lambda: _quantity_candidates(folded),
        lambda: _lexicon_candidates(folded, lex),
        lambda: (
            _Cand(_PRIORITY["date"], s, e, "date", v, x) for s, e, v, x in date_candidates(folded)
        ),
    )
    for produce in producers:
        cands.extend(produce())
    out: list[Entity] = []

    def written_in_capitals(c: _Cand) -> bool:
        start, end = norm.span_in_original(c.start, c.end)
        return original[start:end].isupper()

    kept = [c for c in cands if not c.extra.pop("_upper_only", False) or written_in_capitals(c)]
    for c in _resolve(kept):
        start, end = norm.span_in_original(c.start, c.end)
        if start >= end:
            continue
        value = c.value
        if c.kind == "url":
            # Paths are case-sensitive: the link's value is the buyer's own text, width-folded.
            value = unicodedata.normalize("NFKC", original[start:end])
        out.append(Entity(c.kind, value, original[start:end], start, end, c.extra))
    return out


def extract_kind(text: str, kind: str) -> list[Entity]:
    """Only the entities of one kind (e.g. all `order_number`s)."""
    if kind not in ENTITY_KINDS:
        raise ValidationFailed(f"unknown entity kind {kind!r}", known=list(ENTITY_KINDS))
    return [e for e in extract(text) if e.kind == kind]


def resolve_date(entity: Entity, today: date) -> date | None:
    """The calendar date a `date` entity means, seen from `today` (the caller's clock)."""
    from kefu.nlu.entity_dates import resolve

    if entity.kind != "date":
        raise ValidationFailed(f"resolve_date needs a date entity, got {entity.kind!r}")
    return resolve(entity.extra, today)


__all__ = [
    "ENTITY_KINDS", "Entity", "extract", "extract_kind", "parse_chinese_number", "parse_decimal",
    "resolve_date",
]  # fmt: skip
