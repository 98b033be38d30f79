"""HTTP for the guard: POST /api/v1/guard/check returns findings for the workbench to underline."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from kefu.auth.deps import current_principal
from kefu.auth.principal import Principal
from kefu.guard import check
from kefu.guard.schemas import CheckIn, CheckOut, FindingOut

router = APIRouter(prefix="/api/v1/guard", tags=["guard"])


@router.post("/check", response_model=CheckOut)
def check_message(body: CheckIn, principal: Principal = Depends(current_principal)) -> CheckOut:
    """Check a draft (direction "out") or a buyer message ("in"); pure, nothing is stored."""
    agent_lang = "en" if body.agent_lang == "en" else "zh-Hans"
    result = check(body.text, body.direction, body.platform, body.lang, agent_lang)
    return CheckOut(
        findings=[FindingOut(**f.as_dict()) for f in result.findings],
        blocked=result.blocked,
    )
