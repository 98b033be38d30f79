"""Normalisation of buyer text for matching: one canonical form per message, original kept.

Full-width → half-width (NFKC), Traditional → Simplified Chinese, repeated punctuation and
emoji collapsed, masked card/phone numbers replaced by one placeholder, whitespace squeezed.
Every character of `text_for_matching` maps back to an index of `original` (`offsets`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

MASK_TOKEN = "<masked>"  # noqa: S105 - a placeholder, not a secret

# A masked number: digits hidden behind * • x (card "****1234", phone "138****5678").
_MASKED_NUMBER = re.compile(r"\d*(?:[*•●xX×][\s-]?){3,}\d+|\d+(?:[*•●×][\s-]?){3,}\d*")
_PUNCT_CATEGORIES = frozenset({"Po", "Pd", "Ps", "Pe", "Pi", "Pf", "Sm", "Sk", "So"})


@dataclass(frozen=True, slots=True)
class Normalized:
    """A message in its original form and in the canonical form classifiers match against."""

    original: str
    text_for_matching: str
    # offsets[i] is the index in `original` of the character text_for_matching[i] came from.
    offsets: tuple[int, ...]
    emojis: tuple[str, ...]
    masked_numbers: int
    repeated_punctuation: int
    had_traditional: bool

    def span_in_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `text_for_matching` back to `original`."""
        if start >= end or not self.offsets:
            return (0, 0)
        last = min(end, len(self.offsets)) - 1
        return (self.offsets[start], self.offsets[last] + 1)


def is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x1F000 <= cp <= 0x1FAFF
        or 0x2600 <= cp <= 0x27BF
        or 0x2B00 <= cp <= 0x2BFF
        or 0x1F900 <= cp <= 0x1F9FF
    )


def _is_emoji_modifier(ch: str) -> bool:
    cp = ord(ch)
    # Zero-width joiner, variation selectors and skin-tone modifiers glue emoji together.
    return cp in (0x200D, 0xFE0F, 0xFE0E) or 0x1F3FB <= cp <= 0x1F3FF


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def _is_han(ch: str) -> bool:
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF


def to_simplified(text: str) -> str:
    """Traditional → Simplified, character-aligned (same length as the input)."""
    converted: str = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    # Phrase rules changed the length: fall back to per-character conversion to keep offsets.
    return "".join(c if len(c := _t2s().convert(ch)) == 1 else ch for ch in text)


def normalize(text: str, *, keep_emoji: bool = True, lowercase: bool = True) -> Normalized:
    """Canonical form of `text` for matching; the original stays untouched for display."""
    chars: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch)
        for piece in folded:
            chars.append((piece, i))

    # Traditional → Simplified over the Han characters only (one pass, aligned).
    flat = "".join(c for c, _ in chars)
    had_traditional = False
    if any(_is_han(c) for c in flat):
        simplified = to_simplified(flat)
        if simplified != flat:
            had_traditional = True
            chars = [(simplified[k], idx) for k, (_, idx) in enumerate(chars)]
            flat = simplified

    # Masked numbers → one placeholder mapped to where the mask started.
    masked = 0
    if any(c in "*•●xX×" for c in flat):
        rebuilt: list[tuple[str, int]] = []
        pos = 0
        for match in _MASKED_NUMBER.finditer(flat):
            if not any(ch.isdigit() for ch in match.group()):
                continue
            rebuilt.extend(chars[pos : match.start()])
            anchor = chars[match.start()][1]
            rebuilt.extend((c, anchor) for c in MASK_TOKEN)
            pos = match.end()
            masked += 1
        rebuilt.extend(chars[pos:])
        chars = rebuilt

    out: list[tuple[str, int]] = []
    emojis: list[str] = []
    repeated = 0
    for ch, idx in chars:
        if _is_emoji_modifier(ch):
            continue
        if is_emoji(ch):
            emojis.append(ch)
            if not keep_emoji or (out and out[-1][0] == ch):
                continue
            out.append((ch, idx))
            continue
        if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zs"):
            if out and out[-1][0] != " ":
                out.append((" ", idx))
            continue
        if out and out[-1][0] == ch and unicodedata.category(ch) in _PUNCT_CATEGORIES:
            repeated += 1
            continue
        if lowercase:
            low = ch.lower()
            if len(low) == 1:
                ch = low
        out.append((ch, idx))
    while out and out[-1][0] == " ":
        out.pop()

    return Normalized(
        original=text,
        text_for_matching="".join(c for c, _ in out),
        offsets=tuple(i for _, i in out),
        emojis=tuple(emojis),
        masked_numbers=masked,
        repeated_punctuation=repeated,
        had_traditional=had_traditional,
    )
