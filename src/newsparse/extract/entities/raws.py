"""A mention on its way to an Entity, and a group of mentions of one referent."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Raw:
    """One mention on its way to an Entity."""

    start_tok: int
    end_tok: int
    start: int
    end: int
    text: str
    label: str
    title: str | None = None
    roles: list[str] = field(default_factory=list)
    shouted: bool = False
    """An all-capitals PERSON ("PENCE:" in a transcript, or "SEQUENCE"): kept only when it
    joins a name also written normally."""
    title_only: bool = False
    """Title words alone ("President"; but "Singer" may be a surname): kept only when joined."""

    vote: float = 1.0
    """Weight of this mention's label in its group's vote: a piece cut out of a title or event
    ("Mars" from "Earth-Mars") was labelled as the whole, so it counts half."""
    metonym: bool = False
    """A capital standing for its country ("Beijing said"): never the group's display name."""
    weak: bool = False
    """No proper noun in it (boundaries.weak): kept only when joined."""

    @property
    def doubtful(self) -> bool:
        return self.shouted or self.title_only or self.weak


@dataclass
class Group:
    key: str
    raws: list[Raw]
    label: str = ""


def majority_label(raws: list[Raw]) -> str:
    """The label most of the mentions were tagged with, weighted by their votes (ties: the
    earliest mention's)."""
    counts: dict[str, float] = {}
    for r in raws:
        counts[r.label] = counts.get(r.label, 0.0) + r.vote
    top = max(counts.values())
    return next(r.label for r in raws if counts[r.label] == top)
