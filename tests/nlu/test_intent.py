from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kefu.errors import ValidationFailed
from kefu.nlu.intent import (
    MAX_MODEL_CHARS,
    IntentModel,
    ModelFormatError,
    TrainConfig,
    augment,
    fold_text,
    prepare_text,
    threshold_for_precision,
    train,
)
from kefu.nlu.intent_data import Example, default_intents, read_examples

# A small world: four intents, each said in Chinese, Spanish and English, buyer style.
WORLD: dict[str, list[str]] = {
    "shipping_fee": [
        "包邮吗",
        "亲 包邮不",
        "运费多少",
        "邮费怎么算",
        "能包邮吗亲",
        "偏远地区包邮吗",
        "el envio es gratis?",
        "cuanto cuesta el envío",
        "hay envio gratis",
        "cuánto es el envío a chile",
        "is shipping free",
        "how much is shipping",
        "shipping cost to spain?",
        "do you offer free shipping",
    ],
    "order_status": [
        "到哪了",
        "我的快递到哪了",
        "物流怎么不动了",
        "查一下物流",
        "包裹到哪里了",
        "单号查不到物流",
        "donde esta mi paquete",
        "dónde está mi pedido",
        "quiero rastrear mi pedido",
        "no se mueve el seguimiento",
        "where is my parcel",
        "track my order",
        "tracking not updating",
        "where is my package now",
    ],
    "greeting": [
        "在吗",
        "亲在吗",
        "有人吗",
        "你好",
        "在不在",
        "掌柜的在吗",
        "hola",
        "buenas",
        "hola hay alguien",
        "buenas tardes",
        "hi",
        "hello",
        "anyone there?",
        "hey",
    ],
    "return_refund": [
        "我要退货",
        "可以退款吗",
        "七天无理由能退吗",
        "不想要了退了吧",
        "怎么申请退款",
        "退货退款",
        "quiero devolverlo",
        "quiero un reembolso",
        "como hago la devolucion",
        "puedo devolver el producto",
        "i want a refund",
        "can i return it",
        "how do i return this",
        "return policy?",
    ],
}


def world() -> list[Example]:
    return [Example(text=t, label=label) for label, texts in WORLD.items() for t in texts]


@pytest.fixture(scope="module")
def tfidf_model() -> IntentModel:
    return train(world(), config=TrainConfig(use_embeddings=False))


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("包邮不亲", "shipping_fee"),
        ("物流到哪了", "order_status"),
        ("¿el envío es gratis a mexico?", "shipping_fee"),
        ("hola!!", "greeting"),
        ("donde esta mi pedido???", "order_status"),
        ("i want to return it", "return_refund"),
        ("請問包郵嗎", "shipping_fee"),  # Traditional is matched as Simplified
    ],
)
def test_classifies_unseen_phrasings(tfidf_model: IntentModel, text: str, intent: str) -> None:
    assert tfidf_model.predict(text).intent == intent


def test_prediction_carries_top3_sorted_probabilities(tfidf_model: IntentModel) -> None:
    pred = tfidf_model.predict("退款")
    assert len(pred.top) == 3
    scores = [s for _, s in pred.top]
    assert scores == sorted(scores, reverse=True)
    assert 0.0 < pred.confidence <= 1.0
    assert pred.top[0] == (pred.intent, pred.confidence)
    assert sum(tfidf_model.predict_proba(["退款"])[0]) == pytest.approx(1.0)


@pytest.mark.slow
def test_stacked_model_with_sentence_embeddings_trains_and_predicts() -> None:
    model = train(world(), config=TrainConfig())
    assert model.manifest.encoder == "usem3"
    assert model.predict("mi paquete no llega, dónde está").intent == "order_status"
    assert model.predict("快递到哪里了").intent == "order_status"
    # The single-message fast path includes the embedding block exactly like the batch path.
    text = "¿me llega antes del viernes?"
    assert np.allclose(model.predict_proba([text]), model.predict_proba([text, "hola"])[:1])


def test_empty_text_is_refused(tfidf_model: IntentModel) -> None:
    with pytest.raises(ValidationFailed):
        tfidf_model.predict("   ")


def test_long_message_is_truncated_and_says_so(tfidf_model: IntentModel) -> None:
    pred = tfidf_model.predict("包邮吗 " + "啊" * 100_000)
    assert pred.truncated
    assert pred.intent == "shipping_fee"
    assert len(prepare_text("x" * (MAX_MODEL_CHARS * 3))[0]) <= MAX_MODEL_CHARS


def test_order_numbers_do_not_become_features() -> None:
    a, _, _ = prepare_text("订单 20241124001 到哪了")
    b, _, _ = prepare_text("订单 99999999999 到哪了")
    assert a == b


