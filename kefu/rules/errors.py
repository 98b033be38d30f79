"""Typed errors of the rules engine; the web layer maps their base classes to HTTP."""

from __future__ import annotations

from kefu.errors import NotFound, ValidationFailed


class RuleSetUnknown(NotFound):
    code = "rule_set_unknown"


class RuleUnknown(NotFound):
    code = "rule_unknown"


class RuleFileInvalid(ValidationFailed):
    """A packaged rule file broke its schema: a packaging bug, raised at import."""

    code = "rule_file_invalid"


class OverrideInvalid(ValidationFailed):
    code = "override_invalid"


class LawFloorViolation(OverrideInvalid):
    """A shop override that would leave the buyer worse off than the law allows (ENG-05)."""

    code = "law_floor_violation"


class NaiveDatetime(ValidationFailed):
    code = "naive_datetime"
