"""Settings read from the environment (KEFU_*), with defaults that run on a laptop.

The secret key is generated once and kept in the data directory so sessions and buyer
tokens survive a restart without the operator having to invent one.
"""

from __future__ import annotations

import os
import secrets
from functools import lru_cache
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    return Path(user_data_dir("kefu", appauthor=False))


def default_cache_dir() -> Path:
    return Path(user_cache_dir("kefu", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KEFU_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    # What can be rebuilt from shipped files alone (the default NLU models): shared by every data
    # directory on the machine, so a fresh shop or a test server does not train them again.
    cache_dir: Path = Field(default_factory=default_cache_dir)
    database_url: str = ""
    redis_url: str | None = None
    secret_key: str = ""
    # Largest request body accepted anywhere (bytes); uploads have their own, smaller caps.
    max_body_bytes: int = 2_000_000
    max_image_bytes: int = 5_000_000
    login_attempts_per_minute: int = 10
    # Seconds without a reply before the inbox marks a conversation as waiting too long.
    reply_wait_warn_seconds: int = 180
    scheduler_enabled: bool = True

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{self.data_dir / 'kefu.db'}"

    def resolved_secret_key(self) -> str:
        if self.secret_key:
            return self.secret_key
        self.data_dir.mkdir(parents=True, exist_ok=True)
        key_file = self.data_dir / "secret.key"
        if key_file.exists():
            return key_file.read_text().strip()
        key = secrets.token_urlsafe(48)
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(key)
        return key


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
