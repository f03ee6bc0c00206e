"""Claims: who asserts what, on whose word, how firmly, and whether it is worth checking."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from newsparse.docview import DocView
from newsparse.extract.claims import checkworthiness, hedges
from newsparse.extract.claims import kinds as claim_types
from newsparse.extract.claims.claimers import EntityIndex, claimer_from_mention, claimer_from_quote
from newsparse.extract.claims.quantities import extract_quantities
from newsparse.extract.claims.segments import (
    Segment,
    frame_only,
    not_claim_reason,
    quote_regions,
    quote_speaker,
    segment_sentence,
    token_regions,
)
from newsparse.extract.claims.tokens import ClaimTokens
from newsparse.extract.doccache import (
    derived_columns,
    doc_column,
    doc_columns,
    doc_sents,
    doc_text,
    doc_view,
)
from newsparse.lexicon.claims import ClaimLexicon, lexicon, norm_word
from newsparse.models import Claim, Claimer, Cue, Entity, Quote, SourcingProfile, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
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
"""A quote's first start, last end, spans and length: read once per article, not per claim."""


def _quote_extents(quotes: list[Quote]) -> list[QuoteExtent]:
    extents: list[QuoteExtent] = []
    for quote in quotes:
        spans = [(s.start, s.end) for s in quote.spans]
        lo = min((a for a, _ in spans), default=0)
        hi = max((b for _, b in spans), default=0)
        extents.append((lo, hi, spans, sum(b - a for a, b in spans) or 1))
    return extents


