"""The reply template language: Jinja2 syntax cut down to ``{{ variable }}`` and nothing else.

Shops edit templates, so a template is untrusted input. Instead of relying on the sandbox alone
we accept only plain text and bare variable names (no attributes, calls, filters, statements);
anything else is refused when the template is saved or loaded. The sandboxed environment with
StrictUndefined stays as a second wall.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import StrictUndefined, TemplateSyntaxError, nodes
from jinja2.sandbox import SandboxedEnvironment

from kefu.errors import ValidationFailed
from kefu.replies.catalog import VARIABLES


class TemplateSyntaxRefused(ValidationFailed):
    """The template uses syntax outside ``{{ name }}`` or an unknown variable."""

    code = "template_syntax_refused"


_ENV = SandboxedEnvironment(
    undefined=StrictUndefined,
    autoescape=False,
    keep_trailing_newline=True,
    # No line statements or comments beyond the defaults; the AST check below refuses them anyway.
)


def _walk_output(node: nodes.Node, found: set[str]) -> None:
    if isinstance(node, nodes.TemplateData):
        # `{% raw %}` turns delimiters into plain text; a buyer must never see a placeholder.
        if any(mark in node.data for mark in ("{{", "}}", "{%", "%}", "{#", "#}")):
            raise TemplateSyntaxRefused("template delimiters may not appear as literal text")
        return
    if isinstance(node, nodes.Name) and node.ctx == "load":
        found.add(node.name)
        return
    raise TemplateSyntaxRefused(
        f"only {{{{ variable }}}} is allowed in a reply template, found {type(node).__name__}"
    )


@lru_cache(maxsize=4096)
def template_variables(source: str) -> frozenset[str]:
    """Validate ``source`` and return the variables it needs.

    Raises TemplateSyntaxRefused for anything beyond text and ``{{ name }}``, or for a name not in
    the variable catalog.
    """
    if not isinstance(source, str):
        raise TemplateSyntaxRefused("template text must be a string")
    try:
        tree = _ENV.parse(source)
    except TemplateSyntaxError as exc:
        raise TemplateSyntaxRefused(
            f"template does not parse: {exc.message}", line=exc.lineno
        ) from exc
    found: set[str] = set()
    for child in tree.body:
        if not isinstance(child, nodes.Output):
            raise TemplateSyntaxRefused(
                f"statements are not allowed in a reply template ({type(child).__name__})"
            )
        for part in child.nodes:
            _walk_output(part, found)
    unknown = sorted(found - VARIABLES.keys())
    if unknown:
        raise TemplateSyntaxRefused(
            f"unknown template variables: {', '.join(unknown)}", unknown=unknown
        )
    return frozenset(found)


@lru_cache(maxsize=4096)
def compiled(source: str) -> object:
    template_variables(source)
    return _ENV.from_string(source)
