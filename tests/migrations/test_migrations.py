from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import kefu.models  # noqa: F401
from kefu.db import Base, make_engine
from kefu.migrations import upgrade
from tests.conftest import POSTGRES_URL


def _assert_models_match(url: str) -> None:
    engine = make_engine(url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_migrations_build_the_models_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    upgrade(url)
    _assert_models_match(url)


@pytest.mark.skipif(not POSTGRES_URL, reason="KEFU_TEST_POSTGRES_URL not set (CI always sets it)")
def test_migrations_build_the_models_on_postgres(_postgres_schema: str) -> None:
    # The session fixture built this database from empty with the same migrations.
    _assert_models_match(_postgres_schema)
