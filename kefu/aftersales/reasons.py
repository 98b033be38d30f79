"""Reason codes for after-sales cases, loaded from `data/reasons.yaml` and checked on load, and the
mapping from a case's type and reason to the freight case the rules engine decides on.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from kefu.errors import ValidationFailed

REASON_FILE = Path(__file__).with_name("data") / "reasons.yaml"
LANGS = ("zh-Hans", "zh-Hant", "en", "es")
Fault = Literal["no_reason", "size_colour", "seller", "unclear"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Reason(_Strict):
    fault: Fault
    labels: dict[str, str]

    @field_validator("labels")
    @classmethod
    def _every_language(cls, value: dict[str, str]) -> dict[str, str]:
        missing = [lang for lang in LANGS if not value.get(lang, "").strip()]
        if missing:
            raise ValueError(f"labels missing for {', '.join(missing)}")
        return value


class SlaDefaults(_Strict):
    alert_lead_hours: float = Field(gt=0, le=24 * 14)


class ReasonFile(_Strict):
    version: str
    source: str
    reasons: dict[str, Reason] = Field(min_length=1)
    sla: SlaDefaults

    @field_validator("reasons")
    @classmethod
    def _codes(cls, value: dict[str, Reason]) -> dict[str, Reason]:
        bad = [code for code in value if not code.replace("_", "").isalpha() or not code.islower()]
        if bad:
            raise ValueError(f"reason codes must be lower_snake_case: {bad}")
        if "other" not in value:
            raise ValueError("the list needs an 'other' reason")
        return value


@lru_cache(maxsize=1)
def reason_file() -> ReasonFile:
    raw = yaml.safe_load(REASON_FILE.read_text(encoding="utf-8"))
    return ReasonFile.model_validate(raw)


def reasons() -> Mapping[str, Reason]:
    return reason_file().reasons


def check_reason(code: str) -> Reason:
    found = reasons().get(code)
    if found is None:
        raise ValidationFailed(
            f"unknown reason code {code!r}; expected one of {', '.join(reasons())}", reason=code
        )
    return found


def reason_label(code: str, lang: str) -> str:
    reason = reasons().get(code)
    if reason is None:
        return code
    return reason.labels.get(lang) or reason.labels.get("en") or code


def freight_case(case_type: str, reason_code: str, *, free_shipping: bool) -> str:
    """The rules engine's freight case (kefu/rules/schema.py FREIGHT_CASES) for a case."""
    fault = check_reason(reason_code).fault
    if fault == "seller" or case_type in ("not_received", "resend"):
        return "seller_fault"
    if fault == "size_colour" and case_type == "exchange":
        return "exchange_size_colour"
    if fault in ("no_reason", "size_colour"):
        return "no_reason_free_shipping" if free_shipping else "no_reason_not_free_shipping"
    return "unclear_fault"
