"""What the attribution core finds: typed records that quotes and claims are both built from."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsparse.models import Speaker


@dataclass(frozen=True)
class Attribution:
    """One stretch of attributed speech: a direct quote, a mixed quote or reported speech.

    ``pieces`` are end-exclusive character ranges of what was said (marks included for direct
    quotes); token ranges are Doc indexes, kept so claims can read the frame without finding
    it again. ``how`` says which frame found the cue ('after', 'before', 'according', 'dash',
    'leadin', 'embedded', 'previous', 'reported', or 'inherited' from the quote before).
    """

    kind: str
    pieces: tuple[tuple[int, int], ...]
    how: str | None = None
    cue: tuple[int, int] | None = None
    """Token range of the cue ('said', 'according to')."""
    cue_chars: tuple[int, int] | None = None
    lemma: str | None = None
    speaker: Speaker | None = None
    """The speaker as written and as resolved (one resolution, shared by quotes and claims)."""
    speaker_tokens: tuple[int, int] | None = None
    speaker_head: int | None = None
    venue: str | None = None
    paragraph: int = 0

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@dataclass(frozen=True)
class Attributions:
    """Everything the core found in one article."""

    records: list[Attribution] = field(default_factory=list)
    """Sorted by first piece; one record per quote in the report, in the same order."""
    quotations: list[tuple[int, int]] = field(default_factory=list)
    """Every paired quotation's inner range (marks excluded), sorted: the marks paired once,
    for any extractor that asks whether a word is quoted."""
