"""Reports as flat tables: one row per quote, claim, entity, voice or article, for spreadsheets.

Every row carries the article id and the item's character offsets (end-exclusive, into
``article.text``); lists become ``;``-joined text and multi-span items give their first start,
last end and every span as ``start-end;start-end``. Columns and their types are fixed per table,
so a CSV and a Parquet file of the same reports have the same shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from newsparse.models import Report, Span

Table = Literal["quotes", "claims", "entities", "voices", "articles"]
TABLES: tuple[Table, ...] = ("quotes", "claims", "entities", "voices", "articles")
Value = str | int | float | bool | None
Row = dict[str, Value]

COLUMNS: dict[str, dict[str, type]] = {
    "quotes": {
        "article_id": str,
        "index": int,
        "quote": str,
        "kind": str,
        "start": int,
        "end": int,
        "spans": str,
        "paragraph": int,
        "speaker": str,
        "speaker_text": str,
        "speaker_kind": str,
        "speaker_anonymous": bool,
        "speaker_entity": str,
        "speaker_start": int,
        "speaker_end": int,
        "cue": str,
        "cue_lemma": str,
        "cue_stance": str,
        "cue_start": int,
        "cue_end": int,
        "venue": str,
    },
    "claims": {
        "article_id": str,
        "index": int,
        "claim": str,
        "start": int,
        "end": int,
        "spans": str,
        "paragraph": int,
        "claimer_type": str,
        "claimer": str,
        "claimer_text": str,
        "claimer_entity": str,
        "claimer_start": int,
        "claimer_end": int,
        "quote_index": int,
        "cue": str,
        "types": str,
        "hedged": bool,
        "hedges": str,
        "certainty": str,
        "quantities": str,
        "checkworthiness": float,
        "reasons": str,
    },
    "entities": {
        "article_id": str,
        "entity_id": str,
        "name": str,
        "label": str,
        "count": int,
        "salience": float,
        "roles": str,
        "first_start": int,
        "first_end": int,
        "mentions": str,
    },
    "voices": {
        "article_id": str,
        "voice_id": str,
        "entity_id": str,
        "name": str,
        "type": str,
        "roles": str,
        "direct": int,
        "reported": int,
        "quote_indexes": str,
        "words": int,
        "share": float,
        "first_paragraph": int,
        "gender": str,
        "gender_evidence": str,
        "source_type": str,
        "source_type_words": str,
    },
    "articles": {
        "article_id": str,
        "path": str,
        "headline": str,
        "source": str,
        "published": str,
        "authors": str,
        "dateline": str,
        "original_source": str,
        "url": str,
        "language": str,
        "format": str,
        "word_count": int,
        "entities": int,
        "quotes": int,
        "claims": int,
        "sourcing_named": int,
        "sourcing_anonymous": int,
        "sourcing_media": int,
        "sourcing_none": int,
        "warnings": str,
        "model": str,
        "newsparse_version": str,
    },
}
"""Each table's columns, in order, with their types (every column may be empty)."""


def _spans(spans: list[Span]) -> tuple[int | None, int | None, str]:
    if not spans:
        return None, None, ""
    return spans[0].start, spans[-1].end, ";".join(f"{s.start}-{s.end}" for s in spans)


def _joined(values: list[str]) -> str:
    return "; ".join(values)


def rows(report: Report, table: Table) -> Iterator[Row]:
    """The rows ``report`` gives in ``table``, in report order."""
    aid = report.id
    if table == "quotes":
        for i, q in enumerate(report.quotes):
            start, end, spans = _spans(q.spans)
            sp, cue = q.speaker, q.cue
            yield {
                "article_id": aid,
                "index": i,
                "quote": q.text,
                "kind": q.kind,
                "start": start,
                "end": end,
                "spans": spans,
                "paragraph": q.paragraph,
                "speaker": (sp.name or sp.text) if sp else None,
                "speaker_text": sp.text if sp else None,
                "speaker_kind": sp.kind if sp else None,
                "speaker_anonymous": sp.anonymous if sp else None,
                "speaker_entity": sp.entity if sp else None,
                "speaker_start": sp.start if sp else None,
                "speaker_end": sp.end if sp else None,
                "cue": cue.text if cue else None,
                "cue_lemma": cue.lemma if cue else None,
                "cue_stance": cue.stance if cue else None,
                "cue_start": cue.start if cue else None,
                "cue_end": cue.end if cue else None,
                "venue": q.venue,
            }
    elif table == "claims":
        for i, c in enumerate(report.claims):
            start, end, spans = _spans(c.spans)
            who = c.claimer
            yield {
                "article_id": aid,
                "index": i,
                "claim": c.text,
                "start": start,
                "end": end,
                "spans": spans,
                "paragraph": c.paragraph,
                "claimer_type": who.type,
                "claimer": who.name or who.text,
                "claimer_text": who.text,
                "claimer_entity": who.entity,
                "claimer_start": who.start,
                "claimer_end": who.end,
                "quote_index": who.quote,
                "cue": c.cue.text if c.cue else None,
                "types": _joined(list(c.types)),
                "hedged": c.hedged,
                "hedges": _joined(c.hedges),
                "certainty": c.certainty,
                "quantities": _joined([q.text for q in c.quantities]),
                "checkworthiness": c.checkworthiness,
                "reasons": _joined(c.reasons),
            }
    elif table == "entities":
        for e in report.entities:
            first = e.mentions[0] if e.mentions else None
            yield {
                "article_id": aid,
                "entity_id": e.id,
                "name": e.name,
                "label": e.label,
                "count": e.count,
                "salience": e.salience,
                "roles": _joined(e.roles),
                "first_start": first.start if first else e.first_mention,
                "first_end": first.end if first else None,
                "mentions": ";".join(f"{m.start}-{m.end}" for m in e.mentions),
            }
    elif table == "voices":
        for v in report.voices:
            yield {
                "article_id": aid,
                "voice_id": v.id,
                "entity_id": v.entity,
                "name": v.name,
                "type": v.type,
                "roles": _joined(v.roles),
                "direct": v.direct,
                "reported": v.reported,
                "quote_indexes": ";".join(map(str, v.quotes)),
                "words": v.words,
                "share": v.share,
                "first_paragraph": v.first_paragraph,
                "gender": v.gender,
                "gender_evidence": _joined(
                    [f"{e.kind}:{e.text}@{e.start}-{e.end}" for e in v.gender_evidence]
                ),
                "source_type": v.source_type,
                "source_type_words": _joined(v.source_type_words),
            }
    else:
        art = report.article
        yield {
            "article_id": aid,
            "path": art.path,
            "headline": art.headline,
            "source": art.source,
            "published": art.published.isoformat() if art.published else None,
            "authors": _joined(art.authors),
            "dateline": art.dateline,
            "original_source": art.original_source,
            "url": art.url,
            "language": art.language,
            "format": art.format,
            "word_count": art.word_count,
            "entities": len(report.entities),
            "quotes": len(report.quotes),
            "claims": len(report.claims),
            "sourcing_named": report.sourcing.named,
            "sourcing_anonymous": report.sourcing.anonymous,
            "sourcing_media": report.sourcing.media,
            "sourcing_none": report.sourcing.none,
            "warnings": _joined(report.warnings),
            "model": report.model,
            "newsparse_version": report.newsparse_version,
        }
