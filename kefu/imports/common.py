"""What every importer shares: how bytes become text, and how a problem names its place.

An import is all or nothing per file: parsers collect every problem with file, line and column,
and nothing is written unless the list is empty.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from kefu.errors import ValidationFailed

MAX_IMPORT_BYTES = 50_000_000
ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportProblem:
    file: str
    line: int | None
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.reason}"


class ImportFailed(ValidationFailed):
    def __init__(self, problems: list[ImportProblem]) -> None:
        shown = "; ".join(str(p) for p in problems[:10])
        more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        super().__init__(
            f"nothing was imported: {len(problems)} problem(s): {shown}{more}",
            problems=[p.__dict__ for p in problems],
        )
        self.problems = problems


@dataclass(frozen=True)
class ImportReport:
    created: int
    skipped: int
    kind: str


def decode_text(data: bytes, filename: str) -> str:
    """UTF-8 (with or without BOM) first, then GB18030, which Chinese Excel exports use."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFailed(
            [ImportProblem(filename, None, None, f"file is over {MAX_IMPORT_BYTES} bytes")]
        )
    if b"\x00" in data[:4096]:
        raise ImportFailed(
            [ImportProblem(filename, None, None, "this is a binary file, not CSV or JSON text")]
        )
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFailed(
        [
            ImportProblem(
                filename,
                None,
                None,
                "the file is neither UTF-8 nor GB18030 text; re-export it as UTF-8",
            )
        ]
    )


def read_csv(text: str, filename: str, required: list[str]) -> list[tuple[int, dict[str, str]]]:
    """Rows as (line number, {header: stripped value}); refuses files missing required headers."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFailed([ImportProblem(filename, 1, None, "the file is empty")]) from None
    except csv.Error as exc:
        raise ImportFailed([ImportProblem(filename, 1, None, f"unreadable CSV: {exc}")]) from exc
    header = [h.strip().lstrip("\ufeff") for h in header]
    missing = [name for name in required if name not in header]
    if missing:
        raise ImportFailed(
            [ImportProblem(filename, 1, name, "required column is missing") for name in missing]
        )
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise ImportFailed(
                    [
                        ImportProblem(
                            filename, line, None, f"expected {len(header)} cells, found {len(row)}"
                        )
                    ]
                )
            # Excel prefixes long numbers with a tab or '=' to keep them from turning into 1.2E+18.
            rows.append(
                (
                    line,
                    {
                        h: c.strip().lstrip("\t").removeprefix("=").strip('"')
                        for h, c in zip(header, row, strict=True)
                    },
                )
            )
    except csv.Error as exc:
        raise ImportFailed(
            [ImportProblem(filename, reader.line_num, None, f"unreadable CSV: {exc}")]
        ) from exc
    return rows


class RowReader:
    """Reads typed cells of one row, collecting problems instead of stopping at the first."""

    def __init__(
        self, filename: str, line: int, row: dict[str, str], problems: list[ImportProblem]
    ) -> None:
        self.filename, self.line, self.row, self.problems = filename, line, row, problems

    def problem(self, column: str | None, reason: str) -> None:
        self.problems.append(ImportProblem(self.filename, self.line, column, reason))

    def text(self, column: str, required: bool = True) -> str:
        value = self.row.get(column, "").strip()
        if required and not value:
            self.problem(column, "is empty")
        return value

    def money(self, column: str, required: bool = True) -> Decimal | None:
        raw = (
            self.text(column, required).replace("￥", "").replace("¥", "").replace(",", "").strip()
        )
        if not raw:
            return None
        try:
            value = Decimal(raw).quantize(Decimal("0.01"))
        except InvalidOperation:
            self.problem(column, f"{raw!r} is not an amount")
            return None
        if value < 0:
            self.problem(column, f"{raw!r} is negative")
            return None
        return value

    def integer(self, column: str, required: bool = True) -> int | None:
        raw = self.text(column, required)
        if not raw:
            return None
        try:
            return int(raw)
        except ValueError:
            self.problem(column, f"{raw!r} is not a whole number")
            return None

    def local_time(self, column: str, zone: ZoneInfo, required: bool = False) -> datetime | None:
        raw = self.text(column, required)
        if not raw or raw in ("null", "-"):
            return None
        for pattern in (
            "%Y-%m-%d %H:%M:%S",
            "%Y/%m/%d %H:%M:%S",
            "%Y-%m-%d %H:%M",
            "%Y/%m/%d %H:%M",
        ):
            try:
                # The export's times are the shop's local time; the zone is attached right here.
                return datetime.strptime(raw, pattern).replace(tzinfo=zone)
            except ValueError:
                continue
        self.problem(column, f"{raw!r} is not a date and time like 2026-05-01 15:20:00")
        return None
