from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kefu.nlu.normalize import MASK_TOKEN, normalize


def test_full_width_becomes_half_width_and_lowercase() -> None:
    assert normalize("ＨＥＬＬＯ　１２３").text_for_matching == "hello 123"


def test_traditional_is_matched_as_simplified_but_original_kept() -> None:
    result = normalize("請問這雙鞋有貨嗎")
    assert result.text_for_matching == "请问这双鞋有货吗"
    assert result.original == "請問這雙鞋有貨嗎"
    assert result.had_traditional


def test_simplified_text_is_not_flagged_traditional() -> None:
    assert not normalize("这双鞋有货吗").had_traditional


def test_repeated_punctuation_collapses_and_is_counted() -> None:
    result = normalize("¿¿Dónde está mi pedido???!!!")
    assert result.text_for_matching == "¿dónde está mi pedido?!"
    assert result.repeated_punctuation == 5
    assert normalize("到哪了？？？").text_for_matching == "到哪了?"


def test_emoji_runs_collapse_and_are_reported() -> None:
    result = normalize("太慢了😡😡😡")
    assert result.text_for_matching == "太慢了😡"
    assert result.emojis == ("😡", "😡", "😡")
    assert normalize("ok 👍🏻", keep_emoji=False).text_for_matching == "ok"


def test_masked_card_and_phone_numbers_become_one_placeholder() -> None:
    result = normalize("tarjeta ****1234 y tel 138****5678")
    assert result.text_for_matching == f"tarjeta {MASK_TOKEN} y tel {MASK_TOKEN}"
    assert result.masked_numbers == 2


def test_order_numbers_are_left_alone() -> None:
    assert normalize("订单 20241124001 到哪了").text_for_matching == "订单 20241124001 到哪了"


def test_whitespace_is_squeezed_and_stripped() -> None:
    assert normalize("  hola \n\t  amigo  ").text_for_matching == "hola amigo"


def test_spans_map_back_to_the_original() -> None:
    original = "  ¡¡HOLA!!  quiero   cancelar"
    result = normalize(original)
    start = result.text_for_matching.index("cancelar")
    a, b = result.span_in_original(start, start + len("cancelar"))
    assert original[a:b] == "cancelar"


@given(st.text(max_size=60))
def test_offsets_always_point_inside_the_original(text: str) -> None:
    result = normalize(text)
    assert len(result.offsets) == len(result.text_for_matching)
    assert all(0 <= i < len(text) for i in result.offsets)
    assert list(result.offsets) == sorted(result.offsets)
