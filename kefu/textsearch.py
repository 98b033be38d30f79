"""Search text for Chinese and other languages: simplified, lower-cased, segmented into words.

SQLite FTS and PostgreSQL's parsers cannot split Chinese, so we store a pre-segmented copy and
match word by word; the same function prepares the query, so both sides agree.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import rjieba
from opencc import OpenCC

_t2s = OpenCC("t2s")
_WORD = re.compile(r"\w+", re.UNICODE)
_HAN = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=4096)
def _simplify(text: str) -> str:
    return str(_t2s.convert(text))


def tokens(text: str) -> list[str]:
    normalised = unicodedata.normalize("NFKC", text).lower()
    if _HAN.search(normalised):
        normalised = _simplify(normalised)
    out: list[str] = []
    for chunk in _WORD.findall(normalised):
        if _HAN.search(chunk):
            out.extend(t for t in rjieba.cut(chunk) if t.strip())
        else:
            out.append(chunk)
    return out


def search_text(text: str) -> str:
    return " " + " ".join(tokens(text)) + " "
