"""HTTP for the buyer widget: the standalone chat page per shop, the embed script, and the
widget API. Widget calls authenticate with the signed buyer token in the X-Kefu-Buyer header —
never a cookie — so they need no CSRF token: a foreign page cannot make the browser attach it."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import (
    APIRouter,
    BackgroundTasks,
    Depends,
    File,
    Form,
    Query,
    Request,
    Response,
    UploadFile,
)
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from kefu.api.deps import get_clock, get_db, get_runtime
from kefu.clock import Clock
from kefu.errors import NotAuthenticated, NotFound
from kefu.runtime import Runtime
from kefu.uploads import service as uploads
from kefu.uploads.router import read_limited
from kefu.widget import service
from kefu.widget.schemas import (
    ConversationRef,
    VisitIn,
    VisitOut,
    WidgetMessageIn,
    WidgetMessageOut,
    WidgetSendOut,
    widget_message,
)
from kefu.widget.tokens import Visitor, make_buyer_token, read_buyer_token

HERE = Path(__file__).parent
BUYER_HEADER = "x-kefu-buyer"
STATIC_FILES = {
    "widget.js": "text/javascript",
    "widget.css": "text/css",
    "embed.js": "text/javascript",
}
# The widget page may be framed by the shop's own site (that is what the embed script does).
PAGE_CSP = (
    "default-src 'self'; img-src 'self' blob: data:; connect-src 'self' ws: wss:; "
    "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'"
)

templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(tags=["widget"])


@lru_cache(maxsize=1)
def catalogues() -> dict[str, dict[str, str]]:
    """The widget's UI strings per language; every language must have every key."""
    result: dict[str, dict[str, str]] = {}
    for lang in service.WIDGET_LANGS:
        data = json.loads((HERE / "i18n" / f"{lang}.json").read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("version") != 1:
            raise ValueError(f"widget catalogue {lang}: expected an object with version 1")
        result[lang] = {str(k): str(v) for k, v in data["messages"].items()}
    keys = set(result["en"])
    for lang, messages in result.items():
        if set(messages) != keys:
            raise ValueError(
                f"widget catalogue {lang}: keys differ from en: {set(messages) ^ keys}"
            )
    return result


def current_visitor(request: Request, runtime: Runtime = Depends(get_runtime)) -> Visitor:
    visitor = read_buyer_token(runtime.secret_key, request.headers.get(BUYER_HEADER, ""))
    if visitor is None:
        raise NotAuthenticated("this chat session is not valid; reload the page")
    return visitor


# --- pages and assets ---------------------------------------------------------------------


@router.get("/widget/{shop_slug}", response_class=HTMLResponse, include_in_schema=False)
def widget_page(shop_slug: str, request: Request, db: Session = Depends(get_db)) -> HTMLResponse:
    shop = service.shop_by_slug(db, shop_slug)
    config: dict[str, Any] = {
        "shop": shop.slug,
        "shopName": shop.name,
        "fallbackLang": next((x for x in shop.languages if x in service.WIDGET_LANGS), "en"),
        "langs": list(service.WIDGET_LANGS),
    }
    response = templates.TemplateResponse(
        request,
        "widget.html",
        {"shop": shop, "config": config, "catalogues": catalogues()},
    )
    response.headers["Content-Security-Policy"] = PAGE_CSP
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@router.get("/widget-assets/{name}", include_in_schema=False)
def widget_asset(name: str) -> FileResponse:
    if name not in STATIC_FILES:
        raise NotFound("no such file")
    return FileResponse(
        HERE / "static" / name,
        media_type=STATIC_FILES[name],
        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
    )


@router.get("/widget.js", include_in_schema=False)
def embed_script() -> FileResponse:
    """What a shop pastes: <script src="https://kefu.example/widget.js" data-shop="slug">."""
    return widget_asset("embed.js")


# --- API ------------------------------------------------------------------------------------


@router.post("/api/v1/widget/shops/{shop_slug}/visits", response_model=VisitOut, status_code=201)
def start_visit(
    shop_slug: str,
    body: VisitIn,
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
    runtime: Runtime = Depends(get_runtime),
) -> VisitOut:
    shop = service.shop_by_slug(db, shop_slug)
    visitor = service.do_start_visit(db, shop, body.lang, clock.now())
    return VisitOut(token=make_buyer_token(runtime.secret_key, visitor), conversation_id=None)


@router.get("/api/v1/widget/conversation", response_model=ConversationRef)
def my_conversation(
    visitor: Visitor = Depends(current_visitor), db: Session = Depends(get_db)
) -> ConversationRef:
    conversation = service.current_conversation(db, visitor)
    return ConversationRef(conversation_id=conversation.id if conversation else None)


@router.get(
    "/api/v1/widget/conversations/{conversation_id}/messages",
    response_model=list[WidgetMessageOut],
)
def my_messages(
    conversation_id: int,
    after_id: int = Query(0, ge=0),
    visitor: Visitor = Depends(current_visitor),
    db: Session = Depends(get_db),
) -> list[WidgetMessageOut]:
    conversation = service.access_widget_conversation(db, visitor, conversation_id)
    return [widget_message(m) for m in service.visible_messages(db, conversation, after_id)]


@router.post("/api/v1/widget/messages", response_model=WidgetSendOut, status_code=201)
def send_message(
    body: WidgetMessageIn,
    response: Response,
    background: BackgroundTasks,
    runtime: Runtime = Depends(get_runtime),
    visitor: Visitor = Depends(current_visitor),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> WidgetSendOut:
    message, duplicate = service.do_send(
        db,
        visitor,
        text=body.text,
        client_message_id=body.client_message_id,
        now=clock.now(),
        lang=body.lang,
    )
    if duplicate:
        response.status_code = 200
    else:
        # The bot answers after the message (and its bot.reply job) committed, once the ack is
        # on its way; its reply reaches the widget like an agent's (kefu/bot/service.py).
        from kefu.bot.service import handle_after_commit

        db.commit()
        background.add_task(handle_after_commit, runtime, message.id)
    # get_db commits when this returns, before the response leaves: the ack means "stored".
    return WidgetSendOut(
        conversation_id=message.conversation_id,
        message=widget_message(message),
        duplicate=duplicate,
    )


@router.post("/api/v1/widget/images", response_model=WidgetSendOut, status_code=201)
def send_image(
    response: Response,
    file: UploadFile = File(...),
    client_message_id: str = Form(..., min_length=8, max_length=80, pattern=r"^[A-Za-z0-9._:\-]+$"),
    visitor: Visitor = Depends(current_visitor),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
    runtime: Runtime = Depends(get_runtime),
) -> WidgetSendOut:
    existing = service.find_message(db, visitor, client_message_id)
    if existing is None:
        max_bytes = runtime.settings.max_image_bytes
        stored = uploads.do_store_image(
            runtime.settings.data_dir,
            visitor.shop_id,
            read_limited(file, max_bytes),
            file.filename,
            max_bytes,
        )
        attachments = [stored.as_attachment()]
    else:
        attachments = []
    message, duplicate = service.do_send(
        db,
        visitor,
        text="",
        client_message_id=client_message_id,
        now=clock.now(),
        kind="image",
        attachments=attachments,
    )
    if duplicate:
        response.status_code = 200
    return WidgetSendOut(
        conversation_id=message.conversation_id,
        message=widget_message(message),
        duplicate=duplicate,
    )


@router.post("/api/v1/widget/conversations/{conversation_id}/read", status_code=204)
def mark_read(
    conversation_id: int,
    upto_id: int = Query(..., ge=1),
    visitor: Visitor = Depends(current_visitor),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> None:
    conversation = service.access_widget_conversation(db, visitor, conversation_id)
    service.do_mark_read(db, conversation, upto_id, clock.now())
