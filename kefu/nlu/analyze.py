"""One call that understands a buyer message: language, normalised text, intent, entities, sentiment.

Entities and sentiment come from their own modules (`kefu.nlu.entities`, `kefu.nlu.sentiment`)
when those are installed; analysis degrades to `None` for a part that is missing rather than
failing the whole message.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kefu.errors import ValidationFailed
from kefu.nlu.intent import MAX_MODEL_CHARS, IntentModel, IntentPrediction
from kefu.nlu.langid import LangGuess, detect
from kefu.nlu.normalize import Normalized, normalize

log = logging.getLogger(__name__)

# Past this many characters a "message" is a pasted document: analyse its head only.
MAX_ANALYSED_CHARS = 5000


class EmptyMessageError(ValidationFailed):
    """The message has no text to analyse (empty or only whitespace)."""

    code = "empty_message"


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    normalized: Normalized
    language: LangGuess
    intent: IntentPrediction | None
    entities: tuple[Any, ...]
    sentiment: Any | None
    truncated: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)


def _optional(module: str, attr: str) -> Callable[[str], Any] | None:
    try:
        found = getattr(importlib.import_module(module), attr, None)
    except ImportError:
        return None
    return found if callable(found) else None


def analyze(
    text: str,
    *,
    model: IntentModel | None = None,
    shop_id: str | int | None = None,
    prior_lang: str | None = None,
    sentiment_model: Any | None = None,
) -> Analysis:
    """Everything the bot and the workbench need to know about one incoming message.

    `model` / `sentiment_model` override the shop's (or default) models, e.g. in tests.
    """
    if not isinstance(text, str) or not text.strip():
        raise EmptyMessageError("cannot analyse an empty message")
    notes: list[str] = []
    truncated = len(text) > MAX_ANALYSED_CHARS
    head = text[:MAX_ANALYSED_CHARS]
    if truncated:
        notes.append(
            f"message is {len(text)} characters; analysed the first {MAX_ANALYSED_CHARS} "
            f"(intent looks at the first {MAX_MODEL_CHARS})"
        )
    normalized = normalize(head)
    language = detect(head, prior=prior_lang)

    if model is None:
        from kefu.nlu.intent_store import model_for_shop

        model = model_for_shop(shop_id)
    intent = model.predict(head)
    if intent.truncated and not truncated:
        notes.append(f"intent classified on the first {MAX_MODEL_CHARS} characters")

    entities: tuple[Any, ...] = ()
    extract = _optional("kefu.nlu.entities", "extract")
    if extract is not None:
        entities = tuple(extract(head))
    else:
        notes.append("entity extraction unavailable")

    sentiment: Any | None = None
    predict_sentiment = (
        sentiment_model.predict
        if sentiment_model is not None
        else _optional("kefu.nlu.sentiment", "predict")
    )
    if predict_sentiment is not None:
        sentiment = predict_sentiment(head)
    else:
        notes.append("sentiment unavailable")

    return Analysis(
        text=text,
        normalized=normalized,
        language=language,
        intent=intent,
        entities=entities,
        sentiment=sentiment,
        truncated=truncated or intent.truncated,
        notes=tuple(notes),
    )
