"""Kefu: self-hosted customer service for online shops."""

from __future__ import annotations

__version__ = "0.1.0"
