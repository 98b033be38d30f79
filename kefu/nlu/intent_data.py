"""Reading labelled JSON-lines files (`{"text", "intent"|"sentiment", "lang"?}`) strictly.

A file with one bad line is refused as a whole, with every bad line number listed: training on
silently skipped lines would give a shop a model that differs from what they think they gave.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from kefu.errors import ValidationFailed

_TAXONOMY_FILE = Path(__file__).with_name("intents.yaml")
_MAX_REPORTED = 20


class DataFormatError(ValidationFailed):
    """A training or evaluation file is not valid JSON lines of the expected shape."""

    code = "nlu_data_format"


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str
    lang: str | None = None


@lru_cache(maxsize=1)
def default_intents() -> tuple[str, ...]:
    """The default taxonomy's intent ids, from the versioned data file."""
    raw = yaml.safe_load(_TAXONOMY_FILE.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or raw.get("version") != 1:
        raise ValueError(f"{_TAXONOMY_FILE}: expected version 1")
    intents = raw.get("intents")
    if not isinstance(intents, list) or "other" not in intents or len(set(intents)) != len(intents):
        raise ValueError(f"{_TAXONOMY_FILE}: 'intents' must be a list of unique ids with 'other'")
    return tuple(str(i) for i in intents)


def read_examples(path: Path, *, task: str = "intent") -> list[Example]:
    """All examples of one file; raises DataFormatError naming each bad line."""
    if task not in ("intent", "sentiment"):
        raise DataFormatError(f"unknown task {task!r}: use 'intent' or 'sentiment'")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataFormatError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_no = raw[: exc.start].count(b"\n") + 1
        raise DataFormatError(
            f"{path}: not valid UTF-8 (line {line_no}, byte {exc.start}); save the file as UTF-8",
            line=line_no,
        ) from exc
    content = content.removeprefix("\ufeff")
    examples: list[Example] = []
    problems: list[str] = []
    for line_no, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        problem = _parse_line(line, task, examples)
        if problem:
            problems.append(f"line {line_no}: {problem}")
    if problems:
        shown = "; ".join(problems[:_MAX_REPORTED])
        more = (
            f" (and {len(problems) - _MAX_REPORTED} more)" if len(problems) > _MAX_REPORTED else ""
        )
        raise DataFormatError(
            f"{path}: {len(problems)} line(s) not in the expected format "
            f'{{"text": ..., "{task}": ...}}: {shown}{more}',
            lines=[p.split(":")[0] for p in problems],
        )
    if not examples:
        raise DataFormatError(f"{path}: no examples found")
    return examples


def _parse_line(line: str, task: str, out: list[Example]) -> str | None:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"not JSON ({exc.msg})"
    if not isinstance(obj, dict):
        return "not a JSON object"
    text, label, lang = obj.get("text"), obj.get(task), obj.get("lang")
    if not isinstance(text, str) or not text.strip():
        return "'text' missing or empty"
    if not isinstance(label, str) or not label.strip():
        return f"'{task}' missing or not a string"
    if lang is not None and not isinstance(lang, str):
        return "'lang' must be a string"
    out.append(Example(text=text, label=label.strip(), lang=lang))
    return None


def read_many(paths: Sequence[Path], *, task: str = "intent") -> list[Example]:
    examples: list[Example] = []
    for path in paths:
        examples.extend(read_examples(path, task=task))
    return examples


def data_hash(examples: Iterable[Example]) -> str:
    """A stable fingerprint of the training data (order-sensitive, like training itself)."""
    digest = hashlib.sha256()
    for ex in examples:
        digest.update(f"{ex.text}\t{ex.label}\t{ex.lang or ''}\n".encode())
    return digest.hexdigest()
