"""`kefu guard ...`: check a message or a file from the shell, and score the labelled corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from kefu.guard import check, check_file
from kefu.guard.engine import default_engine
from kefu.guard.report import evaluate, format_table, load_corpus

app = typer.Typer(help="The guard (C7): forbidden claims, off-platform steering, phishing, files.",
                  no_args_is_help=True)  # fmt: skip


@app.command("check")
def check_command(
    text: Annotated[str | None, typer.Option("--text", help="Message to check.")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="File to check.")] = None,
    direction: Annotated[str, typer.Option("--direction", help="out (shop) or in (buyer).")] = "out",
    platform: Annotated[str | None, typer.Option("--platform", help="taobao, tmall, jd, ...")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Message language if known.")] = None,
    agent_lang: Annotated[str, typer.Option("--agent-lang", help="Language of reasons.")] = "zh-Hans",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Check one message (--text) or one file (--file) and print the findings."""
    if (text is None) == (file is None):
        raise typer.BadParameter("give exactly one of --text or --file")
    if direction not in ("out", "in"):
        raise typer.BadParameter("--direction must be 'out' or 'in'")
    if file is not None:
        result = check_file(file.read_bytes(), file.name, agent_lang)
    else:
        assert text is not None
        result = check(text, "out" if direction == "out" else "in", platform, lang, agent_lang)
    if as_json:
        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False))
        return
    if not result.findings:
        typer.echo("no findings")
    for f in result.findings:
        span = text[f.start : f.end] if text is not None else (file.name if file else "")
        line = f"[{f.severity}] {f.category} {f.start}-{f.end} {span!r}: {f.reason}"
        if f.suggestion is not None:
            line += f"  -> {f.suggestion!r}"
        typer.echo(line)
    raise typer.Exit(code=1 if result.blocked else 0)


@app.command("report")
def report_command(
    corpus: Annotated[Path | None, typer.Option("--corpus", help="Corpus module.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Precision and recall per category on the labelled corpus (tests/guard/corpus.py)."""
    report = evaluate(load_corpus(corpus))
    engine = default_engine()
    block = [c for c, spec in engine.categories.items() if spec.severity == "block"]
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        typer.echo(format_table(report, block))
