from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from kefu.errors import ValidationFailed
from kefu.replies import default_library
from kefu.replies.catalog import INTENTS, TONES
from kefu.replies.library import DATA_DIR, count_emoji, load_library

CORE = ("zh-Hans", "zh-Hant", "en", "es")

C3_SCENARIOS = {
    "greeting",
    "product_facts",
    "size_advice",
    "size_doubt",
    "bargaining",
    "shipping_fee",
    "delivery_time",
    "authenticity",
    "quality",
    "price_compare",
    "color_difference",
    "payment_reminder",
    "recommendation",
    "out_of_stock",
    "guarantees",
    "not_received",
    "quality_problem",
    "exchange",
    "exchange_shipping",
    "refund_status",
    "complaint_apology",
    "review_request",
    "review_thanks",
    "holiday_greeting",
    "closing",
}
C9_FOLLOWUPS = {
    "payment_reminder",
    "payment_received",
    "shipped",
    "logistics_stalled",
    "delivered_checkin",
    "review_request",
    "review_thanks",
    "bad_review_reply",
    "holiday_greeting",
}
CLARIFYING = {
    "ask_destination": "destination",
    "ask_order": "order_no",
    "ask_usual_size": "usual_size",
}
FREQUENT = {
    "greeting",
    "size_advice",
    "bargaining",
    "shipping_fee",
    "delivery_time",
    "payment_reminder",
    "not_received",
    "quality_problem",
    "return_refund",
    "exchange_shipping",
}

# Words our own templates must not use (the guard has the full lists; this is a floor).
ABSOLUTES = re.compile(
    r"最|第一|保证|绝对|一定|完美|永久|100%|百分之百|guarantee|\bbest\b|\balways\b|\bnever\b|"
    r"definitely|absolutely|\bfree\b|perfect|garantiz|\bsiempre\b|\bnunca\b|\bmejor\b|gratis|"
    r"garantid|\bsempre\b|\bmelhor\b|гарант|лучш|всегда|никогда",
    re.IGNORECASE,
)


def test_shipped_library_loads_with_a_version_per_file() -> None:
    lib = default_library()
    assert "scenarios@" in lib.version and "es@" in lib.version
    assert len(lib.templates) >= 300
    assert lib.languages() >= set(CORE)


def test_every_c3_scenario_followup_and_question_is_present_in_every_core_language() -> None:
    lib = default_library()
    have = {(t.scenario, t.lang) for t in lib.templates}
    for scenario in C3_SCENARIOS | C9_FOLLOWUPS | set(CLARIFYING):
        for lang in CORE:
            assert (scenario, lang) in have, f"{scenario} has no {lang} template"


def test_every_intent_but_other_has_a_scenario_in_every_language() -> None:
    lib = default_library()
    for intent in INTENTS:
        if intent == "other":
            continue
        for lang in (*CORE, "pt", "ru"):
            assert any(t.lang == lang for t in lib.for_intent(intent)), (intent, lang)


def test_frequent_scenarios_have_two_neutral_variants_per_core_language() -> None:
    lib = default_library()
    neutral = Counter((t.scenario, t.lang) for t in lib.templates if t.tone is None)
    for scenario in FREQUENT:
        assert lib.scenarios[scenario].frequent
        for lang in CORE:
            assert neutral[(scenario, lang)] >= 2, (scenario, lang)


def test_payment_reminder_includes_the_unpaid_order_reclaim() -> None:
    lib = default_library()
    for lang in CORE:
        assert f"payment_reminder.reclaim.{lang}" in lib.by_id


def test_each_buyer_profile_tone_has_variants_in_every_core_language() -> None:
    lib = default_library()
    for tone in TONES:
        for lang in CORE:
            assert any(t.tone == tone and t.lang == lang for t in lib.templates), (tone, lang)


def test_clarifying_questions_name_the_slot_they_ask_for() -> None:
    lib = default_library()
    for scenario, slot in CLARIFYING.items():
        assert lib.scenarios[scenario].ask_for == slot
        assert all(slot not in t.required for t in lib.templates if t.scenario == scenario)


