"""Workbench pages: login/logout, inbox (full page and the list fragment the page refreshes in
real time), conversation view, and the static assets (ours, and htmx from node_modules)."""

from __future__ import annotations

import hmac
import secrets
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from kefu.api.deps import get_clock, get_db, get_runtime
from kefu.auth import service as auth_service
from kefu.auth.deps import SESSION_COOKIE, current_principal
from kefu.auth.principal import Principal
from kefu.auth.router import client_ip
from kefu.clock import Clock
from kefu.errors import KefuError, NotAuthenticated, TooManyRequests
from kefu.runtime import Runtime
from kefu.web import views
from kefu.web.i18n import catalogues, translator, ui_lang

HERE = Path(__file__).parent
# htmx comes from the npm registry (package.json + package-lock.json at the repository root) and
# is served straight out of node_modules: no CDN, no copy to keep in sync. `make install` runs
# `npm ci`; without it the pages still work, only the inbox filters reload the whole page.
NODE_MODULES = HERE.parent.parent / "node_modules"
VENDOR = {"htmx.min.js": NODE_MODULES / "htmx.org" / "dist" / "htmx.min.js"}
STATIC_TYPES = {".js": "text/javascript", ".css": "text/css"}
LOGIN_CSRF_COOKIE = "kefu_login_csrf"
PAGE_CSP = (
    "default-src 'self'; img-src 'self' blob: data:; connect-src 'self' ws: wss:; "
    "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)

templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)


def _page(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    response.headers["Content-Security-Policy"] = PAGE_CSP
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Cache-Control"] = "no-store"
    return response


def page_principal(request: Request, db: Session, clock: Clock) -> Principal | None:
    """The agent behind the session cookie, or None (pages redirect to /login instead of 401)."""
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        return None
    try:
        user, web_session = auth_service.session_for_token(db, cookie, clock.now())
    except NotAuthenticated:
        return None
    request.state.csrf_token = web_session.csrf_token
    return auth_service.principal_for(db, user, via="session")


def _base_context(request: Request, principal: Principal, db: Session) -> dict[str, Any]:
    from kefu.auth.models import User

    user = db.get(User, principal.user_id)
    lang = ui_lang(principal.ui_lang)
    return {
        "me": principal,
        "presence": user.presence if user else "offline",
        "lang": lang,
        "t": translator(lang),
        "csrf": request.state.csrf_token,
        "client_strings": catalogues()[lang],
    }


def _to_login(request: Request) -> RedirectResponse:
    target = request.url.path
    if request.url.query:
        target += "?" + request.url.query
    return RedirectResponse(f"/login?next={target}" if target != "/" else "/login", status_code=303)


# --- login / logout -------------------------------------------------------------------------


def _safe_next(value: str | None) -> str:
    # Only paths on this site: "//evil.example" or "https://…" would be an open redirect.
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str | None = None, error: str | None = None) -> Response:
    # A login form has no session yet, so its CSRF token is a double-submit cookie.
    token = secrets.token_urlsafe(24)
    lang = "en" if "zh" not in request.headers.get("accept-language", "zh")[:5] else "zh-Hans"
    response = _page(
        request,
        "login.html",
        {
            "t": translator(lang),
            "lang": lang,
            "csrf": token,
            "next": _safe_next(next),
            "error": error
            if error in ("login_failed", "login_throttled", "login_expired")
            else None,
        },
    )
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", max_age=3600)
    return response


@router.post("/login")
def login_submit(
    request: Request,
    email: str = Form(..., max_length=254),
    password: str = Form(..., max_length=512),
    csrf_token: str = Form(""),
    next: str = Form("/"),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
    runtime: Runtime = Depends(get_runtime),
) -> Response:
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(expected, csrf_token):
        return RedirectResponse("/login?error=login_expired", status_code=303)
    now = clock.now()
    try:
        user = auth_service.authenticate(
            db,
            email=email,
            password=password,
            ip=client_ip(request),
            now=now,
            per_minute=runtime.settings.login_attempts_per_minute,
        )
    except TooManyRequests:
        return RedirectResponse("/login?error=login_throttled", status_code=303)
    except NotAuthenticated:
        return RedirectResponse("/login?error=login_failed", status_code=303)
    token, _ = auth_service.do_start_session(db, user, now)
    auth_service.do_set_presence(db, user, "online")
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        max_age=int(auth_service.SESSION_LIFETIME.total_seconds()),
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE)
    return response