def test_save_and_load_give_identical_predictions(tfidf_model: IntentModel, tmp_path: Path) -> None:
    tfidf_model.save(tmp_path / "m")
    loaded = IntentModel.load(tmp_path / "m")
    texts = ["包邮吗", "dónde está", "refund please"]
    assert np.allclose(loaded.predict_proba(texts), tfidf_model.predict_proba(texts))
    manifest = json.loads((tmp_path / "m" / "manifest.json").read_text())
    assert manifest["labels"] == sorted(WORLD)
    assert manifest["format_version"] == 1
    assert len(manifest["data_hash"]) == 64


def test_model_from_another_format_version_is_refused_clearly(
    tfidf_model: IntentModel, tmp_path: Path
) -> None:
    tfidf_model.save(tmp_path / "m")
    path = tmp_path / "m" / "manifest.json"
    raw = json.loads(path.read_text())
    raw["format_version"] = 99
    path.write_text(json.dumps(raw))
    with pytest.raises(ModelFormatError, match="format 99"):
        IntentModel.load(tmp_path / "m")


def test_directory_without_manifest_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelFormatError, match="not a Kefu NLU model"):
        IntentModel.load(tmp_path)


def test_training_needs_two_labels() -> None:
    with pytest.raises(ValidationFailed):
        train(
            [Example("hola", "greeting"), Example("hi", "greeting")],
            config=TrainConfig(use_embeddings=False),
        )


def test_threshold_for_precision_picks_lowest_safe_cut() -> None:
    conf = np.array([0.99, 0.95, 0.9, 0.8, 0.6, 0.5])
    correct = np.array([True, True, True, True, False, False])
    threshold, coverage = threshold_for_precision(conf, correct, 0.95)
    assert threshold == pytest.approx(0.8)
    assert coverage == pytest.approx(4 / 6)


def test_threshold_never_reached_means_no_coverage() -> None:
    threshold, coverage = threshold_for_precision(np.array([0.9, 0.8]), np.array([False, False]))
    assert coverage == 0.0
    assert threshold > 1.0


def test_wilson_margin_needs_more_evidence_from_a_small_slice() -> None:
    # 96 of 100 right is 0.96 precise, but its 90 % lower bound (0.927) is under 0.95 ...
    conf = np.linspace(0.99, 0.5, 100)
    correct = np.arange(100) % 25 != 24
    assert threshold_for_precision(conf, correct, 0.95)[1] == pytest.approx(1.0)
    threshold, coverage = threshold_for_precision(conf, correct, 0.95, z=1.2816)
    assert coverage < 1.0 and threshold > 0.5
    # ... while 970 of 1,000 (lower bound 0.962) clears it with every message answered.
    conf = np.linspace(0.99, 0.5, 1000)
    correct = np.arange(1000) % 100 >= 3
    assert threshold_for_precision(conf, correct, 0.95, z=1.2816)[1] == pytest.approx(1.0)
    # Thirty right answers are not enough evidence for 95 % at that confidence.
    assert threshold_for_precision(np.full(30, 0.9), np.ones(30, bool), 0.95, z=1.2816)[1] == 0.0


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.floats(0.0, 1.0), st.booleans()), min_size=1, max_size=300),
    st.floats(0.0, 3.0),
)
def test_wilson_margin_never_answers_more_than_plain_precision(
    rows: list[tuple[float, bool]], z: float
) -> None:
    conf = np.array([c for c, _ in rows])
    correct = np.array([ok for _, ok in rows])
    plain_threshold, plain_coverage = threshold_for_precision(conf, correct, 0.9)
    threshold, coverage = threshold_for_precision(conf, correct, 0.9, z=z)
    assert coverage <= plain_coverage
    assert threshold >= plain_threshold or coverage == plain_coverage
    answered = conf >= threshold
    if answered.any():  # what the threshold admits was measured at least as precise as asked
        assert correct[answered].mean() >= 0.9


def test_calibration_sets_temperature_and_threshold_when_data_allows() -> None:
    examples = world() * 4  # enough to hold a calibration slice out
    model = train(examples, config=TrainConfig(use_embeddings=False))
    assert model.manifest.temperature != 1.0
    assert 0.0 < model.threshold <= 1.01
    assert model.manifest.metrics["calibration_coverage_at_95_precision"] is not None


def test_shipped_training_data_uses_only_the_taxonomy() -> None:
    taxonomy = set(default_intents())
    assert "other" in taxonomy and len(taxonomy) == 33
    data = Path(__file__).parents[2] / "kefu" / "nlu" / "data"
    for path in [
        *sorted((data / "train").glob("intent_*.jsonl")),
        data / "public" / "bitext_intent_en.jsonl",
    ]:
        labels = {ex.label for ex in read_examples(path)}
        assert labels <= taxonomy, (path.name, labels - taxonomy)


