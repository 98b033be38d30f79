"""Writing the audit log. Called inside the same transaction as the change it records."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from kefu.audit.models import AuditEntry


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    return value


def record(
    db: Session,
    *,
    at: datetime,
    action: str,
    entity: str,
    entity_id: object,
    user_id: int | None = None,
    shop_id: int | None = None,
    changes: dict[str, Any] | None = None,
    actor_kind: str = "user",
) -> AuditEntry:
    entry = AuditEntry(
        at=at,
        user_id=user_id,
        shop_id=shop_id,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        changes=_jsonable(changes or {}),
        actor_kind=actor_kind,
    )
    db.add(entry)
    return entry


def diff(obj: object, updates: dict[str, Any]) -> dict[str, Any]:
    """The {field: [old, new]} pairs of `updates` that really change `obj`."""
    changed: dict[str, Any] = {}
    for key, new in updates.items():
        old = getattr(obj, key)
        if old != new:
            changed[key] = [old, new]
    return changed
