"""`kefu rules ...`: explain an order's deadlines, list a rule set, check the rule files."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer

from kefu.errors import KefuError
from kefu.rules.messages import normalise_language
from kefu.rules.registry import RULESETS, get_ruleset, load_rulesets

app = typer.Typer(help="Marketplace rules (C6): deadlines, freight payer, compensation.",
                  no_args_is_help=True)  # fmt: skip


@app.command("explain")
def explain_command(
    order: Annotated[str, typer.Argument(help="The order's id or its order number.")],
    lang: Annotated[str, typer.Option("--lang", help="zh-Hans, zh-Hant, en or es.")] = "zh-Hans",
    at: Annotated[
        str | None, typer.Option("--at", help="Evaluate at this ISO time (with offset).")
    ] = None,
) -> None:
    """Print every deadline of ORDER with its rule id and source, then each decision explained."""
    from kefu.db import transaction
    from kefu.rules import service
    from kefu.runtime import build_runtime

    runtime = build_runtime()
    try:
        now = datetime.fromisoformat(at) if at else runtime.clock.now()
        if now.tzinfo is None:
            raise typer.BadParameter("--at needs an offset, e.g. 2026-05-03T10:00+08:00")
        with transaction(runtime.sessions) as db:
            found = service.find_order_for_operator(db, order)
            result = service.evaluate_stored_order(db, found, now)
            typer.echo(service.explain_text(found, result, normalise_language(lang)))
    except KefuError as exc:
        typer.secho(f"error: {exc.message}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from exc
    finally:
        runtime.dispose()


@app.command("list")
def list_command(
    ruleset: Annotated[
        str, typer.Argument(help="taobao, tmall, jd, aliexpress, ebay, amazon, eu, cn_law or own")
    ],
) -> None:
    """List the rules of a rule set with version, confidence and source."""
    try:
        found = get_ruleset(ruleset)
    except KefuError as exc:
        typer.secho(f"error: {exc.message}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from exc
    for rule in found.rules:
        flag = "!" if rule.needs_confirmation else " "
        state = "" if rule.enabled else " (disabled)"
        typer.echo(f"{rule.id:<14}{flag}{rule.confidence}  {rule.kind:<26} {rule.version:<12} "
                   f"{rule.title}{state}\n{'':17}{rule.source}")  # fmt: skip


@app.command("check")
def check_command() -> None:
    """Re-read and validate every rule file; exit 1 on the first problem."""
    try:
        fresh = load_rulesets()
    except KefuError as exc:
        typer.secho(f"error: {exc.message}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from exc
    total = sum(len(s.rules) for s in fresh.values())
    typer.echo(f"{len(fresh)} rule sets, {total} rule records: all valid")
    assert set(fresh) == set(RULESETS)
