"""Workbench pages for after-sales cases and follow-ups, through HTTP on both databases: the case
panel and its forms, the case list with SLA filters, the dispute report, the follow-up queue,
parked jobs and settings; shop isolation, escaping and CSRF on every form."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kefu.aftersales import service as cases
from kefu.aftersales.models import AfterSalesCase
from kefu.aftersales.schemas import CaseOpen
from kefu.clock import FixedClock
from kefu.db import transaction
from kefu.followups.models import FollowupSettings
from kefu.jobs import service as jobs
from kefu.jobs.models import Job
from kefu.jobs.registry import default_registry
from kefu.jobs.worker import Worker
from kefu.orders import service as orders
from kefu.orders.schemas import ItemIn, PaymentIn
from kefu.runtime import Runtime
from tests.aftersales.world import World, build_world
from tests.factories import make_order
from tests.web.helpers import login

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _fresh(db: Session) -> None:
    db.rollback()  # end the test session's snapshot so it sees what requests committed
    db.expire_all()


def _case_count(db: Session) -> int:
    _fresh(db)
    n = int(db.scalar(select(func.count()).select_from(AfterSalesCase)) or 0)
    db.commit()
    return n


def _open_form(w: World, csrf: str, **extra: str) -> dict[str, str]:
    return {
        "csrf_token": csrf,
        "message_id": str(w.message.id),
        "case_type": "return_refund",
        "reason_code": "quality",
        "description": "鞋帮开胶",
        **extra,
    }


def test_a_case_opened_from_a_message_shows_in_the_panel_and_is_worked_there(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now(), delivered=True)
    csrf = login(client, w.agent.user.email)
    page = client.get(f"/conversations/{w.conversation.id}")
    assert page.status_code == 200
    assert 'id="wb-case-open"' in page.text and "/static/web/cases.js" in page.text
    # The buyer's message is prefilled (the order is delivered: a quality complaint).
    prefill = re.search(r'id="wb-case-prefill">(.*?)</script>', page.text)
    assert prefill and f'"{w.message.id}"' in prefill.group(1)
    assert "quality_complaint" in prefill.group(1)

    opened = client.post(
        f"/conversations/{w.conversation.id}/cases",
        data=_open_form(w, csrf),
        follow_redirects=False,
    )
    assert opened.status_code == 303
    location = opened.headers["location"]
    case_id = int(location.rsplit("#case-", 1)[1])
    panel = client.get(location.split("#")[0]).text
    assert f'id="case-{case_id}"' in panel
    assert "退货退款" in panel and "已申请" in panel and "鞋帮开胶" in panel
    # Who pays the return leg, with the rule that says so, and the moves the state allows.
    assert "卖家" in panel and re.search(r'class="wb-rule">[A-Z]{2,}-[A-Z0-9-]+<', panel)
    assert 'name="to" value="seller_reviewing"' in panel and 'value="refunded"' not in panel

    moved = client.post(
        f"/cases/{case_id}/transition",
        data={"csrf_token": csrf, "to": "seller_reviewing", "back": location.split("#")[0]},
        follow_redirects=False,
    )
    assert moved.status_code == 303 and "case_error" not in moved.headers["location"]
    illegal = client.post(
        f"/cases/{case_id}/transition",
        data={"csrf_token": csrf, "to": "refunded", "back": f"/cases/{case_id}"},
        follow_redirects=False,
    )
    assert "case_error=" in illegal.headers["location"]
    shown = client.get(illegal.headers["location"]).text
    assert 'id="wb-case-error"' in shown and "卖家审核中" in shown

    paid = client.post(
        f"/cases/{case_id}/outcome",
        data={"csrf_token": csrf, "kind": "compensation", "amount": "20.00", "back": "/cases"},
        follow_redirects=False,
    )
    assert paid.status_code == 303 and "case_error" not in paid.headers["location"]
    assert "已补偿 20.00 CNY" in client.get(f"/cases/{case_id}").text


def test_case_forms_need_the_sessions_csrf_token(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now(), delivered=True)
    csrf = login(client, w.agent.user.email)
    form = _open_form(w, "forged")
    refused = client.post(f"/conversations/{w.conversation.id}/cases", data=form)
    assert refused.status_code == 403 and _case_count(db) == 0
    client.post(f"/conversations/{w.conversation.id}/cases", data=_open_form(w, csrf))
    assert _case_count(db) == 1
    case_id = db.scalars(select(AfterSalesCase.id)).one()
    db.commit()
    for path, data in (
        (f"/cases/{case_id}/transition", {"to": "seller_reviewing"}),
        (f"/cases/{case_id}/outcome", {"kind": "compensation", "amount": "5"}),
        (f"/followups/{w.shop.id}/settings", {"quiet_start": "22:00"}),
    ):
        assert client.post(path, data=data).status_code == 403, path
    _fresh(db)
    assert db.get(AfterSalesCase, case_id).state == "requested"  # type: ignore[union-attr]
    assert db.get(FollowupSettings, w.shop.id) is None
    db.commit()


def test_another_shops_case_is_not_found_anywhere(
    runtime: Runtime, client: TestClient, db: Session, clock: FixedClock
) -> None:
    ours = build_world(db, clock.now(), delivered=True)
    theirs = build_world(db, clock.now(), delivered=True, complaint="别家店的投诉:鞋底断了")
    with transaction(runtime.sessions) as s:
        other = cases.do_open_case(
            s,
            theirs.principal,
            CaseOpen(
                case_type="quality_complaint", reason_code="quality", message_id=theirs.message.id
            ),
            now=clock.now(),
        )
        other_id = other.id
    csrf = login(client, ours.agent.user.email)
    assert client.get(f"/cases/{other_id}").status_code == 404
    assert "别家店" not in client.get("/cases?closed=1").text
    moved = client.post(
        f"/cases/{other_id}/transition", data={"csrf_token": csrf, "to": "seller_reviewing"}
    )
    assert moved.status_code == 404
    stolen = client.post(
        f"/conversations/{theirs.conversation.id}/cases",
        data={**_open_form(theirs, csrf)},
        follow_redirects=False,
    )
    assert "case_error=" in stolen.headers["location"]
    assert client.get(f"/followups?shop_id={theirs.shop.id}").status_code == 404


def test_buyer_text_is_escaped_in_the_panel_the_case_page_and_the_list(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now(), delivered=True, complaint=HOSTILE)
    csrf = login(client, w.agent.user.email)
    client.post(
        f"/conversations/{w.conversation.id}/cases",
        data=_open_form(w, csrf, description=HOSTILE),
    )
    case_id = _case_count(db)
    for path in (f"/conversations/{w.conversation.id}", f"/cases/{case_id}", "/cases"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html, path
    assert "&lt;script&gt;alert" in client.get(f"/cases/{case_id}").text
    # An error message echoed from the query string is escaped as well.
    page = client.get(f"/cases/{case_id}?case_error={HOSTILE}").text
    assert "<script>alert" not in page


def test_the_case_list_filters_overdue_and_at_risk_cases_and_marks_them(
    runtime: Runtime, client: TestClient, db: Session, clock: FixedClock
) -> None:
    now = clock.now()
    w = build_world(db, now, delivered=True)
    dues = {"late": now - timedelta(hours=1), "soon": now + timedelta(hours=2)}
    ids: dict[str, int] = {}
    with transaction(runtime.sessions) as s:
        for key, due in dues.items():
            case = cases.do_open_case(
                s,
                w.principal,
                CaseOpen(case_type="return_refund", reason_code="size", order_id=w.order.id),
                now=now - timedelta(days=1),
            )
            cases.do_transition_case(
                s, case, "seller_reviewing", now=now - timedelta(hours=20), user_id=None,
                platform_due_at=due,
            )  # fmt: skip
            ids[key] = case.id
    login(client, w.agent.user.email)
    everything = client.get("/cases").text
    assert f'class="wb-case-row sla-overdue" data-case-id="{ids["late"]}"' in everything
    assert f'class="wb-case-row sla-at_risk" data-case-id="{ids["soon"]}"' in everything
    assert "ENG-02" in everything
    overdue = client.get("/cases?sla=overdue").text
    assert (
        f'data-case-id="{ids["late"]}"' in overdue
        and f'data-case-id="{ids["soon"]}"' not in overdue
    )
    at_risk = client.get("/cases?sla=at_risk").text
    assert (
        f'data-case-id="{ids["soon"]}"' in at_risk
        and f'data-case-id="{ids["late"]}"' not in at_risk
    )
    assert 'data-case-id="' not in client.get("/cases?assignee=none").text
    assert f'data-case-id="{ids["late"]}"' in client.get("/cases?assignee=mine").text
    assert 'data-case-id="' not in client.get("/cases?type=chargeback").text


def test_the_report_page_names_products_and_carriers_in_spanish_and_links_the_csv(
    runtime: Runtime, client: TestClient, db: Session, clock: FixedClock
) -> None:
    now = clock.now()
    boots = ItemIn(
        title="Botas de montaña impermeables", sku="BOT-38", quantity=1, unit_price=Decimal("89.00")
    )
    w = build_world(
        db, now, marketplace="aliexpress", currency="USD", delivered=True, carrier="Cainiao",
        complaint="Llegó roto el tacón", items=[boots],
    )  # fmt: skip
    with transaction(runtime.sessions) as s:
        cases.do_open_case(
            s,
            w.principal,
            CaseOpen(case_type="quality_complaint", reason_code="damaged_in_transit",
                     message_id=w.message.id),
            now=now - timedelta(hours=1),  # the report's period ends at now, exclusive
        )  # fmt: skip
    csrf = login(client, w.agent.user.email)
    client.put(
        "/api/v1/auth/me/preferences", json={"ui_lang": "en"}, headers={"X-CSRF-Token": csrf}
    )
    page = client.get("/cases/report?days=7").text
    assert "Botas de montaña impermeables" in page and "Cainiao" in page
    assert "Damaged in transit × 1" in page
    link = re.search(r'href="(/api/v1/cases/report\.csv\?[^"]+)"', page)
    assert link
    csv = client.get(link.group(1).replace("&amp;", "&"))
    assert csv.status_code == 200 and "Botas de montaña impermeables" in csv.text


def test_followups_page_shows_the_queue_parked_jobs_and_the_send_log(
    runtime: Runtime, client: TestClient, db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now())
    with transaction(runtime.sessions) as s:
        # A fresh order paid ten minutes ago: the order hooks queue "payment received" for now.
        order = make_order(
            s, clock.now(), w.shop, w.buyer, placed_at=clock.now() - timedelta(minutes=20)
        )
        paid_at = clock.now() - timedelta(minutes=10)
        orders.do_add_payment(
            s, order, PaymentIn(paid_at=paid_at, channel="alipay", amount=order.total),
            actor="test", now=paid_at,
        )  # fmt: skip
        jobs.do_enqueue(
            s, "followup.retired_automation", due_at=clock.now() - timedelta(minutes=1),
            now=clock.now(), idempotency_key="web-test-parked", shop_id=w.shop.id,
            buyer_id=w.buyer.id, order_id=w.order.id,
        )  # fmt: skip
    # Run what is due now, so the log has a send and the unknown kind is parked.
    Worker(runtime, default_registry(), name="web-test").run_until_idle()
    csrf = login(client, w.agent.user.email)
    page = client.get(f"/followups?shop_id={w.shop.id}").text
    queue = page.split('id="wb-fu-queue"', 1)[1].split("</section>", 1)[0]
    parked = page.split('id="wb-fu-parked"', 1)[1].split("</section>", 1)[0]
    log = page.split('id="wb-fu-log"', 1)[1].split("</section>", 1)[0]
    assert "no handler is registered" in parked and w.order.order_number in parked
    assert "wb-fu-retry" not in parked  # agents see parked jobs, supervisors retry them
    assert "付款确认" in log and ("已发送" in log or "已跳过" in log)
    assert 'class="wb-fu-job' in queue or "没有待执行的跟进" in queue

    job_id = int(re.search(r'data-job-id="(\d+)"', parked).group(1))  # type: ignore[union-attr]
    denied = client.post(
        f"/followups/jobs/{job_id}/retry", data={"csrf_token": csrf}, follow_redirects=False
    )
    assert "case_error=" in denied.headers["location"]
    boss_csrf = login(client, w.supervisor.user.email)
    page = client.get(f"/followups?shop_id={w.shop.id}").text
    assert "wb-fu-retry" in page
    retried = client.post(
        f"/followups/jobs/{job_id}/retry", data={"csrf_token": boss_csrf}, follow_redirects=False
    )
    assert retried.status_code == 303 and "case_error" not in retried.headers["location"]
    _fresh(db)
    job = db.get(Job, job_id)
    assert job is not None and job.state == "pending"
    db.commit()
    queue = client.get(f"/followups?shop_id={w.shop.id}").text.split("wb-fu-parked")[0]
    assert f'data-job-id="{job_id}"' in queue


def test_a_supervisor_edits_automation_settings_and_only_differences_are_stored(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now())
    from kefu.followups.policy import AUTOMATIONS

    form = {f"enabled_{name}": "on" for name in AUTOMATIONS if name != "review_request"}
    form |= {
        "quiet_start": "22:00",
        "quiet_end": "09:00",
        "delay_minutes_delivered_checkin": "1440",
    }
    csrf = login(client, w.agent.user.email)
    refused = client.post(
        f"/followups/{w.shop.id}/settings",
        data={**form, "csrf_token": csrf},
        follow_redirects=False,
    )
    assert "case_error=" in refused.headers["location"]
    boss_csrf = login(client, w.supervisor.user.email)
    saved = client.post(
        f"/followups/{w.shop.id}/settings",
        data={**form, "csrf_token": boss_csrf},
        follow_redirects=False,
    )
    assert saved.headers["location"].endswith("saved=1#wb-fu-settings")
    _fresh(db)
    row = db.get(FollowupSettings, w.shop.id)
    assert row is not None and row.overrides == {
        "automations": {"review_request": {"enabled": False}},
        "quiet_hours": {"start": "22:00"},
    }
    db.commit()
    page = client.get(f"/followups?shop_id={w.shop.id}").text
    assert re.search(r'name="enabled_review_request"\s+aria', page)  # unchecked
    assert re.search(r'name="enabled_shipped"\s+checked', page) and 'value="22:00"' in page
