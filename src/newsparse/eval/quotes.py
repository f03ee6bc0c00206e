"""Score predicted quotes against gold attribution data: pure functions -> Pydantic results.

The gold format is the one described in ``shared/eval/README.md``: one article per JSON line,
``quotes`` = segments (one per paragraph piece) with character offsets into ``text``. Matching:
one-to-one on character overlap >= 0.5 of the longer span (greedy, best overlap first), and
separately on exact boundaries. Predictions and gold inside ``ignore_spans`` count neither way.

Records that carry more are scored for more: ``speaker_name`` (who really spoke, outlets guide)
gives resolved-speaker accuracy over matched direct and matched reported segments
(``eval.speakers``); ``entities`` gives entity precision, recall and split rate
(``eval.entities``); ``half`` (dev/check) gives the same scores per half.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import Field

from newsparse.errors import FormatError, InputError
from newsparse.eval.entities import (
    EntityCounts,
    EntityResult,
    aggregate_entities,
    gold_entities,
    pred_entities,
    score_entities,
)
from newsparse.eval.gold import read_quote_gold
from newsparse.eval.matching import MIN_OVERLAP, match_spans
from newsparse.eval.measures import PRF, Accuracy, accuracy, prf
from newsparse.eval.speakers import names_speaker
from newsparse.eval.voices import VoiceCounts, VoiceScores, score_voices, total_voices  # issue 15
from newsparse.lexicon import lines
from newsparse.models import Entity, FrozenModel, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc


class GoldSegment(FrozenModel):
    """One gold content segment (a contiguous piece inside one paragraph)."""

    start: int
    end: int
    kind: str = "direct"
    speaker: str | None = None
    speaker_is_pronoun: bool = False
    cue: str | None = None
    speaker_name: str | None = Field(None, description="Who really spoke (outlets guide).")
    clausal: bool = Field(
        False, description="Reported content with a verb of its own (set from the parse)."
    )


class PredSegment(FrozenModel):
    """One predicted span with the speaker strings that may match a gold speaker."""

    start: int
    end: int
    kind: str
    speakers: tuple[str, ...] = ()
    resolved: str | None = Field(None, description="speaker.name, else speaker.text.")


class ArticleCounts(FrozenModel):
    """Raw counts for one article; summed over articles before ratios are taken."""

    direct_tp: int = 0
    direct_exact_tp: int = 0
    direct_pred: int = 0
    direct_gold: int = 0
    attributed_tp: int = 0
    speaker_named: tuple[int, int] = (0, 0)
    speaker_pronoun: tuple[int, int] = (0, 0)
    speaker_null_gold: int = 0
    speaker_missing_pred: int = 0
    reported_pred: int = 0
    reported_pred_tp: int = 0
    reported_gold: int = 0
    reported_gold_tp: int = 0
    speech_gold: int = 0
    speech_gold_tp: int = 0
    clause_gold: int = 0
    clause_gold_tp: int = 0
    resolved_direct: tuple[int, int] = (0, 0)
    resolved_reported: tuple[int, int] = (0, 0)


class EvalResult(FrozenModel):
    articles: int
    direct: PRF
    direct_exact: PRF
    attributed: PRF
    speaker: Accuracy = Field(description="Matched direct quotes with a gold speaker.")
    speaker_named: Accuracy
    speaker_pronoun: Accuracy
    speaker_null_gold: int = Field(description="Matched direct quotes whose gold has no speaker.")
    speaker_missing_pred: int = Field(description="Matched quotes we gave no speaker.")
    reported_recall_speech: Accuracy = Field(
        description="Gold indirect/mixed segments with a speech cue that a prediction matched."
    )
    reported_recall_clause: Accuracy = Field(
        default_factory=Accuracy,
        description="The speech-cue subset whose content has a verb: a clause, what the"
        " outlets guide annotates ('said that P'); PolNeAR also takes objects as content"
        " ('denied wrongdoing', 'said of waterboarding', 'asked about the tax').",
    )
    reported_recall_all: Accuracy
    reported_precision: Accuracy = Field(
        description="Predicted indirect/mixed spans matching any gold indirect/mixed segment."
    )
    resolved_speaker_direct: Accuracy = Field(
        default_factory=Accuracy,
        description="Matched direct quotes with a gold speaker_name that our speaker names.",
    )
    resolved_speaker_reported: Accuracy = Field(
        default_factory=Accuracy,
        description="The same over matched indirect/mixed segments.",
    )
    entities: EntityResult | None = Field(
        None, description="Entity scores, when the gold records carry entities."
    )
    halves: dict[str, EvalResult] = Field(
        default_factory=dict, description="The same scores per gold 'half' (dev, check)."
    )
    voices: VoiceScores | None = Field(None, description="When gold labels speakers' voices.")


# --------------------------------------------------------------------------- speakers

_WORD = re.compile(r"[\w’'.-]+", re.UNICODE)


@lru_cache(maxsize=1)
def _non_name_words() -> frozenset[str]:
    return frozenset(w.lower() for line in lines("eval_non_name_words.txt") for w in line.split())


def _words(text: str) -> list[str]:
    return [w.strip(".’'-").lower() for w in _WORD.findall(text) if w.strip(".’'-")]


def _name_words(text: str) -> set[str]:
    """Capitalised words that are not titles, articles or pronouns (possessive 's dropped)."""
    out: set[str] = set()
    for raw in _WORD.findall(text):
        w = re.sub(r"[’']s$", "", raw.strip(".’'-"))
        if len(w) > 1 and w[0].isupper() and w.lower() not in _non_name_words():
            out.add(w.lower())
    return out


def _contains(outer: list[str], inner: list[str]) -> bool:
    n = len(inner)
    return n > 0 and any(outer[k : k + n] == inner for k in range(len(outer) - n + 1))


def speaker_matches(gold: str, pred: str) -> bool:
    """Lenient: one span's words contain the other's (case-insensitive), or a shared name word."""
    g, p = _words(gold), _words(pred)
    if not g or not p:
        return False
    if _contains(g, p) or _contains(p, g):
        return True
    return bool(_name_words(gold) & _name_words(pred))


# --------------------------------------------------------------------------- speech cues


@lru_cache(maxsize=1)
def _speech_cue_forms() -> frozenset[str]:
    forms: set[str] = set()
    for line in lines("eval_speech_cues.txt"):
        line = line.split("#", 1)[0].strip()
        if line:
            forms.update(line.lower().split())
    return frozenset(forms)


def is_speech_cue(cue: str | None) -> bool:
    """Whether a gold cue is a plain verb of saying (said, told, according to, ...)."""
    if not cue:
        return False
    words = re.findall(r"[a-z]+", cue.lower())
    if "according" in words:
        return True
    return any(w in _speech_cue_forms() for w in words)


# --------------------------------------------------------------------------- per article


def _inside_ignored(span: tuple[int, int], ignore: Sequence[tuple[int, int]]) -> bool:
    length = span[1] - span[0]
    if length <= 0:
        return True
    covered = sum(max(0, min(span[1], b) - max(span[0], a)) for a, b in ignore)
    return covered / length >= MIN_OVERLAP


def gold_from_record(record: dict[str, Any]) -> tuple[list[GoldSegment], list[tuple[int, int]]]:
    """Gold segments and ignore spans from one record; raises FormatError when malformed."""
    try:
        quotes = record.get("quotes") or []
        gold = [
            GoldSegment(
                start=int(q["start"]),
                end=int(q["end"]),
                kind=str(q.get("kind") or "direct"),
                speaker=q.get("speaker"),
                speaker_is_pronoun=bool(q.get("speaker_is_pronoun")),
                cue=q.get("cue"),
                speaker_name=q.get("speaker_name"),
            )
            for q in quotes
        ]
        ignore = [(int(a), int(b)) for a, b in (record.get("ignore_spans") or [])]
    except (KeyError, TypeError, ValueError) as err:
        raise FormatError(f"record {record.get('id', '?')}: malformed gold quote ({err})") from None
    return gold, ignore


def pred_segments(quotes: Iterable[Quote]) -> list[PredSegment]:
    """Every span of every predicted quote becomes one segment (gold is per segment too)."""
    out: list[PredSegment] = []
    for q in quotes:
        speakers: tuple[str, ...] = ()
        resolved = None
        if q.speaker is not None:
            speakers = tuple(s for s in (q.speaker.text, q.speaker.name) if s)
            resolved = q.speaker.name or q.speaker.text
        for s in q.spans:
            out.append(
                PredSegment(
                    start=s.start, end=s.end, kind=q.kind, speakers=speakers, resolved=resolved
                )
            )
    return out


def score_article(
    gold: Sequence[GoldSegment],
    pred: Sequence[PredSegment],
    ignore: Sequence[tuple[int, int]] = (),
) -> ArticleCounts:
    """Counts for one article (see the module docstring for the rules)."""
    gold = [g for g in gold if not _inside_ignored((g.start, g.end), ignore)]
    pred = [p for p in pred if not _inside_ignored((p.start, p.end), ignore)]

    g_dir = [g for g in gold if g.kind == "direct"]
    p_dir = [p for p in pred if p.kind == "direct"]
    g_spans = [(g.start, g.end) for g in g_dir]
    p_spans = [(p.start, p.end) for p in p_dir]
    pairs = match_spans(p_spans, g_spans)
    exact = match_spans(p_spans, g_spans, exact=True)
    # A quoted fragment of gold mixed speech is neither right nor wrong as a direct quote.
    mixed = [(g.start, g.end) for g in gold if g.kind == "mixed"]
    matched = {i for i, _ in pairs} | {i for i, _ in exact}
    neutral = sum(
        1 for i, p in enumerate(p_spans) if i not in matched and _inside_ignored(p, mixed)
    )

    named = [0, 0]
    pronoun = [0, 0]
    null_gold = missing = attributed = 0
    for i, j in pairs:
        g, p = g_dir[j], p_dir[i]
        if not p.speakers:
            missing += 1
        if g.speaker is None:
            null_gold += 1
            attributed += 1
            continue
        ok = any(speaker_matches(g.speaker, s) for s in p.speakers)
        attributed += ok
        bucket = pronoun if g.speaker_is_pronoun else named
        bucket[0] += ok
        bucket[1] += 1

    g_rep = [g for g in gold if g.kind in ("indirect", "mixed")]
    p_rep = [p for p in pred if p.kind in ("indirect", "mixed")]
    rep_pairs = match_spans([(p.start, p.end) for p in p_rep], [(g.start, g.end) for g in g_rep])
    speech = [is_speech_cue(g.cue) for g in g_rep]
    clause = [sp and g.clausal for sp, g in zip(speech, g_rep, strict=True)]
    return ArticleCounts(
        resolved_direct=_resolved(g_dir, p_dir, pairs),
        resolved_reported=_resolved(g_rep, p_rep, rep_pairs),
        direct_tp=len(pairs),
        direct_exact_tp=len(exact),
        direct_pred=len(p_dir) - neutral,
        direct_gold=len(g_dir),
        attributed_tp=attributed,
        speaker_named=(named[0], named[1]),
        speaker_pronoun=(pronoun[0], pronoun[1]),
        speaker_null_gold=null_gold,
        speaker_missing_pred=missing,
        reported_pred=len(p_rep),
        reported_pred_tp=len(rep_pairs),
        reported_gold=len(g_rep),
        reported_gold_tp=len(rep_pairs),
        speech_gold=sum(speech),
        speech_gold_tp=sum(speech[j] for _, j in rep_pairs),
        clause_gold=sum(clause),
        clause_gold_tp=sum(clause[j] for _, j in rep_pairs),
    )


def _resolved(
    gold: Sequence[GoldSegment], pred: Sequence[PredSegment], pairs: Iterable[tuple[int, int]]
) -> tuple[int, int]:
    """(right, judged) over matched pairs whose gold has a ``speaker_name``; continuation
    segments (no speaker mention, a speaker_name) count too."""
    right = judged = 0
    for i, j in pairs:
        name = gold[j].speaker_name
        if name:
            judged += 1
            right += names_speaker(name, pred[i].resolved)
    return right, judged


# --------------------------------------------------------------------------- totals


def _pair_sum(items: Sequence[ArticleCounts], name: str) -> tuple[int, int]:
    return (sum(getattr(c, name)[0] for c in items), sum(getattr(c, name)[1] for c in items))


def aggregate(
    counts: Iterable[ArticleCounts], entity_counts: Iterable[EntityCounts] | None = None
) -> EvalResult:
    """Micro-averaged totals over articles (entities only when their counts are given)."""
    items = list(counts)
    entity_items = list(entity_counts) if entity_counts is not None else []

    def total(name: str) -> int:
        return sum(getattr(c, name) for c in items)

    named = (sum(c.speaker_named[0] for c in items), sum(c.speaker_named[1] for c in items))
    pron = (sum(c.speaker_pronoun[0] for c in items), sum(c.speaker_pronoun[1] for c in items))
    n_pred, n_gold = total("direct_pred"), total("direct_gold")
    return EvalResult(
        articles=len(items),
        direct=prf(total("direct_tp"), n_pred, n_gold),
        direct_exact=prf(total("direct_exact_tp"), n_pred, n_gold),
        attributed=prf(total("attributed_tp"), n_pred, n_gold),
        speaker=accuracy(named[0] + pron[0], named[1] + pron[1]),
        speaker_named=accuracy(*named),
        speaker_pronoun=accuracy(*pron),
        speaker_null_gold=total("speaker_null_gold"),
        speaker_missing_pred=total("speaker_missing_pred"),
        reported_recall_speech=accuracy(total("speech_gold_tp"), total("speech_gold")),
        reported_recall_clause=accuracy(total("clause_gold_tp"), total("clause_gold")),
        reported_recall_all=accuracy(total("reported_gold_tp"), total("reported_gold")),
        reported_precision=accuracy(total("reported_pred_tp"), total("reported_pred")),
        resolved_speaker_direct=accuracy(*_pair_sum(items, "resolved_direct")),
        resolved_speaker_reported=accuracy(*_pair_sum(items, "resolved_reported")),
        entities=aggregate_entities(entity_items) if entity_items else None,
    )


# --------------------------------------------------------------------------- running


def read_gold(
    path: str, limit: int | None = None, *, texts: str | None = None
) -> Iterator[dict[str, Any]]:
    """Records from a JSON Lines gold file, all checked first (``eval.gold``): a bad line is
    a one-line ``file:line: reason`` FormatError before anything is scored. Records holding
    ``file`` + ``sha256`` instead of ``text`` read it from the ``texts`` folder."""
    yield from read_quote_gold(path, limit, texts=texts)


class RecordScore(FrozenModel):
    """One gold record's counts, with the half it belongs to."""

    half: str | None = None
    quotes: ArticleCounts
    entities: EntityCounts | None = None
    voices: VoiceCounts | None = None  # issue 15


def mark_clausal(gold: Sequence[GoldSegment], doc: Doc) -> list[GoldSegment]:
    """Flag reported segments whose content holds a verb (a clause, not an object): the
    parse of the whole article decides, so the flag costs no second parse."""
    out = []
    for g in gold:
        if g.kind in ("indirect", "mixed"):
            span = doc.char_span(g.start, g.end, alignment_mode="expand")
            verb = span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)
            g = g.model_copy(update={"clausal": verb})
        out.append(g)
    return out


