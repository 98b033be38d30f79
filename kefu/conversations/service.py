"""Conversations and messages: inbound buyer messages (idempotent), agent replies and notes,
assignment, stage and status, read state, history and search.

A buyer message is committed before it is acknowledged; `message.created` is published after the
commit so the workbench and the widget learn of it only once it is safe.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kefu.api.scope import scoped
from kefu.audit import service as audit
from kefu.auth.models import ShopMembership, User
from kefu.auth.principal import Principal
from kefu.buyers import service as buyers
from kefu.conversations.guarding import check_incoming, check_outgoing_allowed, findings_meta
from kefu.conversations.models import Conversation, Message
from kefu.conversations.schemas import ConversationCreate, ConversationUpdate, InboundMessage
from kefu.errors import NotFound, ValidationFailed
from kefu.events import Event, publish_after_commit
from kefu.shops.service import get_shop
from kefu.textsearch import search_text, tokens


def access_conversation(db: Session, principal: Principal, conversation_id: int) -> Conversation:
    conversation = db.get(Conversation, conversation_id)
    if conversation is None or conversation.shop_id not in principal.shop_ids:
        raise NotFound(f"conversation {conversation_id} not found")
    return conversation


def get_conversation(db: Session, conversation_id: int) -> Conversation:
    conversation = db.get(Conversation, conversation_id)
    if conversation is None:
        raise NotFound(f"conversation {conversation_id} not found")
    return conversation


def conversation_query(
    principal: Principal,
    *,
    shop_id: int | None = None,
    status: str | None = None,
    stage: str | None = None,
    assignee: str | None = None,
    buyer_id: int | None = None,
    q: str | None = None,
) -> Select[tuple[Conversation]]:
    query = scoped(select(Conversation), Conversation.shop_id, principal, shop_id)
    if status:
        query = query.where(Conversation.status == status)
    if stage:
        query = query.where(Conversation.stage == stage)
    if assignee == "me":
        query = query.where(Conversation.assignee_id == principal.user_id)
    elif assignee == "unassigned":
        query = query.where(Conversation.assignee_id.is_(None))
    if buyer_id:
        query = query.where(Conversation.buyer_id == buyer_id)
    if q:
        words = tokens(q)
        if not words:
            raise ValidationFailed("the search has no words in it")
        matching = select(Message.conversation_id).where(
            and_(*(Message.search_text.contains(word) for word in words))
        )
        query = query.where(Conversation.id.in_(matching))
    return query.order_by(Conversation.last_message_at.desc(), Conversation.id.desc())


def messages_of(
    db: Session,
    conversation: Conversation,
    *,
    after_id: int = 0,
    include_internal: bool,
    limit: int = 200,
) -> list[Message]:
    query = select(Message).where(Message.conversation_id == conversation.id, Message.id > after_id)
    if not include_internal:
        query = query.where(Message.internal.is_(False))
    return list(db.scalars(query.order_by(Message.id).limit(limit)))


def find_by_client_id(db: Session, shop_id: int, client_message_id: str) -> Message | None:
    return db.scalar(
        select(Message).where(
            Message.shop_id == shop_id, Message.client_message_id == client_message_id
        )
    )


def open_conversation_for(
    db: Session, shop_id: int, buyer_id: int, channel: str
) -> Conversation | None:
    return db.scalar(
        select(Conversation)
        .where(
            Conversation.shop_id == shop_id,
            Conversation.buyer_id == buyer_id,
            Conversation.channel == channel,
            Conversation.status != "resolved",
        )
        .order_by(Conversation.id.desc())
        .limit(1)
    )


def do_create_conversation(
    db: Session, data: ConversationCreate | dict[str, Any], now: datetime
) -> Conversation:
    fields = data.model_dump() if isinstance(data, ConversationCreate) else dict(data)
    conversation = Conversation(
        **fields,
        status="open",
        created_at=now,
        last_message_at=now,
        unread_count=0,
        buyer_read_upto=0,
        agent_read_upto=0,
    )
    db.add(conversation)
    db.flush()
    publish_after_commit(
        db,
        Event("conversation.created", conversation.shop_id, {"conversation_id": conversation.id}),
    )
    return conversation


def _message_event(message: Message) -> Event:
    return Event(
        "message.created",
        message.shop_id,
        {
            "conversation_id": message.conversation_id,
            "message_id": message.id,
            "sender_kind": message.sender_kind,
            "internal": message.internal,
        },
    )


def do_add_buyer_message(
    db: Session,
    conversation: Conversation,
    *,
    text: str,
    client_message_id: str,
    now: datetime,
    kind: str = "text",
    attachments: list[dict[str, object]] | None = None,
    lang: str | None = None,
) -> tuple[Message, bool]:
    """Store a buyer message once. Returns (message, duplicate). A retry with the same client id
    returns the stored message, even when two retries race (the unique key decides)."""
    existing = find_by_client_id(db, conversation.shop_id, client_message_id)
    if existing is not None:
        if existing.conversation_id != conversation.id:
            raise ValidationFailed(
                "this client message id was already used in another conversation"
            )
        return existing, True
    incoming = check_incoming(get_shop(db, conversation.shop_id), text, lang) if text else None
    message = Message(
        conversation_id=conversation.id,
        shop_id=conversation.shop_id,
        sender_kind="buyer",
        kind=kind,
        text=text,
        search_text=search_text(text),
        attachments=attachments or [],
        internal=False,
        client_message_id=client_message_id,
        lang=lang,
        # Phishing links and requests to move the chat are flagged for the agent, not hidden.
        meta={"guard": findings_meta(incoming)} if incoming and incoming.findings else {},
        created_at=now,
    )
    try:
        with db.begin_nested():
            db.add(message)
    except IntegrityError:
        existing = find_by_client_id(db, conversation.shop_id, client_message_id)
        if existing is None:
            raise
        return existing, True
    conversation.last_message_at = now
    conversation.unread_count += 1
    if conversation.waiting_since is None:
        conversation.waiting_since = now
    if conversation.status != "open":
        conversation.status = "open"
    if lang and not conversation.language:
        conversation.language = lang
    db.flush()
    publish_after_commit(db, _message_event(message))
    return message, False


def do_receive_inbound(db: Session, data: InboundMessage, now: datetime) -> tuple[Message, bool]:
    """The connector/e-mail entry: find or create the buyer and their open conversation."""
    existing = find_by_client_id(db, data.shop_id, data.client_message_id)
    if existing is not None:
        return existing, True
    buyer = buyers.do_get_or_create_buyer(
        db,
        data.shop_id,
        data.buyer.external_id,
        now,
        name=data.buyer.name,
        language=data.buyer.language,
        country=data.buyer.country,
        timezone=data.buyer.timezone,
        email=data.buyer.email,
    )
    conversation = open_conversation_for(db, data.shop_id, buyer.id, data.channel)
    if conversation is None:
        conversation = do_create_conversation(
            db,
            {
                "shop_id": data.shop_id,
                "buyer_id": buyer.id,
                "channel": data.channel,
                "stage": "pre_sale",
                "language": data.buyer.language,
            },
            now,
        )
    return do_add_buyer_message(
        db,
        conversation,
        text=data.text,
        client_message_id=data.client_message_id,
        now=now,
        lang=data.buyer.language,
    )


def do_add_outgoing_message(
    db: Session,
    conversation: Conversation,
    *,
    text: str,
    sender_kind: str,
    now: datetime,
    user_id: int | None = None,
    internal: bool = False,
    client_message_id: str | None = None,
    kind: str = "text",
    attachments: list[dict[str, object]] | None = None,
    meta: dict[str, object] | None = None,
    agent_lang: str = "zh-Hans",
    guard_override: bool = False,
) -> Message:
    """An agent's or the bot's reply, or an internal note. Replies pass the guard first (notes
    never reach the buyer, so they are not checked); a blocked reply raises GuardBlocked."""
    if client_message_id:
        existing = find_by_client_id(db, conversation.shop_id, client_message_id)
        if existing is not None:
            return existing
    meta = dict(meta or {})
    if not internal and text:
        result = check_outgoing_allowed(
            db,
            get_shop(db, conversation.shop_id),
            text,
            conversation_id=conversation.id,
            sender_kind=sender_kind,
            lang=conversation.language,
            now=now,
            user_id=user_id,
            agent_lang=agent_lang,
            override=guard_override,
        )
        if result.findings:
            meta["guard"] = findings_meta(result)
    message = Message(
        conversation_id=conversation.id,
        shop_id=conversation.shop_id,
        sender_kind=sender_kind,
        sender_user_id=user_id,
        kind="note" if internal else kind,
        text=text,
        search_text=search_text(text),
        attachments=attachments or [],
        internal=internal,
        client_message_id=client_message_id,
        lang=None,
        meta=meta or {},
        created_at=now,
    )
    db.add(message)
    if not internal:
        conversation.last_message_at = now
        conversation.waiting_since = None
        conversation.unread_count = 0
        if conversation.first_response_at is None:
            conversation.first_response_at = now
    db.flush()
    publish_after_commit(db, _message_event(message))
    return message


def do_update_conversation(
    db: Session,
    principal: Principal,
    conversation: Conversation,
    data: ConversationUpdate,
    now: datetime,
) -> Conversation:
    changes: dict[str, Any] = {}
    if data.assignee_id is not None:
        member = db.scalar(
            select(User.id)
            .join(ShopMembership, ShopMembership.user_id == User.id)
            .where(User.id == data.assignee_id, ShopMembership.shop_id == conversation.shop_id)
        )
        if member is None:
            raise ValidationFailed(f"user {data.assignee_id} is not an agent of this shop")
        changes["assignee_id"] = [conversation.assignee_id, data.assignee_id]
        conversation.assignee_id = data.assignee_id
    elif data.unassign:
        changes["assignee_id"] = [conversation.assignee_id, None]
        conversation.assignee_id = None
    if data.order_id is not None:
        from kefu.orders.service import access_order

        order = access_order(db, principal, data.order_id)
        if order.shop_id != conversation.shop_id or order.buyer_id != conversation.buyer_id:
            raise ValidationFailed("that order belongs to another buyer")
        changes["order_id"] = [conversation.order_id, order.id]
        conversation.order_id = order.id
    for key in ("stage", "status"):
        value = getattr(data, key)
        if value is not None and value != getattr(conversation, key):
            changes[key] = [getattr(conversation, key), value]
            setattr(conversation, key, value)
    if data.status == "resolved":
        conversation.waiting_since = None
    if changes:
        audit.record(
            db,
            at=now,
            action="conversation.update",
            entity="conversation",
            entity_id=conversation.id,
            user_id=principal.user_id,
            shop_id=conversation.shop_id,
            changes=changes,
        )
        publish_after_commit(
            db,
            Event(
                "conversation.updated",
                conversation.shop_id,
                {"conversation_id": conversation.id, "changes": list(changes)},
            ),
        )
    return conversation


def do_mark_read_by_agent(
    db: Session, conversation: Conversation, upto_id: int, now: datetime
) -> None:
    if upto_id <= conversation.agent_read_upto:
        return
    conversation.agent_read_upto = upto_id
    conversation.unread_count = 0
    for message in db.scalars(
        select(Message).where(
            Message.conversation_id == conversation.id,
            Message.id <= upto_id,
            Message.sender_kind == "buyer",
            Message.read_at.is_(None),
        )
    ):
        message.read_at = now
    publish_after_commit(
        db,
        Event(
            "conversation.read",
            conversation.shop_id,
            {"conversation_id": conversation.id, "by": "agent", "upto": upto_id},
        ),
    )


def do_mark_read_by_buyer(
    db: Session, conversation: Conversation, upto_id: int, now: datetime
) -> None:
    if upto_id <= conversation.buyer_read_upto:
        return
    conversation.buyer_read_upto = upto_id
    for message in db.scalars(
        select(Message).where(
            Message.conversation_id == conversation.id,
            Message.id <= upto_id,
            Message.sender_kind != "buyer",
            Message.internal.is_(False),
            Message.read_at.is_(None),
        )
    ):
        message.read_at = now
    publish_after_commit(
        db,
        Event(
            "conversation.read",
            conversation.shop_id,
            {"conversation_id": conversation.id, "by": "buyer", "upto": upto_id},
        ),
    )
