"""POST /api/v1/guard/check: authenticated, JSON in and out, for the workbench's inline findings."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from tests.factories import make_agent, make_shop


def test_check_endpoint_returns_findings_for_an_agent(client: TestClient, db: Session, clock: FixedClock) -> None:
    agent = make_agent(db, clock.now(), [make_shop(db, clock.now())])
    db.commit()
    r = client.post(
        "/api/v1/guard/check",
        json={"text": "Es el mejor precio, escríbeme por WhatsApp", "agent_lang": "en"},
        headers=agent.headers,
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["blocked"] is True
    assert {f["category"] for f in body["findings"]} == {"absolute_claim", "off_platform"}
    first = body["findings"][0]
    assert body["findings"][0]["category"] == "absolute_claim" and first["suggestion"] == "un buen precio"
    assert all("off the platform" in f["reason"] for f in body["findings"] if f["category"] == "off_platform")


def test_check_endpoint_requires_authentication(client: TestClient) -> None:
    assert client.post("/api/v1/guard/check", json={"text": "hola"}).status_code == 401
