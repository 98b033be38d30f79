"""The shipped reply library: scenarios and per-language templates loaded from versioned YAML
in ``kefu/replies/data``, checked against a schema and the variable catalog on load.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kefu.errors import ValidationFailed
from kefu.replies.catalog import CHOICES, INTENTS, TONES, VARIABLES, VarKind
from kefu.replies.formatting import LANGS
from kefu.replies.syntax import template_variables

DATA_DIR = Path(__file__).parent / "data"
SCHEMA_VERSION = 1

ScenarioKind = Literal["reply", "followup", "clarify"]


@dataclass(frozen=True)
class Scenario:
    id: str
    intents: tuple[str, ...]
    kind: ScenarioKind = "reply"
    stage: str = "any"
    shortcut: str | None = None
    frequent: bool = False
    ask_for: str | None = None
    titles: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Template:
    """One ready reply in one language. ``required`` is read from the text itself."""

    id: str
    scenario: str
    intents: tuple[str, ...]
    lang: str
    variant: str
    text: str
    required: frozenset[str]
    tone: str | None = None
    shortcut: str | None = None
    kind: ScenarioKind = "reply"
    # Offered only when these variables hold these values (e.g. the rules engine's freight payer).
    when: tuple[tuple[str, str], ...] = ()
    # A clarifying question: offered only while this variable is still unknown.
    ask_for: str | None = None
    title: str | None = None
    group: str | None = None


# --- schema of the data files --------------------------------------------------------------


class _ScenarioIn(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    intents: list[str] = Field(default_factory=list)
    kind: ScenarioKind = "reply"
    stage: Literal["pre_sale", "in_sale", "after_sale", "any"] = "any"
    shortcut: str | None = Field(default=None, pattern=r"^/[a-z0-9_]{1,24}$")
    frequent: bool = False
    ask_for: str | None = None
    title: dict[str, str] = Field(default_factory=dict)

    @field_validator("intents")
    @classmethod
    def _known_intents(cls, value: list[str]) -> list[str]:
        unknown = [i for i in value if i not in INTENTS]
        if unknown:
            raise ValueError(f"unknown intents {unknown}")
        return value

    @field_validator("ask_for")
    @classmethod
    def _known_variable(cls, value: str | None) -> str | None:
        if value is not None and value not in VARIABLES:
            raise ValueError(f"ask_for names unknown variable {value!r}")
        return value


class _ScenarioFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1]
    version: str
    source: str
    scenarios: dict[str, _ScenarioIn]


class _TemplateIn(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    scenario: str
    variant: str = Field(pattern=r"^[a-z0-9_]{1,24}$")
    text: str = Field(min_length=2, max_length=2000)
    tone: str | None = None
    shortcut: str | None = Field(default=None, pattern=r"^/[a-z0-9_]{1,24}$")
    when: dict[str, str] = Field(default_factory=dict)

    @field_validator("tone")
    @classmethod
    def _known_tone(cls, value: str | None) -> str | None:
        if value is not None and value not in TONES:
            raise ValueError(f"unknown tone {value!r}; known: {', '.join(TONES)}")
        return value

    @field_validator("when")
    @classmethod
    def _known_choices(cls, value: dict[str, str]) -> dict[str, str]:
        for name, expected in value.items():
            if VARIABLES.get(name) is not VarKind.CHOICE or expected not in CHOICES[name]:
                raise ValueError(f"`when` on {name}={expected!r} is not a known choice")
        return value


class _TemplateFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1]
    version: str
    lang: str
    max_emoji: int = Field(ge=0, le=3)
    templates: list[_TemplateIn]

    @field_validator("lang")
    @classmethod
    def _known_lang(cls, value: str) -> str:
        if value not in LANGS:
            raise ValueError(f"unsupported language {value!r}")
        return value


# --- the library ---------------------------------------------------------------------------


def count_emoji(text: str) -> int:
    # Pictographs and dingbats; CJK punctuation such as "～" is not an emoji.
    return sum(1 for ch in text if 0x1F300 <= ord(ch) <= 0x1FAFF or 0x2600 <= ord(ch) <= 0x27BF)


@dataclass(frozen=True)
class Library:
    templates: tuple[Template, ...]
    scenarios: Mapping[str, Scenario] = field(default_factory=dict)
    version: str = "shop"
    max_emoji: Mapping[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        ids = [t.id for t in self.templates]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValidationFailed(f"duplicate template ids: {', '.join(duplicates)}")

    @cached_property
    def by_id(self) -> dict[str, Template]:
        return {t.id: t for t in self.templates}

    @cached_property
    def _by_intent(self) -> dict[str, tuple[Template, ...]]:
        index: dict[str, list[Template]] = {}
        for t in self.templates:
            for intent in t.intents:
                index.setdefault(intent, []).append(t)
        return {k: tuple(v) for k, v in index.items()}

    def get(self, template_id: str) -> Template:
        try:
            return self.by_id[template_id]
        except KeyError:
            from kefu.errors import NotFound

            raise NotFound(f"reply template {template_id!r} is not in the library") from None

    def for_intent(self, intent: str) -> tuple[Template, ...]:
        return self._by_intent.get(intent, ())

    def languages(self) -> frozenset[str]:
        return frozenset(t.lang for t in self.templates)

    def search(self, query: str, lang: str | None = None, limit: int = 20) -> list[Template]:
        """Find by ``/shortcut`` prefix or by keyword (substring, so Chinese needs no tokenizer)."""
        q = query.strip().casefold()
        pool = [t for t in self.templates if lang is None or t.lang == lang]
        if not q:
            return pool[:limit]
        if q.startswith("/"):
            hits = [t for t in pool if t.shortcut and t.shortcut.startswith(q)]
            hits.sort(key=lambda t: (t.shortcut != q, t.shortcut or "", t.variant))
            return hits[:limit]
        terms = q.split()

        def score(t: Template) -> int:
            hay_text = t.text.casefold()
            hay_meta = " ".join([t.scenario, *t.intents, (t.title or "").casefold()])
            total = 0
            for term in terms:
                if term in hay_meta:
                    total += 3
                elif term in hay_text:
                    total += 1
                else:
                    return 0
            return total

        scored = [(score(t), t) for t in pool]
        ranked = sorted((s for s in scored if s[0] > 0), key=lambda s: (-s[0], s[1].id))
        return [t for _, t in ranked[:limit]]


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ValidationFailed(f"{path.name} is not valid YAML: {exc}") from exc


def _errors(exc: ValidationError, where: str) -> ValidationFailed:
    lines = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:10]]
    return ValidationFailed(f"{where} does not match the schema: " + "; ".join(lines))


def build_template(
    *,
    scenario: Scenario,
    lang: str,
    variant: str,
    text: str,
    tone: str | None = None,
    shortcut: str | None = None,
    when: Mapping[str, str] | None = None,
    template_id: str | None = None,
    title: str | None = None,
    group: str | None = None,
    intents: Iterable[str] | None = None,
) -> Template:
    """Validate one template against the language list and the variable catalog."""
    if lang not in LANGS:
        raise ValidationFailed(f"unsupported language {lang!r}", supported=list(LANGS))
    required = template_variables(text)
    return Template(
        id=template_id or f"{scenario.id}.{variant}.{lang}",
        scenario=scenario.id,
        intents=tuple(intents) if intents is not None else scenario.intents,
        lang=lang,
        variant=variant,
        text=text.strip(),
        required=required,
        tone=tone,
        shortcut=shortcut or scenario.shortcut,
        kind=scenario.kind,
        when=tuple(sorted((when or {}).items())),
        ask_for=scenario.ask_for,
        title=title or scenario.titles.get(lang) or scenario.titles.get("en"),
        group=group,
    )


def load_scenarios(path: Path) -> tuple[str, dict[str, Scenario]]:
    try:
        parsed = _ScenarioFile.model_validate(_read_yaml(path))
    except ValidationError as exc:
        raise _errors(exc, path.name) from exc
    scenarios = {
        sid: Scenario(
            id=sid,
            intents=tuple(s.intents),
            kind=s.kind,
            stage=s.stage,
            shortcut=s.shortcut,
            frequent=s.frequent,
            ask_for=s.ask_for,
            titles=dict(s.title),
        )
        for sid, s in parsed.scenarios.items()
    }
    for s in scenarios.values():
        if s.kind == "clarify" and s.ask_for is None:
            raise ValidationFailed(f"clarifying scenario {s.id} must name the variable it asks for")
    return parsed.version, scenarios


def load_library(data_dir: Path = DATA_DIR) -> Library:
    version, scenarios = load_scenarios(data_dir / "scenarios.yaml")
    templates: list[Template] = []
    max_emoji: dict[str, int] = {}
    versions = [f"scenarios@{version}"]
    for path in sorted((data_dir / "templates").glob("*.yaml")):
        try:
            parsed = _TemplateFile.model_validate(_read_yaml(path))
        except ValidationError as exc:
            raise _errors(exc, path.name) from exc
        if path.stem != parsed.lang:
            raise ValidationFailed(
                f"{path.name} declares lang {parsed.lang}; name the file after it"
            )
        max_emoji[parsed.lang] = parsed.max_emoji
        versions.append(f"{parsed.lang}@{parsed.version}")
        for raw in parsed.templates:
            scenario = scenarios.get(raw.scenario)
            if scenario is None:
                raise ValidationFailed(f"{path.name}: unknown scenario {raw.scenario!r}")
            try:
                template = build_template(
                    scenario=scenario,
                    lang=parsed.lang,
                    variant=raw.variant,
                    text=raw.text,
                    tone=raw.tone,
                    shortcut=raw.shortcut,
                    when=raw.when,
                )
            except ValidationFailed as exc:
                raise ValidationFailed(
                    f"{path.name}: {raw.scenario}.{raw.variant}: {exc.message}"
                ) from exc
            if count_emoji(template.text) > parsed.max_emoji:
                raise ValidationFailed(
                    f"{path.name}: {template.id} uses more emoji than {parsed.max_emoji}"
                )
            templates.append(template)
    return Library(
        templates=tuple(templates),
        scenarios=scenarios,
        version=",".join(versions),
        max_emoji=max_emoji,
    )


@cache
def default_library() -> Library:
    """The library shipped with Kefu, loaded once per process."""
    return load_library(DATA_DIR)
