"""Claims: who asserts what, on whose word, how firmly, and whether it is worth checking."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsparse.docview import DocView
from newsparse.extract.attribution import Attribution, Attributions, speaker_resolver
from newsparse.extract.claims import checkworthiness, hedges
from newsparse.extract.claims import kinds as claim_types
from newsparse.extract.claims.claimers import EntityIndex, claimer_from_speaker
from newsparse.extract.claims.layout import Layout, layout
from newsparse.extract.claims.quantities import extract_quantities
from newsparse.extract.claims.segments import (
    ParagraphFacts,
    Segment,
    frame_only,
    is_not_claim,
    segment_sentence,
    token_regions,
)
from newsparse.extract.claims.tokens import ClaimTokens
from newsparse.extract.doccache import (
    bound,
    derived_columns,
    doc_columns,
    doc_sents,
    doc_text,
)
from newsparse.extract.overlaps import RangeIndex
from newsparse.lexicon.claims import ClaimLexicon, lexicon, norm_word
from newsparse.models import Claim, Claimer, Cue, Entity, SourcingProfile, Span, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan


COLUMNS = (
    "text", "idx", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_",
    "is_space", "is_alpha", "is_punct", "is_stop", "like_num",
)  # fmt: skip
"""The token attributes the claim rules read, read in one pass over each Doc."""
DERIVED = (("text", norm_word), ("lemma_", str.lower))
"""Normalised words and lower-case lemmas: cue look-ups in hedges, types and frames match them."""


def _paragraph(starts: list[int], pos: int) -> int:
    return max(bisect_right(starts, pos) - 1, 0)


def _paragraph_text(doc: Doc, starts: list[int], index: int) -> str:
    if not starts:
        return doc_text(doc)
    end = starts[index + 1] if index + 1 < len(starts) else len(doc_text(doc))
    return doc_text(doc)[starts[index] : end]


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


QuoteExtent = tuple[int, int, list[tuple[int, int]], int]
"""A record's first start, last end, pieces and length: read once per article, not per claim."""


def _extents(records: list[Attribution]) -> list[QuoteExtent]:
    extents: list[QuoteExtent] = []
    for rec in records:
        spans = list(rec.pieces)
        lo = min((a for a, _ in spans), default=0)
        hi = max((b for _, b in spans), default=0)
        extents.append((lo, hi, spans, sum(b - a for a, b in spans) or 1))
    return extents


def _matching_quote(
    seg: Segment,
    extents: list[QuoteExtent],
    *,
    mostly: bool = False,
    index: RangeIndex | None = None,
) -> int | None:
    """Index of the record whose pieces overlap the segment most: at least half of either, or
    with ``mostly`` at least half of the segment (a claim with a frame of its own belongs to a
    record only when it is mostly that record's words, not when it merely holds a short one)."""
    best: tuple[int, int] | None = None
    near = range(len(extents)) if index is None else index.near(seg.start, seg.end)
    for qi in near:  # ``index`` (of the extents' bounds): only records near the segment
        lo, hi, spans, qlen = extents[qi]
        if hi <= seg.start or lo >= seg.end:
            continue  # no piece of this record reaches the segment
        ov = sum(_overlap(seg.start, seg.end, a, b) for a, b in spans)
        if (
            ov
            and (ov >= 0.5 * (seg.end - seg.start) or (not mostly and ov >= 0.5 * qlen))
            and (best is None or ov > best[1])
        ):
            best = (qi, ov)
    return best[0] if best else None


def _cue(seg: Segment, lex: ClaimLexicon) -> Cue | None:
    if seg.cue is not None:
        tok = seg.cue
        lemma = tok.lemma_.lower()
        return Cue(
            text=tok.text,
            lemma=lemma,
            start=tok.idx,
            end=tok.idx + len(tok.text),
            stance=lex.stances.get(lemma, "neutral"),
        )
    if "cue" in seg.extra:
        text = seg.extra["cue"]
        return Cue(
            text=text,
            lemma=seg.extra.get("lemma", text.lower()),
            start=int(seg.extra["cue_start"]),
            end=int(seg.extra["cue_start"]) + len(text),
            stance="distancing" if text.lower() == "reportedly" else "neutral",
        )
    return None


