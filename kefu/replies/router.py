"""HTTP for the reply library under /api/v1/replies: parse, call the service, shape the answer."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import PlainTextResponse
from sqlalchemy.orm import Session

from kefu.api.deps import get_clock, get_db
from kefu.api.pagination import Page, PageParams, page_of, page_params
from kefu.auth.deps import current_principal
from kefu.auth.principal import Principal
from kefu.clock import Clock
from kefu.replies import service
from kefu.replies.models import ReplyTemplate
from kefu.replies.rendering import available, render
from kefu.replies.schemas import (
    ImportIn,
    ImportOut,
    PreviewIn,
    PreviewOut,
    ReorderIn,
    ReplyIn,
    ReplyOut,
    ReplyUpdate,
    SeedIn,
    SeedOut,
)

router = APIRouter(prefix="/api/v1/replies", tags=["replies"])


def _out(row: ReplyTemplate) -> ReplyOut:
    out = ReplyOut.model_validate(row)
    out.required = sorted(service.to_template(row).required)
    return out


@router.get("", response_model=Page[ReplyOut])
def list_replies(
    shop_id: int | None = None,
    lang: str | None = None,
    scenario: str | None = None,
    group: str | None = None,
    include_disabled: bool = False,
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> Page[ReplyOut]:
    query = service.reply_query(
        principal,
        shop_id=shop_id,
        lang=lang,
        scenario=scenario,
        group=group,
        include_disabled=include_disabled,
    )
    return page_of(db, query, params, _out)


@router.get("/search", response_model=list[ReplyOut])
def search_replies(
    q: str = Query(..., min_length=1, max_length=100, description="keywords, or /shortcut"),
    shop_id: int | None = None,
    lang: str | None = None,
    limit: int = Query(20, ge=1, le=100),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> list[ReplyOut]:
    rows = service.search_replies(db, principal, shop_id=shop_id, q=q, lang=lang, limit=limit)
    return [_out(r) for r in rows]


@router.get("/export", response_class=PlainTextResponse)
def export_replies(
    shop_id: int,
    format: Literal["yaml", "csv"] = "yaml",
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> PlainTextResponse:
    body = service.export_replies(db, principal, shop_id, format)
    media = "text/csv" if format == "csv" else "application/yaml"
    return PlainTextResponse(
        body,
        media_type=f"{media}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="replies-{shop_id}.{format}"'},
    )


@router.post("/import", response_model=ImportOut)
def import_replies(
    body: ImportIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> ImportOut:
    created, updated = service.do_import_replies(
        db, principal, body.shop_id, body.content, body.format, clock.now()
    )
    return ImportOut(created=created, updated=updated)


@router.post("/seed", response_model=SeedOut)
def seed_replies(
    body: SeedIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> SeedOut:
    created, skipped = service.do_seed_shop(db, principal, body.shop_id, clock.now(), body.langs)
    return SeedOut(created=created, skipped=skipped)


@router.post("/reorder", response_model=list[ReplyOut])
def reorder_replies(
    body: ReorderIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> list[ReplyOut]:
    rows = service.do_reorder_replies(db, principal, body.shop_id, body.ids, clock.now())
    return [_out(r) for r in rows]


@router.post("", response_model=ReplyOut, status_code=201)
def create_reply(
    body: ReplyIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> ReplyOut:
    return _out(service.do_create_reply(db, principal, body, clock.now()))


@router.get("/{reply_id}", response_model=ReplyOut)
def get_reply(
    reply_id: int,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> ReplyOut:
    return _out(service.access_reply(db, principal, reply_id))


@router.patch("/{reply_id}", response_model=ReplyOut)
def update_reply(
    reply_id: int,
    body: ReplyUpdate,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> ReplyOut:
    return _out(service.do_update_reply(db, principal, reply_id, body, clock.now()))


@router.post("/{reply_id}/disable", response_model=ReplyOut)
def disable_reply(
    reply_id: int,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> ReplyOut:
    return _out(service.do_disable_reply(db, principal, reply_id, clock.now()))


@router.post("/{reply_id}/preview", response_model=PreviewOut)
def preview_reply(
    reply_id: int,
    body: PreviewIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> PreviewOut:
    """Fill a reply with text values (the workbench picker); report what is still missing."""
    template = service.to_template(service.access_reply(db, principal, reply_id))
    check = available(template, body.variables)
    if not check.ok:
        return PreviewOut(text=None, missing=list(check.missing + check.invalid))
    rendered = render(template, body.variables, body.lang or template.lang, body.timezone)
    return PreviewOut(text=rendered.text, missing=[])
