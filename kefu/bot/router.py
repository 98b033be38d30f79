"""HTTP for the bot: workbench suggestions per conversation, the buyer profile card, and the
shop's bot settings. Parsing and shaping only; the work is in service/profile/settings."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from kefu.api.deps import get_clock, get_db
from kefu.auth.deps import current_principal
from kefu.auth.principal import Principal
from kefu.bot import service
from kefu.bot.profile import profile_for_buyer
from kefu.bot.settings import BotSettings, parse_settings, settings_of
from kefu.buyers.service import access_buyer
from kefu.clock import Clock
from kefu.conversations.service import access_conversation
from kefu.shops.service import access_shop

router = APIRouter(prefix="/api/v1", tags=["bot"])


@router.get("/conversations/{conversation_id}/suggestions")
def suggestions(
    conversation_id: int,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> dict[str, Any]:
    conversation = access_conversation(db, principal, conversation_id)
    return service.suggestions(db, conversation, clock.now())


@router.get("/buyers/{buyer_id}/profile")
def buyer_profile(
    buyer_id: int,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> dict[str, object]:
    buyer = access_buyer(db, principal, buyer_id)
    return profile_for_buyer(db, buyer, principal.ui_lang).as_dict()


@router.get("/shops/{shop_id}/bot-settings", response_model=BotSettings)
def get_bot_settings(
    shop_id: int,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> BotSettings:
    return settings_of(access_shop(db, principal, shop_id).settings)


@router.put("/shops/{shop_id}/bot-settings", response_model=BotSettings)
def put_bot_settings(
    shop_id: int,
    body: dict[str, Any],
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> BotSettings:
    principal.check_role("supervisor")
    shop = access_shop(db, principal, shop_id)
    return service.do_set_settings(db, shop, parse_settings(body), clock.now(), principal.user_id)
