"""The metadata a loader step collects, and where each field came from, before the Article."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class Meta:
    """Mutable scratch record; the first step to find a field wins (``set`` never overwrites)."""

    headline: str | None = None
    source: str | None = None
    published: datetime | date | None = None
    authors: list[str] = field(default_factory=list)
    dateline: str | None = None
    original_source: str | None = None
    credits: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    url: str | None = None
    language: str | None = None
    found: dict[str, str] = field(default_factory=dict)

    def set(self, name: str, value: object, where: str) -> bool:
        """Fill ``name`` if it is still empty; record ``where`` it was found."""
        if value in (None, "", []) or getattr(self, name) not in (None, "", []):
            return False
        setattr(self, name, value)
        self.found[name] = where
        return True
