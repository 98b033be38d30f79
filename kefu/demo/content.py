"""The demo shop's written content (catalogue, people, chats, reviews, logistics wording), loaded
from versioned YAML files in `kefu/demo/data/` and checked against a schema on load."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kefu.errors import ValidationFailed

DATA_DIR = Path(__file__).parent / "data"
KNOWLEDGE_LANGS: tuple[str, ...] = ("zh-Hans", "en", "es")
ShopKey = Literal["taobao", "aliexpress"]
Localised = dict[str, str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Versioned(_Strict):
    version: int = Field(ge=1)
    source: str = Field(min_length=1)


def _complete(value: dict[str, Any], what: str) -> None:
    missing = [lang for lang in KNOWLEDGE_LANGS if not value.get(lang)]
    if missing:
        raise ValueError(f"{what} lacks {', '.join(missing)}")


class Family(_Strict):
    care: Localised
    cautions: Localised
    fit_notes: Localised

    @model_validator(mode="after")
    def _all_languages(self) -> Family:
        for name in ("care", "cautions", "fit_notes"):
            _complete(getattr(self, name), name)
        return self


class ProductDef(_Strict):
    key: str = Field(pattern=r"^[a-z0-9-]+$")
    family: str
    category: str
    chart: str
    colours: list[str] = Field(min_length=1)
    price: dict[str, Decimal]
    shops: list[ShopKey] = Field(min_length=1)
    title: Localised
    material: Localised
    function: Localised
    selling_points: dict[str, list[str]]
    fit_notes: Localised | None = None

    @model_validator(mode="after")
    def _all_languages(self) -> ProductDef:
        for name in ("title", "material", "function", "selling_points"):
            _complete(getattr(self, name), f"product {self.key} {name}")
        if self.fit_notes is not None:
            _complete(self.fit_notes, f"product {self.key} fit_notes")
        return self


class Catalogue(_Versioned):
    families: dict[str, Family]
    colours: dict[str, Localised]
    products: list[ProductDef] = Field(min_length=1)

    @model_validator(mode="after")
    def _references(self) -> Catalogue:
        for product in self.products:
            if product.family not in self.families:
                raise ValueError(f"product {product.key}: unknown family {product.family!r}")
            unknown = [c for c in product.colours if c not in self.colours]
            if unknown:
                raise ValueError(f"product {product.key}: unknown colours {unknown}")
        return self


class Place(_Strict):
    province: str
    city: str
    district: str
    postcode: str
    tz: str
    line: str


class Locale(_Strict):
    language: str
    phone: str
    family_names: list[str] = Field(min_length=1)
    given_names: list[str] = Field(min_length=1)
    nickname_words: list[str] = Field(min_length=1)
    nickname_tails: list[str] = Field(min_length=1)
    places: list[Place] = Field(min_length=1)


class People(_Versioned):
    locales: dict[str, Locale]
    mix: dict[ShopKey, dict[str, int]]
    tags: dict[ShopKey, list[str]]
    notes: dict[str, list[str]]

    @model_validator(mode="after")
    def _countries_known(self) -> People:
        for shop, counts in self.mix.items():
            unknown = [c for c in counts if c not in self.locales]
            if unknown:
                raise ValueError(f"mix for {shop} names unknown countries {unknown}")
        return self


Turn = tuple[Literal["buyer", "agent", "bot"], str]


class Dialogue(_Strict):
    id: str
    lang: Literal["zh-Hans", "zh-Hant", "en", "es"]
    stage: Literal["pre_sale", "in_sale", "after_sale"]
    intent: str
    order: Literal["none", "created", "paid", "shipped", "delivered"]
    about: Literal["any", "footwear", "membrane", "socks"] = "any"
    end: Literal["resolved", "waiting", "open", "unanswered"]
    turns: list[Turn] = Field(min_length=1)

    @model_validator(mode="after")
    def _ends_consistently(self) -> Dialogue:
        speakers = [who for who, _ in self.turns]
        if (self.end == "unanswered") == ("agent" in speakers):
            raise ValueError(f"dialogue {self.id}: only an 'unanswered' chat has no agent turn")
        if self.end == "waiting" and speakers[-1] != "agent":
            raise ValueError(f"dialogue {self.id}: a chat waiting on the buyer ends with the agent")
        if self.turns[0][0] != "buyer":
            raise ValueError(f"dialogue {self.id}: the buyer opens the chat")
        return self


class Dialogues(_Versioned):
    dialogues: list[Dialogue] = Field(min_length=1)


class ReviewPool(_Strict):
    good: list[str] = Field(min_length=1)
    mixed: list[str] = Field(min_length=1)
    bad: list[str] = Field(min_length=1)


class ReplyPool(_Strict):
    good: list[str] = Field(min_length=1)
    bad: list[str] = Field(min_length=1)


class Reviews(_Versioned):
    reviews: dict[str, ReviewPool]
    replies: dict[str, ReplyPool]


class Step(_Strict):
    code: Literal["picked_up", "in_transit", "customs", "out_for_delivery"]
    location: str
    text: str


class Carrier(_Strict):
    code: Literal["sf", "yto", "zto", "jd", "cainiao", "chinapost", "ups"]
    name: str
    share: int = Field(ge=1)
    days: tuple[int, int]


class Route(_Strict):
    carriers: list[Carrier] = Field(min_length=1)
    steps: list[Step] = Field(min_length=2)
    delivered: list[str] = Field(min_length=1)
    stuck: str
    last_mile: dict[str, str] = Field(default_factory=dict)


class Logistics(_Versioned):
    origin: dict[str, dict[str, str]]
    domestic: Route
    cross_border: Route


class Coupon(_Strict):
    over: Decimal
    amount: Decimal
    share: float = Field(ge=0, le=1)


class ShopDef(_Strict):
    slug: str
    name: str
    marketplace: str
    currency: str
    timezone: str
    languages: list[str]
    order_prefix: str
    orders: int = Field(ge=1)
    states: dict[str, int]
    partial_refund_share: float = Field(ge=0, le=1)
    free_shipping_over: Decimal
    standard_fee: Decimal
    express_fee: Decimal
    remote_fee: Decimal
    remote_provinces: list[str]
    coupon: Coupon
    unpaid_close_hours: int
    handling_hours: int
    auto_confirm_days: int
    payment_channels: dict[str, int]
    boleto_countries: list[str] = Field(default_factory=list)


class Shops(_Versioned):
    shops: dict[ShopKey, ShopDef]


class DemoContent(_Strict):
    catalogue: Catalogue
    people: People
    dialogues: Dialogues
    reviews: Reviews
    logistics: Logistics
    shops: Shops


def _read(name: str, model: type[_Versioned]) -> Any:
    path = DATA_DIR / name
    with path.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise ValidationFailed(f"{path}: {exc}") from exc


@lru_cache(maxsize=1)
def load_content() -> DemoContent:
    """All demo data files, validated; cached because they never change while running."""
    return DemoContent(
        catalogue=_read("products.yaml", Catalogue),
        people=_read("people.yaml", People),
        dialogues=_read("dialogues.yaml", Dialogues),
        reviews=_read("reviews.yaml", Reviews),
        logistics=_read("logistics.yaml", Logistics),
        shops=_read("shops.yaml", Shops),
    )
