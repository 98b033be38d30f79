"""One demo load shared by the bot's slow tests (the scenario suite): loading is the expensive
part. Reuses tests/demo's loader; the suite rolls every dialogue back, so the load stays clean."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from tests.demo.conftest import load_into


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    session, summary, seconds = load_into(tmp_path_factory.mktemp("bot-demo") / "demo.db")
    print(f"\n{summary}\nbot suite demo load: {seconds:.1f} s wall")
    yield session
    engine = session.get_bind()
    session.close()
    engine.dispose()  # type: ignore[union-attr]
