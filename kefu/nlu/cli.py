"""`kefu nlu …`: train and evaluate classifiers on JSON-lines files, build the default model."""

from __future__ import annotations

import importlib
import json
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from kefu.errors import KefuError

app = typer.Typer(
    name="nlu", help="Language understanding: train, evaluate, analyse.", no_args_is_help=True
)
err = Console(stderr=True)

DataOpt = Annotated[list[Path], typer.Option("--data", help="JSON-lines file (repeatable).")]
TaskOpt = Annotated[str, typer.Option("--task", help="intent or sentiment.")]


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}")
    return typer.Exit(code=2)


def _check_task(task: str) -> None:
    if task not in ("intent", "sentiment"):
        raise _fail(f"unknown task {task!r}: use 'intent' or 'sentiment'")


def _sentiment_api() -> Any:
    try:
        return importlib.import_module("kefu.nlu.sentiment")
    except ImportError as exc:
        raise _fail("sentiment support (kefu.nlu.sentiment) is not installed") from exc


def _progress_bar() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TimeElapsedColumn(),
        console=err,
        transient=False,
    )


@app.command()
def train(
    data: DataOpt,
    out: Annotated[Path | None, typer.Option("--out", help="Model directory to write.")] = None,
    task: TaskOpt = "intent",
    shop: Annotated[
        str | None, typer.Option("--shop", help="Store as this shop's model (replaces default).")
    ] = None,
    features: Annotated[
        str,
        typer.Option(
            "--features",
            help="stack (TF-IDF + sentence embeddings, best), tfidf (fastest), or embed.",
        ),
    ] = "stack",
    fine_tune: Annotated[
        bool,
        typer.Option(
            "--fine-tune/--no-fine-tune",
            help="Also fine-tune the sentence encoder on the data (PyTorch, a few minutes on CPU "
            "for 10k messages) and mix it in at the weight a held-out slice of the data picks "
            "(none when it does not help there, or when the data is too small to hold one out).",
        ),
    ] = True,
    parallel: Annotated[
        bool,
        typer.Option(
            "--parallel/--one-process",
            help="Fine-tune in a second process while this one fits the rest (the same model in "
            "less wall time; --one-process leaves a core free for a server on the same machine).",
        ),
    ] = True,
) -> None:
    """Train a model from the shop's labelled messages."""
    _check_task(task)
    if features not in ("stack", "tfidf", "embed"):
        raise _fail(f"unknown --features {features!r}: use stack, tfidf or embed")
    if out is None and shop is None:
        raise _fail("say where the model goes: --out DIR or --shop ID")
    from kefu.nlu.intent_data import read_many

    try:
        started = time.perf_counter()
        if task == "sentiment":
            if out is None:
                raise _fail("sentiment models need --out DIR")
            _train_sentiment(data, out, features)
            return
        examples = read_many(data, task=task)
        from kefu.nlu.intent import TrainConfig
        from kefu.nlu.intent import train as train_intent

        config = TrainConfig(
            use_embeddings=features in ("stack", "embed"),
            use_tfidf=features in ("stack", "tfidf"),
            fine_tune=fine_tune,
        )

        with _progress_bar() as bar:
            job = bar.add_task("reading data", total=1.0)

            def report(stage: str, share: float) -> None:
                bar.update(job, description=stage, completed=share)

            model = train_intent(examples, config=config, progress=report, parallel=parallel)
        if shop is not None:
            from kefu.nlu.intent_store import save_shop_model

            target = save_shop_model(shop, model)
        else:
            assert out is not None
            model.save(out)
            target = out
    except KefuError as exc:
        raise _fail(exc.message) from exc
    err.print(
        f"saved intent model to {target}: {len(examples)} examples, {len(model.labels)} labels, "
        f"{time.perf_counter() - started:.1f} s; "
        + (
            f"abstains below confidence {model.threshold:.3f}"
            if model.threshold <= 1.0
            else "abstains on every message (the bot hands each one to a person): its held-out "
            "slice does not show 95 % precision with 90 % confidence; add labelled lines"
        )
        + (f"; fine-tuned encoder's weight {model.manifest.tuned_weight:.2f}" if fine_tune else "")
    )


def _train_sentiment(data: list[Path], out: Path, features: str) -> None:
    from kefu.nlu.intent_data import read_many

    api = _sentiment_api()
    read_many(data, task="sentiment")  # same strict line checks as intent files
    examples = [ex for path in data for ex in api.load_examples(path)]
    with _progress_bar() as bar:
        job = bar.add_task("training sentiment model", total=1.0)
        model = api.train(examples, use_embedding=features != "tfidf")
        bar.update(job, completed=0.9)
        model.save(out)
        bar.update(job, completed=1.0)
    err.print(f"saved sentiment model to {out} ({len(examples)} examples)")


