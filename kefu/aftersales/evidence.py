"""Evidence files for a case (photos of the defect, the carrier's proof): judged by their bytes,
never by name or declared type. Anything the guard calls dangerous is refused; pictures are
re-encoded by the chat upload code (kefu/uploads) so only pixels survive; a PDF (a carrier's
receipt) is kept as sent once the guard has passed it. Stored at a random key under the data
directory.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from kefu.errors import NotFound, ValidationFailed
from kefu.guard import check_file
from kefu.guard.files import sniff
from kefu.uploads.service import FORMATS, reencode_image, safe_name

PDF = ("pdf", "application/pdf")
KEY_PATTERN = re.compile(r"^[0-9]{1,12}/[A-Za-z0-9_-]{32}\.(jpg|png|webp|gif|pdf)$")
IMAGE_KINDS = frozenset({"jpeg", "png", "gif", "webp"})
# PDF names that run code or carry files. A receipt or a waybill needs none of them; the guard's
# file check does not look inside PDFs, so evidence refuses them here. (Names hidden in compressed
# object streams escape this scan; such files are still served only as downloads, sandboxed.)
PDF_ACTIVE = (b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFile", b"/RichMedia", b"/XFA")


@dataclass(frozen=True)
class StoredEvidence:
    path: str
    name: str
    content_type: str
    size: int
    sha256: str
    width: int | None
    height: int | None


def evidence_root(data_dir: Path) -> Path:
    return data_dir / "evidence"


def check_evidence(data: bytes, filename: str, max_bytes: int, agent_lang: str) -> None:
    """Raise ValidationFailed when the file is empty, too large or dangerous."""
    if not data:
        raise ValidationFailed("the file is empty")
    if len(data) > max_bytes:
        raise ValidationFailed(
            f"the file is {len(data) // 1024} KB; evidence files may be up to {max_bytes // 1024} KB"
        )
    verdict = check_file(data, filename, agent_lang)
    if verdict.blocked:
        reasons = "; ".join(f.reason for f in verdict.findings if f.severity == "block")
        raise ValidationFailed(
            f"refused: {reasons}", findings=[f.as_dict() for f in verdict.findings]
        )


def do_store_evidence(
    data_dir: Path,
    shop_id: int,
    data: bytes,
    filename: str | None,
    *,
    max_bytes: int,
    agent_lang: str = "zh-Hans",
) -> StoredEvidence:
    name = filename or "evidence"
    check_evidence(data, name, max_bytes, agent_lang)
    kind = sniff(data)
    width: int | None = None
    height: int | None = None
    if kind in IMAGE_KINDS:
        data, fmt, width, height = reencode_image(data, max_bytes)
        ext, content_type = FORMATS[fmt]
    elif kind == "pdf":
        active = sorted({name.decode() for name in PDF_ACTIVE if name in data})
        if active:
            raise ValidationFailed(
                f"refused: this PDF carries active content ({', '.join(active)}); send a plain "
                "scan or a photo of the document instead"
            )
        ext, content_type = PDF
    else:
        raise ValidationFailed(
            "evidence must be a photo (JPEG, PNG, WebP, GIF) or a PDF document", detected=kind
        )
    key = f"{shop_id}/{secrets.token_urlsafe(24)}.{ext}"
    target = evidence_root(data_dir) / key
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return StoredEvidence(
        path=key,
        name=safe_name(name, ext),
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        width=width,
        height=height,
    )


def evidence_file(data_dir: Path, key: str) -> Path:
    if not KEY_PATTERN.match(key):
        raise NotFound("no such evidence file")
    path = evidence_root(data_dir) / key
    if not path.is_file():
        raise NotFound("no such evidence file")
    return path


def discard(data_dir: Path, key: str) -> None:
    """Remove a stored file whose database row was not written (the transaction failed)."""
    if KEY_PATTERN.match(key):
        (evidence_root(data_dir) / key).unlink(missing_ok=True)
