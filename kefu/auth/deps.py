"""Authentication for every request: a Bearer API token or the browser's session cookie.

Cookie-authenticated requests that change state must carry the session's CSRF token (header
X-CSRF-Token or form field csrf_token); token-authenticated API clients are not exposed to CSRF.
"""

from __future__ import annotations

import hmac

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from kefu.api.deps import get_clock, get_db, get_runtime
from kefu.auth import service
from kefu.auth.principal import Principal
from kefu.clock import Clock
from kefu.db import transaction
from kefu.errors import NotAuthenticated, PermissionDenied

SESSION_COOKIE = "kefu_session"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


async def sent_csrf_token(request: Request) -> str:
    """The CSRF token a cookie-authenticated, state-changing request carries (header, else form
    field); "" when there is none or none is needed. Async because reading the form awaits the
    body; it touches no database, so it may run on the event loop."""
    if request.method in SAFE_METHODS or not request.cookies.get(SESSION_COOKIE):
        return ""
    if request.headers.get("authorization", "").lower().startswith("bearer "):
        return ""
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get("csrf_token")
        return value if isinstance(value, str) else ""
    return ""


def current_principal(
    request: Request,
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
    sent_csrf: str = Depends(sent_csrf_token),
) -> Principal:
    """A plain `def`: FastAPI runs it in the thread pool. Its queries must never run on the event
    loop — a writing request's first query waits for SQLite's write lock (BEGIN IMMEDIATE), which
    on the loop would stall every other request and WebSocket of the process meanwhile."""
    now = clock.now()
    authorization = request.headers.get("authorization", "")
    if authorization.lower().startswith("bearer "):
        user, token = service.user_for_api_token(db, authorization[7:].strip())
        if service.token_needs_touch(token, now):
            if request.method in SAFE_METHODS:
                # A reading request's session stays read-only; the touch gets its own transaction.
                with transaction(get_runtime(request).sessions) as writer:
                    service.do_touch_api_token(writer, token.id, now)
            else:
                service.do_touch_api_token(db, token.id, now)
        principal = service.principal_for(db, user, via="token")
        request.state.principal = principal
        return principal
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        raise NotAuthenticated("log in, or send an API token as 'Authorization: Bearer …'")
    user, web_session = service.session_for_token(db, cookie, now)
    if request.method not in SAFE_METHODS and not hmac.compare_digest(
        sent_csrf, web_session.csrf_token
    ):
        raise PermissionDenied("missing or wrong CSRF token; reload the page and try again")
    principal = service.principal_for(db, user, via="session")
    request.state.principal = principal
    request.state.csrf_token = web_session.csrf_token
    return principal


def require_role(minimum: str):  # type: ignore[no-untyped-def]  # returns a FastAPI dependency
    async def dependency(principal: Principal = Depends(current_principal)) -> Principal:
        principal.check_role(minimum)
        return principal

    return dependency
