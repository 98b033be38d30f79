"""Durable jobs (C9): the database-backed queue, its worker and the in-process scheduler."""
