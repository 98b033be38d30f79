"""Small helpers shared by the workbench and widget tests."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.factories import PASSWORD


def login(client: TestClient, email: str) -> str:
    """Log the TestClient in through the JSON login; returns the session's CSRF token."""
    response = client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    csrf: str = response.json()["csrf_token"]
    return csrf


def visit(client: TestClient, slug: str, lang: str = "zh-Hans") -> str:
    response = client.post(f"/api/v1/widget/shops/{slug}/visits", json={"lang": lang})
    assert response.status_code == 201, response.text
    token: str = response.json()["token"]
    return token


def buyer_says(
    client: TestClient, token: str, text: str, cid: str, lang: str = "zh-Hans"
) -> dict[str, Any]:
    response = client.post(
        "/api/v1/widget/messages",
        json={"client_message_id": cid, "text": text, "lang": lang},
        headers={"X-Kefu-Buyer": token},
    )
    assert response.status_code in (200, 201), response.text
    data: dict[str, Any] = response.json()
    return data
