"""The attribution core: every attributed stretch of speech in an article, found once.

The pipeline: pair quotation marks in the raw text (marks), find each quotation's cue and
speaker on the parse (speakers), find reported speech (reported), resolve speakers to entities
(coref), then drop unattributed scare quotes and titles. Quotes and claims are both built from
the records it returns, so a sentence has one speaker everywhere in the report.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsparse.extract.attribution.coref import MentionIndex, continues, resolve
from newsparse.extract.attribution.marks import QUOTE_MARKS, find_quotes, find_single_quotes
from newsparse.extract.attribution.records import Attribution, Attributions
from newsparse.extract.attribution.reported import find_reported, trim_clause
from newsparse.extract.attribution.speakers import (
    NAMING_VERBS,
    Found,
    colon_speaker,
    embedded,
    is_cue_verb,
    names_not_speech,
    speaker_span,
    subject_of,
    tag_after,
    tag_before,
)
from newsparse.extract.doccache import bound, doc_column, doc_text, sent_of, token_bounds
from newsparse.extract.overlaps import Containment, Coverage, RangeIndex, contained_in_another
from newsparse.lexicon.attribution import (
    name_nouns,
    reporting_verbs,
    speech_verbs,
    venue_patterns,
    work_nouns,
)
from newsparse.models import Entity, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsparse.docview import DocView

MIXED_MIN_WORDS = 3
"""Words of the sentence before a lower-case quotation that make it a phrase taken over
(``_fragment``); a tagged quote needs only one word of content before it (``_stands_alone``)."""
_LINK_POS = frozenset({"CCONJ", "ADV", "INTJ", "PUNCT", "SPACE"})
"""Parts of speech that link a quote to what went before ('But', 'So', 'Still,'), not words
of what was said."""
SCARE_MAX_WORDS = 4
"""An unattributed quotation this short is a scare quote or a name, not a quotation."""
_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "&"}
_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
_JOINED = frozenset({"and", "or", "but", "and then"})
"""What may stand between two quotations of one frame ('S said “Q1” and “Q2”')."""
_STRONG_TAGS = {"after", "before", "according", "dash", "leadin"}


@dataclass
class _Draft:
    pieces: list[tuple[int, int]]
    tokens: list[tuple[int, int]]
    found: Found | None = None
    kind: str = "direct"
    content: tuple[int, int] | None = None  # char span of a mixed quote's clause
    speaker: Speaker | None = None
    inherited: bool = False
    closed: bool = True
    dropped: bool = False
    taken_by: _Draft | None = None  # the reported clause that took this quotation in


def attribute(
    view: DocView,
    *,
    entities: list[Entity],
    paragraph_starts: list[int],
    warnings: list[str] | None = None,
) -> Attributions:
    """All quotations and reported speech in the viewed Doc, sorted by their first span."""
    with bound(view) as doc:
        return _attribute_doc(doc, entities, paragraph_starts, warnings)


def _attribute_doc(
    doc: Doc, entities: list[Entity], paragraph_starts: list[int], warnings: list[str] | None
) -> Attributions:
    text = doc_text(doc)
    bounds = token_bounds(doc)
    drafts = _drafts(doc, text, warnings)
    for d in drafts:
        d.dropped = _modifies_noun(doc, d)
    quoted: set[int] = {
        i for d in drafts if not d.dropped for a, b in d.tokens for i in range(a, b)
    }
    quoted_chars = [p for d in drafts for p in d.pieces]
    quoted_index = RangeIndex(quoted_chars)
    drafts = [d for d in drafts if not d.dropped]
    for d in drafts:
        d.found = _attribute(doc, text, d, quoted)
    _continue_speakers(doc, text, drafts)
    index = MentionIndex.build(entities, text)
    recent: list[Speaker] = []
    out: list[Attribution] = []

    mixed_seen: set[tuple[int, int]] = set()
    for k, d in enumerate(drafts):
        if d.dropped:
            continue
        f = d.found
        if f is not None and f.content is not None:
            d.kind = "mixed"
            a, b = trim_clause(doc, *f.content)
            d.content = _snap(_char_span(bounds, a, b), quoted_chars, quoted_index)
            if d.content in mixed_seen:
                d.dropped = True  # a second quoted fragment of the same clause: one quote
                continue
            mixed_seen.add(d.content)
        if f is not None and f.speaker is not None and f.speaker_head is not None:
            d.speaker = resolve(
                doc, f.speaker, f.speaker_head, index, recent=recent, quoted_chars=quoted_chars
            )
        elif d.inherited and k > 0:
            d.speaker = _previous_speaker(drafts, k)
        if _is_scare_or_title(doc, text, d):
            d.dropped = True
            continue
        if d.speaker is not None and continues(d.speaker):
            recent.append(d.speaker)

    _drop_repeated_headings(text, drafts, paragraph_starts)

    # Reported speech; a clause mostly in quotation marks belongs to its direct quote.
    direct_tokens = {i for d in drafts if not d.dropped for a, b in d.tokens for i in range(a, b)}
    reported = find_reported(doc, direct_tokens)
    reported = _outermost(reported)
    taken = Coverage([d.content for d in drafts if d.content and not d.dropped])
    # The direct quotations' pieces, indexed once (the loop adds only reported drafts).
    direct = [d for d in drafts if d.kind == "direct"]
    n_quoted = len(drafts)  # the quotations, in text order (reported drafts come after)
    direct_pieces = [(k, p) for k, d in enumerate(direct) for p in d.pieces]
    direct_index = RangeIndex([p for _, p in direct_pieces])
    piece_starts = {p[0]: k for k, p in direct_pieces}
    # '“Q,” tweeted former executive Ken Gude': the parser may also read the tag's speaker as
    # what was said, with the quotation's subject as speaker; a speaker is never content
    tag_speakers = Containment(
        [(d.speaker.start, d.speaker.end) for d in direct if d.speaker is not None]
    )
    for rep in reported:
        a, b = rep.content
        cs, ce = _snap(_char_span(bounds, a, b), quoted_chars, quoted_index)
        if taken.overlaps(cs, ce):
            continue
        if tag_speakers.contains(cs, ce):
            continue
        ce = _joined_quote_end(doc, text, rep.cue, ce, direct, piece_starts)
        near = sorted({direct_pieces[i][0] for i in direct_index.near(cs, ce)})
        inside = [
            d
            for d in (direct[k] for k in near)
            if not d.dropped and any(min(ce, y) - max(cs, x) > 0 for x, y in d.pieces)
        ]
        if inside and not _words_outside(text, (cs, ce), [p for d in inside for p in d.pieces]):
            continue  # the clause is the quotation itself: its direct quote has this cue
        if _quoted_after_that(doc, text, a, (cs, ce), inside):
            continue  # S said that “Q”: every word said is quoted, 'that' is the frame's
        if _quoted_then_own_clause(doc, text, (cs, ce), inside):
            continue  # S said “Q,” and the flag is at half-mast: the rest is the reporter's
        outer = rep.lemma == "according to" and all(
            ce >= y and rep.cue[0] >= d.tokens[-1][1] for d in inside for x, y in d.pieces
        )
        if not outer and any(_stands_alone(doc, text, d) for d in inside):
            continue  # “Q,” S said / S said: “Q” -- punctuation says the quote stands alone
        found = Found(
            "reported",
            cue=rep.cue,
            lemma=rep.lemma,
            speaker=rep.speaker,
            speaker_head=rep.speaker_head,
        )
        speaker = None
        if rep.speaker is not None and rep.speaker_head is not None:
            speaker = resolve(
                doc, rep.speaker, rep.speaker_head, index, recent=recent, quoted_chars=quoted_chars
            )
            if continues(speaker):
                recent.append(speaker)  # 'The prosecution said … It added': reported ones too
        for d in inside:
            d.dropped = True
            rest = _pieces_outside(d, (cs, ce))
            if rest is not None:
                if rest.speaker is None:
                    rest.speaker = speaker  # the frame that took one piece said them all
                drafts.append(rest)
        kind = "mixed" if inside or _has_marks(text[cs:ce]) else "indirect"
        pieces = [(cs, ce)]
        if rep.more is not None:
            ma, mb = rep.more
            pieces.append(_snap(_char_span(bounds, ma, mb), quoted_chars, quoted_index))
        draft = _Draft(
            pieces=pieces,
            tokens=[(a, b)],
            found=found,
            kind=kind,
            content=(cs, ce),
            speaker=speaker,
        )
        drafts.append(draft)
        for d in inside:
            d.taken_by = draft
        taken.add(cs, ce)
    _continue_taken(drafts[:n_quoted])

    for d in drafts:
        if d.dropped:
            continue
        out.append(_to_record(doc, text, d, paragraph_starts))
    out.sort(key=lambda r: (r.pieces[0][0], r.pieces[0][1]))
    return Attributions(records=out, quotations=inner_ranges(text, quoted_chars))


def speaker_resolver(
    doc: Doc, found: Attributions, *, entities: list[Entity]
) -> Callable[[tuple[int, int], int], Speaker]:
    """Resolve speaker mentions (tokens and head) of frames the records do not hold ('S denied
    X', 'X is reported by S'): the same resolution the records' speakers had, with the speakers
    named before the mention as the recent ones."""
    index = MentionIndex.build(entities, doc_text(doc))
    starts = token_bounds(doc)[0]
    named = [r.speaker for r in found.records if r.speaker is not None and r.speaker.name]

    def speaker_of(mention: tuple[int, int], head: int) -> Speaker:
        start = starts[mention[0]]
        recent = [sp for sp in named if sp.end <= start]
        return resolve(doc, mention, head, index, recent=recent, quoted_chars=found.quotations)

    return speaker_of


def _char_span(bounds: tuple[list[int], list[int]], a: int, b: int) -> tuple[int, int]:
    """Characters from the start of token ``a`` to the end of token ``b - 1``."""
    return bounds[0][a], bounds[1][b - 1]


# --------------------------------------------------------------------------- drafts


def quotations(
    text: str, warnings: list[str] | None = None
) -> list[tuple[list[tuple[int, int]], bool]]:
    """Every quotation in ``text`` as (pieces with their marks, closed), in text order: marks
    of every style paired once (double, then single ones in the gaps), pieces without a word
    dropped. Pure string work: the one pairing every extractor sees."""
    marked = find_quotes(text, warnings)
    covered = [p for q in marked for p in q.pieces]
    singles: list[tuple[int, int]] = []
    for a, b in _gaps(covered, len(text)):
        singles.extend(find_single_quotes(text, a, b))
    found = [(q.pieces, q.closed) for q in marked] + [([p], True) for p in singles]
    out = []
    for pieces, closed in sorted(found, key=lambda p: p[0][0][0]):
        pieces = [p for p in pieces if _has_words(text[p[0] : p[1]])]
        if pieces:
            out.append((pieces, closed))
    return out


def inner_ranges(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotation pieces without their marks, sorted and non-empty."""
    out = []
    for a, b in pieces:
        while a < b and text[a] in QUOTE_MARKS:
            a += 1
        while b > a and text[b - 1] in QUOTE_MARKS:
            b -= 1
        if b > a:
            out.append((a, b))
    return sorted(set(out))


def _drafts(doc: Doc, text: str, warnings: list[str] | None) -> list[_Draft]:
    drafts: list[_Draft] = []
    for pieces, closed in quotations(text, warnings):
        tokens = []
        for a, b in pieces:
            span = doc.char_span(a, b, alignment_mode="expand")
            tokens.append((span.start, span.end) if span is not None else (0, 0))
        drafts.append(_Draft(pieces=pieces, tokens=tokens, closed=closed))
    return drafts


def _modifies_noun(doc: Doc, d: _Draft) -> bool:
    """'the “Pose” actor', 'a “kill list” memo': a short quotation that modifies a noun outside
    it is part of a name or a term, never a quotation (and no tag can belong to it)."""
    if len(d.tokens) != 1:
        return False
    a, b = d.tokens[0]
    if _between_determiner_and_noun(doc, a, b):
        return True
    inner = [t for t in doc[a:b] if not (t.is_punct or t.is_space)]
    if not inner or len([t for t in inner if t.is_alpha]) > SCARE_MAX_WORDS:
        return False
    roots = [t for t in inner if not (a <= t.head.i < b)]
    if len(roots) != 1:
        return False
    root = roots[0]
    head = root.head
    if root.dep_ == "appos" and head.lemma_.lower() in name_nouns():
        return True  # 'the name “Brujas”', 'the word “We”': a name, mentioned not said
    if root.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() == "know":
        return True  # 'known as the “Buffett rule”'
    return root.dep_ in ("compound", "amod", "nmod") and head.pos_ in ("NOUN", "PROPN")


def _between_determiner_and_noun(doc: Doc, a: int, b: int) -> bool:
    """'the “Meth. We’re on it.” campaign': a quotation between a determiner and the common
    noun it belongs to names that noun, whatever its length or its own sentences (read from
    the words on both sides: the parser splits such a quotation into sentences)."""
    if a == 0 or b >= len(doc):
        return False
    det, noun = doc[a - 1], doc[b]
    if det.tag_ not in ("DT", "PRP$") or det.lower_ == "that":
        return False  # ('said that “…” …': 'that' may open the clause)
    return noun.pos_ == "NOUN" and noun.text[:1].islower() and "\n" not in doc[a:b].text


def _gaps(spans: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    out, pos = [], 0
    for a, b in sorted(spans):
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < n:
        out.append((pos, n))
    return out


def _has_words(s: str) -> bool:
    """Letters that are not only digits, a @handle, a #hashtag or a web address (a sentence
    that opens with a handle, “@Vanderkimberly and I have been …”, is a quotation)."""
    words = _WORD.findall(s)
    core = s.strip("“”\"'‘’«» .,")
    if not words or all(w.isdigit() for w in words):
        return False
    return len(core.split()) > 1 or not core.startswith(("@", "http", "#"))


def _stands_alone(doc: Doc, text: str, d: _Draft) -> bool:
    """A quotation set off by punctuation from its tag (“Q,” S said / S said, “Q” / S: “Q”)."""
    f = d.found
    if f is None or f.how not in _STRONG_TAGS:
        return False
    before = text[: d.pieces[0][0]].rstrip()
    if f.how == "after":
        # “Q,” S said -- unless words of the same sentence precede the quote, even one
        # ("America needs leaders “who …,” Clinton said", 'Rubio “apologized,” Hannity
        # said': mixed speech, the subject is part of what was said); an opening 'But' or
        # 'So' is the writer's link, and words before a colon the writer's lead-in ("… is no
        # mystery: “Q,” he said"), not the content
        cut = max(before.rfind(c) for c in '.!?\n”":') + 1
        lead = doc.char_span(cut, d.pieces[0][0], alignment_mode="contract")
        return lead is None or not any(t.pos_ not in _LINK_POS for t in lead)
    if f.how != "before":
        return True
    if f.cue is not None:
        # S said that when X, “Q”: the quotation ends a 'that' clause, which is what was said
        lead = doc[f.cue[1] : d.tokens[0][0]]
        if any(t.lower_ == "that" and t.dep_ == "mark" for t in lead):
            return False
    return before[-1:] in (",", ":", "—", "–")


def _introduced(doc: Doc, text: str, d: _Draft) -> bool:
    """A quotation its frame sets off as what was said: after a colon (“with the caption:
    "Welcome Jose"”) or right after the cue and a comma (“fans chanted, “Red for Ed,””), so
    a short one in capitals is said, not a title."""
    f = d.found
    if f is None or f.cue is None or f.how not in ("before", "leadin"):
        return False
    before = text[: d.pieces[0][0]].rstrip()
    if before[-1:] == ":":
        return True
    a = d.tokens[0][0]
    return before[-1:] == "," and a >= 2 and doc[a - 1].text == "," and f.cue[1] == a - 1


def _quoted_after_that(
    doc: Doc, text: str, first: int, span: tuple[int, int], inside: list[_Draft]
) -> bool:
    """A reported clause that is 'that' and then one whole quotation whose own frame has
    this cue: a direct quote (the outlets guide: every word of the content is quoted; 'that',
    like the frame, stays out of the span)."""
    if len(inside) != 1 or doc[first].lower_ != "that" or doc[first].dep_ != "mark":
        return False
    (d,) = inside
    f = d.found
    if f is None or f.cue is None or f.how != "before" or len(d.pieces) != 1:
        return False
    return not _words_outside(text, (doc[first].idx + 4, span[1]), d.pieces)


def _quoted_then_own_clause(
    doc: Doc, text: str, span: tuple[int, int], inside: list[_Draft]
) -> bool:
    """A reported clause that opens with a whole quotation of its frame and goes on after
    the closing mark with 'and'/'but' and a clause with its own subject: the quotation is what
    was said, the joined clause the reporter's ('S said “We lost,” and the flag is down')."""
    if len(inside) != 1:
        return False
    (d,) = inside
    f = d.found
    if f is None or f.cue is None or f.how != "before" or len(d.pieces) != 1:
        return False
    (qa, qb), (cs, ce) = d.pieces[0], span
    if _WORD.search(text[cs:qa]) and text[cs:qa].strip().lower() != "that":
        return False
    rest = text[qb:ce].lstrip(" ,;")
    if rest.split(" ", 1)[0].lower() not in ("and", "but"):
        return False
    start = qb + len(text[qb:ce]) - len(rest)
    tail = doc.char_span(start, ce, alignment_mode="expand")
    return tail is not None and any(
        t.dep_ in ("nsubj", "nsubjpass") and tail.start <= t.head.i < tail.end for t in tail
    )


_JOIN_GAP = re.compile(r"\s*(?:,\s*(?:but|and|yet)?|but|and|yet)\s+")


def _joined_quote_end(
    doc: Doc,
    text: str,
    cue: tuple[int, int],
    ce: int,
    direct: list[_Draft],
    piece_starts: dict[int, int],
) -> int:
    """The end of a reported clause that goes on, joined by 'but' or 'and', into a quotation
    the same cue frames ('Zimmerman said he had received offers, but “the offers were …”'):
    one mixed quote of the whole content, however the parser hung the second clause."""
    gap = _JOIN_GAP.match(text, ce)
    if gap is None or gap.end() == ce or "\n" in text[ce : gap.end()]:
        return ce
    k = piece_starts.get(gap.end())
    if k is None:
        return ce
    d = direct[k]
    f = d.found
    if d.dropped or len(d.pieces) != 1 or f is None or f.cue != cue:
        return ce
    if _stands_alone(doc, text, d):
        return ce  # 'S said P, “Q”' set off as its own quotation: two quotes
    return d.pieces[0][1]


def _pieces_outside(d: _Draft, span: tuple[int, int]) -> _Draft | None:
    """The pieces of a quotation that a mixed clause leaves out (“Q1,” S said. “Q2.” joined
    into one, then the first found inside 'S said that … “Q1”'): still a direct quote of the
    same frame and speaker, not lost with the piece the clause took."""
    cs, ce = span
    keep = [k for k, (a, b) in enumerate(d.pieces) if b <= cs or a >= ce]
    if not keep:
        return None
    return _Draft(
        pieces=[d.pieces[k] for k in keep],
        tokens=[d.tokens[k] for k in keep],
        found=d.found,
        speaker=d.speaker,
        inherited=d.inherited,
        closed=d.closed,
    )


def _words_outside(text: str, span: tuple[int, int], pieces: list[tuple[int, int]]) -> bool:
    """Whether a clause has a word outside the quotation marks (then it is mixed speech)."""
    cs, ce = span
    chars = list(text[cs:ce])
    for a, b in pieces:
        for k in range(max(a, cs), min(b, ce)):
            chars[k - cs] = " "
    return bool(_WORD.search("".join(chars)))


def _has_marks(s: str) -> bool:
    return any(c in s for c in '“”"«»') or "''" in s or "‘‘" in s or "’’" in s


# --------------------------------------------------------------------------- attribution


def _attribute(doc: Doc, text: str, d: _Draft, quoted: set[int]) -> Found | None:
    first_a, _ = d.tokens[0]
    _, last_b = d.tokens[-1]
    p_end = d.pieces[-1][1]
    inner = text[d.pieces[-1][0] : p_end].rstrip("”\"»' \u00a0")
    if inner.endswith("’’"):  # AP's closing mark: '“Q,’’ S told …' ends in a comma
        inner = inner[:-2].rstrip()
    limit = _next_quote_token(d, quoted, len(doc))
    found = tag_after(doc, last_b, limit, inner[-1:])
    if found is not None and found.cue is None and found.how != "dash":
        found = None
    if found is not None and found.how == "after":
        inner_frame = tag_before(doc, first_a, _prev_quote_token(doc, first_a, quoted))
        if _said_right_before(doc, inner_frame, first_a):
            found = inner_frame  # 'he … said, “Q,” the office said': the inner frame speaks
    if found is None:
        floor = _prev_quote_token(doc, first_a, quoted)
        found = tag_before(doc, first_a, floor)
    before = text[: d.pieces[0][0]].rstrip()
    starts_sentence = not before or before[-1] in ".!?\n"
    if found is None and d.tokens[0][1] > first_a and not starts_sentence:
        found = embedded(doc, d.tokens[0], quoted)
    if found is None:
        found = _lead_in(doc, text, d)
    return found


def _said_right_before(doc: Doc, found: Found | None, first: int) -> bool:
    """A frame whose verb of saying, with its speaker, ends right before the opening mark
    ('… and said, “Q”'): the quote's own frame, inside the sentence a later tag reports."""
    if found is None or found.cue is None or found.speaker is None or found.how != "before":
        return False
    if found.speaker_head is None or doc[found.speaker_head].dep_ != "nsubj":
        return False  # 'That being said, “Q,” he said': a passive frames nothing
    verb = doc[found.cue[0]]
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.dep_ in ("relcl", "acl") or any(
        c.dep_ == "mark" and c.lower_ not in ("as", "that") for c in verb.children
    ):
        return False  # 'Nothing the president said “Q,” S said', 'If it passes, “Q,” S said'
    k = first - 1
    while k > found.cue[0] and (doc[k].is_space or doc[k].text in (",", ":")):
        k -= 1
    return k == found.cue[0] and found.speaker[1] <= found.cue[0]


def _next_quote_token(d: _Draft, quoted: set[int], n: int) -> int:
    j = d.tokens[-1][1]
    while j < n and j not in quoted:
        j += 1
    return j


def _prev_quote_token(doc: Doc, i: int, quoted: set[int]) -> int:
    texts = doc_column(doc, "text")
    j = i - 1
    while j >= 0 and j not in quoted and "\n" not in texts[j]:
        j -= 1
    return j + 1


def _lead_in(doc: Doc, text: str, d: _Draft) -> Found | None:
    """A paragraph that opens with the quote after a paragraph ending ``S said:``."""
    start = d.pieces[0][0]
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return None
    prev_end = len(text[:line_start].rstrip())
    if prev_end == 0 or text[prev_end - 1] != ":":
        return None
    span = doc.char_span(prev_end - 1, prev_end, alignment_mode="expand")
    if span is None:
        return None
    colon = span[0]
    sent = colon.sent
    for tok in reversed(list(sent)):
        if tok.i >= colon.i:
            continue
        if tok.lemma_.lower() in reporting_verbs() and tok.pos_ in ("VERB", "AUX"):
            subj = subject_of(tok)
            f = Found("leadin", cue=(tok.i, tok.i + 1), lemma=tok.lemma_.lower())
            if subj is not None:
                f.speaker = speaker_span(subj)
                f.speaker_head = subj.i
            return f
    found = colon_speaker(doc, sent.start, colon.i)
    if found is not None:
        found.how = "leadin"
    return found


_NEXT_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")
"""A sentence ending, then the next one: the gap after a tag holds a sentence of its own."""


def _continue_speakers(doc: Doc, text: str, drafts: list[_Draft]) -> None:
    """Untagged quotes: join ``“Q1,” S V. “Q2.”``; continue the previous quote's speaker
    over the next paragraph; else take a person named as subject of the sentence before."""
    for k, d in enumerate(drafts):
        if d.found is not None:
            continue
        j = k - 1
        while j >= 0 and _title_between(text, drafts[j]):
            j -= 1  # “Q1,” S said on “Meet the Press.” “Q2”: the show's name is no quote
        prev = drafts[j] if j >= 0 else None
        start = d.pieces[0][0]
        if prev is not None and prev.found is not None and prev.found.how in _STRONG_TAGS:
            gap = text[prev.pieces[-1][1] : start]
            end = gap.rstrip().rstrip("”\"'’ ")[-1:]
            if "\n" not in gap and len(gap) < 200 and end in (".", "!", "?", ":"):
                own = _previous_subject(doc, d) if _NEXT_SENTENCE.search(gap) else None
                if own is not None and is_cue_verb(doc[own.speaker_head or 0].head, tag=True):
                    d.found = own  # “Q1,” S said. She added that P. “Q2”: the nearer frame
                    continue
                prev.pieces.extend(d.pieces)
                prev.tokens.extend(d.tokens)
                d.dropped = True
                continue
        gap = text[prev.pieces[-1][1] : start] if prev is not None else ""
        if (
            prev is not None
            and gap.strip(" ,").lower() in _JOINED
            and prev.found is not None
            and prev.found.cue is not None
            and prev.found.speaker is not None
            and (
                min(_words_in(text, prev), _words_in(text, d)) > SCARE_MAX_WORDS
                or _introduced(doc, text, prev)
            )
        ):
            d.inherited = True  # S said “Q1” and “Q2”: one frame, both whole quotations
            continue
        if prev is not None and "\n" not in gap and _sentence_ended(text, prev, start):
            d.inherited = True  # same paragraph, after the previous quote's sentence
            continue
        at_para_start = not text[text.rfind("\n", 0, start) + 1 : start].strip()
        subj = _previous_subject(doc, d)
        if subj is not None:
            d.found = subj
            continue
        if prev is not None and at_para_start and _adjacent_paragraphs(gap):
            d.inherited = True  # a quote paragraph right after the previous quote's paragraph


def _sentence_ended(text: str, prev: _Draft, start: int) -> bool:
    """The previous quotation's sentence ends before ``start``: a stop in the gap, or, with
    nothing but space between, inside the previous quotation's marks (S said on “New Day.”)."""
    gap = text[prev.pieces[-1][1] : start]
    if gap.strip():
        return gap.rstrip()[-1:] in (".", "!", "?")
    a, b = prev.pieces[-1]
    return text[a:b].rstrip("”\"'’» \u00a0")[-1:] in (".", "!", "?")


def _title_between(text: str, d: _Draft) -> bool:
    """An untagged quotation that the scare-quote rule will drop (a show's or a book's name):
    quotations around it continue past it."""
    if d.found is not None or not d.closed or d.inherited:
        return False
    words = [w for a, b in d.pieces for w in _WORD.findall(text[a:b])]
    return len(words) <= SCARE_MAX_WORDS or (_title_case(words) and len(words) <= 8)


def _words_in(text: str, d: _Draft) -> int:
    return sum(len(_WORD.findall(text[a:b])) for a, b in d.pieces)


def _adjacent_paragraphs(gap: str) -> bool:
    """The text between two quotes holds one paragraph break and no other paragraph."""
    lines = gap.split("\n")
    return len(lines) >= 2 and not any(line.strip() for line in lines[1:])


def _previous_subject(doc: Doc, d: _Draft) -> Found | None:
    """The sentence just before a full-sentence quote names its speaker as subject."""
    a = d.tokens[0][0]
    if a == 0:
        return None
    prev_tok = doc[a - 1]
    while prev_tok.i > 0 and prev_tok.is_space:
        prev_tok = doc[prev_tok.i - 1]
    if prev_tok.text not in (".", "!", "?", ":"):
        return None
    sent = prev_tok.sent
    if any(t.is_quote for t in sent):
        return None
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    # 'Or maybe Jeb Bush, consultant Phil Musser says.': of two subjects the one next to the verb
    fronted = [c for c in subjects if c.i < root.i]
    subj = fronted[-1] if fronted else next(iter(subjects), None)
    named = subj is not None and (subj.ent_type_ in ("PERSON", "ORG") or subj.pos_ == "PROPN")
    # 'The Christian leader further related that …. “Q”': a described subject of a verb of saying
    speaking = subj is not None and subj.pos_ == "NOUN" and is_cue_verb(root, tag=True)
    if subj is None or not (named or speaking or subj.lower_ in ("he", "she")):
        return None
    return Found("previous", speaker=speaker_span(subj), speaker_head=subj.i)


def _continue_taken(drafts: list[_Draft]) -> None:
    """“Q1” of X, S said. “Q2.”: Q2 continues a quotation that S's reported clause took in
    after Q2's speaker was looked for; it is S's too."""
    for k, d in enumerate(drafts):
        if d.inherited and d.speaker is None and not d.dropped:
            d.speaker = _previous_speaker(drafts, k, taken=True)


def _previous_speaker(drafts: list[_Draft], k: int, *, taken: bool = False) -> Speaker | None:
    """The speaker of the quotations this one continues; a title or scare quote dropped in
    between (“Meet the Press”, a book's name) is passed over; with ``taken``, a quotation a
    reported clause took in speaks through that clause."""
    for j in range(k - 1, -1, -1):
        by = drafts[j].taken_by
        if taken and by is not None and by.speaker is not None:
            return by.speaker
        if drafts[j].dropped:
            continue
        if drafts[j].speaker is not None:
            return drafts[j].speaker
        if not drafts[j].inherited:
            return None
    return None


_NON_WORD = re.compile(r"[\W_]+")


def _drop_repeated_headings(text: str, drafts: list[_Draft], paragraph_starts: list[int]) -> None:
    """Drop the highlight headings and pull quotes: a quotation alone in its paragraph (a list
    mark or a number aside), with no speaker, whose words recur inside another quotation of the
    article ('- "My fears have been realized"' over the quote it picks out)."""
    alone = [d for d in drafts if not d.dropped and _alone_unspoken(text, d, paragraph_starts)]
    if not alone:
        return
    words = {id(d): [_NON_WORD.sub(" ", text[x:y]).lower() for x, y in d.pieces] for d in drafts}
    for d in alone:
        own = words[id(d)][0].strip()
        if own.count(" ") < 2:
            continue  # two words or fewer: too little to say it repeats
        if any(
            other is not d and not other.dropped and any(own in w for w in words[id(other)])
            for other in drafts
        ):
            d.dropped = True


def _alone_unspoken(text: str, d: _Draft, paragraph_starts: list[int]) -> bool:
    """A single quotation with no speaker and no other word in its paragraph."""
    if d.speaker is not None or d.found is not None or len(d.pieces) != 1:
        return False
    a, b = d.pieces[0]
    k = bisect_right(paragraph_starts, a) - 1
    start = paragraph_starts[k] if k >= 0 else 0
    end = paragraph_starts[k + 1] if k + 1 < len(paragraph_starts) else len(text)
    return not any(c.isalpha() for c in text[start:a] + text[b:end])


def _is_scare_or_title(doc: Doc, text: str, d: _Draft) -> bool:
    """No cue and no speaker, and short or Title Case: a scare quote, a name or a title.
    An unclosed quotation counts only with a tag before it (``S said: “…``)."""
    if d.kind != "direct":
        return False
    if _names_a_work(doc, text, d):
        return True
    f = d.found
    if not d.closed and (f is None or f.how not in ("before", "according", "leadin")):
        return True
    words = [w for a, b in d.pieces for w in _WORD.findall(text[a:b])]
    shouted = f is not None and f.cue is not None and f.how in _STRONG_TAGS and _all_caps(words)
    said = shouted or _introduced(doc, text, d)
    if _title_case(words) and len(words) <= 6 and not _has_clause(doc, d) and not said:
        return True  # (a tagged chant in capitals, “USA! USA!” they chanted, is no title)
    unattributed = f is None or (f.cue is None and f.how not in ("dash", "previous"))
    if unattributed and d.speaker is None:
        return len(words) <= SCARE_MAX_WORDS or _title_case(words) or _fragment(doc, text, d)
    if f is not None and f.how == "after" and _unpunctuated(text, d) and f.content is None:
        return _fragment(doc, text, d)  # '… and “fault detection” to maintain …': no tag
    if f is not None and f.how in _STRONG_TAGS:
        return False
    return _title_case(words) and len(words) <= 8


_TITLE_SMALL = _SMALL | {"after", "before", "from", "into", "over", "up", "as", "but", "vs"}
"""Words a title leaves in lower case ('Day after Day')."""
_SO_CALLED = re.compile(r"\bso[- ]called\s*$", re.IGNORECASE)


def _names_a_work(doc: Doc, text: str, d: _Draft) -> bool:
    """A quotation in title case that names a work: beside a noun of works ('the reality TV
    show “The Apprentice”', '“Trump Revealed,” a biography'), after a naming participle ('an
    article titled “…”', 'a collection called “…”') or 'so-called', or the object of 'of'
    in a noun phrase ('a host of “The Five”'). A tag found near it is the sentence's verb,
    not its speaker's: titles are no quotes (outlets guide), whatever their length."""
    if len(d.pieces) != 1 or not d.closed:
        return False
    qa, qb = d.pieces[0]
    inner = text[qa:qb].strip("“”\"'‘’«»„ \u00a0,.")
    if inner[-1:] in ("!", "?") or not _title_words(_WORD.findall(inner)):
        return False
    if _SO_CALLED.search(text[max(0, qa - 12) : qa]):
        return True
    a, b = d.tokens[0]
    j = a - 1 if a > 0 and doc[a - 1].text != "," else a - 2
    if j >= 0 and doc[j].text.islower() and doc[j].lower_ in work_nouns():
        return True  # the show “X”, the movie, “X”
    k = b + 1 if b < len(doc) and doc[b].text == "," else b
    comma = k > b or text[qa:qb].rstrip("”\"'’» \u00a0").endswith(",")
    if comma and k + 1 < len(doc) and doc[k].tag_ in ("DT", "PRP$"):
        for t in doc[k + 1 : min(len(doc), k + 5)]:
            if t.is_punct:
                break
            if t.text.islower() and t.lower_ in work_nouns():
                return True  # “X,” a biography written by …
    roots = [t for t in doc[a:b] if not (a <= t.head.i < b or t.is_punct)]
    if not roots:
        return False
    root, head = roots[0], roots[0].head  # (a title the parser split: its first part)
    if names_not_speech(head) or (
        root.dep_ == "oprd" and head.dep_ in ("acl", "relcl") and head.lemma_ in NAMING_VERBS
    ):
        return True  # an article titled “X”, a collection (Trudeau) called “X”
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN"


def _title_words(words: list[str]) -> bool:
    """Two or more words, the first and every content word capitalised (or a number)."""
    if len(words) < 2 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words)


def _unpunctuated(text: str, d: _Draft) -> bool:
    """No comma, stop or dash closes the quotation (“Q,” S said has one): a tag after it is
    no tag unless the sentence goes on as one."""
    a, b = d.pieces[-1]
    inner = text[a:b].rstrip("”\"»’' \u00a0")
    after = text[b : b + 1]
    return inner[-1:] not in ",.?!—–-…:;" and after not in (",", ".", "—", "–")


def _fragment(doc: Doc, text: str, d: _Draft) -> bool:
    """A quotation that opens in lower case inside a sentence whose verb is the article's, not
    a verb of saying ('meant making the “best system for enterprise.”', 'remembered him
    rehearsing and “going way off script”'): a phrase taken over, not a quote. One that holds
    its own sentence's verb, or a clause with its subject, or that a verb of saying governs,
    may still be speech."""
    inner = text[d.pieces[0][0] : d.pieces[0][1]].lstrip("“”\"'‘’«»„ ")
    if not inner[:1].islower():
        return False
    before = text[: d.pieces[0][0]]
    cut = max(before.rfind(c) for c in '.!?\n”"')
    if len(_WORD.findall(before[cut + 1 :])) < MIXED_MIN_WORDS:
        return False
    a, b = d.tokens[0]
    words = [t for t in doc[a:b] if not (t.is_punct or t.is_space)]
    roots = [t for t in words if not a <= t.head.i < b or t.head.i == t.i]
    if not roots or any(t.head.i == t.i for t in roots):
        return False
    if any(t.dep_ == "pobj" and t.head.lower_ == "as" for t in roots):
        return False  # 'introduced him as “someone who …”': described as, a frame of its own
    if any(c.dep_ in ("nsubj", "nsubjpass") and a <= c.i < b for t in roots for c in t.children):
        return False  # 'because, in Forbes’ words, “they are …”': a clause of its own
    node = roots[0]
    while True:  # up to the verb that governs it (a conjunct's sibling governs nothing)
        if node.head.i == node.i:
            return True
        conjunct = node.dep_ == "conj"
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass") and not conjunct:
            return node.lemma_.lower() not in speech_verbs()


def _all_caps(words: list[str]) -> bool:
    letters = [w for w in words if any(c.isalpha() for c in w)]
    return bool(letters) and all(w.isupper() for w in letters)


def _title_case(words: list[str]) -> bool:
    """Two or more content words, all capitalised (or one word in capitals)."""
    content = [w for w in words if w.lower() not in _SMALL]
    if len(content) == 1:
        return len(content[0]) > 1 and content[0].isupper()
    return len(content) > 1 and all(w[0].isupper() or w[0].isdigit() for w in content)


def _has_clause(doc: Doc, d: _Draft) -> bool:
    """A verb with a subject inside the quote: a sentence, not a title."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
        for a, b in d.tokens
        for t in doc[a:b]
    )


def _snap(
    span: tuple[int, int], pieces: list[tuple[int, int]], index: RangeIndex | None = None
) -> tuple[int, int]:
    """Widen a clause that cuts a quotation in two so the whole quotation is inside.

    With ``index`` (of ``pieces``) only the pieces near the clause are walked, in order: a
    piece that does not reach the final span never widens it, so walking those that reach the
    span found gives the same span, once the span no longer grows."""
    if index is None:
        return _widen(span, pieces)
    lo, hi = span
    while True:
        found = _widen(span, [pieces[i] for i in index.near(lo, hi)])
        if lo <= found[0] and found[1] <= hi:
            return found
        lo, hi = min(lo, found[0]), max(hi, found[1])


def _widen(span: tuple[int, int], pieces: list[tuple[int, int]]) -> tuple[int, int]:
    cs, ce = span
    for a, b in pieces:
        if a < ce < b and a >= cs:
            ce = b
        if a < cs < b and b <= ce:
            cs = a
    return cs, ce


def _outermost(reported: list) -> list:
    """Univocal attribution: a clause inside another reported clause is not reported apart."""
    inside = contained_in_another([r.content for r in reported])
    return [r for r, nested in zip(reported, inside, strict=True) if not nested]


# --------------------------------------------------------------------------- output


def _to_record(doc: Doc, text: str, d: _Draft, paragraph_starts: list[int]) -> Attribution:
    pieces = d.pieces
    if d.kind == "mixed" and d.content and d.found is not None and d.found.how != "reported":
        pieces = [d.content]  # a quotation found inside a reported clause: the clause
    pieces = sorted(pieces)
    f = d.found
    cue_chars = None
    venue = None
    lemma = None
    if f is not None and f.cue is not None:
        a, b = f.cue
        cue_chars = _char_span(token_bounds(doc), a, b)
        lemma = f.lemma or doc[a].lemma_.lower()
        venue = _venue(doc, text, a, b, pieces)
    para = max(bisect_right(paragraph_starts, pieces[0][0]) - 1, 0)
    return Attribution(
        kind=d.kind,
        pieces=tuple(pieces),
        how=f.how if f is not None else ("inherited" if d.inherited else None),
        cue=f.cue if f is not None else None,
        cue_chars=cue_chars,
        lemma=lemma,
        speaker=d.speaker,
        speaker_tokens=f.speaker if f is not None else None,
        speaker_head=f.speaker_head if f is not None else None,
        venue=venue,
        paragraph=para,
    )


def _venue(doc: Doc, text: str, a: int, b: int, pieces: list[tuple[int, int]]) -> str | None:
    """'in a post to X', 'in an interview with Current Time', 'on Telegram' near the cue."""
    start = token_bounds(doc)[1][b - 1]
    sent_end = sent_of(doc, b - 1).end_char
    end = min([sent_end] + [p for p, _ in pieces if p >= start])
    window = text[start:end]
    for pattern in venue_patterns():
        m = pattern.search(window)
        if m and m.start() <= 40:
            return m.group().strip().rstrip(",.;:")
    return None
