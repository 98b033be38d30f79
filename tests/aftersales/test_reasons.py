"""The reason list is data with a schema: every reason is labelled in every UI language, and the
fault it implies picks the freight case the rules engine is asked about."""

from __future__ import annotations

import pytest
import yaml
from pydantic import ValidationError

from kefu.aftersales.reasons import REASON_FILE, ReasonFile, freight_case, reason_label, reasons
from kefu.errors import ValidationFailed
from kefu.rules.schema import FREIGHT_CASES


def test_every_reason_has_a_label_in_chinese_english_and_spanish() -> None:
    assert {"size", "quality", "not_as_described", "wrong_item", "not_received", "changed_mind",
            "damaged_in_transit"} <= set(reasons())  # fmt: skip
    assert reason_label("wrong_item", "zh-Hant") == "發錯貨"
    assert reason_label("changed_mind", "es") == "Ya no lo quiere"
    assert reason_label("size", "fr") == "Wrong size or fit"  # falls back to English


def test_a_reason_list_without_a_spanish_label_is_refused_on_load() -> None:
    raw = yaml.safe_load(REASON_FILE.read_text(encoding="utf-8"))
    del raw["reasons"]["quality"]["labels"]["es"]
    with pytest.raises(ValidationError, match="labels missing for es"):
        ReasonFile.model_validate(raw)


@pytest.mark.parametrize(
    ("case_type", "reason", "free", "expected"),
    [
        ("return_refund", "changed_mind", True, "no_reason_free_shipping"),
        ("return_refund", "size", False, "no_reason_not_free_shipping"),
        ("exchange", "size", False, "exchange_size_colour"),
        ("exchange", "colour", True, "exchange_size_colour"),
        ("refund_only", "not_as_described", False, "seller_fault"),
        ("not_received", "other", False, "seller_fault"),
        ("chargeback", "unauthorized_payment", False, "unclear_fault"),
    ],
)
def test_the_reason_picks_the_freight_case(
    case_type: str, reason: str, free: bool, expected: str
) -> None:
    assert freight_case(case_type, reason, free_shipping=free) == expected
    assert expected in FREIGHT_CASES


def test_an_unknown_reason_is_named_in_the_error() -> None:
    with pytest.raises(ValidationFailed, match="unknown reason code '太贵了'"):
        freight_case("return_refund", "太贵了", free_shipping=False)
