"""Plumbing for the browser tests: a seeded database, Uvicorn in a subprocess on a free port, and
Debian's Chromium through Playwright (never a downloaded browser)."""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from kefu.clock import SystemClock
from kefu.config import Settings
from kefu.migrations import upgrade
from kefu.replies.service import do_seed_shop_library
from kefu.runtime import build_runtime
from tests.factories import make_agent, make_shop

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SECRET = "browser-test-secret"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class World:
    database_url: str
    data_dir: Path
    shop_slug: str
    shop_id: int
    other_slug: str
    agent_email: str
    other_agent_email: str


def seed(database_url: str, data_dir: Path) -> World:
    upgrade(database_url)
    settings = Settings(database_url=database_url, data_dir=data_dir, secret_key=SECRET)
    runtime = build_runtime(settings, SystemClock())
    now = runtime.clock.now()
    with runtime.sessions() as db:
        suffix = os.urandom(3).hex()
        # The bot stays off here: these tests time what people type, not what the bot answers.
        quiet = {"bot": {"mode": "off"}}
        shop = make_shop(db, now, slug=f"hiking-{suffix}", name="山野户外旗舰店", settings=quiet)
        other = make_shop(db, now, slug=f"other-{suffix}", name="别家小店", settings=quiet)
        do_seed_shop_library(db, shop, now)
        agent = make_agent(db, now, [shop], email=f"xiaoyu-{suffix}@example.com", name="小雨")
        stranger = make_agent(db, now, [other], email=f"stranger-{suffix}@example.com")
        db.commit()
        world = World(
            database_url=database_url,
            data_dir=data_dir,
            shop_slug=shop.slug,
            shop_id=shop.id,
            other_slug=other.slug,
            agent_email=agent.user.email,
            other_agent_email=stranger.user.email,
        )
    runtime.dispose()
    return world


class Server:
    """Uvicorn in a subprocess. Starting is separate from waiting so that several servers boot
    in parallel: on a loaded two-core machine each takes many seconds to import Kefu."""

    def __init__(self, world: World, redis_url: str | None = None) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "KEFU_DATABASE_URL": world.database_url,
            "KEFU_DATA_DIR": str(world.data_dir),
            "KEFU_SECRET_KEY": SECRET,
            "KEFU_SCHEDULER_ENABLED": "false",
        }
        env.pop("KEFU_REDIS_URL", None)
        if redis_url:
            env["KEFU_REDIS_URL"] = redis_url
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "kefu.app:create_app",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
        )

    def wait_ready(self, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"uvicorn exited with {self.process.returncode}")
            try:
                if httpx.get(self.base + "/healthz", timeout=2).status_code == 200:
                    return self.base
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"uvicorn did not start within {timeout:.0f} s")
            time.sleep(0.2)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@contextmanager
def running(servers: list[Server]) -> Iterator[list[Server]]:
    try:
        yield servers
    finally:
        for server in servers:
            server.stop()


def summary(name: str, samples_ms: list[float]) -> str:
    ordered = sorted(samples_ms)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return (
        f"{name}: n={len(ordered)} median={statistics.median(ordered):.0f} ms "
        f"p95={p95:.0f} ms max={ordered[-1]:.0f} ms"
    )


# Injected into the receiving page: note the wall-clock time at which a marker text first appears.
WATCH_JS = """
() => {
  window.__seen = {};
  const scan = () => {
    const text = document.body.innerText;
    for (const marker of window.__want || []) {
      if (!(marker in window.__seen) && text.includes(marker)) { window.__seen[marker] = Date.now(); }
    }
  };
  window.__want = [];
  new MutationObserver(scan).observe(document.body, {subtree: true, childList: true, characterData: true});
  window.__watch = (marker) => { window.__want.push(marker); scan(); };
}
"""

# Injected into the sending page: type and submit in one step, noting the wall-clock send time.
SEND_JS = """
([inputSelector, formSelector, text]) => {
  const input = document.querySelector(inputSelector);
  input.value = text;
  const at = Date.now();
  document.querySelector(formSelector).requestSubmit();
  return at;
}
"""
