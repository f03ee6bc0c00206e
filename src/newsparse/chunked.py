"""A long article analysed chunk by chunk, so its memory is one chunk's, whatever its length.

An article longer than ``nlp.CHUNK_CHARS`` is parsed one paragraph-aligned chunk at a time;
each chunk's Doc goes through the extractors and is released before the next is parsed (a
5 MB article as one Doc held ~1 GB of token structs and views, and spaCy's batch of its
chunks several GB more). The chunks' results are moved to article offsets (exact: the chunks
concatenate back to the text) and merged: entities of the same name and label are one entity
(a lone surname joins the one person it ends), ids are renumbered by salience and every
reference follows; the summary is the lead's (the first chunk's). Moved quotes, claims and
summary sentences wait as compact JSON (a tenth of the memory of the dicts they were: a
19 MB article's 137,000 claims held 1.5 GB as dicts), each revived as a model only at the end.

What a chunk cannot see: a quotation or a pronoun whose other end is in the next chunk. Chunks
end at a line break where there is one, where that is rare.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any

from newsparse.models import Article, Report
from newsparse.nlp import CHUNK_CHARS
from newsparse.version import __version__

if TYPE_CHECKING:
    from spacy.language import Language

_OFFSET = re.compile(r"\boffset (\d+)")
"""Warnings name a character offset this way; a chunk's are moved to the article's."""
_SHIFTED = ("start", "end", "first_mention")


def is_long(text: str) -> bool:
    """An article analysed in chunks (one Doc otherwise)."""
    return len(text) > CHUNK_CHARS


def report_in_chunks(
    article: Article, *, nlp: Language, model: str, max_chars: int = CHUNK_CHARS
) -> Report:
    """The Report of a long article, one chunk's Doc in memory at a time."""
    from newsparse.analysis import paragraph_starts
    from newsparse.docview import DocView
    from newsparse.extract import extract
    from newsparse.nlp import parse_chunks

    starts = paragraph_starts(article) or [0]
    merger = _Merger(article)
    for offset, doc in parse_chunks(nlp, article.text, max_chars=max_chars):
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
    return merger.report(model=model)


class _Merger:
    """The chunks' results, moved to article offsets and merged as they come."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.entities: dict[tuple[str, str], dict[str, Any]] = {}
        self.quotes: list[str] = []  # JSON of each moved item, entity ids as merged keys
        self.claims: list[str] = []
        self.summary: list[str] = []
        self.warnings: list[str] = []
        self._people: dict[str, list[tuple[str, str]]] = {}  # last name word -> people keys

    def add(self, found: Any, *, offset: int, paragraph: int, length: int) -> None:
        """One chunk's Extraction; it starts at ``offset`` in paragraph ``paragraph`` and is
        ``length`` characters long."""
        ids = {e.id: self._entity(e.model_dump(), offset, length) for e in found.entities}
        quote_base = len(self.quotes)
        for quote in found.quotes:
            self.quotes.append(_packed(self._moved(quote.model_dump(), offset, paragraph, ids, 0)))
        for claim in found.claims:
            moved = self._moved(claim.model_dump(), offset, paragraph, ids, quote_base)
            self.claims.append(_packed(moved))
        for sent in found.summary:
            self.summary.append(_packed(self._moved(sent.model_dump(), offset, paragraph, ids, 0)))
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
        mentions = [
            {**m, "start": m["start"] + offset, "end": m["end"] + offset} for m in ent["mentions"]
        ]
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

    def report(self, *, model: str) -> Report:
        from newsparse.extract.claims import sourcing_profile
        from newsparse.extract.voices import extract_voices
        from newsparse.models import Claim, Entity, Quote, SummarySentence

        ranked = sorted(
            self.entities.items(),
            key=lambda kv: (-kv[1]["salience"], kv[1]["first_mention"], kv[1]["name"]),
        )
        number = {key: f"e{i}" for i, (key, _) in enumerate(ranked, 1)}
        entities = []
        for key, ent in ranked:
            fields = {k: v for k, v in ent.items() if not k.startswith("_")}
            fields["mentions"] = sorted(fields["mentions"], key=lambda m: (m["start"], m["end"]))
            entities.append(Entity.model_validate({**fields, "id": number[key]}))
        claims = _revived(Claim, self.claims, number)
        quotes = _revived(Quote, self.quotes, number)
        return Report(
            id=self.article.id,
            model=model,
            newsparse_version=__version__,
            article=self.article,
            entities=entities,
            quotes=quotes,
            claims=claims,
            sourcing=sourcing_profile(claims),
            summary=_revived(SummarySentence, self.summary, number),
            voices=extract_voices(entities, quotes, self.article.text),  # of the merged results
            warnings=self.warnings,
        )


def _packed(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"))


def _numbered(item: Any, number: dict[tuple[str, str], str]) -> Any:
    """Entity references (merged keys, JSON lists) replaced by the final ids, in place."""
    if isinstance(item, list):
        for x in item:
            _numbered(x, number)
    elif isinstance(item, dict):
        for k, v in item.items():
            if k == "entity" and isinstance(v, list):
                item[k] = number.get((v[0], v[1]))
            else:
                _numbered(v, number)
    return item


def _revived(model: Any, packed: list[str], number: dict[tuple[str, str], str]) -> list[Any]:
    """Each packed item as a model, the list emptied as it goes (never both held whole)."""
    packed.reverse()
    out = []
    while packed:
        out.append(model.model_validate(_numbered(json.loads(packed.pop()), number)))
    return out
