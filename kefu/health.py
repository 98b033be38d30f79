"""Liveness and readiness for operators and load balancers."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.orm import Session

from kefu import __version__
from kefu.api.deps import get_db

router = APIRouter(tags=["operations"])


@router.get("/healthz")
def healthz(db: Session = Depends(get_db)) -> dict[str, str]:
    db.execute(text("SELECT 1"))
    return {"status": "ok", "version": __version__}
