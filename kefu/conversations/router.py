from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy.orm import Session

from kefu.api.deps import get_clock, get_db, get_runtime
from kefu.api.pagination import Page, PageParams, page_of, page_params
from kefu.auth.deps import current_principal
from kefu.auth.principal import Principal
from kefu.buyers.service import access_buyer
from kefu.clock import Clock
from kefu.conversations import service
from kefu.conversations.models import Conversation, Message
from kefu.conversations.schemas import (
    AgentMessageIn,
    ConversationCreate,
    ConversationOut,
    ConversationStatus,
    ConversationUpdate,
    InboundMessage,
    InboundResult,
    MessageOut,
    Stage,
)
from kefu.runtime import Runtime

router = APIRouter(prefix="/api/v1", tags=["conversations"])


@router.get("/conversations", response_model=Page[ConversationOut])
def list_conversations(
    shop_id: int | None = None,
    status: ConversationStatus | None = None,
    stage: Stage | None = None,
    assignee: str | None = Query(None, pattern="^(me|unassigned|all)$"),
    buyer_id: int | None = None,
    q: str | None = Query(None, max_length=100, description="words in any message"),
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> Page[ConversationOut]:
    query = service.conversation_query(
        principal,
        shop_id=shop_id,
        status=status,
        stage=stage,
        assignee=assignee,
        buyer_id=buyer_id,
        q=q,
    )
    return page_of(db, query, params, ConversationOut.model_validate)


@router.post("/conversations", response_model=ConversationOut, status_code=201)
def create_conversation(
    body: ConversationCreate,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Conversation:
    buyer = access_buyer(db, principal, body.buyer_id)
    if buyer.shop_id != body.shop_id:
        principal.check_shop(body.shop_id)
        from kefu.errors import ValidationFailed

        raise ValidationFailed("the buyer belongs to another shop")
    return service.do_create_conversation(db, body, clock.now())


@router.get("/conversations/{conversation_id}", response_model=ConversationOut)
def get_conversation(
    conversation_id: int,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> Conversation:
    return service.access_conversation(db, principal, conversation_id)


@router.patch("/conversations/{conversation_id}", response_model=ConversationOut)
def update_conversation(
    conversation_id: int,
    body: ConversationUpdate,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Conversation:
    conversation = service.access_conversation(db, principal, conversation_id)
    return service.do_update_conversation(db, principal, conversation, body, clock.now())


@router.get("/conversations/{conversation_id}/messages", response_model=list[MessageOut])
def list_messages(
    conversation_id: int,
    after_id: int = Query(0, ge=0),
    limit: int = Query(200, ge=1, le=500),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> list[Message]:
    conversation = service.access_conversation(db, principal, conversation_id)
    return service.messages_of(
        db, conversation, after_id=after_id, include_internal=True, limit=limit
    )


@router.post(
    "/conversations/{conversation_id}/messages", response_model=MessageOut, status_code=201
)
def send_message(
    conversation_id: int,
    body: AgentMessageIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Message:
    conversation = service.access_conversation(db, principal, conversation_id)
    return service.do_add_outgoing_message(
        db,
        conversation,
        text=body.text,
        sender_kind="agent",
        now=clock.now(),
        user_id=principal.user_id,
        internal=body.internal,
        client_message_id=body.client_message_id,
        agent_lang=principal.ui_lang,
        guard_override=body.guard_override,
    )


@router.post("/conversations/{conversation_id}/read", status_code=204)
def mark_read(
    conversation_id: int,
    upto_id: int = Query(..., ge=1),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> None:
    conversation = service.access_conversation(db, principal, conversation_id)
    service.do_mark_read_by_agent(db, conversation, upto_id, clock.now())


@router.post(
    "/messages/inbound",
    response_model=InboundResult,
    status_code=201,
    responses={
        200: {"description": "the same client_message_id was already stored; nothing new written"}
    },
)
def receive_inbound(
    body: InboundMessage,
    response: Response,
    runtime: Runtime = Depends(get_runtime),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> InboundResult:
    """A buyer message from a connector or e-mail gateway. Idempotent on client_message_id."""
    principal.check_shop(body.shop_id)
    # The bot (kefu/bot/service.py): its bot.reply job commits with the buyer's message (queued
    # first, see enqueue_reply), then it answers in-process (read session for NLU, short write).
    # A crash in between is covered by the job. The bot never raises for its own failures.
    from kefu.bot.service import enqueue_reply, handle_after_commit

    enqueue_reply(db, body.shop_id, body.client_message_id, clock.now())
    message, duplicate = service.do_receive_inbound(db, body, clock.now())
    if duplicate:
        response.status_code = 200
    else:
        db.commit()
        handle_after_commit(runtime, message.id)
    return InboundResult(
        conversation_id=message.conversation_id,
        message=MessageOut.model_validate(message),
        duplicate=duplicate,
    )
