"""HTTP for follow-ups: a shop's automation settings, and what was sent or skipped and why."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from kefu.api.deps import get_clock, get_db
from kefu.auth.deps import current_principal
from kefu.auth.principal import Principal
from kefu.clock import Clock
from kefu.followups import service
from kefu.followups.policy import defaults_version
from kefu.followups.schemas import SendOut, SettingsIn, SettingsOut

# Served through kefu/jobs/router.py (one entry in the app's router list for C9).
router = APIRouter(prefix="/followups", tags=["followups"])


def _out(db: Session, shop_id: int) -> SettingsOut:
    return SettingsOut(
        shop_id=shop_id,
        defaults_version=defaults_version(),
        overrides=service.overrides_of(db, shop_id),
        effective=service.settings_for(db, shop_id).model_dump(mode="json"),
    )


@router.get("/settings/{shop_id}", response_model=SettingsOut)
def get_settings(
    shop_id: int, principal: Principal = Depends(current_principal), db: Session = Depends(get_db)
) -> SettingsOut:
    service.access_settings(db, principal, shop_id)
    return _out(db, shop_id)


@router.put("/settings/{shop_id}", response_model=SettingsOut)
def put_settings(
    shop_id: int,
    body: SettingsIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> SettingsOut:
    service.do_update_settings(db, principal, shop_id, body.overrides, clock.now())
    return _out(db, shop_id)


@router.get("/log/{shop_id}", response_model=list[SendOut])
def send_log(
    shop_id: int,
    limit: int = Query(200, ge=1, le=1000),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> list[SendOut]:
    return [SendOut.model_validate(r) for r in service.followup_log(db, principal, shop_id, limit)]
