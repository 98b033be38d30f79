"""Buyer tokens: a visitor's identity, signed with the runtime's secret key (itsdangerous).

The token names the shop and the buyer, nothing else; the server decides which conversation that
buyer may read. It travels in a header (never a cookie), so a foreign page cannot make a browser
send it, and it outlives reloads because the widget keeps it in localStorage.
"""

from __future__ import annotations

from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer

SALT = "kefu.widget.buyer"
# A visitor who comes back within a year still finds their conversation.
MAX_AGE_SECONDS = 365 * 24 * 3600


@dataclass(frozen=True)
class Visitor:
    shop_id: int
    buyer_id: int


def _serializer(secret_key: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt=SALT)


def make_buyer_token(secret_key: str, visitor: Visitor) -> str:
    return str(_serializer(secret_key).dumps({"s": visitor.shop_id, "b": visitor.buyer_id}))


def read_buyer_token(secret_key: str, token: str) -> Visitor | None:
    """The visitor a token names, or None when it is forged, altered or too old."""
    try:
        data = _serializer(secret_key).loads(token, max_age=MAX_AGE_SECONDS)
    except BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    shop_id, buyer_id = data.get("s"), data.get("b")
    if not isinstance(shop_id, int) or not isinstance(buyer_id, int):
        return None
    return Visitor(shop_id=shop_id, buyer_id=buyer_id)
