from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kefu.config import get_settings
from kefu.nlu.cli import app

runner = CliRunner()

LINES = {
    "shipping_fee": [
        "包邮吗",
        "亲 包邮不",
        "运费多少",
        "el envio es gratis?",
        "cuanto cuesta el envio",
        "is shipping free",
    ],
    "order_status": [
        "到哪了",
        "物流怎么不动了",
        "donde esta mi paquete",
        "dónde está mi pedido",
        "where is my parcel",
        "track my order",
    ],
    "greeting": ["在吗", "有人吗", "hola", "buenas tardes", "hi", "anyone there?"],
}


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return path


@pytest.fixture
def train_file(tmp_path: Path) -> Path:
    rows = [{"text": t, "intent": k} for k, texts in LINES.items() for t in texts]
    return write_jsonl(tmp_path / "train.jsonl", rows)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("KEFU_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    yield tmp_path / "data"
    get_settings.cache_clear()


def test_train_then_evaluate_prints_one_json_object(train_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "model"
    args = ["train", "--data", str(train_file), "--out", str(out), "--features", "tfidf"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert (out / "manifest.json").is_file()

    dev = write_jsonl(
        tmp_path / "dev.jsonl",
        [
            {"text": "包邮不亲", "intent": "shipping_fee"},
            {"text": "¿dónde está mi paquete?", "intent": "order_status"},
            {"text": "hola!!", "intent": "greeting"},
            {"text": "quiero factura", "intent": "invoice"},  # not a label the model knows
        ],
    )
    result = runner.invoke(app, ["evaluate", "--data", str(dev), "--model", str(out), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    for key in (
        "n",
        "accuracy",
        "macro_f1",
        "per_label",
        "coverage_at_95_precision",
        "latency_ms_p50",
        "latency_ms_p99",
    ):
        assert key in report
    assert report["n"] == 4
    # The unknown label is an error, not a skip: at best 3 of 4 right.
    assert report["accuracy"] <= 0.75
    assert report["labels_unknown_to_model"] == ["invoice"]
    assert report["per_label"]["invoice"]["recall"] == 0.0
    assert set(report["per_label"]["greeting"]) >= {"precision", "recall", "support"}
    assert report["latency_ms_p99"] >= report["latency_ms_p50"] > 0


def test_train_says_so_when_the_model_can_never_answer(tmp_path: Path) -> None:
    # Labels that no text predicts: the held-out slice never reaches 95 % precision, so the
    # model abstains on everything, and training says that in words rather than "1.010".
    rng = random.Random(7)
    labels = ["shipping_fee", "order_status", "greeting", "payment"]
    rows = [
        {"text": "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=12)),
         "intent": rng.choice(labels)}
        for _ in range(240)
    ]  # fmt: skip
    data = write_jsonl(tmp_path / "noise.jsonl", rows)
    out = tmp_path / "m"
    args = ["train", "--data", str(data), "--out", str(out), "--features", "tfidf"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "abstains on every message" in result.output
    assert json.loads((out / "manifest.json").read_text())["threshold"] > 1.0


def test_train_refuses_bad_lines_and_names_them(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"text": "hola", "intent": "greeting"}\nnot json\n{"text": "hi"}\n["x"]\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["train", "--data", str(bad), "--out", str(tmp_path / "m")])
    assert result.exit_code == 2
    assert "line 2" in result.output and "line 3" in result.output and "line 4" in result.output
    assert not (tmp_path / "m").exists()


def test_invalid_utf8_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes('{"text": "¿dónde?", "intent": "order_status"}\n'.encode("latin-1"))
    result = runner.invoke(
        app, ["evaluate", "--data", str(bad), "--model", str(tmp_path), "--json"]
    )
    assert result.exit_code == 2
    assert "UTF-8" in result.output


def test_unknown_task_is_refused(train_file: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["train", "--data", str(train_file), "--out", str(tmp_path / "m"), "--task", "topic"]
    )
    assert result.exit_code == 2
    assert "unknown task" in result.output


def test_model_dir_from_another_version_is_a_clear_error(train_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "model"
    args = ["train", "--data", str(train_file), "--out", str(out), "--features", "tfidf"]
    assert runner.invoke(app, args).exit_code == 0
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["format_version"] = 0
    (out / "manifest.json").write_text(json.dumps(manifest))
    result = runner.invoke(app, ["evaluate", "--data", str(train_file), "--model", str(out)])
    assert result.exit_code == 2
    assert "retrain" in result.output


def test_train_for_a_shop_stores_it_under_the_data_dir(train_file: Path, data_dir: Path) -> None:
    result = runner.invoke(
        app, ["train", "--data", str(train_file), "--shop", "12", "--features", "tfidf"]
    )
    assert result.exit_code == 0, result.output
    assert (data_dir / "models" / "shop-12" / "manifest.json").is_file()
    result = runner.invoke(app, ["evaluate", "--data", str(train_file), "--shop", "12", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["accuracy"] > 0.8


@pytest.mark.slow
def test_default_features_stack_sentence_embeddings(train_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "model"
    result = runner.invoke(app, ["train", "--data", str(train_file), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads((out / "manifest.json").read_text())["encoder"] == "usem3"
    result = runner.invoke(
        app, ["evaluate", "--data", str(train_file), "--model", str(out), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["accuracy"] > 0.9


@pytest.mark.slow
def test_sentiment_task_trains_and_evaluates_through_the_sentiment_module(tmp_path: Path) -> None:
    pytest.importorskip("kefu.nlu.sentiment")
    rows = [
        {"text": t, "sentiment": s}
        for s, texts in {
            "negative": [
                "太差了",
                "质量很烂",
                "pésimo servicio",
                "muy malo",
                "terrible quality",
                "awful",
            ],
            "positive": [
                "很好用",
                "非常满意",
                "me encanta",
                "excelente",
                "love it",
                "great quality",
            ],
            "neutral": [
                "什么时候发货",
                "有货吗",
                "cuánto cuesta",
                "tienen talla m",
                "what size",
                "ok",
            ],
        }.items()
        for t in texts
    ]
    data = write_jsonl(tmp_path / "s.jsonl", rows)
    out = tmp_path / "sm"
    args = [
        "train",
        "--task",
        "sentiment",
        "--data",
        str(data),
        "--out",
        str(out),
        "--features",
        "tfidf",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    args = ["evaluate", "--task", "sentiment", "--data", str(data), "--model", str(out), "--json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["n"] == 18
    assert report["accuracy"] > 0.8


def test_train_fine_tunes_by_default_when_a_slice_can_be_held_out(tmp_path: Path) -> None:
    from kefu.nlu.intent_data import read_many
    from kefu.nlu.intent_store import shipped_training_files

    wanted = ("shipping_fee", "order_status", "greeting", "return_refund")
    rows = [
        {"text": e.text, "intent": e.label}
        for e in read_many(shipped_training_files())
        if e.label in wanted
    ]
    picked = [r for i, r in enumerate(rows) if i % 12 == 0]  # ~60 per intent, all languages
    data = write_jsonl(tmp_path / "shop.jsonl", picked)
    tuned, plain = tmp_path / "tuned", tmp_path / "plain"
    result = runner.invoke(
        app, ["train", "--data", str(data), "--out", str(tuned), "--features", "tfidf"]
    )
    assert result.exit_code == 0, result.output
    assert "weight" in result.output
    manifest = json.loads((tuned / "manifest.json").read_text())
    assert manifest["config"]["fine_tune"] is True
    assert manifest["tuned_weight"] in (0.0, 0.25, 0.5, 0.75, 1.0)
    args = ["train", "--data", str(data), "--out", str(plain), "--features", "tfidf"]
    result = runner.invoke(app, [*args, "--no-fine-tune"])
    assert result.exit_code == 0, result.output
    assert json.loads((plain / "manifest.json").read_text())["tuned_weight"] == 0.0
    result = runner.invoke(app, ["evaluate", "--data", str(data), "--model", str(tuned), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["accuracy"] > 0.8