def score_record(
    record: dict[str, Any],
    text: str,
    quotes: Iterable[Quote],
    entities: Iterable[Entity],
    doc: Doc | None = None,
) -> RecordScore:
    """Score one analysed record: quotes always, entities when the record carries them;
    ``doc`` (the article's parse) splits reported recall into clauses and objects."""
    gold, ignore = gold_from_record(record)
    if doc is not None:
        gold = mark_clausal(gold, doc)
    gold_refs = gold_entities(record)
    return RecordScore(
        half=record.get("half"),
        quotes=score_article(gold, pred_segments(quotes), ignore),
        entities=None
        if gold_refs is None
        else score_entities(gold_refs, pred_entities(entities), text, ignore),
    )


def summarise(scores: Sequence[RecordScore]) -> EvalResult:
    """Totals over all records, and per half when records carry one."""

    def total(items: Sequence[RecordScore]) -> EvalResult:
        ents = [s.entities for s in items if s.entities is not None]
        result = aggregate((s.quotes for s in items), ents if ents else None)
        voices = total_voices(s.voices for s in items if s.voices is not None)  # issue 15
        return result.model_copy(update={"voices": voices})

    halves = sorted({s.half for s in scores if s.half}, key=lambda h: (h != "dev", h != "check", h))
    return total(scores).model_copy(
        update={"halves": {h: total([s for s in scores if s.half == h]) for h in halves}}
    )


