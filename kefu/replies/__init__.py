"""Reply library (C3): ready replies per scenario and language, rendered safely with the
conversation's facts, chosen per intent and buyer profile, and editable per shop.

The pure core (``library``, ``rendering``, ``selection``, ``formatting``) has no database, clock
or network; ``service`` and ``router`` are the shop-editable shell around it.
"""

from __future__ import annotations

from kefu.replies.formatting import Money, TrackingEvent
from kefu.replies.library import Library, Template, default_library
from kefu.replies.rendering import (
    Availability,
    Rendered,
    TemplateSyntaxRefused,
    VariableMissing,
    available,
    compose,
    render,
    wrap,
)
from kefu.replies.selection import Selection, candidates

__all__ = [
    "Availability",
    "Library",
    "Money",
    "Rendered",
    "Selection",
    "Template",
    "TemplateSyntaxRefused",
    "TrackingEvent",
    "VariableMissing",
    "available",
    "candidates",
    "compose",
    "default_library",
    "render",
    "wrap",
]
