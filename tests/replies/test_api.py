"""The shop-editable library through HTTP against a real database."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from kefu.replies import candidates
from kefu.replies.service import shop_library
from tests.factories import make_agent, make_shop

from .samples import SAMPLES


def _world(db: Session, clock: FixedClock):  # type: ignore[no-untyped-def]
    shop = make_shop(db, clock.now(), languages=["zh-Hans", "es"])
    boss = make_agent(db, clock.now(), [shop], role="supervisor")
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    return shop, boss, agent


def test_seeding_copies_the_shipped_library_once(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop, boss, agent = _world(db, clock)
    first = client.post("/api/v1/replies/seed", json={"shop_id": shop.id}, headers=boss.headers)
    assert first.status_code == 200, first.text
    assert first.json()["created"] > 150 and first.json()["skipped"] == 0
    again = client.post("/api/v1/replies/seed", json={"shop_id": shop.id}, headers=boss.headers)
    assert again.json() == {"created": 0, "skipped": first.json()["created"]}
    listed = client.get(
        f"/api/v1/replies?shop_id={shop.id}&lang=es&per_page=200", headers=agent.headers
    )
    assert {r["lang"] for r in listed.json()["items"]} == {"es"}
    assert (
        client.post(
            "/api/v1/replies/seed", json={"shop_id": shop.id}, headers=agent.headers
        ).status_code
        == 403
    )


def test_agent_creates_personal_reply_but_not_shared(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop, boss, agent = _world(db, clock)
    body = {
        "shop_id": shop.id,
        "scenario": "size_advice",
        "lang": "zh-Hans",
        "variant": "mine",
        "text": "平时{{ usual_size }}的话选{{ recommended_size }}就好～",
        "personal": True,
    }
    mine = client.post("/api/v1/replies", json=body, headers=agent.headers)
    assert mine.status_code == 201, mine.text
    assert mine.json()["required"] == ["recommended_size", "usual_size"]
    assert mine.json()["intents"] == ["size_advice"] and mine.json()["shortcut"] == "/size"
    shared = client.post("/api/v1/replies", json={**body, "personal": False}, headers=agent.headers)
    assert shared.status_code == 403
    # A colleague does not see someone else's personal reply.
    assert (
        client.get(f"/api/v1/replies/{mine.json()['id']}", headers=boss.headers).status_code == 404
    )


def test_unsafe_or_unknown_template_text_is_refused_with_the_reason(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop, boss, _ = _world(db, clock)
    for text, word in (("{{ ''.__class__ }}", "only"), ("Hola {{ nombre }}", "nombre")):
        r = client.post(
            "/api/v1/replies",
            headers=boss.headers,
            json={"shop_id": shop.id, "scenario": "greeting", "lang": "es", "text": text},
        )
        assert r.status_code == 422
        assert word in r.json()["error"]["message"]


def test_edit_disable_reorder_and_search(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop, boss, agent = _world(db, clock)
    ids = []
    for variant, text in (
        ("a", "运费按重量计算～"),
        ("b", "包裹已发出，请留意物流"),
        ("c", "亲可以参考尺码表"),
    ):
        r = client.post(
            "/api/v1/replies",
            headers=boss.headers,
            json={
                "shop_id": shop.id,
                "scenario": "shipping_fee",
                "lang": "zh-Hans",
                "variant": variant,
                "text": text,
                "group": "常用",
            },
        )
        ids.append(r.json()["id"])
    patched = client.patch(
        f"/api/v1/replies/{ids[0]}",
        headers=boss.headers,
        json={"text": "运费是快递按重量收取的～", "shortcut": "/yunfei"},
    )
    assert patched.status_code == 200 and patched.json()["shortcut"] == "/yunfei"
    assert (
        client.patch(
            f"/api/v1/replies/{ids[0]}", headers=agent.headers, json={"text": "改一下"}
        ).status_code
        == 403
    )

    hits = client.get(
        "/api/v1/replies/search", params={"q": "运费", "shop_id": shop.id}, headers=agent.headers
    ).json()
    assert [h["id"] for h in hits] == [ids[0]]
    by_shortcut = client.get(
        "/api/v1/replies/search", params={"q": "/yun", "shop_id": shop.id}, headers=agent.headers
    ).json()
    assert [h["id"] for h in by_shortcut] == [ids[0]]

    order = client.post(
        "/api/v1/replies/reorder",
        headers=boss.headers,
        json={"shop_id": shop.id, "ids": [ids[2], ids[0]]},
    )
    assert [r["id"] for r in order.json()] == [ids[2], ids[0], ids[1]]

    assert (
        client.post(f"/api/v1/replies/{ids[1]}/disable", headers=boss.headers).json()["enabled"]
        is False
    )
    listed = client.get(f"/api/v1/replies?shop_id={shop.id}", headers=agent.headers).json()["items"]
    assert [r["id"] for r in listed] == [ids[2], ids[0]]
    assert (
        client.get("/api/v1/replies/search", params={"q": "包裹"}, headers=agent.headers).json()
        == []
    )


def test_export_then_import_round_trips_in_yaml_and_csv(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop, boss, _ = _world(db, clock)
    client.post(
        "/api/v1/replies/seed", json={"shop_id": shop.id, "langs": ["es"]}, headers=boss.headers
    )
    other = make_shop(db, clock.now(), languages=["es"])
    boss2 = make_agent(db, clock.now(), [other], role="supervisor")
    db.commit()
    for fmt in ("yaml", "csv"):
        exported = client.get(
            f"/api/v1/replies/export?shop_id={shop.id}&format={fmt}", headers=boss.headers
        )
        assert exported.status_code == 200
        assert "¿" in exported.text  # Spanish survives the trip as UTF-8
        imported = client.post(
            "/api/v1/replies/import",
            headers=boss2.headers,
            json={"shop_id": other.id, "format": fmt, "content": exported.text},
        )
        assert imported.status_code == 200, imported.text
        counts = imported.json()
        assert counts["created" if fmt == "yaml" else "updated"] > 80
    lib = shop_library(db, other.id)
    sel = candidates("delivery_time", "es", SAMPLES["es"], library=lib)
    assert sel.offered and sel.offered[0].lang == "es"


def test_import_is_all_or_nothing_with_row_errors(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop, boss, _ = _world(db, clock)
    csv_text = (
        "scenario,lang,variant,text\n"
        "greeting,es,uno,¡Hola! ¿En qué te ayudo?\n"
        "greeting,xx,dos,Hello\n"
        "greeting,es,tres,Hola {{ cliente }}\n"
        "greeting,es,uno,Otra vez\n"
    )
    r = client.post(
        "/api/v1/replies/import",
        headers=boss.headers,
        json={"shop_id": shop.id, "format": "csv", "content": csv_text},
    )
    assert r.status_code == 422
    errors = r.json()["error"]["details"]["errors"]
    assert [e["row"] for e in errors] == [2, 3, 4]
    assert "cliente" in errors[1]["error"]
    listed = client.get(f"/api/v1/replies?shop_id={shop.id}", headers=boss.headers).json()
    assert listed["total"] == 0


def test_preview_fills_text_variables_and_reports_missing(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop, boss, agent = _world(db, clock)
    r = client.post(
        "/api/v1/replies",
        headers=boss.headers,
        json={
            "shop_id": shop.id,
            "scenario": "order_status",
            "lang": "es",
            "variant": "x",
            "text": "Tu paquete va con {{ carrier }}, seguimiento {{ tracking_no }}.",
        },
    )
    rid = r.json()["id"]
    partial = client.post(
        f"/api/v1/replies/{rid}/preview",
        headers=agent.headers,
        json={"variables": {"carrier": "Correos"}},
    )
    assert partial.json() == {"text": None, "missing": ["tracking_no"]}
    full = client.post(
        f"/api/v1/replies/{rid}/preview",
        headers=agent.headers,
        json={"variables": {"carrier": "Correos", "tracking_no": "PK123"}},
    )
    assert full.json()["text"] == "Tu paquete va con Correos, seguimiento PK123."


def test_another_shops_replies_are_invisible(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop, boss, _ = _world(db, clock)
    theirs = make_shop(db, clock.now())
    outsider = make_agent(db, clock.now(), [theirs], role="supervisor")
    db.commit()
    r = client.post(
        "/api/v1/replies",
        headers=boss.headers,
        json={"shop_id": shop.id, "scenario": "closing", "lang": "en", "text": "Thanks, bye!"},
    )
    rid = r.json()["id"]
    assert client.get(f"/api/v1/replies/{rid}", headers=outsider.headers).status_code == 404
    assert (
        client.get(f"/api/v1/replies?shop_id={shop.id}", headers=outsider.headers).status_code
        == 404
    )
    assert client.get("/api/v1/replies").status_code == 401