def _matching_quote(seg: Segment, extents: list[QuoteExtent]) -> int | None:
    """Index of the quote whose spans overlap the segment most (at least half of either)."""
    best: tuple[int, int] | None = None
    for qi, (lo, hi, spans, qlen) in enumerate(extents):
        if hi <= seg.start or lo >= seg.end:
            continue  # no span of this quote reaches the segment
        ov = sum(_overlap(seg.start, seg.end, a, b) for a, b in spans)
        if (
            ov
            and (ov >= 0.5 * (seg.end - seg.start) or ov >= 0.5 * qlen)
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
            stance=lex.stances.get(lemma, "neutral"),  # type: ignore[arg-type]
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


def _claimer(
    seg: Segment,
    *,
    quotes: list[Quote],
    extents: list[QuoteExtent],
    index: EntityIndex,
    previous: Claimer | None,
    region_claimers: dict[int, Claimer],
    lex: ClaimLexicon,
) -> Claimer:
    qi = _matching_quote(seg, extents) if seg.kind != "article" or seg.quoted else None
    from_quote = claimer_from_quote(quotes[qi], qi, lex) if qi is not None else None
    if seg.speaker is not None:
        cue_lemma = seg.cue.lemma_.lower() if seg.cue is not None else None
        mine = claimer_from_mention(
            seg.speaker, index=index, previous=previous, lex=lex, cue_lemma=cue_lemma
        )
        if seg.kind == "reportedly" and mine.type == "anonymous":
            mine = mine.model_copy(update={"type": "media"})
        if (
            from_quote is not None
            and from_quote.start is not None
            and mine.start is not None
            and _overlap(mine.start, mine.end or 0, from_quote.start, from_quote.end or 0)
        ):
            if from_quote.name and not mine.name:
                mine = mine.model_copy(update={"name": from_quote.name})
            if from_quote.entity and not mine.entity:
                mine = mine.model_copy(update={"entity": from_quote.entity})
        if qi is not None:
            mine = mine.model_copy(update={"quote": qi})
        return mine
    if seg.kind == "reportedly":
        return Claimer(type="media", text=seg.extra.get("cue"))
    if seg.region is not None and seg.region in region_claimers:
        known = region_claimers[seg.region]
        return known.model_copy(update={"quote": qi}) if qi is not None else known
    if from_quote is not None:
        return from_quote
    if seg.quoted and previous is not None and previous.type != "article":
        return previous.model_copy(update={"quote": qi})
    return Claimer(type="article")


def _note_region_speakers(
    sent: SpacySpan,
    regions: list[tuple[int, int]],
    region_starts: list[int],
    found: dict[int, SpacySpan],
    lex: ClaimLexicon,
    verb: Token | None,
    token_region: list[int | None],
) -> None:
    """Record who speaks each quotation: a frame beside the marks, or a frame-only sentence
    right after them ('... ?” he added.'); ``verb`` is the sentence's ``frame_only``, and
    ``token_region`` its ``token_regions``."""
    from newsparse.extract.claims.claimers import speaker_phrase

    doc = sent.doc
    lead = _lead_in(sent, regions, region_starts, lex)
    if lead is not None:
        found.setdefault(lead[0], lead[1])
    touched = sorted({r for r in token_region if r is not None})
    if verb is not None and not touched:
        i = bisect_right(region_starts, sent.start_char) - 1
        if i >= 0:
            touched = [i]
    if not touched:
        return
    if verb is None:
        inside = {sent.start + k for k, r in enumerate(token_region) if r is not None}
        speaker, _ = quote_speaker(sent, inside, lex)
    else:
        speaker = speaker_phrase(doc, verb.i)
    if speaker is None:
        return
    for r in touched:
        found.setdefault(r, speaker)


def _lead_in(
    sent: SpacySpan,
    regions: list[tuple[int, int]],
    region_starts: list[int],
    lex: ClaimLexicon,
) -> tuple[int, SpacySpan] | None:
    """'Clinton said:' or 'Rep. Lacy Clay (D-Mo.):' right before a quotation names its speaker."""
    from newsparse.extract.claims.claimers import speaker_phrase

    is_space = doc_column(sent.doc, "is_space")
    last = next((i for i in reversed(range(sent.start, sent.end)) if not is_space[i]), None)
    if last is None or doc_column(sent.doc, "text")[last] != ":":
        return None
    words = [t for t in sent if not t.is_space]
    doc = sent.doc
    i = bisect_right(region_starts, sent.end_char - 1)
    if i >= len(regions):
        return None
    between = doc_text(doc)[words[-1].idx + 1 : regions[i][0]]
    if between.strip(" \n\t\u00a0\"“‘'`«") or len(between) > 12:
        return None
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lex.stances]
    if verbs:
        spk = speaker_phrase(doc, verbs[-1].i)
        return (i, spk) if spk is not None else None
    if len(words) <= 12:  # a bare name as the lead-in
        nouns = [t for t in words if t.pos_ in ("PROPN", "NOUN")]
        if nouns:
            root = (
                nouns[-1]
                if not any(t.ent_type_ == "PERSON" for t in words)
                else next(t for t in reversed(words) if t.ent_type_ == "PERSON")
            )
            return i, doc[root.left_edge.i : root.i + 1]
    return None


def _region_claimers(
    regions: list[tuple[int, int]],
    speakers: dict[int, SpacySpan],
    starts: list[int],
    index: EntityIndex,
    lex: ClaimLexicon,
) -> dict[int, Claimer]:
    """Claimer per quotation; an unattributed quotation takes its paragraph's other quotation's
    speaker, or continues the previous quotation's speaker when it opens a paragraph."""
    out: dict[int, Claimer] = {}
    previous: Claimer | None = None
    for r in range(len(regions)):
        if r in speakers:
            out[r] = claimer_from_mention(speakers[r], index=index, previous=previous, lex=lex)
            previous = out[r] if out[r].type != "article" else previous
    paras = [_paragraph(starts, a) for a, _ in regions]  # each region's paragraph, once
    for r in range(len(regions)):
        if r in out:
            continue
        para = paras[r]
        same = [k for k in out if paras[k] == para]
        if same:
            out[r] = out[min(same, key=lambda k: abs(k - r))]
            continue
        earlier = [k for k in out if k < r and paras[k] >= para - 2]
        if earlier and regions[r][0] - 1 <= starts[para] + 1:
            out[r] = out[max(earlier)]
    return out


