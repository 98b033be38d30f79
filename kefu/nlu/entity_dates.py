"""Dates in buyer chat (明天, 下周一, 5月3号, "next monday", "el lunes", 3/5), kept relative.

Used by `kefu.nlu.entities`. Input is the normalised, accent-folded text. Nothing here reads a
clock: an expression comes back as a structured relative form, and `resolve` turns it into a
calendar date from a `today` the caller passes in.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from typing import Any

DateCandidate = tuple[int, int, str, dict[str, Any]]

_WEEKDAYS_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5,
                "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6}  # fmt: skip
_WEEKDAYS_LATIN = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6, "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sabado": 5, "domingo": 6, "segunda": 0, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4,
}  # fmt: skip
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12, "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
    "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}  # fmt: skip
_RELATIVE_DAYS = {
    "今天": 0, "今日": 0, "今晚": 0, "明天": 1, "明日": 1, "明早": 1, "明晚": 1, "后天": 2,
    "大后天": 3, "昨天": -1, "前天": -2, "today": 0, "tonight": 0, "tomorrow": 1,
    "yesterday": -1, "the day after tomorrow": 2, "day after tomorrow": 2, "hoy": 0,
    "manana": 1, "pasado manana": 2, "ayer": -1, "anteayer": -2, "hoje": 0, "amanha": 1,
    "ontem": -1,
}  # fmt: skip
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
                 "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                 "十": 10}  # fmt: skip

_B = r"(?<![a-z0-9])"
_E = r"(?![a-z0-9])"
_LATIN_WD = "|".join(sorted(_WEEKDAYS_LATIN, key=len, reverse=True))
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMW = "|".join(sorted((w for w in _NUMBER_WORDS if w.isascii()), key=len, reverse=True))

_REL_DAYS = re.compile(
    "|".join(
        (_B + re.escape(w) + _E) if w.isascii() else re.escape(w)
        for w in sorted(_RELATIVE_DAYS, key=len, reverse=True)
    )
)
_ZH_WEEKDAY = re.compile(
    r"(?P<mod>下下|下个|下|这个|这|本|上个|上)?(?:周|星期|礼拜)(?P<d>[一二三四五六日天末1-7])"
)
_LATIN_WEEKDAY = re.compile(
    rf"{_B}(?:(?P<pre>next|this|last|on|el|este|proximo|pasado|la proxima|na|no|proxima)\s+)?"
    rf"(?:(?P<pre2>proximo|next)\s+)?(?P<d>{_LATIN_WD})(?:-feira)?"
    rf"(?:\s+(?P<post>que viene|proximo|next week))?{_E}"
)
_ZH_MONTH_DAY = re.compile(
    r"(?<![\d])(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})(?:号|日)?"
)
_ZH_DAY_ONLY = re.compile(
    r"(?<![\d.月])(?P<d>\d{1,2})(?:号|日)(?=前|之前|以前|左右|那天|发|到|能|上午|下午|晚上|早上|再|送)"
)
_LATIN_MONTH_DAY = re.compile(
    rf"{_B}(?P<m>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_E}"
    rf"|{_B}(?:el\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?P<m2>{_MONTH_ALT}){_E}"
)
_ISO_DATE = re.compile(
    r"(?<!\d)(?P<y>20\d{2})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})(?:日|号)?(?!\d)"
)
_SLASH_DATE = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>20\d{2}|\d{2}))?(?![\d/])"
)
_IN_DAYS = re.compile(
    rf"{_B}(?:in|within|dentro de|en)\s+(?P<n>\d{{1,2}}|{_NUMW})\s+(?P<u>days?|weeks?|dias|semanas?){_E}"
    r"|(?P<zn>\d{1,2}|[一两二三四五六七十])(?P<zu>天|周|个星期)(?:后|之后|以后|内|之内)"
)
_REL_PERIOD = re.compile(
    rf"{_B}(?P<en>next week|next month|this week|this weekend|la semana que viene|la proxima semana"
    rf"|el mes que viene|el proximo mes|este fin de semana|fin de mes){_E}"
    r"|(?P<zh>下周|下星期|下礼拜|下个月|下月|这周末|周末|月底|月初|月中)(?![一二三四五六日天末1-7])"
)
_ZH_WEEK_OFFSET = {"下下": 2, "下个": 1, "下": 1, "这个": 0, "这": 0, "本": 0, "上个": -1, "上": -1}
_FESTIVALS = re.compile(r"双(?:十一|11)|双(?:十二|12)")
_PERIODS = {
    "next week": ("relative_weeks", 1), "下周": ("relative_weeks", 1), "下星期": ("relative_weeks", 1),
    "下礼拜": ("relative_weeks", 1), "la semana que viene": ("relative_weeks", 1),
    "la proxima semana": ("relative_weeks", 1), "this week": ("relative_weeks", 0),
    "next month": ("relative_months", 1), "下个月": ("relative_months", 1),
    "下月": ("relative_months", 1), "el mes que viene": ("relative_months", 1),
    "el proximo mes": ("relative_months", 1), "月底": ("month_end", 0), "fin de mes": ("month_end", 0),
    "月初": ("month_start", 0), "月中": ("month_middle", 0), "this weekend": ("weekday", 5),
    "este fin de semana": ("weekday", 5), "这周末": ("weekday", 5), "周末": ("weekday", 5),
}  # fmt: skip


def _small_number(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    if raw in _NUMBER_WORDS:
        return _NUMBER_WORDS[raw]
    from kefu.nlu.entities import parse_chinese_number

    return parse_chinese_number(raw)


def _weekday(start: int, end: int, weekday: int, offset: int | None) -> DateCandidate:
    names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    value = f"weekday={names[weekday]}" + (f";week{offset:+d}" if offset is not None else "")
    return start, end, value, {"type": "weekday", "weekday": weekday, "week_offset": offset}


def _month_day(
    start: int, end: int, month: int, day: int, year: int | None = None
) -> DateCandidate | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is not None:
        try:
            date(year, month, day)
        except ValueError:
            return None
        return (
            start,
            end,
            f"{year:04d}-{month:02d}-{day:02d}",
            {"type": "date", "year": year, "month": month, "day": day},
        )
    return start, end, f"--{month:02d}-{day:02d}", {"type": "month_day", "month": month, "day": day}


def date_candidates(text: str) -> Iterator[DateCandidate]:
    """Date expressions in normalised text: (start, end, value, structured form)."""
    for m in _REL_DAYS.finditer(text):
        word = m.group()
        if word == "manana" and re.search(r"(?:la|por|de|esta|en)\s+$", text[: m.start()]):
            continue  # "por la mañana" is the morning, not tomorrow
        days = _RELATIVE_DAYS[word]
        yield m.start(), m.end(), f"day{days:+d}", {"type": "relative_days", "days": days}
    for m in _ZH_WEEKDAY.finditer(text):
        mod = m.group("mod") or ""
        yield _weekday(m.start(), m.end(), _WEEKDAYS_ZH[m.group("d")], _ZH_WEEK_OFFSET.get(mod))
    for m in _LATIN_WEEKDAY.finditer(text):
        word = m.group("d")
        if word in ("mar", "sun", "sat", "wed", "mon") and not m.group("pre"):
            continue  # short forms are ordinary words on their own
        if word in ("segunda", "terca", "quarta", "quinta", "sexta") and "-feira" not in m.group():
            continue  # Portuguese weekdays need "-feira": "la segunda parte" is "the second"
        pre = m.group("pre2") or m.group("pre") or ""
        post = m.group("post") or ""
        offset: int | None = None
        if pre in ("next", "proximo", "la proxima", "proxima") or post:
            offset = 1
        elif pre in ("this", "este"):
            offset = 0
        elif pre in ("last", "pasado"):
            offset = -1
        yield _weekday(m.start(), m.end(), _WEEKDAYS_LATIN[word], offset)
    for m in _ISO_DATE.finditer(text):
        cand = _month_day(
            m.start(), m.end(), int(m.group("m")), int(m.group("d")), int(m.group("y"))
        )
        if cand:
            yield cand
    for m in _ZH_MONTH_DAY.finditer(text):
        month, day = _small_number(m.group("m")), _small_number(m.group("d"))
        if month and day and (cand := _month_day(m.start(), m.end(), month, day)):
            yield cand
    for m in _ZH_DAY_ONLY.finditer(text):
        day = int(m.group("d"))
        if 1 <= day <= 31:
            yield m.start(), m.end(), f"day_of_month={day}", {"type": "day_of_month", "day": day}
    for m in _LATIN_MONTH_DAY.finditer(text):
        mname = m.group("m") or m.group("m2")
        if mname in ("mar", "may") and not m.group("m2") and mname == "mar":
            continue
        cand = _month_day(m.start(), m.end(), _MONTHS[mname], int(m.group("d") or m.group("d2")))
        if cand:
            yield cand
    for m in _SLASH_DATE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
            continue
        # 3/5 is 3 May in Spain and Latin America, 5 March in the US: keep both readings.
        extra: dict[str, Any] = {"type": "numeric", "first": a, "second": b}
        if m.group("y"):
            year = int(m.group("y"))
            extra["year"] = year + 2000 if year < 100 else year
        yield m.start(), m.end(), f"numeric={a}/{b}", extra
    for m in _IN_DAYS.finditer(text):
        raw = m.group("n") or m.group("zn")
        unit = m.group("u") or m.group("zu")
        n = _small_number(raw)
        if n is None:
            continue
        days = n * 7 if unit.startswith(("week", "semana", "周", "个星期")) else n
        yield m.start(), m.end(), f"day{days:+d}", {"type": "relative_days", "days": days}
    for m in _REL_PERIOD.finditer(text):
        key = m.group("en") or m.group("zh")
        kind, n = _PERIODS[key]
        if kind == "weekday":
            yield _weekday(m.start(), m.end(), n, None)
        elif kind == "relative_weeks":
            yield m.start(), m.end(), f"week{n:+d}", {"type": kind, "weeks": n}
        elif kind == "relative_months":
            yield m.start(), m.end(), f"month{n:+d}", {"type": kind, "months": n}
        else:
            yield m.start(), m.end(), kind, {"type": kind}
    for m in _FESTIVALS.finditer(text):
        month = 11 if m.group()[1:] in ("十一", "11") else 12
        cand = _month_day(m.start(), m.end(), month, month)
        if cand:
            yield m.start(), m.end(), cand[2], {**cand[3], "festival": m.group()}


def resolve(extra: Mapping[str, Any], today: date, day_first: bool = True) -> date | None:
    """The calendar date of a structured date, seen from `today`. None for periods/unknowns.

    `day_first` reads 3/5 as 3 May (Spanish, Chinese habit); pass False for US buyers.
    """
    kind = extra.get("type")
    if kind == "relative_days":
        return today + timedelta(days=int(extra["days"]))
    if kind == "weekday":
        weekday, offset = int(extra["weekday"]), extra.get("week_offset")
        if offset is None:
            return today + timedelta(days=(weekday - today.weekday()) % 7)
        monday = today - timedelta(days=today.weekday())
        return monday + timedelta(weeks=int(offset), days=weekday)
    if kind == "date":
        return date(int(extra["year"]), int(extra["month"]), int(extra["day"]))
    if kind in ("month_day", "numeric"):
        if kind == "numeric":
            first, second = int(extra["first"]), int(extra["second"])
            day, month = (first, second) if day_first else (second, first)
            if month > 12:
                day, month = month, day
        else:
            month, day = int(extra["month"]), int(extra["day"])
        year = int(extra.get("year", today.year))
        try:
            result = date(year, month, day)
        except ValueError:
            return None
        # A month-day without a year that is already past means next year ("12月1号" said in Dec).
        if "year" not in extra and (today - result).days > 31:
            result = date(year + 1, month, day) if not (month == 2 and day == 29) else result
        return result
    if kind == "day_of_month":
        day = int(extra["day"])
        year, month = today.year, today.month
        if day < today.day:
            month = month % 12 + 1
            year += 1 if month == 1 else 0
        if day > calendar.monthrange(year, month)[1]:
            return None
        return date(year, month, day)
    if kind == "month_end":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    return None
