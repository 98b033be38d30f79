"""`kefu bot …`: run the scenario suite over the demo shops; sweep unanswered buyer messages."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import typer

app = typer.Typer(help="The bot: scenario suite and maintenance.", no_args_is_help=True)

DEMO_NOW = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)


def demo_session(database: str | None):  # type: ignore[no-untyped-def]
    """A session on `database`, or on a fresh temporary SQLite file with the demo loaded."""
    import kefu.models  # noqa: F401
    from kefu.bot.models import BotDecision  # noqa: F401
    from kefu.db import Base, make_engine, make_session_factory
    from kefu.demo.generate import load_demo

    url = database or f"sqlite:///{Path(tempfile.mkdtemp()) / 'bot-suite.db'}"
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    session = make_session_factory(engine)()
    if database is None:
        load_demo(session, now=DEMO_NOW, seed=7)
        session.commit()
    return session


@app.command()
def scenarios(
    as_json: bool = typer.Option(False, "--json", help="print one JSON object"),
    database: str | None = typer.Option(None, help="a database with the demo loaded"),
) -> None:
    """Run every scripted dialogue and print the report (exit 1 on a wrong fact)."""
    from kefu.bot.suite import run_suite

    session = demo_session(database)
    report = run_suite(session, DEMO_NOW).as_dict()
    session.rollback()
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
    else:
        for key, value in report.items():
            if key != "failures":
                typer.echo(f"{key:22} {value}")
        for failure in report["failures"]:
            typer.echo(f"  - {failure}")
    if report["wrong_facts"]:
        raise typer.Exit(1)


@app.command()
def sweep(database: str | None = typer.Option(None)) -> None:
    """Handle buyer messages of the last hour that have no bot decision (after a crash)."""
    from kefu.bot.service import do_sweep_unanswered
    from kefu.clock import SystemClock
    from kefu.config import Settings
    from kefu.runtime import build_runtime

    runtime = build_runtime(Settings(database_url=database) if database else None)
    with runtime.sessions() as db:
        handled = do_sweep_unanswered(db, SystemClock())
        db.commit()
    typer.echo(f"handled {handled} messages")
