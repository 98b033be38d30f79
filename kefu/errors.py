"""Typed errors shared by every domain; the web layer maps them to HTTP in one place."""

from __future__ import annotations

from typing import Any


class KefuError(Exception):
    """Base of every error an operator or API client may see."""

    status_code = 400
    code = "bad_request"

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class NotFound(KefuError):
    status_code = 404
    code = "not_found"


class Conflict(KefuError):
    status_code = 409
    code = "conflict"


class ValidationFailed(KefuError):
    status_code = 422
    code = "validation_failed"


class IllegalTransition(Conflict):
    code = "illegal_transition"


class PermissionDenied(KefuError):
    status_code = 403
    code = "forbidden"


class NotAuthenticated(KefuError):
    status_code = 401
    code = "not_authenticated"


class TooManyRequests(KefuError):
    status_code = 429
    code = "too_many_requests"


class GuardBlocked(KefuError):
    """The guard (C7) found something that must not be sent; details carry the findings."""

    status_code = 422
    code = "guard_blocked"