@dataclass
class _Claimers:
    """What a claim's claimer is read from: the attribution core's records and resolver."""

    doc: Doc
    records: list[Attribution]
    extents: list[QuoteExtent]
    extent_index: RangeIndex
    resolve: Callable[[tuple[int, int], int], Speaker]
    index: EntityIndex
    labels: dict[str, str]
    lex: ClaimLexicon

    def of(self, seg: Segment, previous: Claimer | None) -> Claimer:
        """A claim inside a quote has that quote's speaker; a claim with a frame of its own
        ('S denied X', 'according to S', 'X is reported by S') has the core's resolution of
        the frame's speaker; anything else is the article's own voice."""
        own_frame = seg.speaker is not None or seg.kind not in ("article", "quote")
        qi = (
            _matching_quote(seg, self.extents, mostly=own_frame, index=self.extent_index)
            if seg.kind != "article" or seg.quoted
            else None
        )
        cue_lemma = seg.cue.lemma_.lower() if seg.cue is not None else None
        if qi is not None and self.records[qi].speaker is not None:
            rec = self.records[qi]
            return self._typed(rec.speaker, rec.speaker_tokens, previous, cue_lemma, qi)  # type: ignore[arg-type]
        if seg.speaker is not None:
            mention = (seg.speaker.start, seg.speaker.end)
            speaker = self.resolve(mention, seg.speaker.root.i)
            claimer = self._typed(speaker, mention, previous, cue_lemma, None)
            if seg.kind == "reportedly" and claimer.type == "anonymous":
                claimer = claimer.model_copy(update={"type": "media"})
            return claimer
        if seg.kind == "reportedly":
            return Claimer(type="media", text=seg.extra.get("cue"))
        return Claimer(type="article")

    def _typed(
        self,
        speaker: Speaker,
        tokens: tuple[int, int] | None,
        previous: Claimer | None,
        cue_lemma: str | None,
        quote: int | None,
    ) -> Claimer:
        if tokens is not None:
            span: SpacySpan | None = self.doc[tokens[0] : tokens[1]]
        else:  # a speaker carried over from the quote before: its mention, by offsets
            span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        return claimer_from_speaker(
            speaker,
            span,
            index=self.index,
            labels=self.labels,
            previous=previous,
            lex=self.lex,
            cue_lemma=cue_lemma,
            quote=quote,
        )


def extract_claims(
    view: DocView,
    *,
    entities: list[Entity],
    attributions: Attributions,
    paragraph_starts: list[int],
) -> list[Claim]:
    """Every statement the article presents as fact, forecast or judgement, with its claimer.

    Which words are quoted and who speaks them come from the attribution core (``attributions``):
    a claim inside a quote has that quote's speaker, so quotes and claims never disagree.
    """
    with bound(view) as doc:
        return _claims(view, doc, entities, attributions, paragraph_starts)


def _claims(
    view: DocView,
    doc: Doc,
    entities: list[Entity],
    attributions: Attributions,
    paragraph_starts: list[int],
) -> list[Claim]:
    lex = lexicon()
    doc_columns(doc, COLUMNS)
    derived_columns(doc, DERIVED)
    starts = paragraph_starts or [0]
    regions = attributions.quotations
    region_starts = [r[0] for r in regions]

    segments: list[Segment] = []
    facts: dict[int, ParagraphFacts] = {}  # read once per paragraph, not per sentence
    for sent in doc_sents(doc):
        verb = frame_only(sent, lex)
        if verb is not None:
            continue
        para = _paragraph(starts, sent.start_char)
        if para not in facts:
            facts[para] = ParagraphFacts.of(_paragraph_text(doc, starts, para))
        if is_not_claim(sent, facts[para], lex):
            continue
        segments.extend(
            segment_sentence(
                sent,
                regions=regions,
                region_starts=region_starts,
                lex=lex,
                token_region=token_regions(sent, regions, region_starts),
            )
        )
    marked = layout(view.text, starts, entities)
    segments = [
        s for s in (_laid_out(seg, marked, view.text) for seg in segments) if s.end > s.start
    ]
    extents = _extents(attributions.records)
    claimers = _Claimers(
        doc=doc,
        records=attributions.records,
        extents=extents,
        extent_index=RangeIndex([(lo, hi) for lo, hi, _, _ in extents]),
        resolve=speaker_resolver(doc, attributions, entities=entities),
        index=EntityIndex(entities, exclude=regions),
        labels={e.id: e.label for e in entities},
        lex=lex,
    )
    previous: Claimer | None = None
    claims: list[Claim] = []
    for seg in segments:
        claimer = claimers.of(seg, previous)
        voice = marked.voice_at(seg.start) if marked.voices else None
        if voice is not None and claimer.type == "article":
            claimer = voice.claimer  # an interview's answer, an embedded post
        if claimer.type != "article":
            previous = claimer
        claims.append(_claim(view, seg, claimer, starts, lex))
    return claims


