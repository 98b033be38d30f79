"""One place that turns errors into HTTP: typed Kefu errors, validation errors, integrity errors."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from kefu.errors import KefuError

log = logging.getLogger("kefu.api")


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {"error": {"code": code, "message": message}}
    if details:
        body["error"]["details"] = details
    return body


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(KefuError)
    async def kefu_error(_request: Request, exc: KefuError) -> JSONResponse:
        return JSONResponse(
            error_body(exc.code, exc.message, exc.details or None), status_code=exc.status_code
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors():
            location = ".".join(str(part) for part in err.get("loc", ()))
            problems.append({"location": location, "message": err.get("msg", "invalid value")})
        summary = "; ".join(f"{p['location']}: {p['message']}" for p in problems[:5])
        return JSONResponse(
            error_body("validation_failed", f"invalid request: {summary}", problems),
            status_code=422,
        )

    @app.exception_handler(IntegrityError)
    async def integrity_error(_request: Request, exc: IntegrityError) -> JSONResponse:
        log.info("integrity error: %s", exc.orig)
        return JSONResponse(
            error_body("conflict", "this would duplicate or orphan a record; nothing was written"),
            status_code=409,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(
            exc.status_code, "http_error"
        )
        return JSONResponse(error_body(code, str(exc.detail)), status_code=exc.status_code)