@router.post("/logout")
def logout_submit(
    request: Request,
    principal: Principal = Depends(current_principal),  # checks the form's csrf_token
    db: Session = Depends(get_db),
) -> Response:
    from kefu.auth.models import User

    user = db.get(User, principal.user_id)
    if user is not None:
        auth_service.do_set_presence(db, user, "offline")
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        auth_service.do_end_session(db, cookie)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


# --- inbox ----------------------------------------------------------------------------------


def _filters(
    stage: str | None, assignee: str | None, status: str | None, shop_id: str | None, q: str | None
) -> views.InboxFilters:
    return views.InboxFilters(
        stage=stage if stage in ("pre_sale", "in_sale", "after_sale") else None,
        assignee=assignee if assignee in ("me", "unassigned", "all") else "all",
        status=status if status in ("open", "waiting", "resolved") else None,
        shop_id=int(shop_id) if shop_id and shop_id.isdigit() else None,
        q=(q or "").strip()[:100] or None,
    )


def _inbox_context(
    request: Request, db: Session, principal: Principal, filters: views.InboxFilters, clock: Clock
) -> dict[str, Any]:
    runtime: Runtime = request.app.state.runtime
    try:
        data = views.inbox(db, principal, filters)
    except KefuError as exc:  # e.g. a search with no words in it, or a shop not ours
        data = views.Inbox(rows=[], stage_counts={}, shops=[], error=exc.message)
    return {
        "inbox": data,
        "filters": filters,
        "now": clock.now(),
        "warn_seconds": runtime.settings.reply_wait_warn_seconds,
    }


@router.get("/", response_class=HTMLResponse)
def inbox_page(
    request: Request,
    stage: str | None = None,
    assignee: str | None = None,
    status: str | None = None,
    shop_id: str | None = None,
    q: str | None = Query(None, max_length=100),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Response:
    principal = page_principal(request, db, clock)
    if principal is None:
        return _to_login(request)
    filters = _filters(stage, assignee, status, shop_id, q)
    context = _base_context(request, principal, db)
    context.update(_inbox_context(request, db, principal, filters, clock))
    return _page(request, "inbox.html", context)


@router.get("/inbox/rows", response_class=HTMLResponse)
def inbox_rows(
    request: Request,
    stage: str | None = None,
    assignee: str | None = None,
    status: str | None = None,
    shop_id: str | None = None,
    q: str | None = Query(None, max_length=100),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Response:
    """The conversation list alone: what the inbox swaps in when an event arrives."""
    principal = page_principal(request, db, clock)
    if principal is None:
        return Response(status_code=401)
    filters = _filters(stage, assignee, status, shop_id, q)
    context = _base_context(request, principal, db)
    context.update(_inbox_context(request, db, principal, filters, clock))
    return _page(request, "_inbox_rows.html", context)


# --- conversation ---------------------------------------------------------------------------


@router.get("/conversations/{conversation_id}", response_class=HTMLResponse)
def conversation_page(
    conversation_id: int,
    request: Request,
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Response:
    principal = page_principal(request, db, clock)
    if principal is None:
        return _to_login(request)
    context = _base_context(request, principal, db)
    try:
        view = views.conversation_view(db, principal, conversation_id, clock.now())
    except KefuError as exc:
        # Another shop's conversation is "not found", exactly like one that does not exist.
        context.update({"message": exc.message})
        return _page(request, "not_found.html", context, status_code=exc.status_code)
    runtime: Runtime = request.app.state.runtime
    context.update(
        {"view": view, "now": clock.now(), "warn_seconds": runtime.settings.reply_wait_warn_seconds}
    )
    from kefu.web.case_pages import panel_context

    context.update(panel_context(request, db, principal, view, clock.now()))
    return _page(request, "conversation.html", context)


# --- assets -------------------------------------------------------------------------------


@router.get("/static/web/{name}")
def static_file(name: str) -> FileResponse:
    path = HERE / "static" / name
    if "/" in name or path.suffix not in STATIC_TYPES or not path.is_file():
        return FileResponse(HERE / "static" / "missing.txt", status_code=404)
    return FileResponse(
        path,
        media_type=STATIC_TYPES[path.suffix],
        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
    )


@router.get("/static/vendor/{name}")
def vendor_file(name: str) -> FileResponse:
    path = VENDOR.get(name)
    if path is None or not path.is_file():
        return FileResponse(HERE / "static" / "missing.txt", status_code=404)
    return FileResponse(
        path,
        media_type="text/javascript",
        headers={"Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff"},
    )


# After-sales cases and follow-ups: their pages use the helpers above.
from kefu.web.case_pages import router as case_pages_router  # noqa: E402

router.include_router(case_pages_router)
