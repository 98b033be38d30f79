from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import pytest

from kefu.errors import ValidationFailed
from kefu.nlu.analyze import MAX_ANALYSED_CHARS, Analysis, EmptyMessageError, analyze
from kefu.nlu.intent import IntentModel, TrainConfig, train
from kefu.nlu.intent_data import Example

TEXTS = {
    "order_status": [
        "到哪了",
        "物流怎么不动了",
        "我的快递到哪了",
        "donde esta mi paquete",
        "dónde está mi pedido",
        "where is my parcel",
    ],
    "greeting": ["在吗", "有人吗", "亲在吗", "hola", "buenas tardes", "hi"],
    "return_refund": [
        "我要退货",
        "可以退款吗",
        "quiero devolverlo",
        "quiero un reembolso",
        "i want a refund",
        "can i return it",
    ],
}


@pytest.fixture(scope="module")
def intent_model() -> IntentModel:
    examples = [Example(t, label) for label, texts in TEXTS.items() for t in texts]
    return train(examples, config=TrainConfig(use_embeddings=False))


@pytest.fixture(scope="module")
def sentiment_model() -> Any:
    sentiment = pytest.importorskip("kefu.nlu.sentiment")
    rows = {
        "negative": ["太差了", "什么破服务", "pésimo servicio", "no sirve", "terrible", "awful"],
        "neutral": ["到哪了", "有货吗", "dónde está", "tienen talla m", "where is it", "ok"],
        "positive": ["很好用", "非常满意", "me encanta", "excelente", "love it", "great"],
    }
    examples = [sentiment.SentimentExample(t, label) for label, ts in rows.items() for t in ts]  # type: ignore[arg-type]
    return sentiment.train(examples, use_embedding=False)


@pytest.fixture
def model(intent_model: IntentModel, sentiment_model: Any) -> Callable[..., Analysis]:
    return partial(analyze, model=intent_model, sentiment_model=sentiment_model)


def test_spanish_message_gets_language_intent_and_normalised_text(
    model: Callable[..., Analysis],
) -> None:
    result = model("Hola, ¿¿dónde está mi paquete??")
    assert isinstance(result, Analysis)
    assert result.language.lang == "es"
    assert result.intent is not None and result.intent.intent == "order_status"
    assert result.normalized.text_for_matching == "hola, ¿dónde está mi paquete?"
    assert not result.truncated


def test_traditional_chinese_keeps_its_variant_but_matches_as_simplified(
    model: IntentModel,
) -> None:
    result = model("我的快遞到哪了")
    assert result.language.lang == "zh-Hant"
    assert result.normalized.text_for_matching == "我的快递到哪了"
    assert result.intent is not None and result.intent.intent == "order_status"


def test_entities_come_from_the_entities_module_when_present(
    model: Callable[..., Analysis],
) -> None:
    entities = pytest.importorskip("kefu.nlu.entities")
    text = "我的订单 2024112400123 到哪了"
    result = model(text)
    assert tuple(entities.extract(text)) == result.entities


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_empty_message_is_a_typed_error(model: Callable[..., Analysis], text: str) -> None:
    with pytest.raises(EmptyMessageError):
        model(text)
    assert issubclass(EmptyMessageError, ValidationFailed)


def test_100kb_message_is_truncated_and_says_so(model: Callable[..., Analysis]) -> None:
    text = "quiero un reembolso. " + "bla " * 25_000
    assert len(text.encode()) > 100_000
    result = model(text)
    assert result.truncated
    assert result.text == text
    assert any(str(MAX_ANALYSED_CHARS) in note for note in result.notes)
    assert result.intent is not None and result.intent.intent == "return_refund"


def test_sentiment_comes_from_the_sentiment_model(model: Callable[..., Analysis]) -> None:
    result = model("什么破服务 太差了")
    assert result.sentiment is not None
    assert result.sentiment.label == "negative"
