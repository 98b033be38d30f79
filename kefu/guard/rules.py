"""Loading and validating the guard's rule lists (versioned YAML data files in `data/`).

Each file declares a schema id and a version; a malformed file fails loudly at load with the file
and the field named, never silently at match time. Shops extend the lists with `ShopGuardConfig`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kefu.errors import ValidationFailed
from kefu.guard.types import ALL_CATEGORIES

TERMS_SCHEMA = "kefu.guard.terms/1"
CATEGORIES_SCHEMA = "kefu.guard.categories/1"
PLATFORMS_SCHEMA = "kefu.guard.platforms/1"
LINKS_SCHEMA = "kefu.guard.links/1"
FILES_SCHEMA = "kefu.guard.files/1"

Script = Literal["cjk", "latin", "cyrillic"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {value!r}: {exc}") from exc
    return value


class Localized(_Strict):
    zh_hans: str = Field(alias="zh-Hans", min_length=1)
    en: str = Field(min_length=1)

    def pick(self, agent_lang: str) -> str:
        return self.zh_hans if agent_lang.startswith("zh") else self.en


class CategorySpec(_Strict):
    severity: Literal["block", "warn"]
    direction: Literal["out", "in", "file"]
    reason: Localized
    # Default compliant rewrite of a span, per message language (absent: the agent must rephrase).
    suggestion: dict[str, str] = Field(default_factory=dict)


class CategoriesFile(_Strict):
    schema_id: Literal["kefu.guard.categories/1"] = Field(alias="schema")
    version: str
    categories: dict[str, CategorySpec]

    @field_validator("categories")
    @classmethod
    def _known(cls, v: dict[str, CategorySpec]) -> dict[str, CategorySpec]:
        unknown = set(v) - set(ALL_CATEGORIES)
        missing = set(ALL_CATEGORIES) - set(v)
        if unknown or missing:
            raise ValueError(f"categories unknown={sorted(unknown)} missing={sorted(missing)}")
        return v


class TermRule(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_.-]+$")
    category: str
    severity: Literal["block", "warn"] | None = None
    terms: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    suggestion: str | None = None
    replace: dict[str, str] = Field(default_factory=dict)
    # Also run on incoming messages, reported under this category (e.g. off_platform -> move_chat).
    incoming: str | None = None
    # Match on the homoglyph skeleton instead of the folded text (handles such as "wеchat").
    skeleton: bool = False

    @field_validator("category", "incoming")
    @classmethod
    def _category(cls, v: str | None) -> str | None:
        if v is not None and v not in ALL_CATEGORIES:
            raise ValueError(f"unknown category {v!r}")
        return v

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return [_check_regex(p) for p in v]


class TermsFile(_Strict):
    schema_id: Literal["kefu.guard.terms/1"] = Field(alias="schema")
    version: str
    language: str
    script: Script
    source: str
    rules: list[TermRule]
    allow: list[str] = Field(default_factory=list)
    allow_patterns: list[str] = Field(default_factory=list)

    @field_validator("rules")
    @classmethod
    def _unique_ids(cls, v: list[TermRule]) -> list[TermRule]:
        ids = [r.id for r in v]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ValueError(f"duplicate rule ids {sorted(dupes)}")
        for r in v:
            if not r.terms and not r.patterns:
                raise ValueError(f"rule {r.id} has neither terms nor patterns")
        return v

    @field_validator("allow_patterns")
    @classmethod
    def _allow_patterns(cls, v: list[str]) -> list[str]:
        return [_check_regex(p) for p in v]


class PlatformSpec(_Strict):
    names: list[str]
    official_domains: list[str]
    forbid: list[str] = Field(default_factory=list)  # marketplace ids that must not be named
    allow: list[str] = Field(default_factory=list)  # phrases that name a forbidden one harmlessly
    off_platform: Literal["block", "warn", "off"] = "block"


class PlatformsFile(_Strict):
    schema_id: Literal["kefu.guard.platforms/1"] = Field(alias="schema")
    version: str
    source: str
    marketplaces: dict[str, list[str]]
    platforms: dict[str, PlatformSpec]

    @field_validator("platforms")
    @classmethod
    def _forbid_known(cls, v: dict[str, PlatformSpec]) -> dict[str, PlatformSpec]:
        return v


class LinksFile(_Strict):
    schema_id: Literal["kefu.guard.links/1"] = Field(alias="schema")
    version: str
    source: str
    brands: dict[str, list[str]]  # brand token -> its official registrable domains
    safe_domains: list[str]  # carriers, payment and tracking sites a buyer may paste
    shorteners: list[str]
    dangerous_extensions: list[str]
    lure_patterns: list[str]
    contact_cues: list[str]  # words that make a number a contact ("call me", "加我")
    reference_cues: list[str]  # words that make a number an order or tracking number
    id_cues: list[str]
    address_patterns: list[str]

    @field_validator(
        "lure_patterns", "contact_cues", "reference_cues", "id_cues", "address_patterns"
    )
    @classmethod
    def _regexes(cls, v: list[str]) -> list[str]:
        return [_check_regex(p) for p in v]


class FilesFile(_Strict):
    schema_id: Literal["kefu.guard.files/1"] = Field(alias="schema")
    version: str
    source: str
    executable_extensions: list[str]
    script_extensions: list[str]
    macro_extensions: list[str]
    archive_extensions: list[str]
    # extension -> list of accepted magic prefixes (hex); "text" means any valid UTF-8 text.
    magic: dict[str, list[str]]
    script_markers: list[str]


def _load_yaml(name: str) -> Any:
    path = resources.files("kefu.guard").joinpath("data", name)
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValidationFailed(f"guard data file {name} cannot be read: {exc}", file=name) from exc


def _validated(model: type[BaseModel], name: str, raw: Any | None = None) -> Any:
    data = _load_yaml(name) if raw is None else raw
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(f"guard data file {name} is invalid: {exc}", file=name) from exc


TERM_FILES: tuple[str, ...] = ("terms.zh.yaml", "terms.en.yaml", "terms.es.yaml",
                               "terms.pt.yaml", "terms.ru.yaml")  # fmt: skip


@dataclass(frozen=True)
class RuleData:
    """All rule lists, validated, exactly as shipped (before any shop extension)."""

    categories: CategoriesFile
    terms: tuple[TermsFile, ...]
    platforms: PlatformsFile
    links: LinksFile
    files: FilesFile

    @property
    def version(self) -> str:
        parts = [self.categories.version, self.platforms.version, self.links.version]
        parts += [t.version for t in self.terms]
        return max(parts)


@lru_cache(maxsize=1)
def load_rule_data() -> RuleData:
    return RuleData(
        categories=_validated(CategoriesFile, "categories.yaml"),
        terms=tuple(_validated(TermsFile, name) for name in TERM_FILES),
        platforms=_validated(PlatformsFile, "platforms.yaml"),
        links=_validated(LinksFile, "links.yaml"),
        files=_validated(FilesFile, "files.yaml"),
    )


def validate_terms_document(raw: Any, name: str = "<shop>") -> TermsFile:
    """Validate a terms document given as data (used for shop-supplied lists)."""
    result: TermsFile = _validated(TermsFile, name, raw)
    return result


@dataclass(frozen=True)
class ShopGuardConfig:
    """What a shop adds to the shipped lists.

    `extra_terms` maps a category to more forbidden phrases; `allow` lists phrases that are fine
    for this shop (a registered trademark containing 最, a documented award); `promises` are the
    shop's configured promises ("假一赔四", "free return shipping") that are therefore not beyond
    policy; `seller_pays_returns` says the shop pays no-reason return shipping itself.
    """

    extra_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    allow: tuple[str, ...] = ()
    promises: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    seller_pays_returns: bool = False

    def __post_init__(self) -> None:
        for category in self.extra_terms:
            if category not in ALL_CATEGORIES:
                raise ValidationFailed(f"unknown guard category {category!r}", category=category)


def fold_term(term: str) -> str:
    return unicodedata.normalize("NFKC", term).casefold()


def trie_regex(words: Iterable[str]) -> str:
    """A compact regex that matches any of `words`, preferring the longest (greedy trie)."""
    trie: dict[str, Any] = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            if len(branches) == 1 and len(body) > 1 and not body.startswith("(?:"):
                body = "(?:" + body + ")"
            return body + "?"
        return body

    return build(trie)


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with, or None when that set is unbounded.

    Used as a cheap gate: a rule whose first characters are absent from a message cannot match
    it, so its regex is not run (this is what keeps a check well under a millisecond).
    """
    from re import _constants as c  # type: ignore[attr-defined]  # stdlib regex internals
    from re import _parser  # type: ignore[attr-defined]

    def seq(items: Any) -> tuple[set[str] | None, bool]:
        out: set[str] = set()
        for op, av in items:
            chars, nullable = item(op, av)
            if chars is None:
                return None, False
            out |= chars
            if not nullable:
                return out, False
        return out, True

    def item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
        if op is c.LITERAL:
            return {chr(av)}, False
        if op is c.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop is c.LITERAL:
                    chars.add(chr(iav))
                elif iop is c.RANGE and iav[1] - iav[0] <= 512:
                    chars |= {chr(x) for x in range(iav[0], iav[1] + 1)}
                else:
                    return None, False
            return chars, False
        if op is c.SUBPATTERN:
            return seq(av[3])
        if op is c.ATOMIC_GROUP:
            return seq(av)
        if op is c.BRANCH:
            union: set[str] = set()
            any_nullable = False
            for branch in av[1]:
                chars_b, nullable_b = seq(branch)
                if chars_b is None:
                    return None, False
                union |= chars_b
                any_nullable = any_nullable or nullable_b
            return union, any_nullable
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            chars_r, nullable_r = seq(av[2])
            return chars_r, nullable_r or av[0] == 0
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return set(), True
        return None, False

    try:
        chars, nullable = seq(_parser.parse(pattern))
    except re.error:
        return None
    if chars is None or nullable:
        return None
    return frozenset(chars)


