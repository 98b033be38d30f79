"""Optional rewording of a composed, fact-checked draft by an OpenAI-compatible chat endpoint.
Off by default. The result is used only if it keeps every fact of the draft (numbers, tracking
and order numbers, dates as rendered) and passes the guard; any failure or timeout falls back to
the template reply. Kefu downloads no model: the shop points the URL at a server it runs.
"""

from __future__ import annotations

import json
import logging
import os
import re
import urllib.request
from collections.abc import Mapping
from typing import Any

from kefu.bot.settings import Rephrase
from kefu.guard import check

log = logging.getLogger(__name__)
_FACT = re.compile(r"[A-Z]{0,3}\d[\d.,:/ -]*\d|\d")


def facts_in(text: str) -> set[str]:
    """Digit-bearing tokens (amounts, dates, tracking and order numbers) a rewrite must keep."""
    return {m.group().strip() for m in _FACT.finditer(text)}


def rephrase_draft(
    draft: str, variables: Mapping[str, Any], lang: str, marketplace: str, config: Rephrase
) -> str:
    if not config.enabled or not config.url:
        return draft
    body = {
        "model": config.model,
        "temperature": 0.2,
        "messages": [
            {"role": "system", "content": (
                f"Reword this customer-service reply in {lang}. Keep every number, date, name and "
                "code exactly; add no facts, promises or contact details. Reply with the text only."
            )},
            {"role": "user", "content": draft},
        ],
    }  # fmt: skip
    headers = {"Content-Type": "application/json"}
    key = os.environ.get(config.api_key_env) if config.api_key_env else None
    if key:
        headers["Authorization"] = f"Bearer {key}"
    request = urllib.request.Request(  # noqa: S310 - the shop configures its own endpoint
        config.url, data=json.dumps(body).encode(), headers=headers, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=config.timeout_ms / 1000) as response:  # noqa: S310
            payload = json.loads(response.read().decode("utf-8"))
        text = str(payload["choices"][0]["message"]["content"]).strip()
    except Exception as exc:
        log.warning("bot rephrase failed, using the template reply: %s", exc)
        return draft
    if not text or not facts_in(draft) <= facts_in(text):
        return draft
    if check(text, "out", marketplace, lang).blocked:
        return draft
    return text