def _evaluate_intent(data: list[Path], model_dir: Path | None, shop: str | None) -> dict[str, Any]:
    from threadpoolctl import threadpool_limits

    from kefu.nlu.intent import IntentModel
    from kefu.nlu.intent_data import read_many
    from kefu.nlu.intent_eval import classification_report
    from kefu.nlu.intent_store import load_model, model_for_shop

    examples = read_many(data, task="intent")
    model: IntentModel = load_model(model_dir) if model_dir else model_for_shop(shop)
    predicted: list[str] = []
    confidence: list[float] = []
    latencies: list[float] = []
    with threadpool_limits(limits=1):
        model.predict(examples[0].text)  # warm-up: lazy loads are not per-message latency
        for ex in examples:
            t0 = time.perf_counter()
            pred = model.predict(ex.text)
            latencies.append(time.perf_counter() - t0)
            predicted.append(pred.intent)
            confidence.append(pred.confidence)
    report = classification_report(
        [e.label for e in examples],
        predicted,
        confidence,
        model_labels=model.labels,
        latencies_s=latencies,
    )
    report["model"] = {
        "labels": len(model.labels),
        "encoder": model.manifest.encoder,
        "data_hash": model.manifest.data_hash[:16],
        "threshold": model.threshold,
    }
    return report


def _evaluate_sentiment(data: list[Path], model_dir: Path | None) -> dict[str, Any]:
    from threadpoolctl import threadpool_limits

    from kefu.nlu.intent_data import read_many
    from kefu.nlu.intent_eval import classification_report

    api = _sentiment_api()
    examples = read_many(data, task="sentiment")
    model = api.SentimentModel.load(model_dir) if model_dir is not None else api.default_model()
    predicted: list[str] = []
    confidence: list[float] = []
    latencies: list[float] = []
    with threadpool_limits(limits=1):
        model.predict(examples[0].text)
        for ex in examples:
            t0 = time.perf_counter()
            result = model.predict(ex.text)
            latencies.append(time.perf_counter() - t0)
            predicted.append(str(result.label))
            confidence.append(float(max(result.scores.values())))
    return classification_report(
        [e.label for e in examples],
        predicted,
        confidence,
        model_labels=tuple(api.LABELS),
        latencies_s=latencies,
    )


@app.command()
def evaluate(
    data: DataOpt,
    model: Annotated[
        Path | None, typer.Option("--model", help="Model directory (default: shipped model).")
    ] = None,
    task: TaskOpt = "intent",
    shop: Annotated[str | None, typer.Option("--shop", help="Evaluate this shop's model.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Measure a model on labelled messages."""
    _check_task(task)
    try:
        if task == "intent":
            report = _evaluate_intent(data, model, shop)
        else:
            report = _evaluate_sentiment(data, model)
    except KefuError as exc:
        raise _fail(exc.message) from exc
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, sort_keys=True))
        return
    typer.echo(
        f"n={report['n']} accuracy={report['accuracy']:.4f} macro_f1={report['macro_f1']:.4f} "
        f"coverage@95%P={report['coverage_at_95_precision']:.4f} "
        f"p50={report['latency_ms_p50']} ms p99={report['latency_ms_p99']} ms"
    )
    for label, row in sorted(report["per_label"].items()):
        typer.echo(
            f"  {label:<20} P={row['precision']:.3f} R={row['recall']:.3f} n={row['support']}"
        )


@app.command()
def prepare(
    force: Annotated[bool, typer.Option("--force", help="Retrain even if cached.")] = False,
) -> None:
    """Build (or verify) the default intent and sentiment models from the shipped training data."""
    from kefu.nlu.intent_store import build_default_model, default_model_dir
    from kefu.nlu.sentiment import default_model as default_sentiment_model

    # Sentiment trains in seconds; building it here keeps a first buyer message from paying for it.
    default_sentiment_model()
    target = default_model_dir()
    if target.is_dir() and not force:
        err.print(f"default intent model is up to date: {target}")
        return
    try:
        with _progress_bar() as bar:
            job = bar.add_task("building default intent model", total=1.0)
            path = build_default_model(
                progress=lambda stage, share: bar.update(job, description=stage, completed=share),
                force=force,
            )
    except KefuError as exc:
        raise _fail(exc.message) from exc
    err.print(f"default intent model ready: {path}")


@app.command("analyze")
def analyze_command(
    text: Annotated[str, typer.Argument(help="A buyer message.")],
    model: Annotated[Path | None, typer.Option("--model")] = None,
    shop: Annotated[str | None, typer.Option("--shop")] = None,
) -> None:
    """Analyse one message and print the result as JSON."""
    import dataclasses

    from kefu.nlu.analyze import analyze
    from kefu.nlu.intent_store import load_model

    try:
        result = analyze(text, model=load_model(model) if model else None, shop_id=shop)
    except KefuError as exc:
        raise _fail(exc.message) from exc

    def plain(value: Any) -> Any:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        return value if isinstance(value, str | int | float | bool | type(None)) else str(value)

    body = plain(result)
    body["normalized"].pop("offsets", None)
    typer.echo(json.dumps(body, ensure_ascii=False, indent=2))
