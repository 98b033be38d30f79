"""The shipped library must pass the guard (C7) with zero findings, in every language, once
wrapped with salutation and signature exactly as a buyer would receive it."""

from __future__ import annotations

from typing import Any

import pytest

from kefu.replies import compose, default_library

from .samples import SAMPLES, ZONES

try:
    from kefu.guard import check
except ImportError:  # pragma: no cover - only while kefu.guard is being built in parallel
    check = None

pytestmark = pytest.mark.skipif(
    check is None, reason="kefu.guard.check is not importable yet (guard built in parallel)"
)

# Chinese shops sell on Taobao and JD (JD forbids naming Taobao/Tmall); the rest cross-border.
PLATFORMS = {"zh-Hans": ("taobao", "jd"), "zh-Hant": ("taobao", "jd")}


def _cases() -> list[Any]:
    cases = []
    for t in default_library().templates:
        for platform in PLATFORMS.get(t.lang, ("aliexpress",)):
            cases.append(pytest.param(t, platform, id=f"{t.id}@{platform}"))
    return cases


@pytest.mark.parametrize(("template", "platform"), _cases())
def test_shipped_template_has_no_guard_findings(template: Any, platform: str) -> None:
    assert check is not None
    variables = SAMPLES[template.lang]
    rendered = compose(template, variables, template.lang, ZONES[template.lang], sign=True)
    result = check(rendered.text, direction="out", platform=platform, lang=template.lang)
    found = [(f.category, f.severity, rendered.text[f.start : f.end]) for f in result.findings]
    assert found == [], rendered.text
    assert not result.blocked