def extract_claims(
    doc: Doc, *, entities: list[Entity], quotes: list[Quote], paragraph_starts: list[int]
) -> list[Claim]:
    """Every statement the article presents as fact, forecast or judgement, with its claimer.

    Attribution comes from the dependency parse (speech verb + complement, "according to",
    "reportedly", quotation marks with a frame) and, where it found a speaker, from ``quotes``.
    """
    lex = lexicon()
    view = doc_view(doc)  # the Doc's one DocView: hedges, types, check-worthiness, quantities
    doc_columns(doc, COLUMNS)
    derived_columns(doc, DERIVED)
    starts = paragraph_starts or [0]
    regions = quote_regions(doc_text(doc), starts)
    region_starts = [r[0] for r in regions]

    segments: list[Segment] = []
    region_speakers: dict[int, Span] = {}
    for sent in doc_sents(doc):
        verb = frame_only(sent, lex)
        token_region = token_regions(sent, regions, region_starts)  # read once per sentence
        _note_region_speakers(
            sent, regions, region_starts, region_speakers, lex, verb, token_region
        )
        para = _paragraph(starts, sent.start_char)
        if verb is not None:
            continue
        if not_claim_reason(sent, _paragraph_text(doc, starts, para), lex):
            continue
        segments.extend(
            segment_sentence(
                sent,
                regions=regions,
                region_starts=region_starts,
                lex=lex,
                token_region=token_region,
            )
        )
    segments = [s for s in segments if s.end > s.start]
    index = EntityIndex(entities, exclude=regions)

    # a quotation's speaker, named once, covers all its sentences
    region_claimers = _region_claimers(regions, region_speakers, starts, index, lex)
    previous: Claimer | None = None
    claims: list[Claim] = []
    extents = _quote_extents(quotes)
    for seg in segments:
        claimer = _claimer(
            seg,
            quotes=quotes,
            extents=extents,
            index=index,
            previous=previous,
            region_claimers=region_claimers,
            lex=lex,
        )
        if claimer.type != "article":
            previous = claimer
        claims.append(_claim(view, seg, claimer, starts, lex))
    return claims


def _claim(
    view: DocView, seg: Segment, claimer: Claimer, starts: list[int], lex: ClaimLexicon
) -> Claim:
    span = view.doc.char_span(seg.start, seg.end, alignment_mode="expand")  # read for its bounds
    # The rules read the claim's columns from the view, sliced once per claim.
    tokens = ClaimTokens(view, range(span.start, span.end) if span is not None else range(0))
    found_hedges = hedges.find_hedges(tokens, lex)
    if seg.cue is not None:  # 'reportedly believe', 'allegedly said': the frame hedges too
        deps = view.column("dep_")
        frame = [c for c in view.children(seg.cue.i) if deps[c] == "advmod" and c not in tokens.ids]
        found_hedges = hedges.find_hedges(ClaimTokens(view, frame), lex) + found_hedges
    hedged = hedges.is_hedged(found_hedges)
    quantities = extract_quantities(view, span.start, span.end) if span else []
    types = claim_types.classify(
        tokens, has_quantity=bool(quantities), reported=seg.reported, lex=lex
    )
    fired = checkworthiness.features(
        tokens, types=types, hedged=hedged, claimer_type=claimer.type, quoted=seg.quoted, lex=lex
    )
    score, reasons = checkworthiness.score(fired, lex)
    parts = seg.parts or [(seg.start, seg.end)]
    return Claim(
        text=" … ".join(view.text[a:b] for a, b in parts),
        spans=[Span(start=a, end=b) for a, b in parts],
        paragraph=_paragraph(starts, seg.start),
        claimer=claimer,
        cue=_cue(seg, lex),
        types=types,  # type: ignore[arg-type]
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
