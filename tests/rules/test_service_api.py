"""The rules engine applied to stored orders: GET /api/v1/orders/{id}/rules, shop overrides
(audited, refused below the law floor), shop scoping, and `kefu rules explain`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.audit.models import AuditEntry
from kefu.clock import FixedClock
from kefu.orders import service as orders
from kefu.orders.schemas import ItemIn, PaymentIn, ShipmentIn
from kefu.rules import service
from kefu.runtime import Runtime
from tests.factories import Agent, make_agent, make_buyer, make_order, make_shop

CST = ZoneInfo("Asia/Shanghai")
PLACED = datetime(2026, 4, 30, 9, 0, tzinfo=CST)
SIGNED = datetime(2026, 5, 1, 15, 20, tzinfo=CST)


def _signed_order(db: Session, shop, buyer, *, category: str = "服装"):  # type: ignore[no-untyped-def]
    order = make_order(db, PLACED, shop, buyer, placed_at=PLACED, items=[
        ItemIn(title="真丝连衣裙", sku="DRESS-M", quantity=1, unit_price=Decimal("199.00"),
               category=category)])  # fmt: skip
    orders.do_add_payment(db, order, PaymentIn(paid_at=PLACED + timedelta(minutes=5), channel="alipay",
                                               amount=order.total), actor="test", now=PLACED)  # fmt: skip
    orders.do_add_shipment(db, order, ShipmentIn(carrier="SF", tracking_number="SF1234567890",
                                                 shipped_at=PLACED + timedelta(hours=20)),
                           actor="test", now=PLACED)  # fmt: skip
    orders.do_transition(db, order, "delivered", at=SIGNED, actor="test", now=SIGNED)
    db.commit()
    return order


@pytest.fixture
def world(db: Session, clock: FixedClock):  # type: ignore[no-untyped-def]
    clock.current = datetime(2026, 5, 3, 10, tzinfo=CST)
    shop = make_shop(db, PLACED)
    buyer = make_buyer(db, PLACED, shop)
    order = _signed_order(db, shop, buyer)
    agent = make_agent(db, PLACED, [shop])
    db.commit()
    return {"shop": shop, "order": order, "agent": agent}


@pytest.fixture
def supervisor(db: Session, world: dict):  # type: ignore[no-untyped-def]
    # Separate fixture: each agent costs an argon2 hash, so only tests that need one pay for it.
    agent = make_agent(db, PLACED, [world["shop"]], role="supervisor")
    db.commit()
    return agent


def test_order_rules_endpoint_gives_the_return_deadline_with_rule_and_source(
    client: TestClient, world: dict
) -> None:
    order, agent = world["order"], world["agent"]
    response = client.get(f"/api/v1/orders/{order.id}/rules", headers=agent.headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ruleset"] == "taobao"
    deadline = next(d for d in body["deadlines"] if d["key"] == "no_reason_return")
    assert datetime.fromisoformat(deadline["at"]) == datetime(2026, 5, 9, tzinfo=CST)
    assert deadline["rule_id"] == "TB-7D-01" and deadline["source"].startswith("https://")
    ret = next(d for d in body["decisions"] if d["topic"] == "no_reason_return")
    assert ret["answer"] == "eligible" and "无理由退货" in ret["explanation"]


def test_order_rules_endpoint_speaks_spanish(client: TestClient, world: dict) -> None:
    response = client.get(f"/api/v1/orders/{world['order'].id}/rules?lang=es",
                          headers=world["agent"].headers)  # fmt: skip
    texts = " ".join(d["explanation"] for d in response.json()["decisions"])
    assert "devolver sin dar motivo" in texts


def test_another_shops_agent_cannot_see_the_orders_rules(
    client: TestClient, world: dict, db: Session
) -> None:
    stranger = make_agent(db, PLACED, [make_shop(db, PLACED)])
    db.commit()
    response = client.get(f"/api/v1/orders/{world['order'].id}/rules", headers=stranger.headers)
    assert response.status_code == 404


def test_rules_need_authentication(client: TestClient, world: dict) -> None:
    assert client.get(f"/api/v1/orders/{world['order'].id}/rules").status_code == 401


def test_a_supervisor_override_is_used_and_audited(
    client: TestClient, world: dict, db: Session, supervisor: Agent
) -> None:
    shop, order, sup = world["shop"], world["order"], supervisor
    response = client.put(f"/api/v1/shops/{shop.id}/rules/overrides/TB-7D-01",
                          json={"params": {"window_days": 15}, "note": "店铺承诺15天无理由"},
                          headers=sup.headers)  # fmt: skip
    assert response.status_code == 200, response.text
    body = client.get(f"/api/v1/orders/{order.id}/rules", headers=sup.headers).json()
    deadline = next(d for d in body["deadlines"] if d["key"] == "no_reason_return")
    assert datetime.fromisoformat(deadline["at"]) == datetime(2026, 5, 17, tzinfo=CST)
    entries = db.scalars(select(AuditEntry).where(AuditEntry.action == "rules.override_set")).all()
    assert len(entries) == 1 and entries[0].changes["rule_id"] == "TB-7D-01"


def test_an_override_below_the_law_floor_is_refused_with_422(
    client: TestClient, world: dict, supervisor: Agent
) -> None:
    shop, sup = world["shop"], supervisor
    response = client.put(f"/api/v1/shops/{shop.id}/rules/overrides/TB-7D-01",
                          json={"params": {"window_days": 3}}, headers=sup.headers)  # fmt: skip
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "law_floor_violation"
    assert "CN-LAW-04" in response.json()["error"]["message"]


def test_agents_cannot_change_rules(client: TestClient, world: dict) -> None:
    response = client.put(f"/api/v1/shops/{world['shop'].id}/rules/overrides/TB-SHIP-06",
                          json={"params": {}}, headers=world["agent"].headers)  # fmt: skip
    assert response.status_code == 403


def test_confirming_a_default_shows_in_the_shop_rules(
    client: TestClient, world: dict, supervisor: Agent
) -> None:
    shop, sup = world["shop"], supervisor
    before = client.get(f"/api/v1/shops/{shop.id}/rules", headers=sup.headers).json()
    rule = next(r for r in before["rules"] if r["rule_id"] == "TB-SHIP-06")
    assert rule["needs_confirmation"] is True
    client.put(f"/api/v1/shops/{shop.id}/rules/overrides/TB-SHIP-06", json={"params": {}},
               headers=sup.headers)  # fmt: skip
    after = client.get(f"/api/v1/shops/{shop.id}/rules", headers=sup.headers).json()
    rule = next(r for r in after["rules"] if r["rule_id"] == "TB-SHIP-06")
    assert rule["needs_confirmation"] is False and rule["overridden"] is True
    deleted = client.delete(
        f"/api/v1/shops/{shop.id}/rules/overrides/TB-SHIP-06", headers=sup.headers
    )
    assert deleted.status_code == 204


def test_unknown_rule_in_an_override_is_404(
    client: TestClient, world: dict, supervisor: Agent
) -> None:
    response = client.put(f"/api/v1/shops/{world['shop'].id}/rules/overrides/TB-NOPE-9",
                          json={"params": {}}, headers=supervisor.headers)  # fmt: skip
    assert response.status_code == 404


def test_facts_map_listing_categories_and_stored_times(db: Session, world: dict) -> None:
    order = orders.get_order(db, world["order"].id)
    facts = service.facts_for_order(order, world["shop"], None)
    assert facts.signed_at == SIGNED and facts.paid_at == PLACED + timedelta(minutes=5)
    assert facts.items[0].categories == frozenset({"clothing"})
    assert service.engine_category("鲜花") == "fresh_perishable"
    assert service.engine_category("whatever") == "other"


def test_cli_explains_an_order_by_number_in_english_and_chinese(
    runtime: Runtime, world: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from kefu.cli import app

    monkeypatch.setattr("kefu.runtime.build_runtime", lambda *a, **k: runtime)
    monkeypatch.setattr(runtime, "dispose", lambda: None)
    runner = CliRunner()
    number = world["order"].order_number
    en = runner.invoke(
        app, ["rules", "explain", number, "--lang", "en", "--at", "2026-05-03T10:00+08:00"]
    )
    assert en.exit_code == 0, en.output
    assert "2026-05-09 00:00 (Asia/Shanghai)" in en.output and "TB-7D-01" in en.output
    assert "https://" in en.output and "No-reason return deadline" in en.output
    zh = runner.invoke(
        app, ["rules", "explain", str(world["order"].id), "--at", "2026-05-03T10:00+08:00"]
    )
    assert zh.exit_code == 0 and "无理由退货截止" in zh.output
    missing = runner.invoke(app, ["rules", "explain", "NO-SUCH-ORDER"])
    assert missing.exit_code == 1 and "not found" in missing.output
