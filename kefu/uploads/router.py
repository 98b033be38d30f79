"""HTTP for chat images: an agent sends an image into a conversation; anyone holding an image's
unguessable URL can fetch it (buyers' <img> tags cannot send credentials), with headers that keep
the browser from treating it as anything but an image."""

from __future__ import annotations

from fastapi import APIRouter, Depends, File, Form, UploadFile
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session

from kefu.api.deps import get_clock, get_db, get_runtime
from kefu.auth.deps import current_principal
from kefu.auth.principal import Principal
from kefu.clock import Clock
from kefu.conversations import service as conversations
from kefu.conversations.models import Message
from kefu.conversations.schemas import MessageOut
from kefu.runtime import Runtime
from kefu.uploads import service

router = APIRouter(tags=["uploads"])

IMAGE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "private, max-age=31536000, immutable",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def read_limited(upload: UploadFile, max_bytes: int) -> bytes:
    # Read one byte past the limit: enough to tell "too big" without buffering a huge body.
    return upload.file.read(max_bytes + 1)


@router.post(
    "/api/v1/conversations/{conversation_id}/images", response_model=MessageOut, status_code=201
)
def send_image(
    conversation_id: int,
    file: UploadFile = File(...),
    client_message_id: str | None = Form(None, min_length=8, max_length=80),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
    runtime: Runtime = Depends(get_runtime),
) -> Message:
    conversation = conversations.access_conversation(db, principal, conversation_id)
    if client_message_id:
        existing = conversations.find_by_client_id(db, conversation.shop_id, client_message_id)
        if existing is not None:
            return existing
    data = read_limited(file, runtime.settings.max_image_bytes)
    stored = service.do_store_image(
        runtime.settings.data_dir,
        conversation.shop_id,
        data,
        file.filename,
        runtime.settings.max_image_bytes,
    )
    return conversations.do_add_outgoing_message(
        db,
        conversation,
        text="",
        sender_kind="agent",
        now=clock.now(),
        user_id=principal.user_id,
        client_message_id=client_message_id,
        kind="image",
        attachments=[stored.as_attachment()],
    )


@router.get("/uploads/{shop_id}/{name}", include_in_schema=False)
def get_image(shop_id: str, name: str, runtime: Runtime = Depends(get_runtime)) -> FileResponse:
    path, content_type = service.stored_file(runtime.settings.data_dir, f"{shop_id}/{name}")
    return FileResponse(
        path,
        media_type=content_type,
        headers={**IMAGE_HEADERS, "Content-Disposition": "inline"},
    )
