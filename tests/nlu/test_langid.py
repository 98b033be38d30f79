from __future__ import annotations

import pytest

from kefu.nlu.langid import chinese_variant, detect


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("在吗", "zh-Hans"),
        ("亲 包邮不", "zh-Hans"),
        ("这个size偏大吗", "zh-Hans"),
        ("订单 20241124001 到哪了??", "zh-Hans"),
        ("請問這雙鞋有貨嗎", "zh-Hant"),
        ("退貨運費誰出", "zh-Hant"),
        ("hola", "es"),
        ("Hola!!", "es"),
        ("donde esta mi pedido", "es"),
        ("¿cuánto tarda en llegar a Chile?", "es"),
        ("Hola, mi pedido no ha llegado todavía", "es"),
        ("obrigado", "pt"),
        ("oi, tudo bem? meu pedido não chegou", "pt"),
        ("hi", "en"),
        ("thanks 👍", "en"),
        ("Is this original?", "en"),
        ("my order LP00123456789CN hasnt arrived yet", "en"),
        ("Где моя посылка?", "ru"),
        ("bonjour, où est ma commande ?", "fr"),
        ("Wo ist meine Bestellung?", "de"),
        ("注文はいつ届きますか", "ja"),
        ("배송 언제 되나요", "ko"),
        ("أين طلبي", "ar"),
    ],
)
def test_detects_the_buyers_language(text: str, lang: str) -> None:
    guess = detect(text)
    assert guess.lang == lang, guess
    assert 0.0 < guess.confidence <= 1.0


def test_message_without_language_is_undetermined_unless_prior_known() -> None:
    assert detect("12345678 😀").lang == "und"
    assert detect("12345678 😀").confidence == 0.0
    assert detect("12345678 😀", prior="es").lang == "es"


def test_shared_characters_default_to_simplified() -> None:
    assert chinese_variant("好的")[0] == "zh-Hans"
    assert chinese_variant("發貨")[0] == "zh-Hant"


def test_bundled_model_only_nothing_downloaded(tmp_path, monkeypatch) -> None:
    # With the download cache pointing at an empty folder, detection must still work and
    # leave the folder empty: only the model inside the wheel is used.
    monkeypatch.setenv("FTLANG_CACHE", str(tmp_path))
    assert detect("where is my parcel, it has been two weeks").lang == "en"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("holaaa 👋", "es"),
        ("zai bu zai", "zh-Hans"),
        ("寄到台南大概要幾天", "zh-Hant"),
        ("申请了chargeback", "zh-Hans"),
        ("Do you use Correos or SEUR for mainland Spain?", "en"),
        ("cobran recargo si pago con paypal", "es"),
    ],
)
def test_chat_quirks_and_rare_language_false_alarms(text: str, lang: str) -> None:
    assert detect(text).lang == lang
