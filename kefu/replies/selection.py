"""Choosing replies for an intent: the templates that fit the buyer's language, profile and the
facts at hand, best first. Pure; the bot and the workbench picker both call it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from kefu.replies.library import Library, Template, default_library
from kefu.replies.rendering import Availability, available


@dataclass(frozen=True)
class Selection:
    """The offered templates, plus what is missing for the ones that could not be offered.

    ``lang_missing`` is true when the library has no wording in the buyer's language for this
    intent: the caller must hand off or write by hand, never answer in another language
    (the one allowed fallback is zh-Hant → zh-Hans, converted to Traditional on render).
    """

    intent: str
    lang: str
    served_lang: str | None
    offered: tuple[Template, ...]
    unavailable: tuple[Availability, ...] = ()
    lang_missing: bool = False

    def __iter__(self) -> Iterator[Template]:
        return iter(self.offered)

    def __len__(self) -> int:
        return len(self.offered)

    @property
    def asks(self) -> tuple[str, ...]:
        """Variables that, if known, would unlock more replies (what the bot should ask for)."""
        names = {name for a in self.unavailable for name in a.missing}
        return tuple(sorted(names))


def _pool(library: Library, intent: str, lang: str) -> tuple[list[Template], str | None]:
    matching = library.for_intent(intent)
    pool = [t for t in matching if t.lang == lang]
    if pool:
        return pool, lang
    if lang == "zh-Hant":
        fallback = [t for t in matching if t.lang == "zh-Hans"]
        if fallback:
            return fallback, "zh-Hans"
    return [], None


def candidates(
    intent: str,
    lang: str,
    variables: Mapping[str, Any],
    tone: str | None = None,
    limit: int = 3,
    *,
    library: Library | None = None,
) -> Selection:
    """The best-fitting templates for ``intent`` that can be rendered with ``variables``.

    Order: a clarifying question for a missing slot, the buyer's tone, then neutral wording, then other tones; a scenario whose primary
    intent this is before one that only also serves it; more specific (more facts used) first.
    """
    lib = library if library is not None else default_library()
    pool, served = _pool(lib, intent, lang)
    if not pool:
        return Selection(intent=intent, lang=lang, served_lang=None, offered=(), lang_missing=True)
    offered: list[tuple[tuple[int, int, int, int, int], Template]] = []
    blocked: list[Availability] = []
    for position, template in enumerate(pool):
        if template.tone is not None and tone is not None and template.tone != tone:
            continue
        if template.ask_for is not None and not _absent(variables.get(template.ask_for)):
            continue  # the question is already answered
        if any(variables.get(name) != value for name, value in template.when):
            if any(_absent(variables.get(name)) for name, _ in template.when):
                names = tuple(n for n, _ in template.when if _absent(variables.get(n)))
                blocked.append(Availability(template_id=template.id, missing=names))
            continue
        check = available(template, variables)
        if not check.ok:
            blocked.append(check)
            continue
        tone_rank = (
            0
            if (tone is not None and template.tone == tone)
            else (1 if template.tone is None else 2)
        )
        primary = 0 if template.intents and template.intents[0] == intent else 1
        specificity = -(len(template.required) + len(template.when))
        # A clarifying question is only offered while its slot is unknown; then it comes first
        # (the seeds: ask the destination before quoting a delivery time).
        asking = 0 if template.ask_for is not None else 1
        offered.append(((asking, tone_rank, primary, specificity, position), template))
    offered.sort(key=lambda pair: pair[0])
    return Selection(
        intent=intent,
        lang=lang,
        served_lang=served,
        offered=tuple(t for _, t in offered[: max(limit, 0)]),
        unavailable=tuple(blocked),
    )


def _absent(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
