"""The optional rephrasing client against a tiny OpenAI-compatible server started here: a good
rewrite is used; a timeout, a rewrite that drops a fact, or one the guard blocks falls back to the
template reply."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from kefu.bot.rephrase import rephrase_draft
from kefu.bot.settings import Rephrase

DRAFT_ZH = "亲，您的包裹由圆通速递承运，运单号YT7712345678901，预计5月3日前送达。"
DRAFT_ES = "Hola, Lucía: tu paquete va con Cainiao, número LP00123456789012, llega en 9-22 días."


class Upstream:
    """What the fake endpoint answers next, and what it received."""

    def __init__(self) -> None:
        self.reply = ""
        self.delay = 0.0
        self.requests: list[tuple[dict[str, str], dict[str, Any]]] = []


@pytest.fixture
def upstream() -> Iterator[tuple[Upstream, str]]:
    state = Upstream()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            state.requests.append((dict(self.headers), body))
            time.sleep(state.delay)
            payload = {"choices": [{"message": {"role": "assistant", "content": state.reply}}]}
            data = json.dumps(payload, ensure_ascii=False).encode()
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (the timeout case)

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}/v1/chat/completions"
    finally:
        server.shutdown()
        server.server_close()


def config(url: str, **kw: Any) -> Rephrase:
    return Rephrase(enabled=True, url=url, model="local-small", timeout_ms=kw.pop("timeout_ms", 800),
                    **kw)  # fmt: skip


def test_a_rewrite_that_keeps_every_fact_is_used(
    upstream: tuple[Upstream, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    state, url = upstream
    monkeypatch.setenv("KEFU_TEST_LLM_KEY", "sk-local-test")
    state.reply = "您好～包裹已交给圆通速递，运单号YT7712345678901，预计5月3日前就能收到啦。"
    out = rephrase_draft(DRAFT_ZH, {}, "zh-Hans", "taobao",
                         config(url, api_key_env="KEFU_TEST_LLM_KEY"))  # fmt: skip
    assert out == state.reply
    headers, body = state.requests[0]
    assert headers["Authorization"] == "Bearer sk-local-test"
    assert body["model"] == "local-small" and body["messages"][-1]["content"] == DRAFT_ZH


def test_a_timeout_falls_back_to_the_template(upstream: tuple[Upstream, str]) -> None:
    state, url = upstream
    state.reply, state.delay = "Hola Lucía, tu paquete LP00123456789012 llega en 9-22 días.", 0.5
    started = time.perf_counter()
    assert rephrase_draft(DRAFT_ES, {}, "es", "aliexpress", config(url, timeout_ms=100)) == DRAFT_ES
    assert time.perf_counter() - started < 0.45  # it did not wait for the slow answer


def test_a_rewrite_that_drops_or_changes_a_number_falls_back(
    upstream: tuple[Upstream, str],
) -> None:
    state, url = upstream
    state.reply = "Hola Lucía, tu paquete va con Cainiao y llegará pronto."  # tracking number gone
    assert rephrase_draft(DRAFT_ES, {}, "es", "aliexpress", config(url)) == DRAFT_ES
    state.reply = (
        "亲，包裹由圆通速递承运，运单号YT7712345678901，预计5月4日前送达。"  # date changed
    )
    assert rephrase_draft(DRAFT_ZH, {}, "zh-Hans", "taobao", config(url)) == DRAFT_ZH


def test_a_rewrite_the_guard_blocks_falls_back(upstream: tuple[Upstream, str]) -> None:
    state, url = upstream
    state.reply = DRAFT_ZH + "有问题加我微信 kefu_2026 绝对第一时间处理。"
    assert rephrase_draft(DRAFT_ZH, {}, "zh-Hans", "taobao", config(url)) == DRAFT_ZH
    state.reply = DRAFT_ES + " Calidad garantizada al 100%, la mejor del mercado."
    assert rephrase_draft(DRAFT_ES, {}, "es", "aliexpress", config(url)) == DRAFT_ES


def test_switched_off_or_unreachable_sends_nothing_and_keeps_the_draft(
    upstream: tuple[Upstream, str],
) -> None:
    state, url = upstream
    state.reply = "reworded"
    off = Rephrase(enabled=False, url=url)
    assert rephrase_draft(DRAFT_ES, {}, "es", "aliexpress", off) == DRAFT_ES
    assert state.requests == []
    dead = config("http://127.0.0.1:9/v1/chat/completions", timeout_ms=200)
    assert rephrase_draft(DRAFT_ES, {}, "es", "aliexpress", dead) == DRAFT_ES
