"""Accept an image only if Pillow recognises it as JPEG, PNG, WebP or GIF by its bytes (the name
and the declared type are ignored), then re-encode it so nothing but pixels survives — no EXIF
location, no trailing payload, no polyglot file — and store it under a random key.
"""

from __future__ import annotations

import io
import re
import secrets
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from kefu.errors import NotFound, ValidationFailed

# Pillow format name -> (extension, content type served).
FORMATS: dict[str, tuple[str, str]] = {
    "JPEG": ("jpg", "image/jpeg"),
    "PNG": ("png", "image/png"),
    "WEBP": ("webp", "image/webp"),
    "GIF": ("gif", "image/gif"),
}
CONTENT_TYPES = {ext: ctype for ext, ctype in FORMATS.values()}
# Larger pictures are decompression bombs or not chat photos; phones take ~12-50 megapixels.
MAX_PIXELS = 60_000_000
KEY_PATTERN = re.compile(r"^[0-9]{1,12}/[A-Za-z0-9_-]{32}\.(jpg|png|webp|gif)$")


@dataclass(frozen=True)
class StoredImage:
    path: str  # "<shop_id>/<random key>.<ext>", relative to the upload root
    content_type: str
    size: int
    width: int
    height: int
    name: str

    def as_attachment(self) -> dict[str, object]:
        return {
            "name": self.name,
            "content_type": self.content_type,
            "size": self.size,
            "path": self.path,
            "width": self.width,
            "height": self.height,
            "url": f"/uploads/{self.path}",
        }


def upload_root(data_dir: Path) -> Path:
    return data_dir / "uploads"


def safe_name(filename: str | None, ext: str) -> str:
    stem = Path(filename or "image").stem
    stem = re.sub(r"[^\w.\- ]+", "_", stem, flags=re.UNICODE).strip(" ._")[:60] or "image"
    return f"{stem}.{ext}"


def reencode_image(data: bytes, max_bytes: int) -> tuple[bytes, str, int, int]:
    """Check and re-encode; returns (bytes, Pillow format, width, height). Raises ValidationFailed
    with a message the person uploading can act on."""
    if not data:
        raise ValidationFailed("the file is empty")
    if len(data) > max_bytes:
        raise ValidationFailed(
            f"the image is {len(data) // 1024} KB; the limit is {max_bytes // 1024} KB"
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data))
            fmt = probe.format or ""
            width, height = probe.size
            if fmt not in FORMATS:
                raise ValidationFailed(
                    "only JPEG, PNG, WebP and GIF images can be sent in the chat"
                )
            if width * height > MAX_PIXELS:
                raise ValidationFailed("the image has too many pixels")
            probe.verify()  # checks the structure; the object is unusable afterwards
            image: Image.Image = Image.open(io.BytesIO(data))
            image.load()
    except ValidationFailed:
        raise
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError, Warning) as exc:
        raise ValidationFailed(
            "this file is not a readable image; send a JPEG, PNG, WebP or GIF picture"
        ) from exc
    out = io.BytesIO()
    if fmt == "JPEG":
        image = ImageOps.exif_transpose(image)  # keep the picture upright once EXIF is gone
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.save(out, "JPEG", quality=88, optimize=True)
    elif fmt == "PNG":
        image.save(out, "PNG", optimize=True)
    elif fmt == "WEBP":
        image.save(out, "WEBP", quality=88)
    else:
        frames = getattr(image, "n_frames", 1)
        image.save(out, "GIF", save_all=frames > 1)
    return out.getvalue(), fmt, image.size[0], image.size[1]


def do_store_image(
    data_dir: Path, shop_id: int, data: bytes, filename: str | None, max_bytes: int
) -> StoredImage:
    encoded, fmt, width, height = reencode_image(data, max_bytes)
    ext, content_type = FORMATS[fmt]
    # 24 random bytes: the key is the capability, like a signed URL without expiry.
    key = f"{shop_id}/{secrets.token_urlsafe(24)}.{ext}"
    target = upload_root(data_dir) / key
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(encoded)
    return StoredImage(
        path=key,
        content_type=content_type,
        size=len(encoded),
        width=width,
        height=height,
        name=safe_name(filename, ext),
    )


def stored_file(data_dir: Path, key: str) -> tuple[Path, str]:
    """The file behind a key and its content type; anything not shaped like a key is missing."""
    if not KEY_PATTERN.match(key):
        raise NotFound("no such image")
    path = upload_root(data_dir) / key
    if not path.is_file():
        raise NotFound("no such image")
    return path, CONTENT_TYPES[key.rsplit(".", 1)[1]]
