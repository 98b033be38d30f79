"""Property-based tests: the obfuscation normaliser and the span arithmetic."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from kefu.guard import check
from kefu.guard.normalize import CHINESE_DIGITS, digit_runs, fold

DIGIT_SPELLINGS = {
    d: [d, chr(0xFF10 + int(d))] + [c for c, v in CHINESE_DIGITS.items() if v == d]
    for d in "0123456789"
}
SEPARATORS = ["", "", "", " ", ".", "-", "·", "🌸", "\u200b", "、"]
NEUTRAL = st.text(
    alphabet=st.sampled_from(list("您好谢谢请稍等好的颜色尺码鞋子收到 ，。!?abcxyz")), max_size=15
)


@st.composite
def obfuscated_phone(draw: st.DrawFn) -> tuple[str, str]:
    number = "1" + draw(st.sampled_from("3456789")) + draw(st.text("0123456789", min_size=9, max_size=9))
    parts = []
    for i, d in enumerate(number):
        parts.append(draw(st.sampled_from(DIGIT_SPELLINGS[d])))
        if i < len(number) - 1:
            parts.append(draw(st.sampled_from(SEPARATORS)))
    return number, "".join(parts)


@given(st.text(max_size=60))
def test_fold_maps_every_character_back_into_the_source(text: str) -> None:
    view = fold(text)
    assert len(view.index) == len(view.text)
    assert all(0 <= i < len(text) for i in view.index)
    assert list(view.index) == sorted(view.index)


@given(obfuscated_phone())
def test_normaliser_reads_back_the_digits_however_written(case: tuple[str, str]) -> None:
    number, written = case
    runs = digit_runs(fold(written), min_digits=6)
    assert [r.digits for r in runs] == [number]
    assert (runs[0].start, runs[0].end) == (0, len(written))


@settings(max_examples=60)
@given(obfuscated_phone(), NEUTRAL, NEUTRAL)
def test_obfuscated_phone_is_found_and_its_span_is_exact(
    case: tuple[str, str], prefix: str, suffix: str
) -> None:
    _number, written = case
    text = f"{prefix} 联系我 {written} {suffix}"
    hits = [f for f in check(text).findings if f.rule_id == "contacts.phone"]
    assert len(hits) == 1
    assert text[hits[0].start : hits[0].end] == written


@settings(max_examples=60)
@given(NEUTRAL, st.sampled_from(["最佳", "全网第一", "绝对", "假一赔十", "最终解释权归本店所有", "好评返现"]))
def test_spans_shift_with_the_prefix(prefix: str, term: str) -> None:
    base = check(term)
    shifted = check(prefix + " " + term)
    offset = len(prefix) + 1
    assert [(f.category, f.start + offset, f.end + offset) for f in base.findings] == [
        (f.category, f.start, f.end) for f in shifted.findings if f.start >= offset
    ]
    assert base.findings and all(term[f.start : f.end] for f in base.findings)


@settings(max_examples=80)
@given(st.text(max_size=80))
def test_findings_are_ordered_within_bounds_and_never_overlap(text: str) -> None:
    for direction in ("out", "in"):
        findings = check(text, direction=direction).findings  # type: ignore[arg-type]
        for f in findings:
            assert 0 <= f.start < f.end <= len(text)
        for a, b in itertools.pairwise(findings):
            assert a.end <= b.start