@pytest.mark.parametrize(
    "text", ["包邮吗 亲", "¿Dónde está mi pedido 123456789?", "REFUND!!!", "😡😡", "zzz"]
)
def test_single_message_fast_path_equals_batch_path(tfidf_model: IntentModel, text: str) -> None:
    single = tfidf_model.predict_proba([text])
    batch = tfidf_model.predict_proba([text, "hola"])[:1]
    assert np.allclose(single, batch, atol=1e-9)


@pytest.fixture(scope="module")
def folded_model() -> IntentModel:
    return train(world(), config=TrainConfig(use_embeddings=False, folded_view=True, augment=1))


@pytest.mark.parametrize("text", ["包邮吗 亲", "¿Dónde está mi pedido 123456789?", "REFUND!!!"])
def test_folded_view_fast_path_equals_batch_path(folded_model: IntentModel, text: str) -> None:
    single = folded_model.predict_proba([text])
    batch = folded_model.predict_proba([text, "hola"])[:1]
    assert np.allclose(single, batch, atol=1e-9)


def test_folded_text_ignores_accents_punctuation_and_digits() -> None:
    assert fold_text("¿el envío es gratis?") == fold_text("el envio es gratis")
    assert fold_text("pedido 12345, ¡ya!") == "pedido ya"
    assert fold_text("包邮吗？") == "包邮吗"


def test_augmentation_adds_noisy_copies_of_latin_lines_only() -> None:
    texts = ["¿Cuándo llega mi pedido?", "我的快递到哪了", "Where is my parcel?"]
    labels = np.array(["order_status"] * 3)
    out, y = augment(texts, labels, copies=2, seed=0)
    assert out[:3] == texts
    extra = out[3:]
    assert extra and len(extra) == len(set(extra)) and len(y) == len(out)
    assert all(not any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in extra)
    assert set(extra).isdisjoint(texts)
    # The same seed gives the same copies: training stays deterministic.
    assert augment(texts, labels, copies=2, seed=0)[0] == out


def test_folded_view_recognises_spanish_without_accents(folded_model: IntentModel) -> None:
    assert folded_model.predict("cuanto cuesta el envio a mexico").intent == "shipping_fee"


def test_variants_of_one_line_share_a_group() -> None:
    from kefu.nlu.intent import near_duplicate_groups

    texts = [
        "¿el envío es gratis a Chile?",
        "hola el envio es gratis a chile",
        "el envío es gratis a Chile 5566778899",
        "¿dónde está mi paquete?",
        "包邮吗",
        "亲 包邮吗？",
    ]
    labels = ["shipping_fee", "shipping_fee", "shipping_fee", "order_status", "a", "a"]
    groups = near_duplicate_groups(texts, labels)
    assert groups[0] == groups[1] == groups[2]
    assert groups[3] not in (groups[0], groups[4])
    assert groups[4] == groups[5]


def test_paraphrases_share_a_group_by_meaning() -> None:
    from kefu.nlu.encoder import get_encoder
    from kefu.nlu.intent import near_duplicate_groups

    texts = [
        "thanks a lot, bye",
        "thank you so much, goodbye",
        "can I pay with PayPal?",
        "can I pay via paypal please",
        "¿puedo pagar con PayPal?",
    ]
    labels = ["thanks_bye", "thanks_bye", "payment", "payment", "invoice"]
    by_text = near_duplicate_groups(texts, labels)
    assert by_text[0] != by_text[1]  # few character trigrams in common
    by_meaning = near_duplicate_groups(texts, labels, embeddings=get_encoder().encode(texts))
    assert by_meaning[0] == by_meaning[1]
    assert by_meaning[2] == by_meaning[3]
    # Never across labels, however close the meaning.
    assert by_meaning[4] not in (by_meaning[2], by_meaning[0])


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=1000), st.integers(min_value=3, max_value=8))
def test_calibration_slice_takes_whole_groups(seed: int, copies: int) -> None:
    from kefu.nlu.intent import _split_for_calibration

    # 40 lines per label, each written `copies` times (a line and its variants).
    labels = np.array([f"l{k % 4}" for k in range(160) for _ in range(copies)])
    groups = np.array([k for k in range(160) for _ in range(copies)])
    split = _split_for_calibration(labels, 0.15, seed, groups)
    assert split is not None
    train_idx, cal_idx = split
    assert set(groups[train_idx]).isdisjoint(groups[cal_idx])
    assert len(train_idx) + len(cal_idx) == len(labels)
    assert set(labels[cal_idx]) == set(labels)  # every label is calibrated
    assert set(labels[train_idx]) == set(labels)
