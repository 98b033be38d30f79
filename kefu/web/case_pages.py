"""Workbench pages for after-sales cases and follow-ups: the case panel beside a conversation and
its forms, the case list, the dispute-avoidance report, and the follow-up queue and settings.

Forms post here (CSRF-checked by `current_principal`), call the domain services and redirect back,
so every action works without JavaScript; cases.js only adds the "case" button to messages.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy.orm import Session

from kefu.aftersales import service as cases
from kefu.aftersales.schemas import CaseOpen, OutcomeIn
from kefu.aftersales.states import CASE_TYPES
from kefu.api.deps import get_clock, get_db, get_runtime
from kefu.auth.deps import current_principal
from kefu.auth.principal import Principal
from kefu.clock import Clock
from kefu.errors import KefuError, ValidationFailed
from kefu.followups import service as followups
from kefu.jobs import service as jobs
from kefu.runtime import Runtime
from kefu.web import case_views
from kefu.web.router import _base_context, _page, _safe_next, _to_login, page_principal

router: APIRouter = APIRouter(include_in_schema=False)
REPORT_DAYS = (7, 30, 90, 365)


def _when(zone: str) -> Any:
    tz = ZoneInfo(zone)

    def fmt(value: datetime | None) -> str:
        return value.astimezone(tz).strftime("%Y-%m-%d %H:%M") if value is not None else "—"

    return fmt


def _back(target: str, error: str | None = None, anchor: str = "") -> RedirectResponse:
    path = _safe_next(target)
    if error:
        path += ("&" if "?" in path else "?") + urlencode({"case_error": error[:300]})
    return RedirectResponse(path + anchor, status_code=303)


def _problem(exc: Exception) -> str:
    if isinstance(exc, KefuError):
        return exc.message
    if isinstance(exc, ValidationError):
        return "; ".join(str(e.get("msg", "")) for e in exc.errors()[:3])
    return str(exc)


def panel_context(
    request: Request, db: Session, principal: Principal, view: Any, now: datetime
) -> dict[str, Any]:
    """What the conversation page needs for its case panel (hooked in by kefu/web/router.py)."""
    order = view.current.order if view.current is not None else None
    cards = case_views.case_panel(db, principal, view.conversation, order, now)
    return {
        "case_cards": cards,
        "case_prefill": case_views.case_prefill(db, view.messages, order),
        "case_choices": case_views.form_choices(principal.ui_lang),
        "case_error": request.query_params.get("case_error", "")[:300],
        "when": _when(view.shop.timezone),
        "case_back": f"/conversations/{view.conversation.id}",
    }


# --- opening and working a case ----------------------------------------------------------------


@router.post("/conversations/{conversation_id}/cases")
def open_case_form(
    conversation_id: int,
    message_id: int = Form(...),
    case_type: str = Form(..., max_length=24),
    reason_code: str = Form(..., max_length=32),
    description: str = Form("", max_length=4000),
    requested_amount: str = Form("", max_length=20),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Response:
    back = f"/conversations/{conversation_id}"
    try:
        data = CaseOpen.model_validate(
            {
                "case_type": case_type,
                "reason_code": reason_code,
                "message_id": message_id,
                "conversation_id": conversation_id,
                "description": description,
                "requested_amount": requested_amount.strip() or None,
            }
        )
        case = cases.do_open_case(db, principal, data, now=clock.now())
    except (KefuError, ValidationError) as exc:
        db.rollback()
        return _back(back, _problem(exc), "#wb-cases")
    return _back(back, anchor=f"#case-{case.id}")


def _platform_due(raw: str, zone: str) -> datetime | None:
    """A datetime-local field, read in the shop's zone (what the platform's page shows)."""
    if not raw.strip():
        return None
    try:
        naive = datetime.fromisoformat(raw.strip())
    except ValueError as exc:
        raise ValidationFailed(f"{raw[:30]!r} is not a date and time") from exc
    return naive.replace(tzinfo=ZoneInfo(zone)) if naive.tzinfo is None else naive


@router.post("/cases/{case_id}/transition")
def transition_form(
    case_id: int,
    to: str = Form(..., max_length=24),
    note: str = Form("", max_length=2000),
    platform_due: str = Form("", max_length=30),
    back: str = Form("/cases"),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Response:
    case = cases.access_case(db, principal, case_id)  # another shop's case: 404
    try:
        from kefu.shops.service import get_shop

        due = _platform_due(platform_due, get_shop(db, case.shop_id).timezone)
        cases.do_transition_case(
            db,
            case,
            to,
            now=clock.now(),
            user_id=principal.user_id,
            note=note,
            platform_due_at=due,
        )
    except KefuError as exc:
        db.rollback()
        return _back(back, _problem(exc), f"#case-{case_id}")
    return _back(back, anchor=f"#case-{case_id}")


@router.post("/cases/{case_id}/outcome")
def outcome_form(
    case_id: int,
    kind: str = Form(..., max_length=16),
    amount: str = Form("", max_length=20),
    carrier: str = Form("", max_length=64),
    tracking_number: str = Form("", max_length=64),
    ruling: str = Form("", max_length=20),
    note: str = Form("", max_length=2000),
    back: str = Form("/cases"),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Response:
    case = cases.access_case(db, principal, case_id)
    try:
        try:
            money = Decimal(amount.strip()) if amount.strip() else None
        except InvalidOperation as exc:
            raise ValidationFailed(f"{amount[:20]!r} is not an amount") from exc
        data = OutcomeIn.model_validate(
            {
                "kind": kind,
                "amount": money,
                "carrier": carrier.strip() or None,
                "tracking_number": tracking_number.strip() or None,
                "ruling": ruling or None,
                "note": note,
            }
        )
        cases.do_record_outcome(db, case, data, now=clock.now(), user_id=principal.user_id)
    except (KefuError, ValidationError) as exc:
        db.rollback()
        return _back(back, _problem(exc), f"#case-{case_id}")
    return _back(back, anchor=f"#case-{case_id}")


@router.post("/cases/{case_id}/evidence")
def evidence_form(
    case_id: int,
    file: UploadFile = File(...),
    kind: str = Form("defect_photo", max_length=20),
    note: str = Form("", max_length=2000),
    back: str = Form("/cases"),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
    runtime: Runtime = Depends(get_runtime),
) -> Response:
    case = cases.access_case(db, principal, case_id)
    if kind not in case_views.form_choices(principal.ui_lang)["evidence_kinds"]:
        return _back(back, f"unknown evidence kind {kind[:20]!r}", f"#case-{case_id}")
    limit = runtime.settings.max_image_bytes
    content = file.file.read(limit + 1)  # one byte past the limit tells "too big"
    try:
        cases.do_add_evidence(
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
    except KefuError as exc:
        db.rollback()
        return _back(back, _problem(exc), f"#case-{case_id}")
    return _back(back, anchor=f"#case-{case_id}")


# --- case list, one case, report ------------------------------------------------------------


def _case_filters(params: dict[str, str]) -> case_views.CaseFilters:
    case_type = params.get("type") or None
    state = params.get("state") or None
    shop = params.get("shop_id") or ""
    return case_views.CaseFilters(
        case_type=case_type if case_type in CASE_TYPES else None,
        state=state if state in case_views.ALL_STATES else None,
        shop_id=int(shop) if shop.isdigit() else None,
        sla=params.get("sla") if params.get("sla") in ("overdue", "at_risk") else None,
        assignee=params.get("assignee", "all")
        if params.get("assignee") in ("mine", "none")
        else "all",
        open_only=params.get("closed") != "1",
    )


@router.get("/cases")
def case_list_page(
    request: Request, db: Session = Depends(get_db), clock: Clock = Depends(get_clock)
) -> Response:
    principal = page_principal(request, db, clock)
    if principal is None:
        return _to_login(request)
    filters = _case_filters(dict(request.query_params))
    context = _base_context(request, principal, db)
    now = clock.now()
    try:
        rows, visible = case_views.case_list(db, principal, filters, now)
        error = ""
    except KefuError as exc:
        rows, visible, error = [], [], exc.message
    zone = visible[0].timezone if visible else "UTC"
    context.update(
        {
            "rows": rows,
            "shops": visible,
            "filters": filters,
            "error": error,
            "states": case_views.ALL_STATES,
            "case_types": CASE_TYPES,
            "when": _when(zone),
        }
    )
    return _page(request, "cases.html", context)


@router.get("/cases/report")
def report_page(
    request: Request, db: Session = Depends(get_db), clock: Clock = Depends(get_clock)
) -> Response:
    principal = page_principal(request, db, clock)
    if principal is None:
        return _to_login(request)
    raw_days = request.query_params.get("days", "30")
    days = int(raw_days) if raw_days.isdigit() and int(raw_days) in REPORT_DAYS else 30
    raw_shop = request.query_params.get("shop_id", "")
    shop_id = int(raw_shop) if raw_shop.isdigit() else None
    context = _base_context(request, principal, db)
    from kefu.shops.service import list_shops

    try:
        data = case_views.report(db, principal, days=days, shop_id=shop_id, now=clock.now())
        error = ""
    except KefuError as exc:
        data, error = None, exc.message
    query = {"since": "", "until": ""}
    if data is not None:
        query = {"since": data["since"].isoformat(), "until": data["until"].isoformat()}
        if shop_id is not None:
            query["shop_id"] = str(shop_id)
    context.update(
        {
            "report": data,
            "error": error,
            "days": days,
            "day_choices": REPORT_DAYS,
            "shop_id": shop_id,
            "shops": list_shops(db, principal),
            "csv_link": "/api/v1/cases/report.csv?" + urlencode(query),
        }
    )
    return _page(request, "case_report.html", context)


@router.get("/cases/{case_id}")
def case_page(
    case_id: int,
    request: Request,
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Response:
    principal = page_principal(request, db, clock)
    if principal is None:
        return _to_login(request)
    context = _base_context(request, principal, db)
    try:
        case = cases.access_case(db, principal, case_id)
    except KefuError as exc:  # another shop's case looks exactly like a missing one
        context.update({"message": exc.message})
        return _page(request, "not_found.html", context, status_code=exc.status_code)
    now = clock.now()
    card = case_views.case_card(
        db, case, now, principal.ui_lang, case_views.agent_names(db, principal)
    )
    from kefu.shops.service import get_shop

    context.update(
        {
            "card": card,
            "case_choices": case_views.form_choices(principal.ui_lang),
            "case_error": request.query_params.get("case_error", "")[:300],
            "when": _when(get_shop(db, case.shop_id).timezone),
            "case_back": f"/cases/{case.id}",
        }
    )
    return _page(request, "case.html", context)


# --- follow-ups -----------------------------------------------------------------------------


@router.get("/followups")
def followups_page(
    request: Request, db: Session = Depends(get_db), clock: Clock = Depends(get_clock)
) -> Response:
    principal = page_principal(request, db, clock)
    if principal is None:
        return _to_login(request)
    raw_shop = request.query_params.get("shop_id", "")
    context = _base_context(request, principal, db)
    try:
        view = case_views.followups_view(
            db, principal, int(raw_shop) if raw_shop.isdigit() else None
        )
    except KefuError as exc:
        context.update({"message": exc.message})
        return _page(request, "not_found.html", context, status_code=exc.status_code)
    context.update(
        {
            "fv": view,
            "when": _when(view.shop.timezone),
            "now": clock.now(),
            "can_edit": principal.is_at_least("supervisor"),
            "case_error": request.query_params.get("case_error", "")[:300],
            "saved": request.query_params.get("saved") == "1",
        }
    )
    return _page(request, "followups.html", context)


async def _text_fields(request: Request) -> dict[str, str]:
    """The posted form's text fields. Only this await runs on the event loop; the handler that
    uses them is a plain `def`, so its database work runs in the thread pool."""
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


@router.post("/followups/{shop_id}/settings")
def followup_settings_form(
    shop_id: int,
    principal: Principal = Depends(current_principal),
    fields: dict[str, str] = Depends(_text_fields),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Response:
    back = f"/followups?shop_id={shop_id}"
    try:
        followups.access_settings(db, principal, shop_id)
        overrides = case_views.settings_overrides(followups.overrides_of(db, shop_id), fields)
        followups.do_update_settings(db, principal, shop_id, overrides, clock.now())
    except KefuError as exc:
        db.rollback()
        if exc.status_code == 404:
            raise
        return _back(back, _problem(exc), "#wb-fu-settings")
    return _back(back + "&saved=1", anchor="#wb-fu-settings")


@router.post("/followups/jobs/{job_id}/retry")
def retry_job_form(
    job_id: int,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Response:
    job = jobs.access_job(db, principal, job_id)  # another shop's job: 404
    back = f"/followups?shop_id={job.shop_id}" if job.shop_id else "/followups"
    try:
        principal.check_role("supervisor")
        jobs.do_retry(db, job, now=clock.now(), user_id=principal.user_id)
    except KefuError as exc:
        db.rollback()
        return _back(back, _problem(exc), "#wb-fu-parked")
    return _back(back, anchor="#wb-fu-parked")
