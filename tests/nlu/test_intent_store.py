from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kefu.config import get_settings
from kefu.errors import ValidationFailed
from kefu.nlu import intent_store
from kefu.nlu.intent import TrainConfig, train
from kefu.nlu.intent_data import Example


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("KEFU_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def tiny(label_a: str, label_b: str) -> list[Example]:
    return [Example(t, label_a) for t in ("包邮吗", "envio gratis", "free shipping")] + [
        Example(t, label_b) for t in ("在吗", "hola", "hello")
    ]


def test_shop_model_is_stored_under_data_dir_and_preferred(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = train(tiny("shipping_fee", "greeting"), config=TrainConfig(use_embeddings=False))
    monkeypatch.setattr(intent_store, "get_default_model", lambda: default)
    shop = train(tiny("envio", "saludo"), config=TrainConfig(use_embeddings=False))
    path = intent_store.save_shop_model("42", shop)
    assert path == data_dir / "models" / "shop-42"
    assert intent_store.model_for_shop("42").labels == ("envio", "saludo")
    assert intent_store.model_for_shop("7").labels == ("greeting", "shipping_fee")
    assert intent_store.model_for_shop(None) is default


def test_shop_id_cannot_escape_the_models_folder(data_dir: Path) -> None:
    with pytest.raises(ValidationFailed):
        intent_store.shop_model_dir("../etc")


def test_default_model_key_changes_with_the_data(tmp_path: Path) -> None:
    a = tmp_path / "intent_xx.jsonl"
    a.write_text('{"text": "hola", "intent": "greeting"}\n', encoding="utf-8")
    first = intent_store.default_model_key([a])
    assert intent_store.default_model_key([a]) == first
    a.write_text('{"text": "hola!", "intent": "greeting"}\n', encoding="utf-8")
    assert intent_store.default_model_key([a]) != first


def test_default_model_lives_in_the_machine_cache_keyed_by_data(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Built from shipped files only: shared by every data directory, never inside one.
    cache = tmp_path.parent / f"{tmp_path.name}-cache"
    monkeypatch.setenv("KEFU_CACHE_DIR", str(cache))
    get_settings.cache_clear()
    target = intent_store.default_model_dir()
    assert target.parent == cache / "models"
    assert not target.is_relative_to(data_dir)
    assert target.name.startswith("default-intent-")
    assert intent_store.shipped_training_files(), "the default model needs shipped data"
