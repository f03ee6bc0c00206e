"""Corpus roll-up: who is mentioned and quoted most, and how much sourcing is anonymous.

Works on report dicts (JSON Lines as written by ``summarize``), so it needs no spaCy and
tolerates reports from other newsparse versions: a field it does not find counts as absent.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import IO, Any

from pydantic import Field

from newsparse.errors import FormatError, InputError
from newsparse.models import FrozenModel


class EntityCount(FrozenModel):
    name: str
    label: str
    articles: int = Field(description="Articles that mention it.")
    mentions: int = Field(description="Mentions across all articles.")


class SpeakerCount(FrozenModel):
    name: str
    quotes: int
    articles: int


class Share(FrozenModel):
    count: int
    total: int
    share: float | None = Field(description="count / total, or null when total is 0.")


class CorpusSummary(FrozenModel):
    """What ``newsparse aggregate`` reports; ``--json`` prints exactly this."""

    articles: int = Field(description="Reports read.")
    failed: int = Field(description="Error records read (inputs that could not be analysed).")
    invalid_lines: int = Field(0, description="Lines that were not JSON objects.")
    words: int = 0
    quotes: int = 0
    claims: int = 0
    entities: list[EntityCount] = Field(default_factory=list)
    speakers: list[SpeakerCount] = Field(default_factory=list)
    unattributed_quotes: int = Field(0, description="Quotes with no speaker, or an unresolved one.")
    anonymous_quotes: Share
    sourcing: dict[str, int] = Field(
        default_factory=dict, description="Sums of every report's sourcing profile."
    )
    anonymous_sourcing: Share = Field(description="Anonymous claims among all sourced claims.")


def _share(count: int, total: int) -> Share:
    return Share(count=count, total=total, share=round(count / total, 4) if total else None)


class Aggregator:
    """Add reports one by one (streaming: memory grows with distinct names, not articles)."""

    def __init__(self) -> None:
        self.articles = self.failed = self.invalid = self.words = 0
        self.quotes = self.claims = self.anonymous = self.unattributed = 0
        self.mentions: Counter[tuple[str, str]] = Counter()
        self.entity_articles: Counter[tuple[str, str]] = Counter()
        self.speaker_quotes: Counter[str] = Counter()
        self.speaker_articles: Counter[str] = Counter()
        self.sourcing: Counter[str] = Counter()
        self.forms: dict[tuple[str, str], Counter[str]] = {}

    def _entity_key(self, name: str, label: str) -> tuple[str, str]:
        """Names of one referent across articles meet: 'U.S.', 'US', 'United States'."""
        from newsparse.extract.entities.names import normalize_key
        from newsparse.lexicon.entities import lexicon

        norm = normalize_key(name)
        key = (lexicon().aliases.get(norm, norm), label)
        self.forms.setdefault(key, Counter())[name] += 1
        return key

    def _display(self, key: tuple[str, str]) -> str:
        """The form most reports used (ties: the longest, then alphabetical)."""
        forms = self.forms[key]
        return min(forms, key=lambda f: (-forms[f], -len(f), f))

    def add(self, record: dict[str, Any]) -> None:
        """One JSON record: a report, or an error record (counted, not analysed)."""
        if "error" in record and "entities" not in record:
            self.failed += 1
            return
        self.articles += 1
        self.words += int((record.get("article") or {}).get("word_count") or 0)
        seen: set[tuple[str, str]] = set()
        for ent in record.get("entities") or []:
            key = self._entity_key(str(ent.get("name", "")), str(ent.get("label", "")))
            self.mentions[key] += int(ent.get("count") or 1)
            seen.add(key)
        self.entity_articles.update(seen)
        speakers: set[str] = set()
        for quote in record.get("quotes") or []:
            self.quotes += 1
            speaker = quote.get("speaker") or {}
            if speaker.get("anonymous"):
                self.anonymous += 1
                continue
            name = speaker.get("name")
            if not name:
                self.unattributed += 1
                continue
            self.speaker_quotes[name] += 1
            speakers.add(name)
        self.speaker_articles.update(speakers)
        self.claims += len(record.get("claims") or [])
        for key, value in (record.get("sourcing") or {}).items():
            if isinstance(value, int):
                self.sourcing[key] += value

    def result(self, *, top: int | None = None) -> CorpusSummary:
        """The roll-up; ``top`` keeps that many entities and speakers (all when None)."""
        entities = sorted(
            self.mentions,
            key=lambda k: (-self.entity_articles[k], -self.mentions[k], self._display(k), k),
        )[:top]
        speakers = sorted(self.speaker_quotes, key=lambda n: (-self.speaker_quotes[n], n))[:top]
        sourced = sum(v for k, v in self.sourcing.items() if k != "none")
        return CorpusSummary(
            articles=self.articles,
            failed=self.failed,
            invalid_lines=self.invalid,
            words=self.words,
            quotes=self.quotes,
            claims=self.claims,
            entities=[
                EntityCount(
                    name=self._display(key),
                    label=key[1],
                    articles=self.entity_articles[key],
                    mentions=self.mentions[key],
                )
                for key in entities
            ],
            speakers=[
                SpeakerCount(
                    name=n, quotes=self.speaker_quotes[n], articles=self.speaker_articles[n]
                )
                for n in speakers
            ],
            unattributed_quotes=self.unattributed,
            anonymous_quotes=_share(self.anonymous, self.quotes),
            sourcing=dict(sorted(self.sourcing.items())),
            anonymous_sourcing=_share(self.sourcing.get("anonymous", 0), sourced),
        )


def report_lines(names: Iterable[str], *, stdin: IO[str] | None = None) -> Iterator[str]:
    """The lines of JSON Lines files of reports, in order (``-`` is stdin, as on the command
    line); a file that cannot be read is an InputError naming it."""
    for name in names:
        if name == "-":
            yield from stdin or sys.stdin
            continue
        try:
            with open(name, encoding="utf-8") as fh:
                yield from fh
        except OSError as err:
            raise InputError(f"{name}: cannot read ({err.strerror or err})") from None


def read_records(lines: Iterable[str], *, name: str = "input") -> Iterator[dict[str, Any] | None]:
    """JSON objects from JSON Lines; ``None`` for a line that is not one (counted as invalid)."""
    for line in lines:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            yield None
            continue
        yield record if isinstance(record, dict) else None


def aggregate_lines(lines: Iterable[str], *, top: int | None = None) -> CorpusSummary:
    """Roll up JSON Lines of reports and error records."""
    agg = Aggregator()
    for record in read_records(lines):
        if record is None:
            agg.invalid += 1
        else:
            agg.add(record)
    if agg.articles == 0 and agg.failed == 0 and agg.invalid:
        raise FormatError("no JSON report records found (expected the output of summarize)")
    return agg.result(top=top)
