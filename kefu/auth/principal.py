"""Who is calling: the authenticated agent, their role and the shops they may see."""

from __future__ import annotations

from dataclasses import dataclass

from kefu.errors import NotFound, PermissionDenied

ROLE_RANK = {"agent": 1, "supervisor": 2, "admin": 3}


@dataclass(frozen=True)
class Principal:
    user_id: int
    name: str
    email: str
    role: str
    shop_ids: frozenset[int]
    ui_lang: str = "zh-Hans"
    via: str = "session"

    def check_shop(self, shop_id: int) -> None:
        """Another shop's data is reported as missing, not forbidden: its existence is not ours to reveal."""
        if shop_id not in self.shop_ids:
            raise NotFound(f"shop {shop_id} not found")

    def check_role(self, minimum: str) -> None:
        if ROLE_RANK[self.role] < ROLE_RANK[minimum]:
            raise PermissionDenied(f"this action needs the {minimum} role; you are {self.role}")

    def is_at_least(self, role: str) -> bool:
        return ROLE_RANK[self.role] >= ROLE_RANK[role]
