"""Obfuscation-resistant views of a message, each with a map back to the original positions.

Sellers who want to leak a WeChat id write it as "V信", "ｖｘ", "1 3 8·1234·5678" or
"幺三八一二三四五六七八"; the guard matches on a folded view and reports spans in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Chinese digit characters as people write phone numbers (幺 is the spoken "1", 两 a spoken "2").
CHINESE_DIGITS: dict[str, str] = {
    "零": "0", "〇": "0", "○": "0", "洞": "0",
    "一": "1", "幺": "1", "壹": "1", "么": "1",
    "二": "2", "两": "2", "贰": "2", "貳": "2", "兩": "2",
    "三": "3", "叁": "3", "參": "3",
    "四": "4", "肆": "4",
    "五": "5", "伍": "5",
    "六": "6", "陆": "6", "陸": "6",
    "七": "7", "柒": "7", "拐": "7",
    "八": "8", "捌": "8",
    "九": "9", "玖": "9", "勾": "9",
}  # fmt: skip

# Characters people put between digits to dodge a plain \d{11} pattern.
_DIGIT_SEPARATORS = frozenset(
    " \t.-_·•/\\|~、，,:：;()（）[]【】+=*'\"`“”‘’\u200b\u200c\u200d\u2060\ufe0f\u20e3"
)

# Latin look-alikes from other scripts (Cyrillic, Greek) and digit-for-letter swaps. Used only on the
# skeleton view, never on the view that Russian or Greek terms are matched against.
HOMOGLYPHS: dict[str, str] = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ɡ": "g", "ο": "o", "α": "a", "ν": "v", "ρ": "p", "τ": "t", "ι": "i", "κ": "k", "χ": "x",
    "ϲ": "c", "ɩ": "l", "ӏ": "l", "ℓ": "l", "ı": "i", "ߋ": "o",
}  # fmt: skip


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch).casefold()
    # Drop combining marks that only decorate (keycap, variation selectors) so "1️⃣" folds to "1".
    return "".join(c for c in folded if c not in "\ufe0f\ufe0e\u20e3\u200b\u200c\u200d\u2060")


@dataclass(frozen=True, slots=True)
class View:
    """A transformed text and, for each of its characters, the index of the source character."""

    text: str
    index: tuple[int, ...]
    source_len: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of this view back to the source text."""
        if end <= start:
            pos = self.index[start] if start < len(self.index) else self.source_len
            return pos, pos
        return self.index[start], self.index[end - 1] + 1


_FOLDED: dict[str, str] = {}


def fold(text: str) -> View:
    """NFKC + casefold, char by char: full-width letters and digits become ASCII, case is dropped."""
    n = len(text)
    if text.isascii():
        return View(text.lower(), tuple(range(n)), n)
    get = _FOLDED.get
    pieces = [get(ch) for ch in text]
    if None in pieces:
        for i, ch in enumerate(text):
            if pieces[i] is None:
                pieces[i] = _FOLDED.setdefault(ch, _fold_char(ch))
    folded = "".join(pieces)  # type: ignore[arg-type]  # every None was filled above
    if len(folded) == n and all(len(p) == 1 for p in pieces):  # type: ignore[arg-type]
        return View(folded, tuple(range(n)), n)
    index: list[int] = []
    for i, piece in enumerate(pieces):
        index.extend([i] * len(piece))  # type: ignore[arg-type]
    return View(folded, tuple(index), n)


def skeleton(view: View) -> View:
    """Map look-alike letters to Latin on an already folded view (for handles and domains)."""
    if view.text.isascii():
        return view
    return View("".join(HOMOGLYPHS.get(c, c) for c in view.text), view.index, view.source_len)


@dataclass(frozen=True, slots=True)
class DigitRun:
    """Digits written with separators, full-width or Chinese numerals, read back as ASCII."""

    digits: str
    start: int  # source index of the first digit
    end: int  # source index after the last digit
    chinese: int  # how many digits were written as Chinese numerals
    separated: bool  # whether separators sat between digits
    plus: bool  # a "+" right before the first digit (international number)
    at: int  # index of the first digit in the folded view
    until: int  # index after the last digit in the folded view


def digit_runs(view: View, min_digits: int = 5) -> list[DigitRun]:
    """Find runs of digits in a folded view, allowing up to three separator or emoji characters
    between consecutive digits."""
    text = view.text
    if len(_DIGITISH.findall(text)) < min_digits:
        return []  # most messages: not enough digits anywhere to hide a number
    runs: list[DigitRun] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        d = ch if "0" <= ch <= "9" else CHINESE_DIGITS.get(ch)
        if d is None:
            i += 1
            continue
        digits = [d]
        chinese = 0 if ch.isdigit() else 1
        first = i
        last = i
        separated = False
        j = i + 1
        gap = 0
        while j < n:
            c = text[j]
            dj = c if "0" <= c <= "9" else CHINESE_DIGITS.get(c)
            if dj is not None:
                digits.append(dj)
                if not ("0" <= c <= "9"):
                    chinese += 1
                if gap:
                    separated = True
                last = j
                gap = 0
            elif gap < 3 and (c in _DIGIT_SEPARATORS or _is_symbol(c)):
                gap += 1
            else:
                break
            j += 1
        if len(digits) >= min_digits:
            plus = first > 0 and text[first - 1] == "+"
            start, end = view.span(first, last + 1)
            runs.append(
                DigitRun("".join(digits), start, end, chinese, separated, plus, first, last + 1)
            )
        i = last + 1
    return runs


_DIGITISH = re.compile("[0-9" + "".join(CHINESE_DIGITS) + "]")


@lru_cache(maxsize=4096)
def _is_symbol(ch: str) -> bool:
    # Emoji and pictographs ("So"), modifier symbols ("Sk") and format chars ("Cf") between digits
    # are obfuscation, not meaning.
    return unicodedata.category(ch) in ("So", "Sk", "Cf", "Mn", "Me")
