from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score

from kefu.errors import ValidationFailed
from kefu.nlu.sentiment import (
    ModelIncompatible,
    SentimentExample,
    SentimentModel,
    _char_ngrams,
    _folded,
    default_model,
    lexical_anger,
    load_examples,
    parse_examples,
    shipped_data_files,
    train,
)

DEV = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def shipped() -> list[SentimentExample]:
    return [e for p in shipped_data_files() for e in load_examples(p)]


@lru_cache(maxsize=1)
def dev() -> list[SentimentExample]:
    return [e for p in sorted(DEV.glob("dev_sentiment_*.jsonl")) for e in load_examples(p)]


@lru_cache(maxsize=1)
def char_model() -> SentimentModel:
    return train(shipped(), use_embedding=False)


def accuracy_by_group(model: SentimentModel) -> dict[str, tuple[float, float]]:
    rows = dev()
    preds = model.predict_many([e.text for e in rows])
    out = {}
    for group in ("zh", "en", "es"):
        idx = [i for i, e in enumerate(rows) if (e.lang or "").startswith(group)]
        gold = [rows[i].sentiment for i in idx]
        got = [preds[i].label for i in idx]
        out[group] = (accuracy_score(gold, got), f1_score(gold, got, average="macro"))
    return out


def test_shipped_data_covers_three_languages_and_three_labels() -> None:
    rows = shipped()
    assert {e.sentiment for e in rows} == {"negative", "neutral", "positive"}
    langs = {(e.lang or "")[:2] for e in rows}
    assert {"zh", "en", "es"} <= langs


def test_char_model_on_the_dev_sets() -> None:
    scores = accuracy_by_group(char_model())
    floors = {"zh": 0.85, "en": 0.75, "es": 0.78}
    for group, floor in floors.items():
        assert scores[group][0] >= floor, (group, scores[group])


@pytest.mark.slow
def test_default_model_with_embeddings_on_the_dev_sets(tmp_path: Path) -> None:
    model = default_model(tmp_path)
    assert model.uses_embedding
    scores = accuracy_by_group(model)
    for group in ("zh", "en", "es"):
        assert scores[group][0] >= 0.85, (group, scores[group])
        assert scores[group][1] >= 0.85, (group, scores[group])
    # The cache is keyed by the data hash and loads back to the same answers.
    cached = list(tmp_path.glob("sentiment-*"))
    assert len(cached) == 1
    again = SentimentModel.load(cached[0])
    text = "鞋子开胶了，太失望"
    assert again.predict(text).scores == model.predict(text).scores


def test_fast_scoring_matches_scikit_learn() -> None:
    # The same weights scored by scikit-learn's own vectorizer and classifier.
    model = char_model()
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True)
    vectorizer.vocabulary_ = model.vocabulary
    vectorizer.idf_ = model.idf
    reference = LogisticRegression()
    reference.coef_ = model.coef
    reference.intercept_ = model.intercept
    reference.classes_ = np.array(model.classes)
    texts = [e.text for e in dev()[:60]]
    expected = reference.predict_proba(vectorizer.transform([_folded(t) for t in texts]))
    for text, row in zip(texts, expected, strict=True):
        got = model.predict(text).scores
        for label, p in zip(reference.classes_, row, strict=True):
            assert got[str(label)] == pytest.approx(p, abs=1e-3)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_ngrams_are_those_of_scikit_learn(text: str) -> None:
    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4)).build_analyzer()
    assert _char_ngrams(text) == analyzer(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("鞋子开胶了，质量太差，差评", "negative"),
        ("穿着很舒服，物流也快，好评", "positive"),
        ("什么时候发货", "neutral"),
        ("terrible quality, it broke after two days", "negative"),
        ("love them, super comfortable", "positive"),
        ("¿tienen talla 40?", "neutral"),
        ("pésima calidad, se rompió enseguida", "negative"),
        ("me encantaron, muy cómodos", "positive"),
    ],
)
def test_obvious_messages(text: str, label: str) -> None:
    assert char_model().predict(text).label == label


def test_anger_rises_with_threats_and_shouting() -> None:
    model = char_model()
    calm = model.predict("质量不太好，有点失望").anger
    angry = model.predict("骗子！！！再不退钱我就投诉举报你们").anger
    assert angry > calm
    assert angry >= 0.5
    assert model.predict("THIS IS A SCAM!!! I WILL REPORT YOU").anger >= 0.5
    assert model.predict("son unos estafadores, voy a denunciar").anger >= 0.4
    assert model.predict("wow I LOVE THEM!!!").anger < 0.2
    assert 0.0 <= model.predict("ok").anger <= 1.0


