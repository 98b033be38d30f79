from __future__ import annotations

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
def model() -> IntentModel:
    examples = [Example(t, label) for label, texts in TEXTS.items() for t in texts]
    return train(examples, config=TrainConfig(use_embeddings=False))


def test_spanish_message_gets_language_intent_and_normalised_text(model: IntentModel) -> None:
    result = analyze("Hola, ¿¿dónde está mi paquete??", model=model)
    assert isinstance(result, Analysis)
    assert result.language.lang == "es"
    assert result.intent is not None and result.intent.intent == "order_status"
    assert result.normalized.text_for_matching == "hola, ¿dónde está mi paquete?"
    assert not result.truncated


def test_traditional_chinese_keeps_its_variant_but_matches_as_simplified(
    model: IntentModel,
) -> None:
    result = analyze("我的快遞到哪了", model=model)
    assert result.language.lang == "zh-Hant"
    assert result.normalized.text_for_matching == "我的快递到哪了"
    assert result.intent is not None and result.intent.intent == "order_status"


def test_entities_come_from_the_entities_module_when_present(model: IntentModel) -> None:
    entities = pytest.importorskip("kefu.nlu.entities")
    text = "我的订单 2024112400123 到哪了"
    result = analyze(text, model=model)
    assert tuple(entities.extract(text)) == result.entities


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_empty_message_is_a_typed_error(model: IntentModel, text: str) -> None:
    with pytest.raises(EmptyMessageError):
        analyze(text, model=model)
    assert issubclass(EmptyMessageError, ValidationFailed)


def test_100kb_message_is_truncated_and_says_so(model: IntentModel) -> None:
    text = "quiero un reembolso. " + "bla " * 25_000
    assert len(text.encode()) > 100_000
    result = analyze(text, model=model)
    assert result.truncated
    assert result.text == text
    assert any(str(MAX_ANALYSED_CHARS) in note for note in result.notes)
    assert result.intent is not None and result.intent.intent == "return_refund"
