"""Value types of the guard: what a finding is and what a check returns.

Spans are Python string indices (code points) into the text that was checked, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["block", "warn"]
Direction = Literal["out", "in"]

# Category ids. Outgoing categories guard what the shop says; incoming ones protect the agent.
ABSOLUTE_CLAIM = "absolute_claim"  # 极限词: superlatives, rankings, grades, "guaranteed", "100%"
EFFICACY_CLAIM = "efficacy_claim"  # medical / health / investment-return claims
PROMISE = "promise_beyond_policy"  # compensation multiples, free returns, delivery dates
OFF_PLATFORM = "off_platform"  # QQ / WeChat / phone / e-mail / external links
COMPETITOR = "competitor_platform"  # another marketplace's name where the platform forbids it
PERSONAL_DATA = "personal_data"  # other people's phone numbers, ID numbers, addresses
VOID_CLAUSE = "void_clause"  # 霸王条款: "最终解释权归本店所有", "售出不退"
REVIEW_INDUCEMENT = "review_inducement"  # 好评返现, rewards for 5-star reviews
URGENCY = "false_urgency"  # 仅限今日, "last chance" (warn: may be a real promotion)
PHISHING_LINK = "phishing_link"
PHISHING_LURE = "phishing_lure"
MOVE_CHAT = "move_chat"
DANGEROUS_FILE = "dangerous_file"
FILE_MISMATCH = "file_mismatch"

OUTGOING_CATEGORIES: tuple[str, ...] = (
    ABSOLUTE_CLAIM,
    EFFICACY_CLAIM,
    PROMISE,
    OFF_PLATFORM,
    COMPETITOR,
    PERSONAL_DATA,
    VOID_CLAUSE,
    REVIEW_INDUCEMENT,
    URGENCY,
)
INCOMING_CATEGORIES: tuple[str, ...] = (PHISHING_LINK, PHISHING_LURE, MOVE_CHAT)
FILE_CATEGORIES: tuple[str, ...] = (DANGEROUS_FILE, FILE_MISMATCH)
ALL_CATEGORIES: tuple[str, ...] = OUTGOING_CATEGORIES + INCOMING_CATEGORIES + FILE_CATEGORIES


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a message: what, how bad, where, why, and what to say instead."""

    category: str
    severity: Severity
    start: int
    end: int
    reason: str
    suggestion: str | None = None
    rule_id: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "reason": self.reason,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True)
class GuardResult:
    """Everything the guard found in one message or file, ordered by position."""

    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def blocked(self) -> bool:
        return any(f.severity == "block" for f in self.findings)

    @property
    def categories(self) -> frozenset[str]:
        return frozenset(f.category for f in self.findings)

    def as_dict(self) -> dict[str, object]:
        return {"findings": [f.as_dict() for f in self.findings]}


def apply_suggestions(text: str, result: GuardResult) -> str:
    """Replace each finding's span by its suggestion (a compliant rewrite), right to left.

    Findings without a suggestion are left as they are: the agent has to rephrase those.
    """
    out = text
    last_start = len(text) + 1
    for f in sorted(result.findings, key=lambda f: f.start, reverse=True):
        if f.suggestion is None or f.end > last_start:
            continue
        out = out[: f.start] + f.suggestion + out[f.end :]
        last_start = f.start
    return out
