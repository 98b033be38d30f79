"""The dispute-avoidance report: which reasons bring buyers back, per product and per carrier,
over a period — so a shop fixes the size chart or changes the courier before disputes pile up.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kefu.aftersales.models import AfterSalesCase, CaseItem
from kefu.aftersales.reasons import reason_label
from kefu.api.scope import scoped
from kefu.auth.principal import Principal
from kefu.errors import ValidationFailed
from kefu.orders.models import Shipment

NO_CARRIER = "(not shipped)"


def _groups(
    counts: dict[str, Counter[str]], labels: dict[str, str], lang: str, top: int
) -> list[dict[str, Any]]:
    groups: list[dict[str, Any]] = []
    totals: dict[str, int] = {}
    for key, counter in counts.items():
        totals[key] = sum(counter.values())
        reasons = [
            {"reason_code": code, "label": reason_label(code, lang), "count": n}
            for code, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        ]
        groups.append(
            {
                "key": key,
                "label": labels.get(key, key),
                "total": totals[key],
                "reasons": reasons,
            }
        )
    groups.sort(key=lambda g: (-totals[g["key"]], str(g["label"])))
    return groups


def dispute_report(
    db: Session,
    principal: Principal,
    *,
    since: datetime,
    until: datetime,
    shop_id: int | None = None,
    lang: str = "zh-Hans",
    top: int = 5,
) -> dict[str, Any]:
    """Cases opened in [since, until): reason counts per product (a case counts once per product
    it concerns) and per carrier of the order's first parcel."""
    if until <= since:
        raise ValidationFailed("the period must end after it starts")
    columns: Any = select(AfterSalesCase.id, AfterSalesCase.order_id, AfterSalesCase.reason_code)
    cases = scoped(
        columns,
        AfterSalesCase.shop_id,
        principal,
        shop_id,
    ).where(AfterSalesCase.opened_at >= since, AfterSalesCase.opened_at < until)
    rows = db.execute(cases).all()
    case_ids = [r.id for r in rows]
    by_product: dict[str, Counter[str]] = defaultdict(Counter)
    product_labels: dict[str, str] = {}
    by_carrier: dict[str, Counter[str]] = defaultdict(Counter)
    if case_ids:
        reason_of = {r.id: r.reason_code for r in rows}
        items = db.execute(
            select(CaseItem.case_id, CaseItem.product_id, CaseItem.title, CaseItem.sku)
            .where(CaseItem.case_id.in_(case_ids))
            .order_by(CaseItem.id)
        ).all()
        seen: set[tuple[int, str]] = set()
        for item in items:
            key = (
                f"product:{item.product_id}" if item.product_id else f"sku:{item.sku or item.title}"
            )
            product_labels.setdefault(key, item.title)
            if (item.case_id, key) in seen:
                continue
            seen.add((item.case_id, key))
            by_product[key][reason_of[item.case_id]] += 1
        order_ids = sorted({r.order_id for r in rows})
        first = (
            select(Shipment.order_id, func.min(Shipment.id).label("first_id"))
            .where(Shipment.order_id.in_(order_ids))
            .group_by(Shipment.order_id)
            .subquery()
        )
        parcels = db.execute(
            select(Shipment.order_id, Shipment.carrier).join(first, Shipment.id == first.c.first_id)
        ).all()
        carriers: dict[int, str] = {row.order_id: row.carrier for row in parcels}
        for r in rows:
            by_carrier[carriers.get(r.order_id) or NO_CARRIER][r.reason_code] += 1
    return {
        "shop_id": shop_id,
        "since": since,
        "until": until,
        "total_cases": len(case_ids),
        "by_product": _groups(by_product, product_labels, lang, top),
        "by_carrier": _groups(by_carrier, {}, lang, top),
    }


def _cell(value: object) -> object:
    """Product titles and carrier names come from imports: a leading = + - @ would make a
    spreadsheet run them as a formula (CSV injection), so such text gets a leading quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def report_csv(report: dict[str, Any]) -> str:
    """One row per (dimension, group, reason); starts with a BOM so spreadsheet programs read the
    Chinese labels as UTF-8."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["dimension", "key", "label", "group_total", "reason_code", "reason", "count"])
    for dimension in ("by_product", "by_carrier"):
        for group in report[dimension]:
            for reason in group["reasons"]:
                row = [
                    dimension.removeprefix("by_"),
                    group["key"],
                    group["label"],
                    group["total"],
                    reason["reason_code"],
                    reason["label"],
                    reason["count"],
                ]
                writer.writerow([_cell(v) for v in row])
    return out.getvalue()
