"""The `kefu` command line. Each domain that has commands contributes a Typer sub-app here."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import NoReturn

import typer

from kefu import __version__
from kefu.config import get_settings
from kefu.db import transaction
from kefu.errors import KefuError
from kefu.imports.common import ImportFailed
from kefu.runtime import Runtime, build_runtime

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


def _runtime() -> Runtime:
    return build_runtime()


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _check_schema(runtime: Runtime) -> None:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from kefu.migrations import alembic_config

    script = ScriptDirectory.from_config(alembic_config(runtime.settings.resolved_database_url()))
    with runtime.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_heads()
    if set(current) != set(script.get_heads()):
        _fail("the database schema is not up to date; run `kefu db upgrade` first")


db_app = typer.Typer(help="Database schema migrations.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade(revision: str = typer.Argument("head", help="Target revision")) -> None:
    """Create or migrate the database to the latest schema (SQLite or PostgreSQL)."""
    from kefu.migrations import upgrade

    url = get_settings().resolved_database_url()
    upgrade(url, revision)
    typer.echo(f"database at {revision}: {_safe_url(url)}")


def _safe_url(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


shop_app = typer.Typer(help="Shops and their marketplace rule sets.", no_args_is_help=True)
app.add_typer(shop_app, name="shop")


@shop_app.command("create")
def shop_create(
    name: str = typer.Option(..., help="Shop name buyers see"),
    slug: str = typer.Option(..., help="Short id for URLs, e.g. shanye-outdoor"),
    marketplace: str = typer.Option(
        ..., help="taobao, tmall, jd, aliexpress, ebay, amazon, shopify or own"
    ),
    currency: str = typer.Option("CNY", help="ISO currency code"),
    timezone: str = typer.Option("Asia/Shanghai", help="IANA time zone of the shop's clock"),
    lang: list[str] = typer.Option(["zh-Hans"], "--lang", help="Buyer language (repeatable)"),
) -> None:
    """Create a shop."""
    from pydantic import ValidationError

    from kefu.replies.service import do_seed_shop_library
    from kefu.shops.schemas import ShopCreate
    from kefu.shops.service import do_create_shop

    runtime = _runtime()
    _check_schema(runtime)
    try:
        data = ShopCreate(
            name=name,
            slug=slug,
            marketplace=marketplace,
            currency=currency,
            timezone=timezone,
            languages=lang,
        )
    except ValidationError as exc:
        _fail("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()))
    try:
        with transaction(runtime.sessions) as db:
            shop = do_create_shop(db, data, runtime.clock.now())
            created, _ = do_seed_shop_library(db, shop, runtime.clock.now())
            typer.echo(
                f"created shop {shop.id} ({shop.slug}, {shop.marketplace}) "
                f"with {created} ready replies"
            )
    except KefuError as exc:
        _fail(exc.message)


user_app = typer.Typer(help="Agents and their accounts.", no_args_is_help=True)
app.add_typer(user_app, name="user")


@user_app.command("create")
def user_create(
    email: str = typer.Option(..., help="Login e-mail"),
    name: str = typer.Option(..., help="Name shown to colleagues"),
    role: str = typer.Option("agent", help="admin, supervisor or agent"),
    shop: list[int] = typer.Option([], "--shop", help="Shop id this user works for (repeatable)"),
    password: str = typer.Option(..., prompt=True, hide_input=True, confirmation_prompt=True),
    ui_lang: str = typer.Option("zh-Hans", help="Workbench language: zh-Hans or en"),
) -> None:
    """Create an agent account."""
    from kefu.auth.service import do_create_user
    from kefu.shops.models import Shop

    runtime = _runtime()
    _check_schema(runtime)
    try:
        with transaction(runtime.sessions) as db:
            for shop_id in shop:
                if db.get(Shop, shop_id) is None:
                    _fail(f"shop {shop_id} does not exist")
            user = do_create_user(
                db,
                email=email,
                name=name,
                password=password,
                role=role,
                shop_ids=shop,
                now=runtime.clock.now(),
                ui_lang=ui_lang,
            )
            typer.echo(f"created user {user.id} <{user.email}> ({user.role})")
    except KefuError as exc:
        _fail(exc.message)


import_app = typer.Typer(
    help="Import orders and products from marketplace exports.", no_args_is_help=True
)
app.add_typer(import_app, name="import")


def _run_import(kind: str, path: Path, shop_id: int, fmt: str | None, skip_existing: bool) -> None:
    from rich.progress import Progress

    from kefu.catalog import imports as product_imports
    from kefu.orders import imports as order_imports
    from kefu.shops.models import Shop

    runtime = _runtime()
    _check_schema(runtime)
    if not path.is_file():
        _fail(f"{path}: no such file")
    data = path.read_bytes()
    fmt = fmt or ("json" if path.suffix.lower() == ".json" else "csv")
    try:
        with transaction(runtime.sessions) as db:
            shop = db.get(Shop, shop_id)
            if shop is None:
                _fail(f"shop {shop_id} does not exist")
            now = runtime.clock.now()
            with Progress(transient=True) as progress:
                task = progress.add_task(f"importing {path.name}", total=None)

                def tick(done: int, total: int) -> None:
                    progress.update(task, completed=done, total=total)

                if kind == "orders":
                    parsed = (
                        order_imports.parse_shopify_json(data, path.name)
                        if fmt == "json"
                        else order_imports.parse_taobao_csv(data, path.name, shop.timezone)
                    )
                    report = order_imports.do_import_orders(
                        db, shop, parsed, path.name, now, skip_existing=skip_existing, progress=tick
                    )
                else:
                    products = (
                        product_imports.parse_products_json(data, path.name, shop.id)
                        if fmt == "json"
                        else product_imports.parse_products_csv(data, path.name, shop.id)
                    )
                    report = product_imports.do_import_products(
                        db,
                        shop.id,
                        products,
                        path.name,
                        now,
                        skip_existing=skip_existing,
                        progress=tick,
                    )
    except ImportFailed as exc:
        typer.secho(f"error: nothing was imported from {path.name}:", fg=typer.colors.RED, err=True)
        for problem in exc.problems[:50]:
            typer.echo(f"  {problem}", err=True)
        if len(exc.problems) > 50:
            typer.echo(f"  … and {len(exc.problems) - 50} more", err=True)
        raise typer.Exit(2) from exc
    except KefuError as exc:
        _fail(exc.message, 2)
    typer.echo(
        f"imported {report.created} {report.kind} into shop {shop_id} ({report.skipped} already there, skipped)"
    )


@import_app.command("orders")
def import_orders(
    path: Path = typer.Argument(
        ..., help="Taobao/Tmall order export (.csv) or Shopify orders (.json)"
    ),
    shop: int = typer.Option(..., "--shop", help="Shop id to import into"),
    fmt: str | None = typer.Option(
        None, "--format", help="csv (Taobao/Tmall) or json (Shopify); default from the suffix"
    ),
    skip_existing: bool = typer.Option(
        False, help="Skip orders already imported instead of refusing the file"
    ),
) -> None:
    """Import orders. All or nothing: any bad row stops the whole file, with line and column."""
    _run_import("orders", path, shop, fmt, skip_existing)


@import_app.command("products")
def import_products(
    path: Path = typer.Argument(..., help="Products as CSV (one row per variant) or JSON"),
    shop: int = typer.Option(..., "--shop", help="Shop id to import into"),
    fmt: str | None = typer.Option(None, "--format", help="csv or json; default from the suffix"),
    skip_existing: bool = typer.Option(
        False, help="Skip products already there instead of refusing the file"
    ),
) -> None:
    """Import products with their knowledge files. All or nothing per file."""
    _run_import("products", path, shop, fmt, skip_existing)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on"),
    port: int = typer.Option(8000, help="Port to listen on"),
    workers: int = typer.Option(
        1, help="Worker processes (use PostgreSQL and KEFU_REDIS_URL beyond 1)"
    ),
) -> None:
    """Serve the workbench, the buyer widget and the API."""
    import uvicorn

    runtime = _runtime()
    _check_schema(runtime)
    runtime.dispose()
    if workers > 1 and get_settings().resolved_database_url().startswith("sqlite"):
        _fail("several workers need PostgreSQL (KEFU_DATABASE_URL) and Redis (KEFU_REDIS_URL)")
    uvicorn.run("kefu.app:create_app", factory=True, host=host, port=port, workers=workers)


@app.command()
def demo(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on"),
    port: int = typer.Option(8000, help="Port to listen on"),
    no_serve: bool = typer.Option(False, "--no-serve", help="Only create and load the database"),
    seed: int = typer.Option(7, help="Seed for the generated demo data"),
) -> None:
    """Create the database if missing, load the demo shop if it is empty, print a login, serve."""
    from sqlalchemy import func, select

    from kefu.demo.generate import DEMO_PASSWORD, load_demo
    from kefu.migrations import upgrade
    from kefu.shops.models import Shop

    url = get_settings().resolved_database_url()
    upgrade(url)
    runtime = _runtime()
    with transaction(runtime.sessions) as db:
        empty = (db.scalar(select(func.count()).select_from(Shop)) or 0) == 0
        if empty:
            typer.echo("loading the demo shop …")
            summary = load_demo(db, now=runtime.clock.now(), seed=seed)
            typer.echo(str(summary))
        else:
            typer.echo("the database already has shops; the demo data was not loaded again")
    runtime.dispose()
    typer.echo(f"database: {_safe_url(url)}")
    typer.echo(f"login: admin@kefu.demo / {DEMO_PASSWORD}")
    if no_serve:
        return
    typer.echo(f"Kefu is at http://{host}:{port}/  (API docs at /docs)")
    serve(host=host, port=port, workers=1)


# --- domain sub-apps: command name -> module with a Typer `app` (one line each; keep sorted) ---
DOMAIN_COMMANDS = {
    "bot": "kefu.bot.cli",
    "guard": "kefu.guard.cli",
    "jobs": "kefu.jobs.cli",
    "nlu": "kefu.nlu.cli",
    "rules": "kefu.rules.cli",
}
# --- end of domain sub-apps ---------------------------------------------------------------

for _name, _module in DOMAIN_COMMANDS.items():
    app.add_typer(importlib.import_module(_module).app, name=_name)
