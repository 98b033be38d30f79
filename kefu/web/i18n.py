"""The workbench's UI strings in zh-Hans and en, loaded from versioned JSON catalogues."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

UI_LANGS = ("zh-Hans", "en")
DEFAULT_LANG = "zh-Hans"
CATALOGUE_DIR = Path(__file__).parent / "i18n"


@lru_cache(maxsize=1)
def catalogues() -> dict[str, dict[str, str]]:
    result: dict[str, dict[str, str]] = {}
    for lang in UI_LANGS:
        data = json.loads((CATALOGUE_DIR / f"{lang}.json").read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("version") != 1 or data.get("lang") != lang:
            raise ValueError(f"workbench catalogue {lang}: expected version 1 for {lang}")
        result[lang] = {str(k): str(v) for k, v in data["messages"].items()}
    reference = set(result[DEFAULT_LANG])
    for lang, messages in result.items():
        if set(messages) != reference:
            raise ValueError(
                f"workbench catalogue {lang}: keys differ: {set(messages) ^ reference}"
            )
    return result


def ui_lang(requested: str | None) -> str:
    return requested if requested in UI_LANGS else DEFAULT_LANG


def translator(lang: str) -> dict[str, str]:
    return catalogues()[ui_lang(lang)]
