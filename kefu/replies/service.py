"""Use cases of the shop-editable reply library: create, edit, disable, reorder, search, seed
from the shipped library, import/export (YAML, CSV) and the per-shop Library the bot selects from.

Shared replies are the shop's (supervisors edit them); personal replies belong to one agent.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import yaml
from pydantic import ValidationError
from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from kefu.api.scope import scoped
from kefu.audit import service as audit
from kefu.auth.principal import Principal
from kefu.errors import NotFound, PermissionDenied, ValidationFailed
from kefu.replies.catalog import CHOICES, INTENTS, TONES, VARIABLES, VarKind
from kefu.replies.library import Library, Scenario, Template, build_template, default_library
from kefu.replies.models import ReplyTemplate
from kefu.replies.schemas import ReplyIn, ReplyUpdate
from kefu.shops.models import Shop

EXPORT_COLUMNS = (
    "scenario",
    "lang",
    "variant",
    "tone",
    "shortcut",
    "group",
    "title",
    "intents",
    "when",
    "enabled",
    "personal",
    "text",
)


# --- validation ----------------------------------------------------------------------------


def _scenario_for(name: str, intents: Sequence[str] | None) -> Scenario:
    shipped = default_library().scenarios.get(name)
    if shipped is not None:
        if intents is None:
            return shipped
        return Scenario(
            id=name,
            intents=tuple(intents),
            kind=shipped.kind,
            shortcut=shipped.shortcut,
            ask_for=shipped.ask_for,
            titles=shipped.titles,
        )
    return Scenario(id=name, intents=tuple(intents or ()))


def check_reply(
    *,
    scenario: str,
    lang: str,
    text: str,
    variant: str,
    intents: Sequence[str] | None,
    tone: str | None,
    shortcut: str | None,
    when: dict[str, str],
) -> Template:
    """Validate one reply the way the shipped library is validated; raise with the reason."""
    if tone is not None and tone not in TONES:
        raise ValidationFailed(f"unknown tone {tone!r}; known: {', '.join(TONES)}")
    for intent in intents or ():
        # Shops may add their own intents (INTENTS.md) but not misspell ours into new ones.
        if not intent.replace("_", "").isalnum() or not intent.islower():
            raise ValidationFailed(f"intent ids are snake_case, got {intent!r}")
    for name, value in when.items():
        if VARIABLES.get(name) is not VarKind.CHOICE or value not in CHOICES[name]:
            raise ValidationFailed(f"`when` on {name}={value!r} is not a known choice")
    return build_template(
        scenario=_scenario_for(scenario, intents),
        lang=lang,
        variant=variant,
        text=text,
        tone=tone,
        shortcut=shortcut,
        when=when,
    )


def _required(row: ReplyTemplate) -> list[str]:
    return sorted(to_template(row).required)


def to_template(row: ReplyTemplate) -> Template:
    scenario = _scenario_for(row.scenario, row.intents or None)
    return build_template(
        scenario=scenario,
        lang=row.lang,
        variant=row.variant,
        text=row.text,
        tone=row.tone,
        shortcut=row.shortcut,
        when=row.when or {},
        template_id=f"shop:{row.id}",
        title=row.title or None,
        group=row.group,
        intents=row.intents or scenario.intents,
    )


def known_intents() -> tuple[str, ...]:
    return INTENTS


# --- access --------------------------------------------------------------------------------


def _visible(query: Select[Any], principal: Principal) -> Select[Any]:
    return query.where(
        or_(ReplyTemplate.owner_user_id.is_(None), ReplyTemplate.owner_user_id == principal.user_id)
    )


def access_reply(db: Session, principal: Principal, reply_id: int) -> ReplyTemplate:
    row = db.get(ReplyTemplate, reply_id)
    if (
        row is None
        or row.shop_id not in principal.shop_ids
        or (row.owner_user_id is not None and row.owner_user_id != principal.user_id)
    ):
        raise NotFound(f"reply {reply_id} not found")
    return row


def _check_can_edit(principal: Principal, owner_user_id: int | None) -> None:
    if owner_user_id is None and not principal.is_at_least("supervisor"):
        raise PermissionDenied(
            "shared replies are edited by a supervisor; save it as a personal reply instead"
        )


def reply_query(
    principal: Principal,
    *,
    shop_id: int | None,
    lang: str | None = None,
    scenario: str | None = None,
    group: str | None = None,
    include_disabled: bool = False,
) -> Select[Any]:
    query = _visible(
        scoped(select(ReplyTemplate), ReplyTemplate.shop_id, principal, shop_id), principal
    )
    if lang:
        query = query.where(ReplyTemplate.lang == lang)
    if scenario:
        query = query.where(ReplyTemplate.scenario == scenario)
    if group:
        query = query.where(ReplyTemplate.group == group)
    if not include_disabled:
        query = query.where(ReplyTemplate.enabled.is_(True))
    return query.order_by(ReplyTemplate.position, ReplyTemplate.id)


def search_replies(
    db: Session,
    principal: Principal,
    *,
    shop_id: int | None,
    q: str,
    lang: str | None = None,
    limit: int = 20,
) -> list[ReplyTemplate]:
    """``/size`` finds by shortcut prefix; anything else by keywords, all of which must appear
    in the text, title, scenario or group (substring match, so Chinese needs no tokenizer)."""
    query = reply_query(principal, shop_id=shop_id, lang=lang)
    needle = q.strip()
    if needle.startswith("/"):
        query = query.where(ReplyTemplate.shortcut.startswith(needle.lower(), autoescape=True))
    else:
        for term in needle.split()[:5]:
            query = query.where(
                or_(
                    ReplyTemplate.text.icontains(term, autoescape=True),
                    ReplyTemplate.title.icontains(term, autoescape=True),
                    ReplyTemplate.scenario.icontains(term, autoescape=True),
                    ReplyTemplate.group.icontains(term, autoescape=True),
                )
            )
    return list(db.scalars(query.limit(limit)))


# --- changes -------------------------------------------------------------------------------


def _next_position(db: Session, shop_id: int) -> int:
    rows = db.scalars(
        select(ReplyTemplate.position)
        .where(ReplyTemplate.shop_id == shop_id)
        .order_by(ReplyTemplate.position.desc())
        .limit(1)
    ).all()
    return (rows[0] + 1) if rows else 0


def do_create_reply(
    db: Session, principal: Principal, data: ReplyIn, now: datetime
) -> ReplyTemplate:
    principal.check_shop(data.shop_id)
    owner = principal.user_id if data.personal else None
    _check_can_edit(principal, owner)
    check_reply(
        scenario=data.scenario,
        lang=data.lang,
        text=data.text,
        variant=data.variant,
        intents=data.intents,
        tone=data.tone,
        shortcut=data.shortcut,
        when=data.when,
    )
    row = ReplyTemplate(
        shop_id=data.shop_id,
        owner_user_id=owner,
        scenario=data.scenario,
        intents=list(data.intents)
        if data.intents is not None
        else list(_scenario_for(data.scenario, None).intents),
        lang=data.lang,
        variant=data.variant,
        tone=data.tone,
        shortcut=data.shortcut or _scenario_for(data.scenario, None).shortcut,
        group=data.group,
        title=data.title,
        text=data.text.strip(),
        when=dict(data.when),
        enabled=data.enabled,
        position=_next_position(db, data.shop_id),
        created_at=now,
        updated_at=now,
    )
    db.add(row)
    db.flush()
    audit.record(
        db,
        at=now,
        action="reply.create",
        entity="reply_template",
        entity_id=row.id,
        user_id=principal.user_id,
        shop_id=row.shop_id,
        changes={"scenario": row.scenario, "lang": row.lang, "personal": data.personal},
    )
    return row


def do_update_reply(
    db: Session, principal: Principal, reply_id: int, data: ReplyUpdate, now: datetime
) -> ReplyTemplate:
    row = access_reply(db, principal, reply_id)
    _check_can_edit(principal, row.owner_user_id)
    changes = data.model_dump(exclude_unset=True)
    merged = {
        "scenario": changes.get("scenario", row.scenario),
        "intents": changes.get("intents", row.intents),
        "variant": changes.get("variant", row.variant),
        "tone": changes.get("tone", row.tone),
        "shortcut": changes.get("shortcut", row.shortcut),
        "text": changes.get("text", row.text),
        "when": changes.get("when", row.when) or {},
    }
    check_reply(lang=row.lang, **merged)
    for key, value in changes.items():
        setattr(row, key, value.strip() if key == "text" else value)
    row.updated_at = now
    audit.record(
        db,
        at=now,
        action="reply.update",
        entity="reply_template",
        entity_id=row.id,
        user_id=principal.user_id,
        shop_id=row.shop_id,
        changes=changes,
    )
    return row


def do_disable_reply(
    db: Session, principal: Principal, reply_id: int, now: datetime
) -> ReplyTemplate:
    return do_update_reply(db, principal, reply_id, ReplyUpdate(enabled=False), now)


def do_reorder_replies(
    db: Session, principal: Principal, shop_id: int, ids: Sequence[int], now: datetime
) -> list[ReplyTemplate]:
    """Put the given replies first, in this order; the others keep their relative order after."""
    principal.check_shop(shop_id)
    if len(set(ids)) != len(ids):
        raise ValidationFailed("a reply id appears twice in the new order")
    rows = {
        r.id: r
        for r in db.scalars(
            _visible(select(ReplyTemplate).where(ReplyTemplate.shop_id == shop_id), principal)
        )
    }
    unknown = [i for i in ids if i not in rows]
    if unknown:
        raise NotFound(f"replies {unknown} not found in shop {shop_id}")
    for i in ids:
        _check_can_edit(principal, rows[i].owner_user_id)
    rest = sorted(
        (r for r in rows.values() if r.id not in set(ids)), key=lambda r: (r.position, r.id)
    )
    ordered = [rows[i] for i in ids] + rest
    for position, row in enumerate(ordered):
        if row.position != position:
            row.position = position
            row.updated_at = now
    audit.record(
        db,
        at=now,
        action="reply.reorder",
        entity="shop",
        entity_id=shop_id,
        user_id=principal.user_id,
        shop_id=shop_id,
        changes={"first": list(ids)},
    )
    return ordered


def do_seed_shop(
    db: Session,
    principal: Principal,
    shop_id: int,
    now: datetime,
    langs: Iterable[str] | None = None,
) -> tuple[int, int]:
    """Copy the shipped library into the shop as shared replies; re-running adds only what is new.

    Defaults to the shop's languages. Returns (created, skipped).
    """
    principal.check_shop(shop_id)
    principal.check_role("supervisor")
    shop = db.get(Shop, shop_id)
    if shop is None:
        raise NotFound(f"shop {shop_id} not found")
    return do_seed_shop_library(db, shop, now, langs, user_id=principal.user_id)


def do_seed_shop_library(
    db: Session,
    shop: Shop,
    now: datetime,
    langs: Iterable[str] | None = None,
    *,
    user_id: int | None = None,
) -> tuple[int, int]:
    """The seeding itself, for callers that have already authorised it (shop creation, demo)."""
    shop_id = shop.id
    wanted = set(langs) if langs is not None else set(shop.languages or [])
    existing = set(
        db.scalars(
            select(ReplyTemplate.source_id).where(
                ReplyTemplate.shop_id == shop_id, ReplyTemplate.source_id.is_not(None)
            )
        )
    )
    position = _next_position(db, shop_id)
    created = skipped = 0
    for template in default_library().templates:
        if template.lang not in wanted:
            continue
        if template.id in existing:
            skipped += 1
            continue
        db.add(
            ReplyTemplate(
                shop_id=shop_id,
                owner_user_id=None,
                scenario=template.scenario,
                intents=list(template.intents),
                lang=template.lang,
                variant=template.variant,
                tone=template.tone,
                shortcut=template.shortcut,
                group=None,
                title=template.title or "",
                text=template.text,
                when=dict(template.when),
                enabled=True,
                position=position,
                source_id=template.id,
                created_at=now,
                updated_at=now,
            )
        )
        position += 1
        created += 1
    db.flush()
    audit.record(
        db,
        at=now,
        action="reply.seed",
        entity="shop",
        entity_id=shop_id,
        user_id=user_id,
        shop_id=shop_id,
        changes={"created": created, "langs": sorted(wanted)},
    )
    return created, skipped


def shop_library(
    db: Session, shop_id: int, user_id: int | None = None, langs: Iterable[str] | None = None
) -> Library:
    """The enabled replies an agent (or the bot, user_id=None) may pick from, in shop order."""
    query = (
        select(ReplyTemplate)
        .where(
            ReplyTemplate.shop_id == shop_id,
            ReplyTemplate.enabled.is_(True),
            or_(
                ReplyTemplate.owner_user_id.is_(None),
                and_(
                    ReplyTemplate.owner_user_id.is_not(None), ReplyTemplate.owner_user_id == user_id
                ),
            ),
        )
        .order_by(ReplyTemplate.position, ReplyTemplate.id)
    )
    if langs is not None:
        query = query.where(ReplyTemplate.lang.in_(list(langs)))
    return Library(templates=tuple(to_template(r) for r in db.scalars(query)))


# --- import / export -----------------------------------------------------------------------


def _row_dict(row: ReplyTemplate) -> dict[str, Any]:
    return {
        "scenario": row.scenario,
        "lang": row.lang,
        "variant": row.variant,
        "tone": row.tone,
        "shortcut": row.shortcut,
        "group": row.group,
        "title": row.title,
        "intents": list(row.intents),
        "when": dict(row.when or {}),
        "enabled": row.enabled,
        "personal": row.owner_user_id is not None,
        "text": row.text,
    }


def export_replies(db: Session, principal: Principal, shop_id: int, fmt: str) -> str:
    principal.check_shop(shop_id)
    rows = db.scalars(reply_query(principal, shop_id=shop_id, include_disabled=True)).all()
    items = [_row_dict(r) for r in rows]
    if fmt == "yaml":
        return yaml.safe_dump(
            {"schema_version": 1, "shop_id": shop_id, "replies": items},
            allow_unicode=True,
            sort_keys=False,
            width=100,
        )
    if fmt != "csv":
        raise ValidationFailed(f"unknown export format {fmt!r}; use yaml or csv")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for item in items:
        writer.writerow(
            {
                **item,
                "tone": item["tone"] or "",
                "shortcut": item["shortcut"] or "",
                "group": item["group"] or "",
                "intents": " ".join(item["intents"]),
                "when": " ".join(f"{k}={v}" for k, v in sorted(item["when"].items())),
                "enabled": "true" if item["enabled"] else "false",
                "personal": "true" if item["personal"] else "false",
            }
        )
    return out.getvalue()


def _parse_bool(value: Any, default: bool) -> bool:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "1", "y"):
        return True
    if text in ("false", "no", "0", "n"):
        return False
    raise ValueError(f"expected true or false, got {value!r}")


def _parse_rows(content: str, fmt: str) -> list[dict[str, Any]]:
    if fmt == "yaml":
        try:
            data = yaml.safe_load(content)
        except yaml.YAMLError as exc:
            raise ValidationFailed(f"the file is not valid YAML: {exc}") from exc
        items = data.get("replies") if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise ValidationFailed("a YAML import is a list of replies (or {replies: [...]})")
        return [i if isinstance(i, dict) else {"__invalid__": i} for i in items]
    if fmt != "csv":
        raise ValidationFailed(f"unknown import format {fmt!r}; use yaml or csv")
    reader = csv.DictReader(io.StringIO(content.lstrip("\ufeff")))
    missing = {"scenario", "lang", "text"} - set(reader.fieldnames or [])
    if missing:
        raise ValidationFailed(f"the CSV header lacks {', '.join(sorted(missing))}")
    rows: list[dict[str, Any]] = []
    for raw in reader:
        row: dict[str, Any] = {
            k: v for k, v in raw.items() if k is not None and v not in (None, "")
        }
        if "intents" in row:
            row["intents"] = row["intents"].replace(",", " ").split()
        if "when" in row:
            pairs = [p.split("=", 1) for p in row["when"].split()]
            row["when"] = {p[0]: (p[1] if len(p) > 1 else "") for p in pairs}
        rows.append(row)
    return rows


def do_import_replies(
    db: Session, principal: Principal, shop_id: int, content: str, fmt: str, now: datetime
) -> tuple[int, int]:
    """Import all rows or none: every row is validated first and all errors are reported by row
    number (1-based, counting data rows). A row matching an existing reply of the same owner by
    (scenario, lang, variant) updates it. Returns (created, updated)."""
    principal.check_shop(shop_id)
    rows = _parse_rows(content, fmt)
    errors: list[dict[str, Any]] = []
    checked: list[tuple[ReplyIn, int]] = []
    for number, raw in enumerate(rows, start=1):
        try:
            if "__invalid__" in raw:
                raise ValueError("each reply must be a mapping of fields")
            data = ReplyIn.model_validate(
                {
                    "shop_id": shop_id,
                    **{k: v for k, v in raw.items() if k not in ("enabled", "personal")},
                    "enabled": _parse_bool(raw.get("enabled"), True),
                    "personal": _parse_bool(raw.get("personal"), False),
                }
            )
            _check_can_edit(principal, principal.user_id if data.personal else None)
            check_reply(
                scenario=data.scenario,
                lang=data.lang,
                text=data.text,
                variant=data.variant,
                intents=data.intents,
                tone=data.tone,
                shortcut=data.shortcut,
                when=data.when,
            )
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            errors.append({"row": number, "error": f"{where}: {first['msg']}"})
            continue
        except (ValueError, ValidationFailed, PermissionDenied) as exc:
            message = (
                exc.message if isinstance(exc, (ValidationFailed, PermissionDenied)) else str(exc)
            )
            errors.append({"row": number, "error": message})
            continue
        checked.append((data, number))
    keys = [(d.scenario, d.lang, d.variant, d.personal) for d, _ in checked]
    for key in {k for k in keys if keys.count(k) > 1}:
        dupes = [n for (d, n), k in zip(checked, keys, strict=True) if k == key]
        errors.append(
            {"row": dupes[1], "error": f"duplicates row {dupes[0]} ({'/'.join(map(str, key[:3]))})"}
        )
    if errors:
        errors.sort(key=lambda e: e["row"])
        raise ValidationFailed(
            f"import refused: {len(errors)} row(s) have errors; nothing was changed",
            errors=errors,
        )
    existing = {
        (r.scenario, r.lang, r.variant, r.owner_user_id is not None): r
        for r in db.scalars(
            _visible(select(ReplyTemplate).where(ReplyTemplate.shop_id == shop_id), principal)
        )
    }
    created = updated = 0
    for data, _ in checked:
        row = existing.get((data.scenario, data.lang, data.variant, data.personal))
        if row is None:
            do_create_reply(db, principal, data, now)
            created += 1
            continue
        fields = data.model_dump(exclude={"shop_id", "lang", "personal"})
        for name, value in fields.items():
            if value is None and name not in ("tone", "group"):
                continue  # an empty cell keeps what the shop has
            setattr(row, name, value.strip() if name == "text" else value)
        row.updated_at = now
        updated += 1
    audit.record(
        db,
        at=now,
        action="reply.import",
        entity="shop",
        entity_id=shop_id,
        user_id=principal.user_id,
        shop_id=shop_id,
        changes={"created": created, "updated": updated, "format": fmt},
    )
    return created, updated
