"""The follow-up settings and the parked-jobs API, through HTTP with shop scoping."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from kefu.clock import FixedClock
from kefu.db import transaction
from kefu.jobs import service as jobs
from kefu.runtime import Runtime
from tests.factories import make_agent, make_shop

pytestmark = pytest.mark.parametrize("runtime", ["sqlite"], indirect=True)


def test_a_supervisor_turns_an_automation_off_and_an_agent_cannot(
    runtime: Runtime, clock: FixedClock, client: TestClient
) -> None:
    with transaction(runtime.sessions) as db:
        shop = make_shop(db, clock.now())
        boss = make_agent(db, clock.now(), [shop], role="supervisor")
        agent = make_agent(db, clock.now(), [shop])
        outsider = make_agent(db, clock.now(), [make_shop(db, clock.now())], role="supervisor")
    body = {"overrides": {"automations": {"review_request": {"enabled": False}}}}
    url = f"/api/v1/followups/settings/{shop.id}"
    assert client.put(url, json=body, headers=agent.headers).status_code == 403
    assert client.put(url, json=body, headers=outsider.headers).status_code == 404
    bad = {"overrides": {"quiet_hours": {"end": "9 o'clock"}}}
    assert client.put(url, json=bad, headers=boss.headers).status_code == 422
    got = client.put(url, json=body, headers=boss.headers).json()
    assert got["effective"]["automations"]["review_request"]["enabled"] is False
    assert got["effective"]["automations"]["payment_reminder"]["enabled"] is True
    assert client.get(url, headers=agent.headers).json()["overrides"] == body["overrides"]


def test_parked_jobs_are_listed_per_shop_and_can_be_retried(
    runtime: Runtime, clock: FixedClock, client: TestClient
) -> None:
    with transaction(runtime.sessions) as db:
        shop, other = make_shop(db, clock.now()), make_shop(db, clock.now())
        boss = make_agent(db, clock.now(), [shop], role="supervisor")
        for s, key in ((shop, "mine"), (other, "theirs")):
            job, _ = jobs.do_enqueue(db, "followup.shipped", due_at=clock.now(), now=clock.now(),
                                     idempotency_key=key, shop_id=s.id)  # fmt: skip
            job.state, job.last_error, job.attempts = (
                "parked",
                "模板被拦截 / plantilla bloqueada",
                5,
            )
    listed = client.get("/api/v1/jobs?state=parked", headers=boss.headers).json()
    assert [j["idempotency_key"] for j in listed["items"]] == ["mine"]
    job_id = listed["items"][0]["id"]
    clock.advance(timedelta(minutes=1))
    retried = client.post(f"/api/v1/jobs/{job_id}/retry", headers=boss.headers).json()
    assert (retried["state"], retried["attempts"]) == ("pending", 0)
    assert client.post(f"/api/v1/jobs/{job_id}/retry", headers=boss.headers).status_code == 409
    assert client.get("/api/v1/jobs?state=parked", headers=boss.headers).json()["total"] == 0
