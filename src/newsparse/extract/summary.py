"""A short extractive summary: lead-aware, whole sentences only, quotes never cut or altered.

Each sentence that may stand alone is scored

    score = 1 / (1 + 0.5·rank) + 0.6·(salient entities, ≤ 1) − 0.3·[opens with a pronoun or
            connective] − 0.2·[contains quoted words] − 0.2·[longer than 45 words]

where ``rank`` is its place among the eligible sentences (news is written lead-first) and
"salient entities" sums, over the entities named in it, their salience divided by the top
salience. The lead sentence is always taken; the rest are the best-scoring sentences that do
not repeat what is already chosen (content-word overlap ≤ 0.5), in article order.

Not eligible: fewer than 8 words; not starting like a sentence (capital, digit, quote); no
final punctuation (captions, headings, one-line notes); mostly inside quotation marks (a bare
quote fragment); starting or ending inside a quotation (taking it would cut the quote);
boilerplate openings (resources/summary_skip.txt).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from newsparse.docview import DocView
from newsparse.extract.attribution.core import quotations
from newsparse.extract.overlaps import RangeIndex
from newsparse.lexicon import lines
from newsparse.models import Entity, Quote, SummarySentence
from newsparse.vocab import NUMERIC_LABELS

MIN_WORDS = 8
MAX_WORDS = 80
LONG_WORDS = 45
MAX_QUOTED_SHARE = 0.5
MAX_OVERLAP = 0.5
_FINAL = re.compile(r"""[.!?…][\"'”’)\]]*$""")
_OPEN_QUOTES = "“«„"
_CLOSE_QUOTES = "”»"
_WEAK_OPENERS = frozenset(
    {"he", "she", "it", "they", "this", "that", "these", "those", "but", "and", "so", "his",
     "her", "its", "their", "also", "however", "meanwhile", "still"}
)  # fmt: skip


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    text: str
    paragraph: int
    score: float
    words: frozenset[str]


@lru_cache(maxsize=1)
def _skip_openings() -> tuple[str, ...]:
    return tuple(line.strip().lower() for line in lines("summary_skip.txt"))


def extract_summary(
    view: DocView,
    *,
    paragraph_starts: list[int],
    quotes: list[Quote],
    size: int = 3,
    entities: list[Entity] | None = None,
) -> list[SummarySentence]:
    """Up to ``size`` whole sentences of the Doc, in article order (see the module docstring)."""
    if size <= 0 or not view.has_sents:
        return []
    quoted = _quoted_spans(view.text, quotes)
    quoted_index = RangeIndex(quoted)
    weights = _entity_weights(view, entities)
    candidates: list[_Candidate] = []
    for sent in view.sents:
        cand = _candidate(
            view, sent, len(candidates), paragraph_starts, quoted, weights, quoted_index
        )
        if cand is not None:
            candidates.append(cand)
    if not candidates:
        return []
    chosen = [candidates[0]]
    for cand in sorted(candidates[1:], key=lambda c: (-c.score, c.start)):
        if len(chosen) >= size:
            break
        if all(_overlap(cand.words, c.words) <= MAX_OVERLAP for c in chosen):
            chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    return [
        SummarySentence(text=c.text, start=c.start, end=c.end, paragraph=c.paragraph)
        for c in chosen
    ]


def _quoted_spans(text: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks, marks included: the quotes' own spans and every
    quotation the attribution core paired (scare quotes and titles too)."""
    spans = [(s.start, s.end) for q in quotes if q.kind != "indirect" for s in q.spans]
    spans.extend((a, b) for pieces, _closed in quotations(text) for a, b in pieces)
    return sorted(set(spans))


def _entity_weights(view: DocView, entities: list[Entity] | None) -> list[tuple[int, float]]:
    """(mention start, weight in 0..1) for every mention; weight = salience / top salience."""
    if entities:
        top = max(e.salience for e in entities) or 1.0
        return sorted((m.start, e.salience / top) for e in entities for m in e.mentions)
    named = [e for e in view.ents if e.label not in NUMERIC_LABELS]
    counts = Counter(view.span_text(e.start, e.end).lower() for e in named)
    if not counts:
        return []
    top = max(counts.values())
    return sorted(
        (view.starts[e.start], counts[view.span_text(e.start, e.end).lower()] / top) for e in named
    )


def _candidate(
    view: DocView,
    sent: tuple[int, int],
    rank: int,
    paragraph_starts: list[int],
    quoted: list[tuple[int, int]],
    weights: list[tuple[int, float]],
    quoted_index: RangeIndex,
) -> _Candidate | None:
    first, stop = sent
    start_char = view.starts[first]
    raw = view.span_text(first, stop)  # == sent.text, without the tokens
    text = raw.strip()
    if not text or "\n" in text:  # crosses a line break: not one sentence of one paragraph
        return None
    start = start_char + (len(raw) - len(raw.lstrip()))
    end = start + len(text)
    alpha = view.column("is_alpha")
    words = [k for k in range(first, stop) if alpha[k]]  # token indices
    if not MIN_WORDS <= len(words) <= MAX_WORDS or not _FINAL.search(text):
        return None
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "“\"‘'(["):
        return None  # a fragment the sentence splitter cut from the middle of a sentence
    if text.lower().startswith(_skip_openings()):
        return None
    inside = 0
    for q in quoted_index.near(start, end):  # the quotations near the sentence, in order
        q_start, q_end = quoted[q]
        if q_end <= start or q_start >= end:
            continue
        if q_start < start or q_end > end:
            return None  # the quotation runs across the sentence edge
        inside += q_end - q_start
    if inside > MAX_QUOTED_SHARE * len(text) or not _balanced(text):
        return None
    salient = min(1.0, sum(w for _pos, w in _between(weights, start, end)))
    score = 1.0 / (1.0 + 0.5 * rank) + 0.6 * salient
    lowers = view.column("lower_")
    if lowers[words[0]] in _WEAK_OPENERS:
        score -= 0.3
    if inside:
        score -= 0.2
    if len(words) > LONG_WORDS:
        score -= 0.2
    paragraph = max(bisect_right(paragraph_starts, start) - 1, 0)
    is_stop = view.column("is_stop")
    content = frozenset(lowers[k] for k in words if not is_stop[k])
    return _Candidate(start, end, text, paragraph, round(score, 6), content)


def _between(weights: list[tuple[int, float]], start: int, end: int) -> list[tuple[int, float]]:
    """The weights whose position is in ``[start, end)``, in order (``weights`` is sorted)."""
    return weights[bisect_left(weights, (start,)) : bisect_left(weights, (end,))]


def _balanced(text: str) -> bool:
    """Curly quotes open and close inside the sentence; straight ones come in pairs."""
    opened = sum(text.count(c) for c in _OPEN_QUOTES)
    closed = sum(text.count(c) for c in _CLOSE_QUOTES)
    return opened == closed and text.count('"') % 2 == 0


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
