"""Agents and how they prove who they are: passwords, browser sessions, API tokens, throttling."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kefu.audit import service as audit
from kefu.auth.models import ROLES, ApiToken, LoginAttempt, ShopMembership, User, WebSession
from kefu.auth.passwords import hash_password, verify_password
from kefu.auth.principal import Principal
from kefu.errors import Conflict, NotAuthenticated, NotFound, TooManyRequests, ValidationFailed

SESSION_LIFETIME = timedelta(days=7)
TOKEN_PREFIX = "kefu_"  # noqa: S105  (a public prefix, not a secret)
MIN_PASSWORD_LENGTH = 8


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed(f"password must have at least {MIN_PASSWORD_LENGTH} characters")


def do_create_user(
    db: Session,
    *,
    email: str,
    name: str,
    password: str,
    role: str,
    shop_ids: list[int],
    now: datetime,
    ui_lang: str = "zh-Hans",
    actor_id: int | None = None,
) -> User:
    if role not in ROLES:
        raise ValidationFailed(f"role must be one of {', '.join(ROLES)}, got {role!r}")
    check_password_strength(password)
    email = email.strip().lower()
    if db.scalar(select(User.id).where(User.email == email)) is not None:
        raise Conflict(f"a user with e-mail {email} already exists")
    user = User(
        email=email,
        name=name,
        password_hash=hash_password(password),
        role=role,
        ui_lang=ui_lang,
        created_at=now,
    )
    db.add(user)
    try:
        db.flush()
    except IntegrityError as exc:
        raise Conflict(f"a user with e-mail {email} already exists") from exc
    for shop_id in sorted(set(shop_ids)):
        db.add(ShopMembership(user_id=user.id, shop_id=shop_id))
    audit.record(
        db,
        at=now,
        action="user.create",
        entity="user",
        entity_id=user.id,
        user_id=actor_id,
        changes={"email": email, "role": role, "shop_ids": sorted(set(shop_ids))},
    )
    db.flush()
    return user


def principal_for(db: Session, user: User, via: str) -> Principal:
    shop_ids = frozenset(
        db.scalars(select(ShopMembership.shop_id).where(ShopMembership.user_id == user.id))
    )
    return Principal(
        user_id=user.id,
        name=user.name,
        email=user.email,
        role=user.role,
        shop_ids=shop_ids,
        ui_lang=user.ui_lang,
        via=via,
    )


def check_login_allowed(
    db: Session, *, email: str, ip: str, now: datetime, per_minute: int
) -> None:
    since = now - timedelta(minutes=1)
    failures = (
        db.scalar(
            select(func.count())
            .select_from(LoginAttempt)
            .where(
                LoginAttempt.at >= since, (LoginAttempt.email == email) | (LoginAttempt.ip == ip)
            )
        )
        or 0
    )
    if failures >= per_minute:
        raise TooManyRequests("too many failed logins; wait a minute and try again")


def authenticate(
    db: Session, *, email: str, password: str, ip: str, now: datetime, per_minute: int
) -> User:
    """Check credentials; a failure stays recorded (for throttling) even though the caller rolls back.

    The attempt is counted and recorded as a failure, and committed, *before* the password is
    checked: argon2 is slow on purpose, and on SQLite the write lock taken by the throttle check
    (BEGIN IMMEDIATE) would otherwise be held for the whole hash, stalling every other writer.
    Counting it first also keeps the limit exact when guesses arrive at once. A success deletes
    the e-mail's failures, this one included; a disabled account's attempt is taken back.
    """
    email = email.strip().lower()
    check_login_allowed(db, email=email, ip=ip, now=now, per_minute=per_minute)
    user = db.scalar(select(User).where(User.email == email))
    attempt = LoginAttempt(email=email, ip=ip, at=now)
    db.add(attempt)
    db.commit()  # ends the write transaction: argon2 below runs with no lock held
    if not verify_password(user.password_hash if user else None, password) or user is None:
        raise NotAuthenticated("wrong e-mail or password")
    if not user.is_active:
        db.execute(delete(LoginAttempt).where(LoginAttempt.id == attempt.id))
        db.commit()
        raise NotAuthenticated("this account is disabled")
    db.execute(delete(LoginAttempt).where(LoginAttempt.email == email))
    return user


def do_start_session(db: Session, user: User, now: datetime) -> tuple[str, WebSession]:
    token = secrets.token_urlsafe(32)
    web_session = WebSession(
        user_id=user.id,
        token_hash=_digest(token),
        csrf_token=secrets.token_urlsafe(24),
        created_at=now,
        expires_at=now + SESSION_LIFETIME,
    )
    db.add(web_session)
    db.flush()
    return token, web_session


def session_for_token(db: Session, token: str, now: datetime) -> tuple[User, WebSession]:
    row = db.execute(
        select(User, WebSession)
        .join(WebSession, WebSession.user_id == User.id)
        .where(WebSession.token_hash == _digest(token))
    ).first()
    if row is None or row[1].expires_at <= now or not row[0].is_active:
        raise NotAuthenticated("your session has ended; log in again")
    return row[0], row[1]


def do_end_session(db: Session, token: str) -> None:
    db.execute(delete(WebSession).where(WebSession.token_hash == _digest(token)))


def do_create_api_token(db: Session, user: User, name: str, now: datetime) -> tuple[str, ApiToken]:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(
        user_id=user.id, name=name, token_hash=_digest(token), prefix=token[:12], created_at=now
    )
    db.add(row)
    audit.record(
        db,
        at=now,
        action="api_token.create",
        entity="api_token",
        entity_id=row.prefix,
        user_id=user.id,
        changes={"name": name},
    )
    db.flush()
    return token, row


TOKEN_TOUCH_INTERVAL = timedelta(minutes=5)


def user_for_api_token(db: Session, token: str) -> tuple[User, ApiToken]:
    """Read-only: who holds this token. Recording its use is `do_touch_api_token`'s job."""
    row = db.execute(
        select(User, ApiToken)
        .join(ApiToken, ApiToken.user_id == User.id)
        .where(ApiToken.token_hash == _digest(token), ApiToken.revoked_at.is_(None))
    ).first()
    if row is None or not row[0].is_active:
        raise NotAuthenticated("invalid or revoked API token")
    return row[0], row[1]


