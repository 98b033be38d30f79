"""Chat images: recognised by content, re-encoded without metadata, refused with a clear message
otherwise, and served from an unguessable path with a fixed content type."""

from __future__ import annotations

import io

import pytest
from fastapi.testclient import TestClient
from PIL import Image
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from kefu.errors import ValidationFailed
from kefu.uploads.service import reencode_image
from tests.factories import make_agent, make_shop
from tests.web.helpers import buyer_says, login, visit

# About delivery and storage, not the bot: it stays out so the messages are only ours.
NO_BOT = {"bot": {"mode": "off"}}


def picture(fmt: str, size: tuple[int, int] = (40, 30), exif: bool = False) -> bytes:
    image = Image.new("RGB", size, (200, 80, 40))
    out = io.BytesIO()
    if exif:
        data = Image.Exif()
        data[0x010F] = "SecretPhone"  # Make
        image.save(out, fmt, exif=data.tobytes())
    else:
        image.save(out, fmt)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "GIF"])
def test_every_chat_format_is_accepted_and_reencoded(fmt: str) -> None:
    data, found, width, height = reencode_image(picture(fmt), 1_000_000)
    assert (found, width, height) == (fmt, 40, 30)
    assert Image.open(io.BytesIO(data)).format == fmt


def test_reencoding_drops_exif_and_trailing_payloads() -> None:
    original = picture("JPEG", exif=True) + b"<script>alert(1)</script>"
    assert b"SecretPhone" in original
    data, *_ = reencode_image(original, 1_000_000)
    assert b"SecretPhone" not in data and b"<script>" not in data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<html><script>alert(1)</script></html>", "not a readable image"),
        (b"MZ\x90\x00" + b"\x00" * 200, "not a readable image"),
        (b"", "empty"),
    ],
)
def test_non_images_are_refused_by_content(data: bytes, message: str) -> None:
    with pytest.raises(ValidationFailed, match=message):
        reencode_image(data, 1_000_000)


def test_other_image_formats_and_big_files_are_refused() -> None:
    bmp = io.BytesIO()
    Image.new("RGB", (4, 4)).save(bmp, "BMP")
    with pytest.raises(ValidationFailed, match="only JPEG, PNG, WebP and GIF"):
        reencode_image(bmp.getvalue(), 1_000_000)
    with pytest.raises(ValidationFailed, match="limit"):
        reencode_image(picture("PNG", (400, 400)), 100)


def test_buyer_and_agent_images_reach_the_conversation_and_are_served_safely(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now(), settings=NO_BOT)
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    token = visit(client, shop.slug)
    conversation_id = buyer_says(client, token, "鞋底开胶了，发图给你看", "w-img-00001")[
        "conversation_id"
    ]
    sent = client.post(
        "/api/v1/widget/images",
        files={"file": ("开胶.png.exe", picture("PNG"), "application/octet-stream")},
        data={"client_message_id": "w-img-00002"},
        headers={"X-Kefu-Buyer": token},
    )
    assert sent.status_code == 201, sent.text
    attachment = sent.json()["message"]["attachments"][0]
    assert attachment["content_type"] == "image/png" and attachment["name"].endswith(".png")
    served = client.get(attachment["url"])
    assert served.status_code == 200
    assert served.headers["content-type"] == "image/png"
    assert served.headers["x-content-type-options"] == "nosniff"
    assert client.get(attachment["url"].replace(".png", ".gif")).status_code == 404
    assert client.get("/uploads/1/..%2F..%2Fsecret.key").status_code == 404
    refused = client.post(
        "/api/v1/widget/images",
        files={"file": ("photo.jpg", b"%PDF-1.7 not a picture", "image/jpeg")},
        data={"client_message_id": "w-img-00003"},
        headers={"X-Kefu-Buyer": token},
    )
    assert refused.status_code == 422 and "not a readable image" in refused.text
    csrf = login(client, agent.user.email)
    reply = client.post(
        f"/api/v1/conversations/{conversation_id}/images",
        files={"file": ("label.webp", picture("WEBP"), "image/webp")},
        headers={"X-CSRF-Token": csrf},
    )
    assert reply.status_code == 201, reply.text
    assert reply.json()["kind"] == "image"
    no_csrf = client.post(
        f"/api/v1/conversations/{conversation_id}/images",
        files={"file": ("label.webp", picture("WEBP"), "image/webp")},
    )
    assert no_csrf.status_code == 403
    seen = client.get(
        f"/api/v1/widget/conversations/{conversation_id}/messages",
        headers={"X-Kefu-Buyer": token},
    ).json()
    assert [m["kind"] for m in seen] == ["text", "image", "image"]
