"""Product imports (CSV one row per variant, or JSON), knowledge files included. All or nothing.

CSV columns: code, category, price, currency, [status], title.<lang>…, sku, color, size,
variant_price, stock, and knowledge columns <field>.<lang> (material, function, care, cautions,
fit_notes, selling_points — items separated by " | " — and size_chart as a JSON array).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.catalog.models import Product
from kefu.catalog.schemas import KnowledgeIn, ProductCreate
from kefu.catalog.service import do_create_product
from kefu.imports.common import (
    ImportFailed,
    ImportProblem,
    ImportReport,
    ProgressCallback,
    decode_text,
    read_csv,
)

KNOWLEDGE_TEXT_FIELDS = ("material", "function", "care", "cautions", "fit_notes")
CSV_REQUIRED = ["code", "category", "price", "currency", "sku"]


def _problems_from(
    exc: ValidationError, filename: str, line: int | None, prefix: str
) -> list[ImportProblem]:
    return [
        ImportProblem(filename, line, prefix + ".".join(str(p) for p in err["loc"]), err["msg"])
        for err in exc.errors()[:10]
    ]


def parse_products_json(
    data: bytes, filename: str, shop_id: int
) -> list[tuple[int | None, ProductCreate]]:
    text = decode_text(data, filename)
    try:
        document: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            [ImportProblem(filename, exc.lineno, f"char {exc.colno}", f"invalid JSON: {exc.msg}")]
        ) from exc
    items = document.get("products") if isinstance(document, dict) else document
    if not isinstance(items, list):
        raise ImportFailed(
            [
                ImportProblem(
                    filename, None, None, 'expected a list of products or {"products": [...]}'
                )
            ]
        )
    problems: list[ImportProblem] = []
    out: list[tuple[int | None, ProductCreate]] = []
    for index, raw in enumerate(items):
        if not isinstance(raw, dict):
            problems.append(ImportProblem(filename, None, f"products[{index}]", "is not an object"))
            continue
        try:
            out.append((None, ProductCreate.model_validate({**raw, "shop_id": shop_id})))
        except ValidationError as exc:
            problems.extend(_problems_from(exc, filename, None, f"products[{index}]."))
    if problems:
        raise ImportFailed(problems)
    return out


def parse_products_csv(
    data: bytes, filename: str, shop_id: int
) -> list[tuple[int | None, ProductCreate]]:
    rows = read_csv(decode_text(data, filename), filename, CSV_REQUIRED)
    grouped: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for line, row in rows:
        grouped.setdefault(row["code"], []).append((line, row))
    problems: list[ImportProblem] = []
    out: list[tuple[int | None, ProductCreate]] = []
    for code, group in grouped.items():
        first_line, first = group[0]
        if not code:
            problems.append(ImportProblem(filename, first_line, "code", "is empty"))
            continue
        titles = {k.split(".", 1)[1]: v for k, v in first.items() if k.startswith("title.") and v}
        knowledge: dict[str, dict[str, Any]] = {}
        for key, value in first.items():
            field, _, lang = key.partition(".")
            if not lang or not value or field == "title":
                continue
            entry = knowledge.setdefault(lang, {})
            if field in KNOWLEDGE_TEXT_FIELDS:
                entry[field] = value
            elif field == "selling_points":
                entry[field] = [p.strip() for p in value.split("|") if p.strip()]
            elif field == "size_chart":
                try:
                    entry[field] = json.loads(value)
                except json.JSONDecodeError as exc:
                    problems.append(
                        ImportProblem(filename, first_line, key, f"not a JSON array: {exc.msg}")
                    )
        variants = [
            {
                "sku": row["sku"],
                "color": row.get("color") or None,
                "size": row.get("size") or None,
                "price": row.get("variant_price") or row["price"],
                "stock": row.get("stock") or "0",
            }
            for _, row in group
        ]
        raw = {
            "shop_id": shop_id,
            "code": code,
            "title": titles,
            "category": first["category"],
            "price": first["price"],
            "currency": first["currency"],
            "status": first.get("status") or "listed",
            "variants": variants,
            "knowledge": {lang: KnowledgeIn.model_validate(k) for lang, k in knowledge.items()}
            if not problems
            else {},
        }
        try:
            out.append((first_line, ProductCreate.model_validate(raw)))
        except ValidationError as exc:
            problems.extend(_problems_from(exc, filename, first_line, ""))
    if problems:
        raise ImportFailed(problems)
    return out


def do_import_products(
    db: Session,
    shop_id: int,
    products: list[tuple[int | None, ProductCreate]],
    filename: str,
    now: datetime,
    *,
    skip_existing: bool = False,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    codes = [p.code for _, p in products]
    existing = (
        set(
            db.scalars(
                select(Product.code).where(Product.shop_id == shop_id, Product.code.in_(codes))
            )
        )
        if codes
        else set()
    )
    if existing and not skip_existing:
        raise ImportFailed(
            [
                ImportProblem(
                    filename, line, "code", f"product {p.code} already exists in this shop"
                )
                for line, p in products
                if p.code in existing
            ]
        )
    created = 0
    for index, (_line, product) in enumerate(products, start=1):
        if product.code in existing:
            continue
        do_create_product(db, product, now)
        created += 1
        if progress:
            progress(index, len(products))
    return ImportReport(created=created, skipped=len(existing), kind="products")
