"""The shipped intent and sentiment data validate: labels, counts, and no dev line leaked from
training (exactly or as a near-copy). The data checkers are the ones the data is built with."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kefu.nlu.data.tools import enes_build, zh_check


def test_english_spanish_data_validates_and_dev_sets_do_not_leak(
    capsys: pytest.CaptureFixture[str],
) -> None:
    enes_build.report(enes_build.paths())  # raises SystemExit on a bad file or a leak
    assert "LEAK" not in capsys.readouterr().out


def test_chinese_data_validates_and_dev_sets_do_not_leak() -> None:
    assert zh_check.main() == 0


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000))
def test_sparse_best_jaccard_equals_the_pairwise_loop(seed: int) -> None:
    rng = random.Random(seed)
    words = ["envio", "pedido", "refund", "where", "my", "order", "hola", "talla", "包邮", "亲"]
    texts = [" ".join(rng.choices(words, k=rng.randint(1, 5))) for _ in range(40)]
    queries = [enes_build.trigrams(t) for t in texts[:15]]
    refs = [enes_build.trigrams(t) for t in texts[15:]]
    expected = [max(enes_build.jaccard(q, r) for r in refs) for q in queries]
    assert enes_build.best_jaccard(queries, refs) == pytest.approx(expected)
    assert enes_build.best_jaccard(queries, []) == [0.0] * len(queries)
