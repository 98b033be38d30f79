"""Login, logout, who-am-I, presence, API tokens and user management."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy.orm import Session

from kefu.api.deps import get_clock, get_db, get_runtime
from kefu.auth import service
from kefu.auth.deps import SESSION_COOKIE, current_principal, require_role
from kefu.auth.models import User
from kefu.auth.principal import Principal
from kefu.auth.schemas import (
    LoginIn,
    MeOut,
    PreferencesIn,
    PresenceIn,
    TokenCreate,
    TokenOut,
    UserCreate,
    UserOut,
)
from kefu.clock import Clock
from kefu.runtime import Runtime

router = APIRouter(prefix="/api/v1", tags=["auth"])


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _me(db: Session, user: User, csrf: str | None) -> MeOut:
    principal = service.principal_for(db, user, via="session")
    return MeOut(
        **UserOut.model_validate(user).model_dump(),
        shop_ids=sorted(principal.shop_ids),
        csrf_token=csrf,
    )


@router.post("/auth/login", response_model=MeOut)
def login(
    body: LoginIn,
    request: Request,
    response: Response,
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
    runtime: Runtime = Depends(get_runtime),
) -> MeOut:
    now = clock.now()
    user = service.authenticate(
        db,
        email=body.email,
        password=body.password,
        ip=client_ip(request),
        now=now,
        per_minute=runtime.settings.login_attempts_per_minute,
    )
    token, web_session = service.do_start_session(db, user, now)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        max_age=int(service.SESSION_LIFETIME.total_seconds()),
    )
    return _me(db, user, web_session.csrf_token)


@router.post("/auth/logout", status_code=204)
def logout(
    request: Request,
    response: Response,
    _principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> None:
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        service.do_end_session(db, cookie)
    response.delete_cookie(SESSION_COOKIE)


@router.get("/auth/me", response_model=MeOut)
def me(
    request: Request,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> MeOut:
    user = db.get(User, principal.user_id)
    assert user is not None
    return _me(db, user, getattr(request.state, "csrf_token", None))


@router.put("/auth/me/presence", response_model=UserOut)
def set_presence(
    body: PresenceIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> User:
    user = db.get(User, principal.user_id)
    assert user is not None
    service.do_set_presence(db, user, body.presence)
    return user


@router.put("/auth/me/preferences", response_model=UserOut)
def set_preferences(
    body: PreferencesIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> User:
    user = db.get(User, principal.user_id)
    assert user is not None
    service.do_set_ui_lang(db, user, body.ui_lang)
    return user


@router.post("/auth/tokens", response_model=TokenOut, status_code=201)
def create_token(
    body: TokenCreate,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> TokenOut:
    user = db.get(User, principal.user_id)
    assert user is not None
    token, row = service.do_create_api_token(db, user, body.name, clock.now())
    return TokenOut(token=token, prefix=row.prefix, name=row.name, created_at=row.created_at)


@router.get("/users", response_model=list[UserOut])
def list_users(
    principal: Principal = Depends(current_principal), db: Session = Depends(get_db)
) -> list[User]:
    return service.list_users(db, principal)


@router.post("/users", response_model=UserOut, status_code=201)
def create_user(
    body: UserCreate,
    principal: Principal = Depends(require_role("admin")),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> User:
    for shop_id in body.shop_ids:
        principal.check_shop(shop_id)
    return service.do_create_user(
        db,
        email=body.email,
        name=body.name,
        password=body.password,
        role=body.role,
        shop_ids=body.shop_ids,
        now=clock.now(),
        ui_lang=body.ui_lang,
        actor_id=principal.user_id,
    )
