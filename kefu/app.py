"""The FastAPI application: error mapping, limits, and every domain's router."""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI

from kefu import __version__
from kefu.api.deps import commit_before_response
from kefu.api.errors import install_error_handlers
from kefu.api.limits import BodySizeLimit
from kefu.clock import Clock
from kefu.config import Settings
from kefu.runtime import Runtime, build_runtime

# Every router Kefu serves, as "module:attribute". One line per domain; keep sorted by path.
ROUTERS = [
    "kefu.aftersales.router:router",
    "kefu.auth.router:router",
    "kefu.bot.router:router",
    "kefu.buyers.router:router",
    "kefu.catalog.router:router",
    "kefu.conversations.router:router",
    "kefu.guard.router:router",
    "kefu.health:router",
    "kefu.jobs.router:router",
    "kefu.orders.router:router",
    "kefu.realtime.router:router",
    "kefu.replies.router:router",
    "kefu.rules.router:router",
    "kefu.shops.router:router",
    "kefu.uploads.router:router",
    "kefu.web.router:router",
    "kefu.widget.router:router",
]


def create_app(
    settings: Settings | None = None, clock: Clock | None = None, runtime: Runtime | None = None
) -> FastAPI:
    runtime = runtime or build_runtime(settings, clock)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        for hook in app.state.startup_hooks:
            await hook(app)
        yield
        for hook in reversed(app.state.shutdown_hooks):
            await hook(app)
        runtime.dispose()

    app = FastAPI(
        title="Kefu",
        version=__version__,
        description="Customer service for online shops: REST API. Authenticate with a session "
        "cookie (browser) or `Authorization: Bearer <token>` (create one at POST /api/v1/auth/tokens).",
        lifespan=lifespan,
        # Every route commits its database session before its response leaves (kefu/api/deps.py).
        dependencies=[Depends(commit_before_response, scope="function")],
    )
    app.state.runtime = runtime
    app.state.startup_hooks = []
    app.state.shutdown_hooks = []
    install_error_handlers(app)
    for spec in ROUTERS:
        module_name, attribute = spec.split(":")
        app.include_router(getattr(importlib.import_module(module_name), attribute))
    app.add_middleware(BodySizeLimit, max_bytes=runtime.settings.max_body_bytes)
    return app
