"""The bot's data files (policy per intent, cue words, its own phrases), schema-checked on load."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kefu.errors import ValidationFailed
from kefu.replies.catalog import INTENTS

DATA_DIR = Path(__file__).parent / "data"

Handler = Literal[
    "static", "product", "size", "stock", "shipping", "promotion", "order", "photos", "handoff"
]
Stage = Literal["pre_sale", "in_sale", "after_sale"]
PHRASE_LANGS = ("zh-Hans", "zh-Hant", "en", "es")


class IntentPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    handler: Handler
    scenarios: tuple[str, ...]
    stage: Stage
    floor: float = Field(default=0.0, ge=0.0, le=1.0)
    # Answer what the data says, then still give the conversation to a person (a case to open).
    then_handoff: bool = False
    # For product facts: the lower confidence accepted when the message names a product and a
    # cue word names the field (decide._plain_lookup). None: no such exception.
    cue_floor: float | None = Field(default=None, ge=0.0, le=1.0)


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1]
    version: str
    source: str
    unchecked_templates: frozenset[str] = frozenset()
    intents: dict[str, IntentPolicy]

    @field_validator("intents")
    @classmethod
    def _complete(cls, value: dict[str, IntentPolicy]) -> dict[str, IntentPolicy]:
        unknown = sorted(set(value) - set(INTENTS))
        missing = sorted(set(INTENTS) - set(value))
        if unknown or missing:
            raise ValueError(f"policy intents: unknown {unknown}, missing {missing}")
        return value


class Words(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1]
    version: str
    source: str
    care: tuple[str, ...]
    material: tuple[str, ...]
    compensation: tuple[str, ...]
    women: tuple[str, ...]
    men: tuple[str, ...]


class Phrases(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1]
    version: str
    source: str
    phrases: dict[str, dict[str, str]]

    @field_validator("phrases")
    @classmethod
    def _every_lang(cls, value: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        for key, texts in value.items():
            missing = [lang for lang in PHRASE_LANGS if not texts.get(lang, "").strip()]
            if missing:
                raise ValueError(f"phrase {key} has no text in {missing}")
        return value


def _load(name: str, model: type[BaseModel]) -> Any:
    path = DATA_DIR / name
    try:
        return model.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (ValidationError, yaml.YAMLError) as exc:
        raise ValidationFailed(f"bot data file {name} is invalid: {exc}") from exc


@cache
def policy() -> Policy:
    loaded: Policy = _load("policy.yaml", Policy)
    return loaded


@cache
def words() -> Words:
    loaded: Words = _load("words.yaml", Words)
    return loaded


@cache
def phrases() -> Phrases:
    loaded: Phrases = _load("phrases.yaml", Phrases)
    return loaded


def phrase(key: str, lang: str, **values: str) -> str | None:
    """The bot's own phrase in `lang`, or None when it has none in that language."""
    text = phrases().phrases[key].get(lang)
    return text.format(**values) if text else None