def test_lexical_anger_reads_traditional_and_accents() -> None:
    assert lexical_anger("騙子") > 0.5
    assert lexical_anger("¡Estafa!") > 0.5
    assert lexical_anger("gracias") == 0.0


def test_empty_text_is_neutral_without_anger() -> None:
    result = char_model().predict("   ")
    assert result.label == "neutral"
    assert result.anger == 0.0


def test_huge_text_does_not_blow_up() -> None:
    result = char_model().predict("差评" * 60_000)
    assert result.label == "negative"


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    model = char_model()
    model.save(tmp_path / "m")
    loaded = SentimentModel.load(tmp_path / "m")
    for text in ("发货太慢了", "great seller", "está bien"):
        assert loaded.predict(text) == model.predict(text)


def test_models_from_elsewhere_are_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(ModelIncompatible, match=r"meta\.json"):
        SentimentModel.load(tmp_path)
    char_model().save(tmp_path / "m")
    meta = json.loads((tmp_path / "m" / "meta.json").read_text())
    meta["format"] = "kefu-sentiment/0"
    (tmp_path / "m" / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ModelIncompatible, match="kefu-sentiment/0"):
        SentimentModel.load(tmp_path / "m")
    char_model().save(tmp_path / "n")
    (tmp_path / "n" / "weights.npz").write_bytes(b"not numpy")
    with pytest.raises(ModelIncompatible):
        SentimentModel.load(tmp_path / "n")


def test_bad_training_lines_are_reported_with_line_numbers(tmp_path: Path) -> None:
    lines = [
        '{"text": "好", "sentiment": "positive"}',
        "not json",
        '{"text": "x", "sentiment": "happy"}',
        "",
        '{"text": "y", "sentiment": "negative", "anger": 3}',
    ]
    with pytest.raises(ValidationFailed) as caught:
        parse_examples(lines, "shop.jsonl")
    assert caught.value.details["problems"] == [
        "line 2: not JSON",
        "line 3: `sentiment` must be one of negative, neutral, positive",
        "line 5: `anger` must be a number in 0..1",
    ]
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"text": "\xff", "sentiment": "neutral"}\n')
    with pytest.raises(ValidationFailed, match="UTF-8"):
        load_examples(bad)


def test_training_needs_two_labels() -> None:
    with pytest.raises(ValidationFailed):
        train([SentimentExample("好", "positive")], use_embedding=False)


def test_a_shop_can_train_a_two_label_model() -> None:
    rows = [e for e in shipped()[::2] if e.sentiment != "neutral"]
    model = train(rows, use_embedding=False)
    result = model.predict("太差了，退货")
    assert set(result.scores) == {"negative", "positive"}
    assert result.label == "negative"
    assert sum(result.scores.values()) == pytest.approx(1.0, abs=1e-3)


def test_embedding_features_are_used_when_given() -> None:
    class FixedEncoder:
        name = "fixed-test"
        dim = 4

        def encode(self, texts: list[str]) -> np.ndarray:
            # Sentiment hidden in the embedding only: the model must learn to read it.
            return np.array(
                [[1.0, 0, 0, 0] if "+" in t else [0, 1.0, 0, 0] for t in texts], dtype=np.float32
            )

    rows = [SentimentExample(f"item {i} +", "positive") for i in range(20)] + [
        SentimentExample(f"item {i} -", "negative") for i in range(20)
    ]
    model = train(rows, encoder=FixedEncoder())
    assert model.uses_embedding
    text = "item 99"
    pos = model.predict(text, np.array([1.0, 0, 0, 0], dtype=np.float32))
    neg = model.predict(text, np.array([0, 1.0, 0, 0], dtype=np.float32))
    assert pos.label == "positive"
    assert neg.label == "negative"


def test_a_damaged_default_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only the training step is swapped for a fast one; the cache logic runs for real.
    import kefu.nlu.sentiment as sentiment

    monkeypatch.setattr(sentiment, "train", lambda rows: char_model())
    sentiment.default_model.cache_clear()
    try:
        first = sentiment.default_model(tmp_path)
        (cached,) = tmp_path.glob("sentiment-*")
        (cached / "weights.npz").write_bytes(b"broken")
        sentiment.default_model.cache_clear()
        again = sentiment.default_model(tmp_path)
        assert again.predict("好评").scores == first.predict("好评").scores
        assert SentimentModel.load(cached).predict("差评") == first.predict("差评")
        assert [p.name for p in tmp_path.iterdir()] == [cached.name]
    finally:
        sentiment.default_model.cache_clear()
