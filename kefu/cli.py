"""The `kefu` command line. Each domain that has commands contributes a Typer sub-app here."""

from __future__ import annotations

import typer

from kefu import __version__

app = typer.Typer(
    name="kefu",
    help="Kefu: customer service for online shops.",
    no_args_is_help=True,
    add_completion=False,
)


@app.command()
def version() -> None:
    """Print Kefu's version."""
    typer.echo(__version__)


# --- domain sub-apps (one line each; keep sorted) ---------------------------------------
# --- end of domain sub-apps ---------------------------------------------------------------
