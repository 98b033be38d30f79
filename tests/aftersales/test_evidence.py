"""Evidence uploads: judged by their bytes, re-encoded, stored at a random key, never dangerous."""

from __future__ import annotations

import io
from pathlib import Path

from fastapi.testclient import TestClient
from PIL import Image
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from kefu.runtime import Runtime
from tests.aftersales.world import World, build_world


def _picture(fmt: str) -> bytes:
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    for x in range(10, 40):
        image.putpixel((x, 20), (0, 0, 0))  # the crack in the sole
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def _case(client: TestClient, w: World) -> int:
    r = client.post(
        "/api/v1/cases",
        headers=w.agent.headers,
        json={
            "case_type": "quality_complaint",
            "reason_code": "quality",
            "message_id": w.message.id,
        },
    )
    assert r.status_code == 201, r.text
    return int(r.json()["id"])


def test_a_png_and_a_jpeg_photo_are_accepted_and_served_back(
    client: TestClient, db: Session, clock: FixedClock, runtime: Runtime
) -> None:
    w = build_world(db, clock.now(), delivered=True, complaint="拉链坏了，照片发你")
    case_id = _case(client, w)
    for fmt, ctype, name in (
        ("PNG", "image/png", "裂缝.png"),
        ("JPEG", "image/jpeg", "foto suela.jpg"),
    ):
        r = client.post(
            f"/api/v1/cases/{case_id}/evidence",
            headers=w.agent.headers,
            files={"file": (name, _picture(fmt), "application/octet-stream")},
            data={"kind": "defect_photo", "note": "鞋底开裂"},
        )
        assert r.status_code == 201, r.text
        body = r.json()
        assert (body["content_type"], body["width"], body["height"]) == (ctype, 64, 48)
        got = client.get(body["url"], headers=w.agent.headers)
        assert got.status_code == 200 and got.headers["content-type"] == ctype
        assert got.headers["x-content-type-options"] == "nosniff"
        assert Image.open(io.BytesIO(got.content)).size == (64, 48)
    detail = client.get(f"/api/v1/cases/{case_id}", headers=w.agent.headers).json()
    assert [e["kind"] for e in detail["timeline"]].count("evidence") == 2
    stored = sorted(
        p.relative_to(runtime.settings.data_dir)
        for p in Path(runtime.settings.data_dir).rglob("*")
        if p.is_file() and "evidence" in p.parts
    )
    assert len(stored) == 2
    assert all(len(p.stem) == 32 and "裂缝" not in str(p) for p in stored)  # not guessable


def test_an_exe_renamed_jpg_is_refused_and_nothing_is_stored(
    client: TestClient, db: Session, clock: FixedClock, runtime: Runtime
) -> None:
    w = build_world(db, clock.now(), delivered=True)
    case_id = _case(client, w)
    exe = (
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
        + b"\x00" * 50
        + b"PE\x00\x00"
        + b"\x00" * 200
    )
    r = client.post(
        f"/api/v1/cases/{case_id}/evidence",
        headers=w.agent.headers,
        files={"file": ("质量问题照片.jpg", exe, "image/jpeg")},
    )
    assert r.status_code == 422
    assert r.json()["error"]["message"].startswith("refused")
    r = client.post(
        f"/api/v1/cases/{case_id}/evidence",
        headers=w.agent.headers,
        files={"file": ("notas.jpg", b"no es una foto", "image/jpeg")},
    )
    assert r.status_code == 422
    evidence_dir = Path(runtime.settings.data_dir) / "evidence"
    assert not evidence_dir.exists() or not any(evidence_dir.rglob("*.*"))
    assert client.get(f"/api/v1/cases/{case_id}", headers=w.agent.headers).json()["evidence"] == []


def test_an_oversized_file_is_refused_and_another_shop_cannot_fetch_evidence(
    client: TestClient, db: Session, clock: FixedClock, runtime: Runtime
) -> None:
    w = build_world(db, clock.now(), delivered=True)
    other = build_world(db, clock.now(), delivered=True)
    case_id = _case(client, w)
    too_big = b"\x89PNG\r\n\x1a\n" + b"\x00" * (runtime.settings.max_image_bytes + 10)
    r = client.post(
        f"/api/v1/cases/{case_id}/evidence",
        headers=w.agent.headers,
        files={"file": ("big.png", too_big, "image/png")},
    )
    assert r.status_code in (413, 422)
    r = client.post(
        f"/api/v1/cases/{case_id}/evidence",
        headers=w.agent.headers,
        files={"file": ("proof.png", _picture("PNG"), "image/png")},
        data={"kind": "carrier_proof"},
    )
    url = r.json()["url"]
    assert client.get(url, headers=other.agent.headers).status_code == 404


def test_a_plain_pdf_waybill_is_kept_but_one_with_javascript_is_refused(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now(), delivered=True, complaint="快递显示签收但我没收到")
    case_id = _case(client, w)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")  # fmt: skip
    r = client.post(f"/api/v1/cases/{case_id}/evidence", headers=w.agent.headers,
                    files={"file": ("运单.pdf", pdf, "application/pdf")}, data={"kind": "carrier_proof"})  # fmt: skip
    assert r.status_code == 201, r.text
    got = client.get(r.json()["url"], headers=w.agent.headers)
    assert got.content == pdf and got.headers["content-disposition"].startswith("attachment")
    active = pdf.replace(
        b"/Type/Catalog", b"/Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>"
    )
    r = client.post(f"/api/v1/cases/{case_id}/evidence", headers=w.agent.headers,
                    files={"file": ("comprobante.pdf", active, "application/pdf")})  # fmt: skip
    assert r.status_code == 422 and "/JavaScript" in r.json()["error"]["message"]