def first_bigrams(pattern: str, limit: int = 4000) -> frozenset[str] | None:
    """The two-character openings a match of `pattern` can have (a shorter string when the whole
    match may be shorter), or None when the set is unbounded or too large to be a useful gate."""
    from re import _constants as c  # type: ignore[attr-defined]  # stdlib regex internals
    from re import _parser  # type: ignore[attr-defined]

    k = 2

    class _Unbounded(Exception):
        pass

    def extend(prefixes: set[str], options: set[str]) -> set[str]:
        out = set()
        for p in prefixes:
            if len(p) >= k:
                out.add(p)
                continue
            for o in options:
                out.add((p + o)[:k])
        if len(out) > limit:
            raise _Unbounded
        return out

    def seq(items: Any) -> set[str]:
        prefixes = {""}
        for op, av in items:
            if all(len(p) >= k for p in prefixes):
                break
            prefixes = extend(prefixes, item(op, av))
        return prefixes

    def item(op: Any, av: Any) -> set[str]:
        if op is c.LITERAL:
            return {chr(av)}
        if op is c.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop is c.LITERAL:
                    chars.add(chr(iav))
                elif iop is c.RANGE and iav[1] - iav[0] <= 512:
                    chars |= {chr(x) for x in range(iav[0], iav[1] + 1)}
                else:
                    raise _Unbounded
            return chars
        if op is c.SUBPATTERN:
            return seq(av[3])
        if op is c.ATOMIC_GROUP:
            return seq(av)
        if op is c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                union |= seq(branch)
            return union
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            body = seq(av[2])
            twice = body | extend(body, body) if av[1] != 1 else body
            return twice | ({""} if av[0] == 0 else set())
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return {""}
        raise _Unbounded

    try:
        prefixes = seq(_parser.parse(pattern))
    except (_Unbounded, re.error, RecursionError):
        return None
    if "" in prefixes or len(prefixes) > limit:
        return None
    return frozenset(prefixes)
