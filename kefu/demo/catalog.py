"""The demo catalogue as plain values: products per shop with variants, stock and complete
knowledge files (zh-Hans, en, es) including real size charts. Pure: no database, no clock."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kefu.demo.content import KNOWLEDGE_LANGS, DemoContent

# Shoe sizes: EU → (US, UK, CN mm) per gender, foot length = CN / 10 cm. These follow the usual
# Chinese shop charts, where the CN size is the foot length in millimetres.
MEN_SHOES: tuple[tuple[str, str, str, int], ...] = (
    ("39", "6.5", "6", 245),
    ("40", "7", "6.5", 250),
    ("41", "8", "7.5", 255),
    ("42", "8.5", "8", 260),
    ("43", "9.5", "9", 265),
    ("44", "10", "9.5", 270),
    ("45", "11", "10.5", 275),
    ("46", "12", "11.5", 280),
)
WOMEN_SHOES: tuple[tuple[str, str, str, int], ...] = (
    ("35", "5", "2.5", 225),
    ("36", "5.5", "3.5", 230),
    ("37", "6.5", "4", 235),
    ("38", "7", "5", 240),
    ("39", "8", "6", 245),
    ("40", "8.5", "6.5", 250),
    ("41", "9.5", "7.5", 255),
)
GENDER = {
    "men": {"zh-Hans": "男款", "en": "Men", "es": "Hombre"},
    "women": {"zh-Hans": "女款", "en": "Women", "es": "Mujer"},
}
SOCKS = (
    ("S", "35–38", "W 5–7.5", "2.5–5", "225–240", "22.5–24.0"),
    ("M", "39–42", "M 6.5–8.5 / W 8–10", "6–8", "245–260", "24.5–26.0"),
    ("L", "43–46", "M 9.5–12", "9–11.5", "265–280", "26.5–28.0"),
)
INSOLES = (
    ("S", "35–37", "22.5–23.5"),
    ("M", "38–40", "24.0–25.0"),
    ("L", "41–43", "25.5–26.5"),
    ("XL", "44–46", "27.0–28.0"),
)
GAITERS = (("S", "35–39", "30–36"), ("M", "40–43", "34–40"), ("L", "44–46", "38–45"))
LACES = (("120 cm", "4–5"), ("150 cm", "6–7"), ("180 cm", "8–9"))
SPRAY_LABEL = {
    "zh-Hans": "约4–6双高帮徒步鞋",
    "en": "about 4–6 pairs of hiking boots",
    "es": "unos 4–6 pares de botas de montaña",
}


def _shoe_rows(
    table: tuple[tuple[str, str, str, int], ...], gender: str, lang: str
) -> list[dict[str, Any]]:
    return [
        {
            "gender": GENDER[gender][lang],
            "size": eu,
            "eu": eu,
            "us": us,
            "uk": uk,
            "cn": str(cn),
            "foot_length_cm": cn / 10,
        }
        for eu, us, uk, cn in table
    ]


def size_chart(chart: str, lang: str) -> list[dict[str, Any]]:
    """The rows of a named size chart, with any words in `lang`."""
    if chart == "shoes_men":
        return _shoe_rows(MEN_SHOES, "men", lang)
    if chart == "shoes_women":
        return _shoe_rows(WOMEN_SHOES, "women", lang)
    if chart == "shoes_unisex":
        women = [row for row in WOMEN_SHOES if int(row[0]) < 39]
        return _shoe_rows(tuple(women), "women", lang) + _shoe_rows(MEN_SHOES, "men", lang)
    if chart == "socks":
        return [
            {"size": s, "eu": eu, "us": us, "uk": uk, "cn": cn, "foot_length_cm": foot}
            for s, eu, us, uk, cn, foot in SOCKS
        ]
    if chart == "insoles":
        return [{"size": s, "eu": eu, "foot_length_cm": foot} for s, eu, foot in INSOLES]
    if chart == "gaiters":
        return [{"size": s, "eu": eu, "calf_cm": calf} for s, eu, calf in GAITERS]
    if chart == "laces":
        return [{"size": length, "eyelet_pairs": pairs} for length, pairs in LACES]
    if chart == "spray":
        return [{"size": "200 ml", "coverage": SPRAY_LABEL[lang]}]
    raise ValueError(f"unknown size chart {chart!r}")


def chart_sizes(chart: str) -> list[str]:
    """Variant sizes in chart order (unisex shoes list each EU size once)."""
    seen: list[str] = []
    for row in size_chart(chart, "en"):
        size = str(row["size"])
        if size not in seen:
            seen.append(size)
    return seen


@dataclass(frozen=True)
class PlannedVariant:
    sku: str
    colour_code: str
    color: str
    size: str
    price: Decimal
    stock: int


@dataclass(frozen=True)
class PlannedProduct:
    shop: str
    code: str
    key: str
    title: dict[str, str]
    category: str
    price: Decimal
    currency: str
    variants: tuple[PlannedVariant, ...]
    knowledge: dict[str, dict[str, Any]]

    @property
    def is_footwear(self) -> bool:
        return self.category in FOOTWEAR

    def display_title(self, lang: str) -> str:
        return self.title.get(lang) or self.title["en"]


FOOTWEAR = frozenset({"hiking_boots", "hiking_shoes", "trail_running", "approach_shoes", "sandals"})
SHOP_LANG = {"taobao": "zh-Hans", "aliexpress": "en"}
SHOP_CURRENCY = {"taobao": "CNY", "aliexpress": "USD"}


def plan_catalogue(content: DemoContent, rng: random.Random) -> list[PlannedProduct]:
    """Every product of both shops, in a fixed order, with stock drawn from `rng`."""
    catalogue = content.catalogue
    products: list[PlannedProduct] = []
    for shop in ("taobao", "aliexpress"):
        lang = SHOP_LANG[shop]
        currency = SHOP_CURRENCY[shop]
        for number, item in enumerate(catalogue.products, start=1):
            if shop not in item.shops:
                continue
            family = catalogue.families[item.family]
            price = item.price[currency]
            prefix = "TB" if shop == "taobao" else "AE"
            code = f"{prefix}-{number:03d}-{item.key}"
            variants = []
            for colour_code in item.colours:
                colour = catalogue.colours[colour_code][lang]
                for size in chart_sizes(item.chart):
                    # About one variant in eight is sold out, so stock questions have real answers.
                    stock = 0 if rng.random() < 0.12 else rng.randint(1, 60)
                    sku = f"{prefix}{number:03d}-{colour_code}-{size.replace(' ', '')}"
                    variants.append(PlannedVariant(sku, colour_code, colour, size, price, stock))
            knowledge = {
                kl: {
                    "material": item.material[kl],
                    "function": item.function[kl],
                    "care": family.care[kl],
                    "cautions": family.cautions[kl],
                    "fit_notes": (item.fit_notes or family.fit_notes)[kl],
                    "selling_points": list(item.selling_points[kl]),
                    "size_chart": size_chart(item.chart, kl),
                }
                for kl in KNOWLEDGE_LANGS
            }
            products.append(
                PlannedProduct(
                    shop=shop,
                    code=code,
                    key=item.key,
                    title={kl: item.title[kl] for kl in KNOWLEDGE_LANGS},
                    category=item.category,
                    price=price,
                    currency=currency,
                    variants=tuple(variants),
                    knowledge=knowledge,
                )
            )
    return products
