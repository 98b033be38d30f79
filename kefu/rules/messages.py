"""Renders decisions as short explanations in zh-Hans, zh-Hant, en and es from the message
catalogue in data/messages.yaml, which is checked on load: every language, same placeholders.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from string import Formatter
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import BaseModel, ConfigDict, model_validator

from kefu.rules.errors import RuleFileInvalid

if TYPE_CHECKING:
    from kefu.rules.decision import Decision

CATALOGUE = Path(__file__).with_name("data") / "messages.yaml"
LANGUAGES = ("zh-Hans", "zh-Hant", "en", "es")
# Arguments whose values are codes looked up in a label section before formatting.
LABELLED_ARGS = {"label": "deadline", "consequence": "consequence", "case": "case",
                 "category": "category"}  # fmt: skip

Texts = dict[str, str]


def placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in Formatter().parse(text) if name}


class Catalogue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    languages: list[str]
    messages: dict[str, Texts]
    labels: dict[str, dict[str, Texts]]

    @model_validator(mode="after")
    def _complete(self) -> Catalogue:
        if tuple(self.languages) != LANGUAGES:
            raise ValueError(f"languages must be {LANGUAGES}")
        for key, texts in self.messages.items():
            if set(texts) != set(LANGUAGES):
                raise ValueError(f"message {key} lacks {set(LANGUAGES) - set(texts)}")
            names = {lang: placeholders(text) for lang, text in texts.items()}
            if len({frozenset(v) for v in names.values()}) != 1:
                raise ValueError(f"message {key} has different placeholders per language: {names}")
        for section, entries in self.labels.items():
            for key, texts in entries.items():
                if set(texts) != set(LANGUAGES) or not all(texts.values()):
                    raise ValueError(f"label {section}.{key} lacks a language")
        return self


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    try:
        return Catalogue.model_validate(yaml.safe_load(CATALOGUE.read_text(encoding="utf-8")))
    except Exception as exc:
        raise RuleFileInvalid(f"message catalogue {CATALOGUE.name} is invalid: {exc}") from exc


def normalise_language(lang: str) -> str:
    """Map what buyers and browsers send (zh, zh-CN, zh-TW, es-MX, en-GB) onto our four."""
    value = lang.strip().replace("_", "-").lower()
    if value in ("zh-hant", "zh-tw", "zh-hk", "zh-mo") or value.startswith("zh-hant"):
        return "zh-Hant"
    if value.startswith("zh"):
        return "zh-Hans"
    if value.startswith("es"):
        return "es"
    return "en"


def format_time(value: datetime) -> str:
    zone = getattr(value.tzinfo, "key", None) or value.strftime("%Z") or "UTC"
    return f"{value.strftime('%Y-%m-%d %H:%M')} ({zone})"


def label(section: str, key: str, lang: str) -> str:
    entry = catalogue().labels.get(section, {}).get(key)
    return entry[normalise_language(lang)] if entry else key


def render(key: str, lang: str, args: dict[str, Any] | None = None) -> str:
    lang = normalise_language(lang)
    texts = catalogue().messages.get(key)
    if texts is None:
        raise KeyError(f"no message {key!r} in the rules catalogue")
    values: dict[str, Any] = {}
    for name, value in (args or {}).items():
        if name in LABELLED_ARGS and isinstance(value, str):
            value = label(LABELLED_ARGS[name], value, lang)
        elif isinstance(value, datetime):
            value = format_time(value)
        elif isinstance(value, Decimal):
            value = f"{value:f}"
        values[name] = value
    return texts[lang].format(**values)


def explain(decision: Decision, lang: str) -> str:
    lines = [label("topic", decision.topic, lang)]
    lines += [f"  {render(r.key, lang, dict(r.args))}" for r in decision.reasons]
    for deadline in decision.deadlines:
        text = render(
            "explain.deadline",
            lang,
            {"label": deadline.key, "deadline": deadline.at, "rule": deadline.rule_id},
        )
        for name, on in (("estimated", deadline.estimated), ("passed", deadline.passed),
                         ("paused", deadline.paused)):  # fmt: skip
            if on:
                text += " " + render(f"explain.{name}_mark", lang)
        lines.append(f"  - {text}")
    for ref in decision.rules:
        lines.append("  " + render("explain.rule", lang, {
            "rule": ref.rule_id, "version": ref.version, "confidence": ref.confidence,
            "source": ref.source}))  # fmt: skip
    if decision.needs_confirmation:
        lines.append("  " + render("explain.confirm", lang))
    return "\n".join(lines)
