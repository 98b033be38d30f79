"""HTTP for after-sales cases under /api/v1/cases: parse, call the service, shape the response."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from fastapi import APIRouter, Depends, File, Form, Query, Response, UploadFile
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session

from kefu.aftersales import service, views
from kefu.aftersales.evidence import evidence_file
from kefu.aftersales.report import dispute_report, report_csv
from kefu.aftersales.schemas import (
    CaseDetail,
    CaseOpen,
    CaseSummary,
    CaseTransitionIn,
    CaseUpdate,
    DisputeReport,
    EvidenceKind,
    EvidenceOut,
    OutcomeIn,
)
from kefu.aftersales.states import CaseType
from kefu.api.deps import get_clock, get_db, get_runtime
from kefu.api.pagination import Page, PageParams, page_params, paginate
from kefu.auth.deps import current_principal
from kefu.auth.principal import Principal
from kefu.clock import Clock
from kefu.runtime import Runtime

router = APIRouter(prefix="/api/v1/cases", tags=["after-sales cases"])

FILE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "private, no-store",
}


def _detail(db: Session, case_id: int, principal: Principal, now: datetime) -> dict[str, Any]:
    case = service.access_case(db, principal, case_id)
    return views.detail_of(db, case, now, principal.ui_lang)


@router.post("", response_model=CaseDetail, status_code=201)
def open_case(
    body: CaseOpen,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> dict[str, Any]:
    now = clock.now()
    case = service.do_open_case(db, principal, body, now=now)
    return views.detail_of(db, case, now, principal.ui_lang)


@router.get("", response_model=Page[CaseSummary])
def list_cases(
    shop_id: int | None = None,
    case_type: CaseType | None = Query(None, alias="type"),
    state: str | None = Query(None, max_length=24),
    assignee: str | None = Query(None, max_length=20, description="user id, 'me' or 'none'"),
    product_id: int | None = None,
    order_id: int | None = None,
    overdue: bool | None = None,
    at_risk: bool | None = None,
    open_only: bool = Query(False, alias="open"),
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Page[CaseSummary]:
    now = clock.now()
    query = service.case_query(
        principal,
        now=now,
        shop_id=shop_id,
        case_type=case_type,
        state=state,
        assignee=assignee,
        product_id=product_id,
        order_id=order_id,
        overdue=overdue,
        at_risk=at_risk,
        open_only=open_only,
    )
    rows, total = paginate(db, query, params)
    items = [CaseSummary.model_validate(views.summary_of(r, principal.ui_lang, now)) for r in rows]
    return Page(items=items, total=total, page=params.page, per_page=params.per_page)


def _period(
    since: datetime | None, until: datetime | None, now: datetime
) -> tuple[datetime, datetime]:
    until = until or now
    return since or until - timedelta(days=30), until


@router.get("/report", response_model=DisputeReport)
def get_report(
    shop_id: int | None = None,
    since: datetime | None = Query(None, description="start (inclusive); default 30 days back"),
    until: datetime | None = Query(None, description="end (exclusive); default now"),
    top: int = Query(5, ge=1, le=50),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> dict[str, Any]:
    start, end = _period(_aware(since), _aware(until), clock.now())
    return dispute_report(
        db, principal, since=start, until=end, shop_id=shop_id, lang=principal.ui_lang, top=top
    )


@router.get("/report.csv", response_class=Response)
def get_report_csv(
    shop_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    top: int = Query(20, ge=1, le=200),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Response:
    start, end = _period(_aware(since), _aware(until), clock.now())
    report = dispute_report(
        db, principal, since=start, until=end, shop_id=shop_id, lang=principal.ui_lang, top=top
    )
    name = f"case-reasons-{start.date().isoformat()}-{end.date().isoformat()}.csv"
    return Response(
        report_csv(report),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _aware(value: datetime | None) -> datetime | None:
    from kefu.errors import ValidationFailed

    if value is not None and value.tzinfo is None:
        raise ValidationFailed("give times with a zone, e.g. 2026-05-01T00:00:00+08:00")
    return value


@router.get("/{case_id}", response_model=CaseDetail)
def get_case(
    case_id: int,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> dict[str, Any]:
    return _detail(db, case_id, principal, clock.now())


@router.patch("/{case_id}", response_model=CaseDetail)
def update_case(
    case_id: int,
    body: CaseUpdate,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> dict[str, Any]:
    now = clock.now()
    case = service.access_case(db, principal, case_id)
    service.do_update_case(db, principal, case, body, now)
    return views.detail_of(db, case, now, principal.ui_lang)


@router.post("/{case_id}/transitions", response_model=CaseDetail)
def transition_case(
    case_id: int,
    body: CaseTransitionIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> dict[str, Any]:
    now = clock.now()
    case = service.access_case(db, principal, case_id)
    service.do_transition_case(
        db,
        case,
        body.to,
        now=now,
        user_id=principal.user_id,
        note=body.note,
        platform_due_at=body.platform_due_at,
    )
    return views.detail_of(db, case, now, principal.ui_lang)


@router.post("/{case_id}/evidence", response_model=EvidenceOut, status_code=201)
def add_evidence(
    case_id: int,
    file: UploadFile = File(...),
    kind: EvidenceKind = Form("defect_photo"),
    note: str = Form("", max_length=2000),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
    runtime: Runtime = Depends(get_runtime),
) -> dict[str, Any]:
    case = service.access_case(db, principal, case_id)
    limit = runtime.settings.max_image_bytes
    # One byte past the limit tells "too big" without buffering a huge upload.
    content = file.file.read(limit + 1)
    row = service.do_add_evidence(
        db,
        case,
        data_dir=runtime.settings.data_dir,
        content=content,
        filename=file.filename,
        kind=kind,
        note=note,
        max_bytes=limit,
        now=clock.now(),
        user_id=principal.user_id,
        agent_lang=principal.ui_lang,
    )
    out = EvidenceOut.model_validate(row).model_dump()
    out["url"] = f"/api/v1/cases/{case.id}/evidence/{row.id}"
    return out


@router.get("/{case_id}/evidence/{evidence_id}", include_in_schema=True)
def get_evidence(
    case_id: int,
    evidence_id: int,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    runtime: Runtime = Depends(get_runtime),
) -> FileResponse:
    row = service.access_evidence(db, principal, case_id, evidence_id)
    path = evidence_file(runtime.settings.data_dir, row.path)
    disposition = "inline" if row.content_type.startswith("image/") else "attachment"
    return FileResponse(
        path,
        media_type=row.content_type,
        headers={**FILE_HEADERS, "Content-Disposition": disposition},
    )


@router.post("/{case_id}/outcomes", response_model=CaseDetail, status_code=201)
def record_outcome(
    case_id: int,
    body: OutcomeIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> dict[str, Any]:
    now = clock.now()
    case = service.access_case(db, principal, case_id)
    service.do_record_outcome(db, case, body, now=now, user_id=principal.user_id)
    return views.detail_of(db, case, now, principal.ui_lang)
