"""A long article analysed chunk by chunk, so its memory is one chunk's, whatever its length.

An article longer than ``nlp.CHUNK_CHARS`` is parsed one paragraph-aligned chunk at a time;
each chunk's Doc goes through the extractors and is released before the next is parsed (a
5 MB article as one Doc held ~1 GB of token structs and views, and spaCy's batch of its
chunks several GB more). The chunks' results are moved to article offsets (exact: the chunks
concatenate back to the text) and merged: entities of the same name and label are one entity
(a lone surname joins the one person it ends), ids are renumbered by salience and every
reference follows; the summary is the lead's (the first chunk's). Moved quotes, claims and
summary sentences wait as zlib blocks of compact JSON (a 20 MB article's 144,000 claims are
17 MB so, 1.5 GB as dicts) and the result is a ``MergedReport``: its JSON is written an item
at a time (``streamed``), each item a model only while it is written, so the report is never
whole as models nor as one string unless a caller asks for the ``Report``.

What a chunk cannot see: a quotation or a pronoun whose other end is in the next chunk. Chunks
end at a line break where there is one, where that is rare.
"""

from __future__ import annotations

import json
import re
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import TYPE_CHECKING, Any, cast

from pydantic import BaseModel

from newsparse.models import (
    Article,
    Claim,
    Mention,
    Quote,
    Report,
    SourcingProfile,
    SummarySentence,
    Voice,
)
from newsparse.nlp import CHUNK_CHARS
from newsparse.streamed import json_pieces
from newsparse.version import __version__

if TYPE_CHECKING:
    from spacy.language import Language

_OFFSET = re.compile(r"\boffset (\d+)")
"""Warnings name a character offset this way; a chunk's are moved to the article's."""
_SHIFTED = ("start", "end", "first_mention")
_MENTION_FIELDS = tuple(Mention.model_fields)
_MENTION_ORDER = (_MENTION_FIELDS.index("start"), _MENTION_FIELDS.index("end"))


def is_long(text: str) -> bool:
    """An article analysed in chunks (one Doc otherwise)."""
    return len(text) > CHUNK_CHARS


def report_in_chunks(
    article: Article, *, nlp: Language, model: str, max_chars: int | None = None
) -> Report:
    """The Report of a long article, one chunk's Doc in memory at a time."""
    return merged_in_chunks(article, nlp=nlp, model=model, max_chars=max_chars).report()


def merged_in_chunks(
    article: Article, *, nlp: Language, model: str, max_chars: int | None = None
) -> MergedReport:
    """A long article's report, merged but not built: write it with ``pieces`` (an item at a
    time) or build it with ``report``. Chunks of ``max_chars`` (default ``CHUNK_CHARS``)."""
    from newsparse.analysis import paragraph_starts
    from newsparse.docview import DocView
    from newsparse.extract import extract
    from newsparse.nlp import parse_chunks

    starts = paragraph_starts(article) or [0]
    merger = _Merger(article)
    for offset, doc in parse_chunks(nlp, article.text, max_chars=max_chars or CHUNK_CHARS):
        end = offset + len(doc.text)
        base = max(bisect_right(starts, offset) - 1, 0)  # the paragraph the chunk starts in
        stop = bisect_left(starts, end, lo=base + 1)
        local = [0, *(s - offset for s in starts[base + 1 : stop])]
        view = DocView.of(doc, text=doc.text)
        found = extract(
            view, paragraph_starts=local, headline=article.headline, summary=offset == 0
        )
        merger.add(found, offset=offset, paragraph=base, length=end - offset)
        del doc, view, found  # this chunk's Doc goes before the next is parsed
    return merger.merged(model=model)


