from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.catalog.imports import do_import_products, parse_products_csv, parse_products_json
from kefu.catalog.models import Product
from kefu.clock import FixedClock
from kefu.imports.common import ImportFailed
from tests.factories import make_shop

SAMPLES = Path(__file__).parent / "samples"


def test_products_csv_groups_variants_and_reads_knowledge(db: Session, clock: FixedClock) -> None:
    shop = make_shop(db, clock.now())
    parsed = parse_products_csv((SAMPLES / "products.csv").read_bytes(), "products.csv", shop.id)
    report = do_import_products(db, shop.id, parsed, "products.csv", clock.now())
    assert report.created == 2
    boot = db.scalar(select(Product).where(Product.code == "BOOT-GTX"))
    assert boot is not None
    assert [v.size for v in boot.variants] == ["41", "42"]
    assert boot.title["es"] == "Bota de montaña impermeable"
    zh = next(k for k in boot.knowledge if k.lang == "zh-Hans")
    assert zh.selling_points == ["防水内膜", "耐磨大底"]
    assert zh.size_chart[1] == {"size": "42", "foot_length_cm": 26.0}
    es = next(k for k in boot.knowledge if k.lang == "es")
    assert "nobuk" in es.material


def test_products_json_validation_errors_name_the_product(db: Session, clock: FixedClock) -> None:
    payload = [{"code": "X1", "title": {"es": "Plantillas"}, "category": "insoles", "price": "-3", "currency": "EUR"}]
    with pytest.raises(ImportFailed) as caught:
        parse_products_json(json.dumps(payload).encode(), "p.json", 1)
    assert any(p.column == "products[0].price" for p in caught.value.problems)


def test_existing_product_codes_are_refused(db: Session, clock: FixedClock) -> None:
    shop = make_shop(db, clock.now())
    data = (SAMPLES / "products.csv").read_bytes()
    do_import_products(db, shop.id, parse_products_csv(data, "p.csv", shop.id), "p.csv", clock.now())
    with pytest.raises(ImportFailed, match="already exists"):
        do_import_products(db, shop.id, parse_products_csv(data, "p.csv", shop.id), "p.csv", clock.now())
