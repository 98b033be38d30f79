"""Rendering a reply: typed variables formatted for the buyer's language and zone, poured into
a template, then wrapped in the salutation and sign-off the buyer's culture expects.

Pure: no database, no clock. A template whose variables are not all known is never rendered
with blanks; ``available`` says what is missing so the bot can ask for it instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import lru_cache
from typing import Any

import opencc
from jinja2 import Template as JinjaTemplate
from jinja2 import TemplateError

from kefu.errors import ValidationFailed
from kefu.replies.catalog import CHOICES, VARIABLES, VarKind
from kefu.replies.formatting import (
    LANGS,
    Money,
    TrackingEvent,
    format_datetime,
    format_event,
    format_list,
    format_money,
    resolve_tz,
)
from kefu.replies.library import Template
from kefu.replies.syntax import TemplateSyntaxRefused, compiled

__all__ = [
    "Availability",
    "Rendered",
    "TemplateSyntaxRefused",
    "VariableMissing",
    "available",
    "compose",
    "render",
    "wrap",
]

MAX_VALUE_CHARS = 500


class VariableMissing(ValidationFailed):
    """A template was asked to render without all of its variables."""

    code = "reply_variable_missing"


@dataclass(frozen=True)
class Availability:
    template_id: str
    missing: tuple[str, ...] = ()
    invalid: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.missing and not self.invalid


@dataclass(frozen=True)
class Rendered:
    text: str
    template_id: str
    lang: str
    variables: tuple[str, ...]
    # Set when a zh-Hans template was converted for a zh-Hant buyer (no zh-Hant wording exists).
    converted_from: str | None = None


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean_text(value: str) -> str:
    """Make an outside string safe to show inside a reply.

    Values come from buyers and marketplaces (nicknames, product titles), so they may carry
    control or bidi characters, or template delimiters that would look like an unfilled
    placeholder. Rendering is single-pass, so delimiters cannot execute; we still break them up
    so a buyer never sees ``{{`` in a reply.
    """
    text = unicodedata.normalize("NFC", value)
    text = _CONTROL.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for mark, safe in (
        ("{{", "{ {"),
        ("}}", "} }"),
        ("{%", "{ %"),
        ("%}", "% }"),
        ("{#", "{ #"),
        ("#}", "# }"),
    ):
        while mark in text:
            text = text.replace(mark, safe)
    text = text.strip()
    if len(text) > MAX_VALUE_CHARS:
        text = text[: MAX_VALUE_CHARS - 1].rstrip() + "…"
    return text


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not clean_text(value)
    if isinstance(value, (list, tuple)):
        return not any(isinstance(v, str) and clean_text(v) for v in value)
    return False


def _valid(name: str, value: Any) -> bool:
    kind = VARIABLES[name]
    if kind is VarKind.TEXT:
        return isinstance(value, (str, int)) and not isinstance(value, bool)
    if kind is VarKind.MONEY:
        return isinstance(value, Money)
    if kind is VarKind.DATETIME:
        return isinstance(value, datetime) and value.utcoffset() is not None
    if kind is VarKind.LIST:
        return isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)
    if kind is VarKind.EVENT:
        return (
            isinstance(value, TrackingEvent)
            and isinstance(value.description, str)
            and bool(clean_text(value.description))
            and isinstance(value.at, datetime)
            and value.at.utcoffset() is not None
        )
    return isinstance(value, str) and value in CHOICES.get(name, ())


def available(template: Template, variables: Mapping[str, Any]) -> Availability:
    """Can ``template`` be offered with these variables? If not, which ones to ask for."""
    missing = tuple(sorted(n for n in template.required if _is_missing(variables.get(n))))
    invalid = tuple(
        sorted(n for n in template.required if n not in missing and not _valid(n, variables[n]))
    )
    return Availability(template_id=template.id, missing=missing, invalid=invalid)


def _format(name: str, value: Any, lang: str, tz: tzinfo) -> str:
    kind = VARIABLES[name]
    if kind is VarKind.MONEY:
        return format_money(value, lang)
    if kind is VarKind.DATETIME:
        return format_datetime(value, lang, tz)
    if kind is VarKind.LIST:
        return format_list([clean_text(v) for v in value], lang)
    if kind is VarKind.EVENT:
        event = TrackingEvent(
            description=clean_text(value.description),
            at=value.at,
            location=clean_text(value.location) if isinstance(value.location, str) else None,
        )
        return format_event(event, lang, tz)
    return clean_text(str(value))


@lru_cache(maxsize=1)
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


@lru_cache(maxsize=4096)
def _traditional_source(source: str) -> str:
    return str(_to_traditional().convert(source))


def _source_for(template: Template, lang: str) -> tuple[str, str | None]:
    if lang == template.lang:
        return template.text, None
    if template.lang == "zh-Hans" and lang == "zh-Hant":
        # Variable names are ASCII, so converting the source leaves `{{ name }}` intact.
        return _traditional_source(template.text), "zh-Hans"
    raise ValidationFailed(
        f"template {template.id} is written in {template.lang}, the buyer reads {lang}; "
        "a reply in another language is not offered",
        template_lang=template.lang,
        lang=lang,
    )


def render(
    template: Template,
    variables: Mapping[str, Any],
    lang: str,
    tz: str | tzinfo,
) -> Rendered:
    """Fill ``template`` for a buyer who reads ``lang`` and lives in ``tz``.

    Raises VariableMissing when a required variable is absent or blank, ValidationFailed when one
    has the wrong type, the language does not match, or the zone is unknown.
    """
    if lang not in LANGS:
        raise ValidationFailed(f"unsupported reply language {lang!r}", supported=list(LANGS))
    zone = resolve_tz(tz)
    source, converted_from = _source_for(template, lang)
    check = available(template, variables)
    if check.missing:
        raise VariableMissing(
            f"template {template.id} needs {', '.join(check.missing)}", missing=list(check.missing)
        )
    if check.invalid:
        raise ValidationFailed(
            f"template {template.id}: wrong type for {', '.join(check.invalid)}",
            invalid=list(check.invalid),
        )
    values = {name: _format(name, variables[name], lang, zone) for name in template.required}
    jinja = compiled(source)
    assert isinstance(jinja, JinjaTemplate)
    try:
        text = jinja.render(values)
    except TemplateError as exc:  # the syntax check makes this unreachable; keep it typed anyway
        raise TemplateSyntaxRefused(f"template {template.id} failed to render: {exc}") from exc
    return Rendered(
        text=text.strip(),
        template_id=template.id,
        lang=lang,
        variables=tuple(sorted(template.required)),
        converted_from=converted_from,
    )


# --- salutation and sign-off ---------------------------------------------------------------

# Chinese marketplace chat opens with 亲 and does not sign each message; Western buyers (and the
# AliExpress textbook's inquiry rules) expect a greeting, a direct answer and a signature.
_SIGN_BY_DEFAULT = {
    "zh-Hans": False,
    "zh-Hant": False,
    "en": True,
    "es": True,
    "pt": True,
    "ru": True,
}


def _salutation(lang: str, name: str) -> str:
    if lang == "zh-Hans":
        return "亲，"
    if lang == "zh-Hant":
        return "您好，"
    if lang == "en":
        return f"Hi {name}," if name else "Hello,"
    if lang == "es":
        return f"Hola, {name}:" if name else "Hola:"
    if lang == "pt":
        return f"Olá, {name}!" if name else "Olá!"
    return f"Здравствуйте, {name}!" if name else "Здравствуйте!"


def _sign_off(lang: str, agent: str, shop: str) -> str:
    if lang in ("zh-Hans", "zh-Hant"):
        parts = [p for p in (shop, f"客服 {agent}" if agent else "") if p]
        return "—— " + " · ".join(parts) if parts else ""
    closing = {
        "en": "Kind regards,",
        "es": "Un cordial saludo,",
        "pt": "Atenciosamente,",
        "ru": "С уважением,",
    }[lang]
    team = {
        "en": "Customer service",
        "es": "Atención al cliente",
        "pt": "Atendimento ao cliente",
        "ru": "Служба поддержки",
    }[lang]
    lines = [closing, *(p for p in (agent, shop) if p)]
    if len(lines) == 1:
        lines.append(team)
    return "\n".join(lines)


def wrap(
    text: str,
    lang: str,
    buyer_name: str | None = None,
    agent_name: str | None = None,
    shop_name: str | None = None,
    *,
    sign: bool | None = None,
) -> str:
    """Put the culture's salutation before ``text`` and its sign-off after it.

    ``sign`` defaults per language: Chinese chat is unsigned, Western messages are signed.
    """
    if lang not in LANGS:
        raise ValidationFailed(f"unsupported reply language {lang!r}", supported=list(LANGS))
    name = clean_text(buyer_name) if isinstance(buyer_name, str) else ""
    agent = clean_text(agent_name) if isinstance(agent_name, str) else ""
    shop = clean_text(shop_name) if isinstance(shop_name, str) else ""
    body = text.strip()
    do_sign = _SIGN_BY_DEFAULT[lang] if sign is None else sign
    if lang.startswith("zh"):
        out = f"{_salutation(lang, name)}{body}"
        tail = _sign_off(lang, agent, shop) if do_sign else ""
        return f"{out}\n{tail}" if tail else out
    out = f"{_salutation(lang, name)}\n\n{body}"
    return f"{out}\n\n{_sign_off(lang, agent, shop)}" if do_sign else out


def compose(
    template: Template,
    variables: Mapping[str, Any],
    lang: str,
    tz: str | tzinfo,
    *,
    sign: bool | None = None,
) -> Rendered:
    """Render and wrap in one step, taking names from the same variables."""
    rendered = render(template, variables, lang, tz)

    def text_of(key: str) -> str | None:
        value = variables.get(key)
        return value if isinstance(value, str) else None

    wrapped = wrap(
        rendered.text,
        lang,
        buyer_name=text_of("buyer_name"),
        agent_name=text_of("agent_name"),
        shop_name=text_of("shop_name"),
        sign=sign,
    )
    return Rendered(
        text=wrapped,
        template_id=rendered.template_id,
        lang=rendered.lang,
        variables=rendered.variables,
        converted_from=rendered.converted_from,
    )