def token_needs_touch(token: ApiToken, now: datetime) -> bool:
    # Recording every use would turn each read into a write; a few minutes' precision is enough.
    return token.last_used_at is None or now - token.last_used_at >= TOKEN_TOUCH_INTERVAL


def do_touch_api_token(db: Session, token_id: int, now: datetime) -> None:
    db.execute(update(ApiToken).where(ApiToken.id == token_id).values(last_used_at=now))


def access_user(db: Session, principal: Principal, user_id: int) -> User:
    user = db.get(User, user_id)
    if user is None:
        raise NotFound(f"user {user_id} not found")
    if user.id != principal.user_id:
        shared = db.scalar(
            select(func.count())
            .select_from(ShopMembership)
            .where(
                ShopMembership.user_id == user_id, ShopMembership.shop_id.in_(principal.shop_ids)
            )
        )
        if not shared:
            raise NotFound(f"user {user_id} not found")
    return user


def list_users(db: Session, principal: Principal) -> list[User]:
    ids = select(ShopMembership.user_id).where(ShopMembership.shop_id.in_(principal.shop_ids))
    return list(
        db.scalars(
            select(User).where(User.id.in_(ids) | (User.id == principal.user_id)).order_by(User.id)
        )
    )


def do_set_presence(db: Session, user: User, presence: str) -> None:
    if presence not in ("online", "away", "offline"):
        raise ValidationFailed("presence must be online, away or offline")
    user.presence = presence


def do_set_ui_lang(db: Session, user: User, ui_lang: str) -> None:
    if ui_lang not in ("zh-Hans", "en"):
        raise ValidationFailed("the workbench speaks zh-Hans and en")
    user.ui_lang = ui_lang