class _Merger:
    """The chunks' results, moved to article offsets and merged as they come."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.entities: dict[tuple[str, str], dict[str, Any]] = {}
        # each moved item as JSON, entity ids as merged keys; quote indexes are final
        self.packed = {name: _Packed() for name in PACKED}
        self.sourcing = dict.fromkeys(SourcingProfile.model_fields, 0)
        self.warnings: list[str] = []
        self._people: dict[str, list[tuple[str, str]]] = {}  # last name word -> people keys
        self._strings: dict[str, str] = {}  # a name's mentions share one string

    def add(self, found: Any, *, offset: int, paragraph: int, length: int) -> None:
        """One chunk's Extraction; it starts at ``offset`` in paragraph ``paragraph`` and is
        ``length`` characters long."""
        from newsparse.extract.claims import sourcing_profile

        ids = {e.id: self._entity(e.model_dump(), offset, length) for e in found.entities}
        quote_base = len(self.packed["quotes"])
        for name, base in (("quotes", 0), ("claims", quote_base), ("summary", 0)):
            self.packed[name].add(
                self._moved(item.model_dump(), offset, paragraph, ids, base)
                for item in getattr(found, name)
            )
        for name, count in sourcing_profile(found.claims):  # counts by claimer type: they add up
            self.sourcing[name] += count
        for warning in found.warnings:
            moved = _OFFSET.sub(lambda m: f"offset {int(m[1]) + offset}", warning)
            if moved not in self.warnings:
                self.warnings.append(moved)

    def _entity(self, ent: dict[str, Any], offset: int, length: int) -> tuple[str, str]:
        """Fold one chunk's entity into the merged ones; the key it is known by."""
        from newsparse.extract.entities.mentions import salience

        key = (ent["label"], ent["name"])
        if ent["label"] == "PERSON" and " " not in ent["name"]:
            owners = self._people.get(ent["name"], [])
            if len(owners) == 1:
                key = owners[0]  # "Smith" after "John Smith": the same person
        mentions = [_mention(m, offset, self._strings) for m in ent["mentions"]]
        # What salience gave beyond count and position: 2.0 for the headline, 1.5 for the lead
        # (see ``salience``); only the first chunk's lead is the article's.
        position = 1.0 - ent["first_mention"] / max(length, 1)
        bonus = round(ent["salience"] - ent["count"] - position, 1)
        in_headline = bonus >= 2.0
        in_lead = offset == 0 and bonus in (1.5, 3.5)
        have = self.entities.get(key)
        if have is None:
            have = self.entities[key] = {
                **ent,
                "mentions": [],
                "roles": [],
                "count": 0,
                "first_mention": ent["first_mention"] + offset,
                "_headline": False,
                "_lead": False,
            }
            if key[0] == "PERSON" and " " in key[1]:
                self._people.setdefault(key[1].split()[-1], []).append(key)
        have["mentions"].extend(mentions)
        have["count"] += ent["count"]
        have["first_mention"] = min(have["first_mention"], ent["first_mention"] + offset)
        seen = {r.lower() for r in have["roles"]}
        have["roles"].extend(r for r in ent["roles"] if r.lower() not in seen)
        have["_headline"] = have["_headline"] or in_headline
        have["_lead"] = have["_lead"] or in_lead
        have["salience"] = salience(
            have["count"],
            in_headline=have["_headline"],
            in_lead=have["_lead"],
            first=have["first_mention"],
            length=len(self.article.text),
        )
        return key

    def _moved(
        self,
        item: Any,
        offset: int,
        paragraph: int,
        ids: dict[str, tuple[str, str]],
        quote_base: int,
    ) -> Any:
        """A chunk's dumped model at article offsets: positions, paragraphs, quote indexes and
        entity ids (as merged keys until ``report`` numbers them)."""
        if isinstance(item, list):
            return [self._moved(x, offset, paragraph, ids, quote_base) for x in item]
        if not isinstance(item, dict):
            return item
        out = {k: self._moved(v, offset, paragraph, ids, quote_base) for k, v in item.items()}
        for k in _SHIFTED:
            if isinstance(out.get(k), int):
                out[k] += offset
        if isinstance(out.get("paragraph"), int):
            out["paragraph"] += paragraph
        if isinstance(out.get("quote"), int):
            out["quote"] += quote_base
        if out.get("entity") is not None:
            out["entity"] = ids.get(out["entity"])
        return out

    def merged(self, *, model: str) -> MergedReport:
        """Entities numbered by salience, voices of the merged quotes; the lists stay packed."""
        from newsparse.extract.voices import extract_voices
        from newsparse.models import Entity

        ranked = sorted(
            self.entities.items(),
            key=lambda kv: (-kv[1]["salience"], kv[1]["first_mention"], kv[1]["name"]),
        )
        number = {key: f"e{i}" for i, (key, _) in enumerate(ranked, 1)}
        self.entities.clear()
        entities = []
        for key, ent in ranked:
            fields = {k: v for k, v in ent.items() if not k.startswith("_")}
            ordered = sorted(ent["mentions"], key=itemgetter(*_MENTION_ORDER))
            fields["mentions"] = [dict(zip(_MENTION_FIELDS, m, strict=True)) for m in ordered]
            ent.clear()  # the mentions as tuples go as they become models
            entities.append(Entity.model_validate({**fields, "id": number[key]}))
        del ranked
        skeleton = Report(
            id=self.article.id,
            model=model,
            newsparse_version=__version__,
            article=self.article,
            entities=entities,
            sourcing=SourcingProfile(**self.sourcing),
            warnings=self.warnings,
        )
        merged = MergedReport(skeleton, self.packed, number)
        quotes = cast(list[Quote], list(merged.items("quotes")))  # held whole only for this
        voices = extract_voices(entities, quotes, self.article.text)  # of the merged results
        del quotes
        return merged.with_voices(voices)