def _laid_out(seg: Segment, marked: Layout, text: str) -> Segment:
    """The segment without an interview's 'A:' or 'Q' label, a post's markup or credit line."""
    if seg.parts:
        return seg
    cut = marked.cut_in(seg.start, seg.end) if marked.cuts else None
    if cut is not None and "\n" not in text[seg.start : cut]:
        seg.start = cut + len(text[cut : seg.end]) - len(text[cut : seg.end].lstrip())
    credit = marked.credit_near(seg.start, seg.end) if marked.credits else None
    if credit is not None:
        a, b = credit
        if a <= seg.start < b:
            seg.end = seg.start  # the credit line itself: no claim
        else:
            seg.end = len(text[seg.start : a].rstrip()) + seg.start
    return seg


def _claim(
    view: DocView, seg: Segment, claimer: Claimer, starts: list[int], lex: ClaimLexicon
) -> Claim:
    span = view.char_span_bounds(seg.start, seg.end)
    # The rules read the claim's columns from the view, sliced once per claim.
    tokens = ClaimTokens(view, range(*span) if span is not None else range(0))
    found_hedges = hedges.find_hedges(tokens, lex)
    if seg.cue is not None:  # 'reportedly believe', 'allegedly said': the frame hedges too
        deps = view.column("dep_")
        frame = [c for c in view.children(seg.cue.i) if deps[c] == "advmod" and c not in tokens.ids]
        found_hedges = hedges.find_hedges(ClaimTokens(view, frame), lex) + found_hedges
        if seg.cue.i not in tokens.ids:  # 'he suggested that C': the frame's verb hedges C
            found_hedges = hedges.frame_hedge(view, seg.cue.i) + found_hedges
    hedged = hedges.is_hedged(found_hedges)
    quantities = extract_quantities(view, *span) if span and span[0] < span[1] else []
    found_types = claim_types.classify(
        tokens,
        has_quantity=bool(quantities),
        reported=seg.reported,
        lex=lex,
        cue=seg.cue.i if seg.cue is not None else None,
    )
    fired = checkworthiness.features(
        tokens,
        types=found_types,
        hedged=hedged,
        claimer_type=claimer.type,
        quoted=seg.quoted,
        lex=lex,
    )
    types = claim_types.weigh(found_types, fired, lex)  # the cues' types, weighed with context
    if types != found_types:
        fired = checkworthiness.with_types(fired, types)
    score, reasons = checkworthiness.score(fired, lex)
    parts = seg.parts or [(seg.start, seg.end)]
    return Claim(
        text=" … ".join(view.text[a:b] for a, b in parts),
        spans=[Span(start=a, end=b) for a, b in parts],
        paragraph=_paragraph(starts, seg.start),
        claimer=claimer,
        cue=_cue(seg, lex),
        types=types,
        hedged=hedged,
        hedges=hedges.hedge_labels(found_hedges),
        certainty=hedges.certainty(found_hedges),
        quantities=quantities,
        checkworthiness=score,
        reasons=reasons,
    )


def sourcing_profile(claims: list[Claim]) -> SourcingProfile:
    """Count claims by the kind of source they rest on."""
    counts = {"named": 0, "anonymous": 0, "media": 0, "none": 0}
    for claim in claims:
        kind = claim.claimer.type
        if kind in ("person", "organization"):
            counts["named"] += 1
        elif kind in ("anonymous", "media"):
            counts[kind] += 1
        else:
            counts["none"] += 1
    return SourcingProfile(**counts)
