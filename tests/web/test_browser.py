"""End to end in Debian's Chromium: widget → inbox → reply → widget, in one process and across two
processes sharing Redis; a dropped connection mid-send; isolation; escaping; screenshots."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from tests.factories import PASSWORD
from tests.web.browser_support import (
    ARTIFACTS,
    CHROMIUM_ARGS,
    SEND_JS,
    WATCH_JS,
    Server,
    World,
    running,
    seed,
    summary,
)

# One worker runs every browser test in turn: several Chromiums and servers at once starve a 2-core box.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]
playwright_sync = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
REDIS_URL = os.environ.get("KEFU_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
POSTGRES_URL = os.environ.get("KEFU_TEST_POSTGRES_URL")
PAGE_TIMEOUT_MS = 30_000
DELIVERY_LIMIT_MS = 1000
HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            "the browser tests need Debian's Chromium at /usr/bin/chromium (make system-deps)"
        )
    with playwright_sync.sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("browser")
    return seed(f"sqlite:///{root / 'kefu.db'}", root / "data")


@pytest.fixture(scope="module")
def servers(world: World, shared_world: World) -> Iterator[dict[str, Server]]:
    """All three servers boot at once: one alone (in-memory events) and two sharing Redis."""
    started = {
        "single": Server(world),
        "a": Server(shared_world, REDIS_URL),
        "b": Server(shared_world, REDIS_URL),
    }
    with running(list(started.values())):
        yield started


@pytest.fixture(scope="module")
def server(servers: dict[str, Server]) -> str:
    return servers["single"].wait_ready()


def agent_page(browser: Any, base: str, email: str, path: str = "/") -> Any:
    context = browser.new_context(locale="zh-CN", viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(PAGE_TIMEOUT_MS)
    page.goto(f"{base}/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/", wait_until="commit")
    if path != "/":
        page.goto(base + path)
    page.wait_for_selector("#wb-live[data-state=live]")
    return page


def buyer_page(browser: Any, base: str, slug: str, locale: str = "zh-CN") -> Any:
    context = browser.new_context(locale=locale, viewport={"width": 420, "height": 700})
    page = context.new_page()
    page.set_default_timeout(PAGE_TIMEOUT_MS)
    page.goto(f"{base}/widget/{slug}")
    page.wait_for_selector("#kw-status[data-state=online]")
    return page


def deliver(
    sender: Any, input_sel: str, form_sel: str, receivers: list[Any], text: str
) -> list[float]:
    """Send `text` from one page; return how long each receiving page took to show it (ms)."""
    for page in receivers:
        page.evaluate("(m) => window.__watch(m)", text)
    sent_at = sender.evaluate(SEND_JS, [input_sel, form_sel, text])
    latencies = []
    for page in receivers:
        page.wait_for_function("(m) => window.__seen[m] !== undefined", arg=text, timeout=10_000)
        latencies.append(page.evaluate("(m) => window.__seen[m]", text) - sent_at)
    return latencies


def buyer_sends(buyer: Any, receivers: list[Any], text: str) -> list[float]:
    return deliver(buyer, "#kw-input", "#kw-form", receivers, text)


def agent_sends(agent: Any, buyer: Any, text: str) -> float:
    return deliver(agent, "#wb-input", "#wb-composer", [buyer], text)[0]


def open_conversation_from_inbox(inbox: Any, marker: str) -> Any:
    context = inbox.context
    page = context.new_page()
    page.set_default_timeout(PAGE_TIMEOUT_MS)
    href = inbox.locator(".wb-row", has_text=marker).first.locator("a").get_attribute("href")
    page.goto(inbox.url.split("/", 3)[0] + "//" + inbox.url.split("/", 3)[2] + href)
    page.wait_for_selector("#wb-live[data-state=live]")
    page.evaluate(WATCH_JS)
    return page


def run_round_trips(
    buyer: Any, inbox: Any, n: int, tag: str
) -> tuple[list[float], list[float], list[float]]:
    """n buyer messages (timed to the inbox and the conversation view) and n agent replies."""
    inbox.evaluate(WATCH_JS)
    buyer.evaluate(WATCH_JS)
    first = f"{tag} 你好，请问登山鞋有42码吗？"
    to_inbox = buyer_sends(buyer, [inbox], first)
    conversation = open_conversation_from_inbox(inbox, first)
    to_view: list[float] = []
    to_buyer: list[float] = []
    for i in range(n):
        inbox_ms, view_ms = buyer_sends(
            buyer, [inbox, conversation], f"{tag} 买家第{i}条 ¿talla {i}?"
        )
        to_inbox.append(inbox_ms)
        to_view.append(view_ms)
        to_buyer.append(agent_sends(conversation, buyer, f"{tag} 客服回复{i}：有货的亲"))
    return to_inbox, to_view, to_buyer


def test_widget_to_workbench_and_back_within_a_second(
    browser: Any, server: str, world: World
) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    buyer = buyer_page(browser, server, world.shop_slug)
    inbox = agent_page(browser, server, world.agent_email)
    to_inbox, to_view, to_buyer = run_round_trips(buyer, inbox, 20, "[单进程]")
    for name, samples in (
        ("buyer→inbox", to_inbox),
        ("buyer→conversation", to_view),
        ("agent→widget", to_buyer),
    ):
        print(summary(f"one process, {name}", samples))
        assert max(samples) < DELIVERY_LIMIT_MS, f"{name}: {sorted(samples)[-3:]} ms"
    inbox.screenshot(path=str(ARTIFACTS / "inbox.png"), full_page=True)
    conversation = inbox.context.pages[-1]
    conversation.screenshot(path=str(ARTIFACTS / "conversation.png"), full_page=True)
    buyer.screenshot(path=str(ARTIFACTS / "widget.png"))
    # No message is drawn twice on either side.
    texts = buyer.locator(".kw-msg").all_inner_texts()
    assert len(texts) == len(set(texts)) == 41
    buyer.context.close()
    inbox.context.close()


def test_buyer_loses_the_connection_mid_send_and_nothing_is_lost_or_doubled(
    browser: Any, server: str, world: World
) -> None:
    buyer = buyer_page(browser, server, world.shop_slug, locale="es-MX")
    assert (
        buyer.input_value("#kw-input") == ""
        and buyer.get_attribute("#kw-input", "placeholder") == "Escribe un mensaje…"
    )
    calls = {"n": 0}

    def drop_first_answer(route: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            route.fetch()  # the server stores it and answers, but the answer never arrives
            route.abort("connectionreset")
        else:
            route.continue_()

    buyer.route("**/api/v1/widget/messages", drop_first_answer)
    buyer.fill("#kw-input", "uno: ¿llega antes del viernes?")
    buyer.press("#kw-input", "Enter")
    buyer.wait_for_function(
        "() => document.querySelectorAll('.kw-msg.mine:not(.pending)').length === 1"
    )
    assert calls["n"] >= 2, "the unacknowledged message must be sent again"
    buyer.unroute("**/api/v1/widget/messages")
    # Offline: two more messages wait in the outbox; then the page is reloaded and back online.
    buyer.context.set_offline(True)
    for text in ("dos: 发货了吗", "tres: gracias"):
        buyer.fill("#kw-input", text)
        buyer.press("#kw-input", "Enter")
    buyer.wait_for_timeout(300)
    buyer.context.set_offline(False)
    buyer.reload()
    buyer.wait_for_function(
        "() => document.querySelectorAll('.kw-msg.mine:not(.pending)').length === 3"
    )
    buyer.wait_for_timeout(1200)  # any late duplicate would show up by now
    texts = buyer.locator(".kw-msg.mine").all_inner_texts()
    assert texts == ["uno: ¿llega antes del viernes?", "dos: 发货了吗", "tres: gracias"]
    stored = buyer.evaluate(
        """async () => {
          const saved = JSON.parse(localStorage.getItem(Object.keys(localStorage)[0]));
          const h = {"X-Kefu-Buyer": saved.token};
          const ref = await (await fetch("/api/v1/widget/conversation", {headers: h})).json();
          const msgs = await (await fetch(`/api/v1/widget/conversations/${ref.conversation_id}/messages`, {headers: h})).json();
          return {texts: msgs.map(m => m.text), outbox: saved.outbox.length};
        }"""
    )
    assert stored == {"texts": texts, "outbox": 0}
    buyer.context.close()


def test_isolation_and_escaping_in_the_browser(browser: Any, server: str, world: World) -> None:
    intruder = buyer_page(browser, server, world.other_slug)
    intruder.fill("#kw-input", "别家店买家的私信")
    intruder.press("#kw-input", "Enter")
    intruder.wait_for_selector(".kw-msg.mine:not(.pending)")
    buyer = buyer_page(browser, server, world.shop_slug)
    dialogs: list[str] = []
    buyer.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    buyer.fill("#kw-input", HOSTILE)
    buyer.press("#kw-input", "Enter")
    buyer.wait_for_selector(".kw-msg.mine:not(.pending)")
    assert buyer.locator(".kw-msg.mine").last.inner_text() == HOSTILE
    # The intruder's token cannot read the buyer's conversation, even knowing its id.
    victim_id = buyer.evaluate("""async () => {
        const saved = JSON.parse(localStorage.getItem(Object.keys(localStorage)[0]));
        const ref = await (await fetch("/api/v1/widget/conversation", {headers: {"X-Kefu-Buyer": saved.token}})).json();
        return ref.conversation_id; }""")
    status = intruder.evaluate(
        """async (id) => {
          const saved = JSON.parse(localStorage.getItem(Object.keys(localStorage)[0]));
          const r = await fetch(`/api/v1/widget/conversations/${id}/messages`, {headers: {"X-Kefu-Buyer": saved.token}});
          return r.status; }""",
        victim_id,
    )
    assert status == 404
    agent = agent_page(browser, server, world.agent_email, f"/conversations/{victim_id}")
    agent.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    assert agent.locator(".wb-msg .wb-text").last.inner_text() == HOSTILE
    assert agent.locator("#wb-messages img").count() == 0
    agent.goto(f"{server}/")
    assert HOSTILE in agent.locator("#wb-rows").inner_text()
    assert (
        agent.evaluate("() => window.__pwned") is None
        and buyer.evaluate("() => window.__pwned") is None
    )
    assert dialogs == []
    # An agent of the other shop gets "not found" for this conversation.
    stranger = agent_page(browser, server, world.other_agent_email)
    response = stranger.goto(f"{server}/conversations/{victim_id}")
    assert response is not None and response.status == 404
    assert HOSTILE not in stranger.content()
    for page in (intruder, buyer, agent, stranger):
        page.context.close()


@pytest.fixture(scope="module")
def shared_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """One database for two processes: a throwaway PostgreSQL database when
    KEFU_TEST_POSTGRES_URL is set, otherwise one SQLite file in WAL mode."""
    root = tmp_path_factory.mktemp("shared")
    if not POSTGRES_URL:
        yield seed(f"sqlite:///{root / 'kefu.db'}", root / "data")
        return
    from sqlalchemy import create_engine, text

    base = make_url(POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    name = f"{base.database}_browser_{os.getpid()}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield seed(base.set(database=name).render_as_string(hide_password=False), root / "data")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.redis
def test_two_worker_processes_share_events_through_redis(
    browser: Any, shared_world: World, servers: dict[str, Server]
) -> None:
    worker_a, worker_b = servers["a"].wait_ready(), servers["b"].wait_ready()
    buyer = buyer_page(browser, worker_a, shared_world.shop_slug)
    inbox = agent_page(browser, worker_b, shared_world.agent_email)
    to_inbox, to_view, to_buyer = run_round_trips(buyer, inbox, 10, "[双进程]")
    for name, samples in (
        ("buyer@A→inbox@B", to_inbox),
        ("buyer@A→conversation@B", to_view),
        ("agent@B→widget@A", to_buyer),
    ):
        print(summary(f"two processes + Redis, {name}", samples))
        assert max(samples) < DELIVERY_LIMIT_MS, f"{name}: {sorted(samples)[-3:]} ms"
    buyer.context.close()
    inbox.context.close()


def test_quick_replies_and_inline_guard_findings_in_the_composer(
    browser: Any, server: str, world: World
) -> None:
    """Issue 5 in the browser: Ctrl+/ opens the quick replies, a keyword finds one, its preview is
    filled from the conversation and Enter puts it in the composer; a forbidden draft is flagged
    while typing and refused on send."""
    buyer = buyer_page(browser, server, world.shop_slug)
    inbox = agent_page(browser, server, world.agent_email)
    inbox.evaluate(WATCH_JS)
    buyer.evaluate(WATCH_JS)
    marker = "[快捷回复] 在吗？想问问尺码"
    buyer_sends(buyer, [inbox], marker)
    page = open_conversation_from_inbox(inbox, marker)

    page.focus("#wb-input")
    page.keyboard.press("Control+/")
    page.wait_for_selector("#wb-quick:not([hidden])")
    page.fill("#wb-quick-q", "欢迎")
    page.wait_for_function(
        "() => document.getElementById('wb-quick-preview').textContent.includes('山野户外旗舰店')"
    )
    page.keyboard.press("Enter")
    draft = page.input_value("#wb-input")
    assert "山野户外旗舰店" in draft and "{{" not in draft
    assert page.is_hidden("#wb-quick")

    forbidden = "亲，加我V信 138 0013 8000，给你全网最低价"
    page.fill("#wb-input", forbidden)
    page.wait_for_selector("#wb-guard:not([hidden]) li")
    assert page.locator("#wb-guard li").count() >= 2  # off-platform contact and a superlative
    page.screenshot(path=str(ARTIFACTS / "composer-guard.png"), full_page=True)
    page.click("#wb-send")
    page.wait_for_function("() => document.getElementById('wb-send-error').textContent.length > 0")
    shown = page.locator("#wb-messages .wb-text").all_inner_texts()
    assert forbidden not in shown
    assert page.input_value("#wb-input") == forbidden  # nothing the agent typed is lost
    buyer.context.close()
    inbox.context.close()
