"""A throwaway PostgreSQL database with N due `test.note` jobs, for the multi-process test and
the bench. Each caller gets a database of its own and drops it afterwards."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import insert, text
from sqlalchemy.engine import make_url

import kefu.models  # noqa: F401
from kefu.conversations.service import do_create_conversation
from kefu.db import Base, make_engine, make_session_factory, transaction
from kefu.jobs.models import Job
from tests.factories import make_buyer, make_shop


def postgres_url() -> str | None:
    return os.environ.get("KEFU_TEST_POSTGRES_URL")


@dataclass
class PgWorld:
    url: str
    conversation_id: int


@contextmanager
def throwaway_database(base_url: str) -> Iterator[str]:
    base = make_url(base_url.replace("postgresql://", "postgresql+psycopg://", 1))
    name = f"{base.database}_jobs_{uuid.uuid4().hex[:8]}"
    admin = make_engine(base.render_as_string(hide_password=False)).execution_options(
        isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.set(database=name).render_as_string(hide_password=False)
    try:
        engine = make_engine(url)
        Base.metadata.create_all(engine)
        engine.dispose()
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def seed_note_jobs(url: str, count: int, now: datetime | None = None) -> PgWorld:
    """A shop, a buyer, a conversation and `count` due jobs whose handler writes one note each."""
    now = now or datetime.now(UTC)
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    with transaction(sessions) as db:
        shop = make_shop(db, now)
        buyer = make_buyer(db, now, shop)
        conversation = do_create_conversation(
            db, {"shop_id": shop.id, "buyer_id": buyer.id, "channel": "marketplace"}, now
        )
        conversation_id = conversation.id
        rows = [
            {
                "kind": "test.note",
                "state": "pending",
                "due_at": now,
                "shop_id": shop.id,
                "payload": {"conversation_id": conversation_id},
                "idempotency_key": f"note-{i:05d}",
                "attempts": 0,
                "max_attempts": 5,
                "created_at": now,
                "updated_at": now,
            }
            for i in range(count)
        ]
        db.execute(insert(Job), rows)
    engine.dispose()
    return PgWorld(url=url, conversation_id=conversation_id)
