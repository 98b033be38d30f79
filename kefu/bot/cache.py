"""Per-database memory for the bot's caches (products, rules answers, reply library, buyer
texts). Scoped to the SQLAlchemy engine a session is bound to, so two databases in one process
(tests, several runtimes) never share entries even when their ids and timestamps coincide."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy.orm import Session

_BY_ENGINE: WeakKeyDictionary[Any, dict[str, OrderedDict[Any, Any]]] = WeakKeyDictionary()
LOCK = threading.RLock()


def scoped(db: Session, name: str) -> OrderedDict[Any, Any]:
    """The named cache of the database `db` is bound to. Callers hold LOCK while using it."""
    bind = db.get_bind()
    engine = getattr(bind, "engine", bind)
    with LOCK:
        caches = _BY_ENGINE.get(engine)
        if caches is None:
            caches = _BY_ENGINE[engine] = {}
        return caches.setdefault(name, OrderedDict())


def remember(cache: OrderedDict[Any, Any], key: Any, value: Any, limit: int) -> None:
    with LOCK:
        cache[key] = value
        cache.move_to_end(key)
        while len(cache) > limit:
            cache.popitem(last=False)
