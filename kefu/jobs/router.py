"""HTTP for the job queue: list and filter jobs (parked ones above all) and put them back.

The router also carries the in-process scheduler's lifespan: `kefu serve` runs one worker thread
unless KEFU_SCHEDULER_ENABLED=false (tests build their runtimes with it off).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, Depends, FastAPI, Query
from sqlalchemy.orm import Session

from kefu.api.deps import get_clock, get_db
from kefu.api.pagination import Page, PageParams, page_of, page_params
from kefu.auth.deps import current_principal
from kefu.auth.principal import Principal
from kefu.clock import Clock
from kefu.followups.router import router as followups_router
from kefu.jobs import service
from kefu.jobs.schemas import JobOut, RetryOut
from kefu.runtime import Runtime


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    from kefu.jobs.scheduler import start_scheduler

    runtime: Runtime = app.state.runtime
    scheduler = start_scheduler(runtime) if runtime.settings.scheduler_enabled else None
    try:
        yield
    finally:
        if scheduler is not None:
            scheduler.stop()


router = APIRouter(prefix="/api/v1", tags=["jobs"], lifespan=lifespan)
router.include_router(followups_router)


@router.get("/jobs", response_model=Page[JobOut])
def list_jobs(
    shop_id: int | None = None,
    state: str | None = Query(
        None, description="pending, running, done, failed, parked, cancelled"
    ),
    kind: str | None = None,
    order_id: int | None = None,
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> Page[JobOut]:
    query = service.job_query(principal, shop_id=shop_id, state=state, kind=kind, order_id=order_id)
    return page_of(db, query, params, JobOut.model_validate)


@router.get("/jobs/{job_id}", response_model=JobOut)
def get_job(
    job_id: int, principal: Principal = Depends(current_principal), db: Session = Depends(get_db)
) -> JobOut:
    return JobOut.model_validate(service.access_job(db, principal, job_id))


@router.post("/jobs/{job_id}/retry", response_model=JobOut)
def retry_job(
    job_id: int,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> JobOut:
    principal.check_role("supervisor")
    job = service.access_job(db, principal, job_id)
    return JobOut.model_validate(
        service.do_retry(db, job, now=clock.now(), user_id=principal.user_id)
    )


@router.post("/jobs/retry-parked", response_model=RetryOut)
def retry_parked(
    shop_id: int | None = None,
    kind: str | None = None,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> RetryOut:
    principal.check_role("supervisor")
    n = service.do_retry_parked(db, principal, now=clock.now(), shop_id=shop_id, kind=kind)
    return RetryOut(retried=n)
