"""Workbench pages through HTTP: login with CSRF, shop isolation, escaping, Chinese search,
unread counts and the waiting-time warning."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from tests.factories import PASSWORD, make_agent, make_shop
from tests.web.helpers import buyer_says, login, visit

# These pages are about the inbox's own bookkeeping; the bot would answer first and change it.
NO_BOT = {"bot": {"mode": "off"}}
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_login_form_needs_its_csrf_token_and_logout_needs_the_sessions(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now(), settings=NO_BOT)
    make_agent(db, clock.now(), [shop], email="xiaomei@example.com")
    db.commit()
    assert client.get("/", follow_redirects=False).headers["location"] == "/login"
    page = client.get("/login")
    csrf = page.text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    form = {"email": "xiaomei@example.com", "password": PASSWORD, "next": "/"}
    forged = client.post("/login", data={**form, "csrf_token": "wrong"}, follow_redirects=False)
    assert forged.headers["location"] == "/login?error=login_expired"
    wrong = client.post(
        "/login", data={**form, "password": "nope-nope", "csrf_token": csrf}, follow_redirects=False
    )
    assert wrong.headers["location"] == "/login?error=login_failed"
    ok = client.post("/login", data={**form, "csrf_token": csrf}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/"
    inbox = client.get("/")
    assert inbox.status_code == 200 and "wb-rows" in inbox.text
    assert client.post("/logout", data={}, follow_redirects=False).status_code == 403
    session_csrf = inbox.text.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]
    out = client.post("/logout", data={"csrf_token": session_csrf}, follow_redirects=False)
    assert out.status_code == 303
    assert client.get("/", follow_redirects=False).status_code == 303


def test_an_open_redirect_after_login_is_refused(client: TestClient) -> None:
    page = client.get("/login?next=//evil.example/x")
    assert 'value="//evil.example/x"' not in page.text and 'name="next" value="/"' in page.text


def test_an_agent_cannot_open_another_shops_conversation(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    ours, theirs = (
        make_shop(db, clock.now(), settings=NO_BOT),
        make_shop(db, clock.now(), settings=NO_BOT),
    )
    agent = make_agent(db, clock.now(), [ours])
    db.commit()
    token = visit(client, theirs.slug)
    other = buyer_says(client, token, "别家店的对话", "w-other-0001")["conversation_id"]
    login(client, agent.user.email)
    page = client.get(f"/conversations/{other}")
    assert page.status_code == 404 and "别家店的对话" not in page.text
    assert "别家店的对话" not in client.get("/").text
    assert client.get(f"/api/v1/conversations/{other}/messages").status_code == 404


def test_buyer_markup_is_shown_as_text_in_the_inbox_and_the_conversation(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now(), settings=NO_BOT)
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    token = visit(client, shop.slug)
    conversation_id = buyer_says(client, token, HOSTILE, "w-xss-00001")["conversation_id"]
    login(client, agent.user.email)
    for path in ("/", f"/conversations/{conversation_id}"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


def test_inbox_search_finds_chinese_and_spanish_words_and_shows_unread_counts(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now(), languages=["zh-Hans", "es"], settings=NO_BOT)
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    zh = visit(client, shop.slug)
    buyer_says(client, zh, "这双登山鞋防水吗？", "w-zh-000001")
    buyer_says(client, zh, "尺码偏大还是偏小？", "w-zh-000002")
    es = visit(client, shop.slug, "es")
    buyer_says(client, es, "¿Cuánto tarda el envío a México?", "w-es-000001", "es")
    login(client, agent.user.email)
    found = client.get("/inbox/rows", params={"q": "防水"}).text
    assert "这双登山鞋" in found or "尺码偏大" in found
    assert "México" not in found
    spanish = client.get("/inbox/rows", params={"q": "envío"}).text
    assert "México" in spanish and "防水" not in spanish
    everything = client.get("/inbox/rows").text
    assert 'class="wb-unread" title="未读">2<' in everything


def test_a_conversation_waiting_too_long_is_marked_late(
    client: TestClient, db: Session, clock: FixedClock, runtime
) -> None:  # type: ignore[no-untyped-def]
    shop = make_shop(db, clock.now(), settings=NO_BOT)
    agent = make_agent(db, clock.now(), [shop], ui_lang="en")
    db.commit()
    token = visit(client, shop.slug, "en")
    buyer_says(client, token, "Is anyone there?", "w-late-0001", "en")
    login(client, agent.user.email)
    clock.advance(timedelta(seconds=runtime.settings.reply_wait_warn_seconds - 1))
    assert 'class="wb-row unread" ' in client.get("/inbox/rows").text
    clock.advance(timedelta(seconds=2))
    assert 'class="wb-row unread late" ' in client.get("/inbox/rows").text


def test_the_conversation_page_shows_buyer_language_and_the_ui_follows_the_agents_choice(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now(), languages=["es"], settings=NO_BOT)
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    token = visit(client, shop.slug, "es")
    cid = buyer_says(client, token, "Hola, ¿hay talla 39?", "w-lang-0001", "es")["conversation_id"]
    csrf = login(client, agent.user.email)
    page = client.get(f"/conversations/{cid}").text
    assert "买家语言" in page and '<b id="wb-conv-lang">es</b>' in page
    changed = client.put(
        "/api/v1/auth/me/preferences", json={"ui_lang": "en"}, headers={"X-CSRF-Token": csrf}
    )
    assert changed.status_code == 200
    assert "Buyer writes" in client.get(f"/conversations/{cid}").text


def test_static_assets_and_vendored_htmx_are_served_without_a_cdn(client: TestClient) -> None:
    for name in ("workbench.js", "conversation.js", "inbox.js", "workbench.css"):
        assert client.get(f"/static/web/{name}").status_code == 200
    assert client.get("/static/web/..%2Fviews.py").status_code == 404
    htmx = client.get("/static/vendor/htmx.min.js")
    assert htmx.status_code == 200 and "htmx" in htmx.text[:2000]


def test_the_conversation_page_shows_the_buyers_order_beside_the_chat(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    from kefu.buyers.models import Buyer
    from kefu.widget.tokens import read_buyer_token
    from tests.factories import make_order

    shop = make_shop(db, clock.now(), settings=NO_BOT)
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    token = visit(client, shop.slug)
    cid = buyer_says(client, token, "我的订单发货了吗？", "w-order-0001")["conversation_id"]
    visitor = read_buyer_token("test-secret-key", token)
    assert visitor is not None
    buyer = db.get(Buyer, visitor.buyer_id)
    assert buyer is not None
    order = make_order(db, clock.now(), shop, buyer)
    db.commit()
    login(client, agent.user.email)
    page = client.get(f"/conversations/{cid}").text
    card = page.split('id="wb-order-card"', 1)[1].split("</section>", 1)[0]
    assert order.order_number in card and "防水登山鞋 42码" in card
    assert "<h3>商品</h3>" in card and "未付款" in card and "尚未发货" in card
    assert "built-in method" not in page
