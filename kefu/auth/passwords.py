"""Password hashing with argon2id (argon2-cffi's defaults follow RFC 9106's recommendations).

The cost can be lowered with KEFU_ARGON2_MEMORY_KIB / KEFU_ARGON2_TIME_COST — the test suite
does, since it creates hundreds of agents; a stored hash carries its own parameters, so hashes
made at any cost keep verifying.
"""

from __future__ import annotations

import os
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    defaults = PasswordHasher()
    return PasswordHasher(
        memory_cost=int(os.environ.get("KEFU_ARGON2_MEMORY_KIB", defaults.memory_cost)),
        time_cost=int(os.environ.get("KEFU_ARGON2_TIME_COST", defaults.time_cost)),
    )


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    # A real hash to verify against when the user does not exist, so timing does not reveal it.
    return _hasher().hash("kefu-timing-equaliser")


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher().verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False