PARITY_HALVES = ("even", "odd")
"""Halves of a gold file whose records carry no 'half' (PolNeAR dev): by position in the
file, the first record even; a fixed split that design on one and a check on the other share."""


def select_half(
    records: list[dict[str, Any]], half: str | None, path: str, *, by_half: bool = False
) -> list[dict[str, Any]]:
    """The records of one half (all when ``half`` is None). A file without 'half' fields is
    split by position into even and odd; asking it for dev or check is an error."""
    if not any("half" in r for r in records):
        if half in PARITY_HALVES or by_half:
            records = [{**r, "half": PARITY_HALVES[k % 2]} for k, r in enumerate(records)]
        elif half:
            raise InputError(
                f"{path}: no record has a 'half' field (--half {half} needs one;"
                " --half even|odd splits such a file by position)"
            )
    return records if half is None else [r for r in records if r.get("half") == half]


def run_evaluation(
    path: str,
    *,
    model: str | None = None,
    limit: int | None = None,
    half: str | None = None,
    by_half: bool = False,
    progress: Callable[[int, int], None] | None = None,
    texts: str | None = None,
    cache: str | None = None,
) -> EvalResult:
    """Analyse every gold article (entities + quotes only) and score it.

    ``half``: only the records of that half (``--limit`` then counts within it); ``by_half``:
    refuse a file without halves; ``texts``: the folder gold ``file`` paths are relative to;
    ``cache``: a folder of parsed Docs reused between runs (``eval.parsecache``)."""
    from newsparse.analysis import paragraph_starts
    from newsparse.docview import DocView
    from newsparse.eval.parsecache import parse_docs
    from newsparse.extract import extract
    from newsparse.loader import article_from_record
    from newsparse.nlp import load_pipeline

    records = select_half(
        list(read_gold(path, None if half else limit, texts=texts)), half, path, by_half=by_half
    )[:limit]
    if not records:
        raise InputError(f"{path}: no records" + (f" in half {half!r}" if half else ""))
    for record in records:  # bad entity gold is refused before any parsing
        gold_entities(record)
    articles = [article_from_record(r, path=path) for r in records]
    nlp = load_pipeline(model)
    scores = []
    docs = parse_docs(nlp, [a.text for a in articles], cache)
    for k, (record, article, doc) in enumerate(zip(records, articles, docs, strict=True), 1):
        starts = paragraph_starts(article)
        view = DocView.of(doc, text=article.text)
        found = extract(
            view, paragraph_starts=starts, headline=article.headline, claims=False, summary=False
        )
        score = score_record(record, article.text, found.quotes, found.entities, doc)
        voiced = score_voices(record, found.quotes, found.voices)  # issue 15
        scores.append(score.model_copy(update={"voices": voiced}))
        if progress:
            progress(k, len(records))
    return summarise(scores)
