"""The guard (C7): checks every outgoing and incoming message and every incoming file.

Outgoing: forbidden claims, promises beyond policy, off-platform steering, competitor names,
personal data, void clauses. Incoming: phishing links and lures, requests to move the chat,
dangerous files. Pure: no database, no clock, no network; rule lists load once from `data/`.

    from kefu.guard import check, check_file
    result = check("全网最低价，加V信138 1234 5678", direction="out", platform="jd")
    result.blocked, result.findings
"""

from __future__ import annotations

from functools import lru_cache

from kefu.guard.engine import GuardEngine, build_engine, default_engine
from kefu.guard.files import FileChecker
from kefu.guard.rules import ShopGuardConfig, load_rule_data
from kefu.guard.types import (
    ALL_CATEGORIES,
    Direction,
    Finding,
    GuardResult,
    Severity,
    apply_suggestions,
)

__all__ = [
    "ALL_CATEGORIES",
    "Direction",
    "Finding",
    "GuardEngine",
    "GuardResult",
    "Severity",
    "ShopGuardConfig",
    "apply_suggestions",
    "build_engine",
    "check",
    "check_file",
    "extend",
]


def check(
    text: str,
    direction: Direction = "out",
    platform: str | None = None,
    lang: str | None = None,
    agent_lang: str = "zh-Hans",
    *,
    engine: GuardEngine | None = None,
) -> GuardResult:
    """Check one message. `platform` is the shop's marketplace (None: generic marketplace rules),
    `lang` the message language if known (picks rewrite suggestions), `agent_lang` the language
    of the reasons shown to the agent."""
    return (engine or default_engine()).check(text, direction, platform, lang, agent_lang)


@lru_cache(maxsize=1)
def _file_checker() -> FileChecker:
    data = load_rule_data()
    return FileChecker(data.files, dict(data.categories.categories))


def check_file(data: bytes, filename: str, agent_lang: str = "zh-Hans") -> GuardResult:
    """Check an incoming file by its content and name; spans cover the whole file."""
    return _file_checker().check(data, filename, agent_lang)


def extend(shop: ShopGuardConfig) -> GuardEngine:
    """Merge a shop's extra terms, allow-list, configured promises and domains into an engine."""
    return build_engine(shop)
