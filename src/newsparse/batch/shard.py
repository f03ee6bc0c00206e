"""``--shard K/N``: this run's share of the inputs, so N independent runs cover each once.

An article belongs to shard ``blake2b(key) mod N + 1``, where the key is the name of its
output file (lower-cased, as ``--output-dir`` compares names): the input's path relative to
its argument, plus the record id for a file of records. The key depends on nothing but the
article's own input, so every run agrees on it whatever else it reads (no coordination, no
shared state), and articles whose names collide land in one shard, where the output folder
tells them apart exactly as an unsharded run does.

Files of records (JSON, JSON Lines, stdin) are split record by record after reading; any
other input is one article, decided from its path before it is read, so a shard never loads
another shard's pages.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from newsparse.batch.inputs import STDIN, Input
from newsparse.batch.outdir import raw_stem, safe_name
from newsparse.errors import UsageError
from newsparse.models import Article, Failure

RECORD_SUFFIXES = (".json", ".jsonl", ".ndjson")
"""File names that may hold several articles: split by record, never taken whole."""
RECORD_FORMATS = ("json", "jsonl")
_SPEC = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")


@dataclass(frozen=True)
class Shard:
    """Shard ``index`` (1-based) of ``count``."""

    index: int
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        """``"K/N"`` with 1 <= K <= N; anything else is a one-line ``UsageError``."""
        match = _SPEC.fullmatch(text)
        if match is None:
            raise UsageError(f"--shard {text!r}: expected K/N, e.g. 1/3 (shard K of N)")
        index, count = int(match.group(1)), int(match.group(2))
        if count < 1 or not 1 <= index <= count:
            raise UsageError(f"--shard {text}: K must be between 1 and N")
        return cls(index, count)

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    @property
    def tag(self) -> str:
        """``1-of-3``: in the names of the files a sharded run writes about itself."""
        return f"{self.index}-of-{self.count}"

    def owns(self, key: str) -> bool:
        return shard_of(key, self.count) == self.index

    def reads(self, source: Input, *, input_format: str | None = None) -> bool:
        """Whether this run reads ``source`` at all: files of records always (their records
        are split by ``takes``), any other input only when it is this shard's."""
        return holds_records(source, input_format) or self.owns(input_key(source))

    def takes(self, source: Input, item: Article | Failure, *, input_format: str | None) -> bool:
        """Whether an article (or error record) read from ``source`` is this shard's."""
        if not holds_records(source, input_format):
            return True  # whole inputs were chosen by ``reads``
        return self.owns(article_key(source, item.id))


def shard_of(key: str, count: int) -> int:
    """The shard (1..count) of ``key``: a hash that is the same on every machine and run
    (never Python's salted ``hash``)."""
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count + 1


def holds_records(source: Input, input_format: str | None) -> bool:
    """Whether an input may hold several articles, judged from its name and ``--input-format``
    only (the same answer in every run, before anything is read)."""
    if input_format is not None:
        return input_format in RECORD_FORMATS
    return source.path == STDIN or Path(source.path).suffix.lower() in RECORD_SUFFIXES


def input_key(source: Input) -> str:
    """The key of a one-article input: its output name (from its path relative to its
    argument; a URL's from the URL)."""
    return _key(raw_stem(source.rel, None))


def article_key(source: Input, rid: str) -> str:
    """The key of a record: the output name of that record of that file."""
    return _key(raw_stem(source.rel, rid))


def _key(raw: str) -> str:
    return safe_name(raw).lower()