PACKED: dict[str, type[BaseModel]] = {"quotes": Quote, "claims": Claim, "summary": SummarySentence}
"""The report's lists that can be long, kept packed until they are written."""


class MergedReport:
    """A chunked article's report, merged but not built: a skeleton Report (every field but the
    packed lists) and the packed lists, each item a model only while it is written.

    ``pieces`` gives the report's JSON (the bytes ``report().model_dump_json()`` gives) without
    ever holding the items as models or the JSON as one string; ``report`` builds the whole
    model, for what needs it (Rich, Markdown, HTML, CSV, the corpus roll-up). Either can be
    asked for again: the packed lists are read, not used up.
    """

    def __init__(
        self,
        skeleton: Report,
        packed: dict[str, _Packed],
        number: dict[tuple[str, str], str],
    ) -> None:
        self.skeleton = skeleton
        self.packed = packed
        self.number = number

    @property
    def id(self) -> str:
        return self.skeleton.id

    def with_voices(self, voices: list[Voice]) -> MergedReport:
        skeleton = self.skeleton.model_copy(update={"voices": voices})
        return MergedReport(skeleton, self.packed, self.number)

    def items(self, name: str) -> Iterator[BaseModel]:
        """One packed list's items as models, one at a time, entity ids numbered."""
        model = PACKED[name]
        strings: dict[str, str] = {}
        for item in self.packed[name]:
            yield model.model_validate(_numbered(item, self.number, strings))

    def pieces(self, *, indent: int | None = None) -> Iterator[str]:
        """The report's JSON in pieces (``indent``: pretty, as ``model_dump_json(indent=)``)."""
        lists = {name: self.items(name) for name in PACKED}
        return json_pieces(self.skeleton, lists, indent=indent)

    def report(self) -> Report:
        """The whole Report as models."""
        return self.skeleton.model_copy(update={name: list(self.items(name)) for name in PACKED})


class _Packed:
    """A list of moved items as compact JSON lines, one zlib block per chunk: JSON repeats every
    key in every item, so a block is several times smaller than the JSON (and the JSON a tenth
    of the dicts it was made of: a 19 MB article's 137,000 claims held 1.5 GB as dicts)."""

    def __init__(self) -> None:
        self.blocks: list[bytes] = []
        self.count = 0

    def add(self, items: Iterable[Any]) -> None:
        lines = [_packed(item) for item in items]
        if lines:
            self.blocks.append(zlib.compress("\n".join(lines).encode("utf-8"), LEVEL))
            self.count += len(lines)

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Any]:
        for block in self.blocks:
            # JSON escapes every line break inside a string: a raw one ends an item
            for line in zlib.decompress(block).split(b"\n"):
                yield json.loads(line)


LEVEL = 1
"""zlib's fastest level: a 20 MB article's 169 MB of quotes, claims and summary JSON packs to
24 MB, in about 1.5 CPU seconds (reading it back: a third of that)."""


def _mention(mention: dict[str, Any], offset: int, strings: dict[str, str]) -> tuple[Any, ...]:
    """A chunk's mention at article offsets as a tuple in field order (a third of the memory
    of a dict), its strings shared: a name mentioned 10,000 times is one string."""
    return tuple(
        v + offset if k in ("start", "end") else _shared(v, strings) if isinstance(v, str) else v
        for k, v in mention.items()
    )


def _packed(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"))


def _numbered(item: Any, number: dict[tuple[str, str], str], strings: dict[str, str]) -> Any:
    """Entity references (merged keys, JSON lists) replaced by the final ids, in place; short
    strings shared through ``strings`` (kinds, cues, names repeat in every item)."""
    if isinstance(item, list):
        for i, x in enumerate(item):
            if isinstance(x, str):
                item[i] = _shared(x, strings)
            else:
                _numbered(x, number, strings)
    elif isinstance(item, dict):
        for k, v in item.items():
            if isinstance(v, str):
                item[k] = _shared(v, strings)
            elif k == "entity" and isinstance(v, list):
                item[k] = number.get((v[0], v[1]))
            else:
                _numbered(v, number, strings)
    return item


SHARED_CHARS = 40
"""Strings up to this long are shared between items; longer ones (a quote's text) are unique."""


def _shared(text: str, strings: dict[str, str]) -> str:
    return strings.setdefault(text, text) if len(text) <= SHARED_CHARS else text