def test_templates_have_ids_shortcuts_and_declared_variables() -> None:
    lib = default_library()
    for t in lib.templates:
        assert t.id == f"{t.scenario}.{t.variant}.{t.lang}"
        assert t.shortcut and t.shortcut.startswith("/")
        assert set(re.findall(r"{{\s*(\w+)\s*}}", t.text)) == set(t.required)


def test_no_absolute_words_in_shipped_templates() -> None:
    offenders = [t.id for t in default_library().templates if ABSOLUTES.search(t.text)]
    assert offenders == []


def test_emoji_are_used_sparingly_per_language() -> None:
    lib = default_library()
    for t in lib.templates:
        assert count_emoji(t.text) <= lib.max_emoji[t.lang]
    assert lib.max_emoji.get("ru", 0) == 0


def test_bodies_do_not_repeat_the_salutation_that_wrap_adds() -> None:
    for t in default_library().templates:
        if t.lang == "zh-Hans":
            assert not t.text.startswith("亲"), t.id
        if t.lang in ("en", "es"):
            assert not re.match(r"(Hi|Hello|Dear|Hola|Estimad[oa])\b", t.text), t.id


# --- schema failures ------------------------------------------------------------------------


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("templates/en.yaml", 'variant: "1"\n', 'variant: "1"\n    colour: red\n', "schema"),
        (
            "templates/en.yaml",
            "{{ product_name }} is made",
            "{{ prodct_name }} is made",
            "prodct_name",
        ),
        ("templates/en.yaml", "tone: urgent", "tone: grumpy", "grumpy"),
        ("templates/en.yaml", "lang: en", "lang: xx", "schema"),
        ("templates/es.yaml", "scenario: greeting", "scenario: greting", "greting"),
        ("templates/es.yaml", "{freight_payer: buyer}", "{freight_payer: nobody}", "schema"),
        ("templates/es.yaml", "Soy {{ agent_name }}", "Soy {{ agent_name.__class__ }}", "allowed"),
        ("scenarios.yaml", "intents: [greeting]", "intents: [greetings]", "greetings"),
        ("scenarios.yaml", "schema_version: 1", "schema_version: 2", "schema"),
        ("scenarios.yaml", "ask_for: destination", "ask_for: planet", "planet"),
    ],
)
def test_broken_data_files_are_refused_on_load_with_the_reason(
    data_copy: Path, file: str, old: str, new: str, message: str
) -> None:
    _edit(data_copy / file, old, new)
    with pytest.raises(ValidationFailed) as err:
        load_library(data_copy)
    assert message in err.value.message


def test_duplicate_template_is_refused(data_copy: Path) -> None:
    path = data_copy / "templates" / "en.yaml"
    text = path.read_text(encoding="utf-8")
    block = text[text.index("  - scenario: closing") :]
    block = block[: block.index("  - scenario:", 5)]
    path.write_text(text + block, encoding="utf-8")
    with pytest.raises(ValidationFailed, match="duplicate"):
        load_library(data_copy)


def test_too_many_emoji_is_refused(data_copy: Path) -> None:
    _edit(data_copy / "templates" / "en.yaml", "right away.", "right away 🎉🎉.")
    with pytest.raises(ValidationFailed, match="emoji"):
        load_library(data_copy)


def test_cross_border_languages_cover_the_frequent_scenarios_and_follow_ups() -> None:
    lib = default_library()
    neutral = Counter((t.scenario, t.lang) for t in lib.templates if t.tone is None)
    for lang in ("pt", "ru"):
        for scenario in FREQUENT:
            assert neutral[(scenario, lang)] >= 2, (scenario, lang)
        for scenario in C9_FOLLOWUPS | set(CLARIFYING):
            assert neutral[(scenario, lang)] >= 1, (scenario, lang)


def test_api_language_list_matches_the_formatter() -> None:
    from typing import get_args

    from kefu.replies.formatting import LANGS
    from kefu.replies.schemas import Lang

    assert set(get_args(Lang)) == set(LANGS)
