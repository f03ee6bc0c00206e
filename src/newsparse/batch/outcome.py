"""One article's result as the batch layer passes it around: the record, or its JSON.

A long (chunked) article's report is too big to hold whole: it comes as a ``MergedReport``
(written an item at a time) and crosses processes and reaches the sinks as a ``Spool``, its
JSON in a temp file, so no process holds it as models or as one string (a 19 MB article's
report was 2.4 GB as models and JSON string, and the string once more on each side of a pipe).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic_core import PydanticSerializationError

from newsparse.models import Failure, Report, safe_data

if TYPE_CHECKING:
    from newsparse.chunked import MergedReport

SPOOL_PREFIX = "newsparse-report-"
READ_CHARS = 1 << 20
"""A spooled report is read back in pieces of this many characters."""


class Spool:
    """A record's JSON in a temp file, removed when the last object naming it goes.

    Pickling hands the file over: the copy (in the parent, once a worker sends it) owns the
    file, the original no longer does, so a worker never removes what it has sent.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._owner = True

    @classmethod
    def of(cls, pieces: Iterable[str]) -> Spool:
        """The pieces written to a new temp file (removed again if writing fails)."""
        fd, path = tempfile.mkstemp(prefix=SPOOL_PREFIX, suffix=".json")
        try:
            with open(fd, "w", encoding="utf-8", newline="") as fh:
                for piece in pieces:
                    fh.write(piece)
        except BaseException:
            os.unlink(path)
            raise
        return cls(path)

    def pieces(self) -> Iterator[str]:
        with open(self.path, encoding="utf-8", newline="") as fh:
            while piece := fh.read(READ_CHARS):
                yield piece

    def __getstate__(self) -> dict[str, Any]:
        self._owner = False
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.path = state["path"]
        self._owner = True

    def __del__(self) -> None:
        if getattr(self, "_owner", False):
            with contextlib.suppress(OSError):
                os.unlink(self.path)


@dataclass(frozen=True)
class Outcome:
    """One article's result: the record or its JSON, the other made on demand.

    Workers send back JSON strings (cheap to pickle, already what gets written); the in-process
    path keeps the objects. Either way ``json()`` and ``record()`` give the same thing, and
    ``pieces()`` the same JSON without making it one string. A long article's report is a
    ``MergedReport`` or a ``Spool`` (``large``): write it with ``pieces()``; ``record()`` and
    ``json()`` build it whole.
    """

    id: str
    path: str | None
    ok: bool
    words: int = 0
    _record: Report | Failure | None = field(default=None, repr=False)
    _json: str | None = field(default=None, repr=False)
    _merged: MergedReport | None = field(default=None, repr=False)
    _spool: Spool | None = field(default=None, repr=False)

    @property
    def large(self) -> bool:
        """A long article's report, to be written in pieces."""
        return self._merged is not None or self._spool is not None

    def record(self) -> Report | Failure:
        if self._record is not None:
            return self._record
        if self._merged is not None:
            return self._merged.report()
        cls = Report if self.ok else Failure
        return cls.model_validate_json(self.json())

    def json(self) -> str:
        if self._json is not None:
            return self._json
        if self.large:
            return "".join(self.pieces())
        assert self._record is not None
        try:
            return self._record.model_dump_json()
        except PydanticSerializationError:
            # a string that skipped validation (model_copy) holds a lone surrogate: escape it
            data = safe_data(self._record.model_dump(mode="json"))
            return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    def pieces(self) -> Iterator[str]:
        """The compact JSON (``json()``) in pieces, never joined."""
        if self._spool is not None:
            yield from self._spool.pieces()
        elif self._merged is not None:
            yield from self._merged.pieces()
        else:
            yield self.json()

    def pretty(self, *, indent: int = 2) -> Iterator[str]:
        """The pretty JSON (``model_dump_json(indent=)``) in pieces."""
        if self._merged is not None:
            yield from self._merged.pieces(indent=indent)
        else:
            yield self.record().model_dump_json(indent=indent)

    @classmethod
    def of(cls, record: Report | Failure, *, words: int = 0) -> Outcome:
        path = record.article.path if isinstance(record, Report) else record.path
        return cls(record.id, path, isinstance(record, Report), words, _record=record)

    @classmethod
    def of_merged(cls, merged: MergedReport, *, words: int = 0) -> Outcome:
        """A long article's report, merged but not built."""
        return cls(merged.id, merged.skeleton.article.path, True, words, _merged=merged)

    def packed(self) -> Outcome:
        """The same outcome carrying only JSON: what a worker returns to the parent."""
        return Outcome(self.id, self.path, self.ok, self.words, _json=self.json())

    def spooled(self) -> Outcome:
        """``packed()``, but a large report as a spool file (not one string in the worker, the
        pipe and the parent); the in-process objects are kept, for ``record()``."""
        if not self.large:
            return self.packed()
        if self._spool is not None:
            return self
        return Outcome(
            self.id,
            self.path,
            self.ok,
            self.words,
            _merged=self._merged,
            _spool=Spool.of(self.pieces()),
        )

    def sent(self) -> Outcome:
        """``spooled()`` without the in-process objects: what crosses to the parent."""
        out = self.spooled()
        return Outcome(out.id, out.path, out.ok, out.words, _json=out._json, _spool=out._spool)
