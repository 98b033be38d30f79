"""Chinese script folding for matching (Traditional → Simplified) and for showing a Simplified
fact to a Traditional reader. Same converter family the reply library uses (OpenCC)."""

from __future__ import annotations

from functools import lru_cache

import opencc


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


@lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    return str(_t2s().convert(text))


@lru_cache(maxsize=4096)
def traditional(text: str) -> str:
    return str(_s2t().convert(text))
