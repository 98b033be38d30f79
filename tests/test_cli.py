"""The `kefu` command line, run in-process against a throwaway SQLite database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from typer.testing import CliRunner

from kefu.cli import app
from kefu.config import get_settings

SAMPLES = Path(__file__).parent / "imports" / "samples"


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("KEFU_DATABASE_URL", url)
    monkeypatch.setenv("KEFU_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_commands_refuse_a_database_without_schema(cli_env: str) -> None:
    code, out = _run("shop", "create", "--name", "x", "--slug", "xx", "--marketplace", "taobao")
    assert code == 1 and "kefu db upgrade" in out


def test_upgrade_shop_user_and_import(cli_env: str) -> None:
    assert _run("db", "upgrade")[0] == 0
    code, out = _run(
        "shop", "create", "--name", "山野户外", "--slug", "shanye", "--marketplace", "taobao"
    )
    assert code == 0, out
    code, out = _run(
        "user",
        "create",
        "--email",
        "a@example.com",
        "--name",
        "阿美",
        "--shop",
        "1",
        "--password",
        "long-enough-pw",
    )
    assert code == 0, out
    code, out = _run("import", "orders", str(SAMPLES / "taobao_orders_gb18030.csv"), "--shop", "1")
    assert code == 0, out
    assert "imported 5 orders" in out
    code, out = _run("import", "orders", str(SAMPLES / "taobao_orders.csv"), "--shop", "1")
    assert code == 2 and "already imported" in out
    code, out = _run("import", "products", str(SAMPLES / "products.csv"), "--shop", "1")
    assert code == 0 and "imported 2 products" in out
    engine = create_engine(cli_env)
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from orders")).scalar() == 5
    engine.dispose()


def test_a_broken_file_exits_nonzero_and_writes_nothing(cli_env: str, tmp_path: Path) -> None:
    _run("db", "upgrade")
    _run("shop", "create", "--name", "s", "--slug", "ss", "--marketplace", "taobao")
    bad = tmp_path / "bad.csv"
    bad.write_text(
        (SAMPLES / "taobao_orders.csv")
        .read_text(encoding="utf-8")
        .replace("2026-04-28 10:00:00", "not a date"),
        encoding="utf-8",
    )
    code, out = _run("import", "orders", str(bad), "--shop", "1")
    assert code == 2
    assert "bad.csv, line 3, column 订单创建时间" in out
    engine = create_engine(cli_env)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(text("orders"))).scalar() == 0
    engine.dispose()


def test_bad_options_are_explained(cli_env: str) -> None:
    _run("db", "upgrade")
    code, out = _run("shop", "create", "--name", "s", "--slug", "ss", "--marketplace", "wish")
    assert code == 1 and "marketplace" in out
    code, out = _run("import", "orders", "/nonexistent.csv", "--shop", "1")
    assert code == 1 and "no such file" in out
    code, out = _run("import", "orders", str(SAMPLES / "taobao_orders.csv"), "--shop", "42")
    assert code == 1 and "shop 42 does not exist" in out
