"""Score claims against hand-annotated gold: pure functions from data to Pydantic results.

Matching follows issue 6: one-to-one, a pair counts when the character overlap is at least half
of the longer span. Claimer type, types and hedging are scored on matched pairs; check-worthiness
as a ROC AUC of the system's score against the gold yes/no over matched pairs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import AliasChoices, Field, StrictInt, ValidationError, model_validator

from newsparse.errors import FormatError, InputError
from newsparse.eval.gold import check_spans, gold_records, validation_reason
from newsparse.eval.matching import MIN_OVERLAP, match_spans
from newsparse.models import Claim, ClaimerType, ClaimType, FrozenModel


class GoldClaim(FrozenModel):
    start: StrictInt
    end: StrictInt
    text: str = ""
    excerpt: str | None = Field(None, description="The span's first words, when text is not kept.")
    claimer: ClaimerType = Field(validation_alias=AliasChoices("claimer", "claimer_type"))
    claimer_start: int | None = None
    claimer_end: int | None = None
    types: list[ClaimType] = Field(default_factory=list)
    hedged: bool = False
    checkworthy: bool = False
    note: str | None = None


class GoldArticle(FrozenModel):
    id: str
    text: str
    headline: str | None = None
    source: str | None = Field(None, description="Corpus file the text was loaded from.")
    file: str | None = Field(None, description="Where the text lives (``eval.texts``).")
    text_field: str | None = None
    sha256: str | None = None
    half: str | None = Field(None, description="dev or check: which half rules were made on.")
    claims: list[GoldClaim]

    @model_validator(mode="after")
    def _offsets_in_text(self) -> GoldArticle:
        check_spans(self.text, [(c.start, c.end) for c in self.claims])
        return self


class PredClaim(FrozenModel):
    """What the scorer needs of a system claim: its hull span and labels."""

    start: int
    end: int
    claimer: str
    types: list[str] = Field(default_factory=list)
    hedged: bool = False
    checkworthiness: float = 0.0


class ClaimScores(FrozenModel):
    articles: int
    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float
    claimer_accuracy: float | None
    types_micro_f1: float | None
    hedged_accuracy: float | None
    checkworthiness_auc: float | None
    claimer_confusion: dict[str, dict[str, int]] = Field(
        default_factory=dict, description="gold claimer type -> system type -> count (matched)."
    )


class ClaimEvaluation(FrozenModel):
    gold_path: str
    model: str
    system: ClaimScores
    baseline: ClaimScores | None = Field(
        None, description="Every sentence as an article-voice claim (digits = check-worthy)."
    )


# --------------------------------------------------------------------------- reading gold


def read_gold(path: str | Path, *, texts: str | Path | None = None) -> list[GoldArticle]:
    """Read a gold JSONL file, every line checked before scoring (``eval.gold``): a bad line
    (JSON, UTF-8, a field, an offset outside the text) is a one-line FormatError. Records
    holding ``file`` + ``sha256`` instead of ``text`` read it from the ``texts`` folder."""
    out: list[GoldArticle] = []
    for n, record in gold_records(path, texts):
        try:
            out.append(GoldArticle.model_validate(record))
        except ValidationError as err:
            raise FormatError(f"{path}:{n}: {validation_reason(err)}") from None
    if not out:
        raise InputError(f"{path}: no gold articles")
    return out


def pred_from_claim(claim: Claim) -> PredClaim:
    """A report's claim as the scorer sees it (the hull of its spans)."""
    return PredClaim(
        start=min(s.start for s in claim.spans),
        end=max(s.end for s in claim.spans),
        claimer=claim.claimer.type,
        types=list(claim.types),
        hedged=claim.hedged,
        checkworthiness=claim.checkworthiness,
    )


def baseline_claims(text: str, sentences: Iterable[tuple[int, int]]) -> list[PredClaim]:
    """Every non-blank sentence as an article-voice claim; digits make it check-worthy."""
    out = []
    for start, end in sentences:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        out.append(
            PredClaim(
                start=start + lead,
                end=start + lead + len(stripped),
                claimer="article",
                types=["other"],
                checkworthiness=1.0 if any(c.isdigit() for c in stripped) else 0.0,
            )
        )
    return out


# --------------------------------------------------------------------------- scoring


def match(
    gold: Sequence[GoldClaim], pred: Sequence[PredClaim], *, min_overlap: float = MIN_OVERLAP
) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs, best overlaps first: the quote scorer's rule."""
    return match_spans(
        [(g.start, g.end) for g in gold], [(p.start, p.end) for p in pred], min_ratio=min_overlap
    )


def roc_auc(scores: Sequence[float], labels: Sequence[bool]) -> float | None:
    """Probability that a random positive outscores a random negative (ties count half).

    None when only one class is present, where the AUC is undefined.
    """
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return None
    # rank-sum (Mann-Whitney U) with average ranks for ties
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        avg = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = avg
        i = j + 1
    rank_pos = sum(r for r, y in zip(ranks, labels, strict=True) if y)
    u = rank_pos - len(pos) * (len(pos) + 1) / 2
    return u / (len(pos) * len(neg))


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(
    articles: Sequence[tuple[Sequence[GoldClaim], Sequence[PredClaim]]],
) -> ClaimScores:
    """All measures over (gold claims, system claims) per article."""
    n_gold = n_pred = n_match = 0
    claimer_ok = hedged_ok = 0
    type_tp = type_fp = type_fn = 0
    cw_scores: list[float] = []
    cw_labels: list[bool] = []
    confusion: dict[str, dict[str, int]] = {}
    for gold, pred in articles:
        n_gold += len(gold)
        n_pred += len(pred)
        for gi, pi in match(gold, pred):
            g, p = gold[gi], pred[pi]
            n_match += 1
            claimer_ok += g.claimer == p.claimer
            row = confusion.setdefault(g.claimer, {})
            row[p.claimer] = row.get(p.claimer, 0) + 1
            hedged_ok += g.hedged == p.hedged
            gt, pt = set(g.types), set(p.types)
            type_tp += len(gt & pt)
            type_fp += len(pt - gt)
            type_fn += len(gt - pt)
            cw_scores.append(p.checkworthiness)
            cw_labels.append(g.checkworthy)
    precision = _ratio(n_match, n_pred)
    recall = _ratio(n_match, n_gold)
    tp_p = _ratio(type_tp, type_tp + type_fp)
    tp_r = _ratio(type_tp, type_tp + type_fn)
    auc = roc_auc(cw_scores, cw_labels)
    return ClaimScores(
        articles=len(articles),
        gold=n_gold,
        predicted=n_pred,
        matched=n_match,
        precision=round(precision, 4),
        recall=round(recall, 4),
        f1=round(_f1(precision, recall), 4),
        claimer_accuracy=round(claimer_ok / n_match, 4) if n_match else None,
        types_micro_f1=round(_f1(tp_p, tp_r), 4) if n_match else None,
        hedged_accuracy=round(hedged_ok / n_match, 4) if n_match else None,
        checkworthiness_auc=round(auc, 4) if auc is not None else None,
        claimer_confusion={k: dict(sorted(v.items())) for k, v in sorted(confusion.items())},
    )


# --------------------------------------------------------------------------- running


def run_claim_evaluation(
    gold_path: str | Path,
    *,
    model: str | None = None,
    baseline: bool = True,
    texts: str | Path | None = None,
    cache: str | Path | None = None,
    half: str | None = None,
) -> ClaimEvaluation:
    """Analyse every gold text as given and score the claims (and the sentence baseline).

    ``texts``: the folder gold ``file`` paths are relative to; ``cache``: a folder of parsed
    Docs reused between runs (``eval.parsecache``); ``half``: only that half's records."""
    from newsparse.analysis import analyze, report_from_doc
    from newsparse.chunked import is_long
    from newsparse.eval.parsecache import parse_docs
    from newsparse.loader import article_from_record
    from newsparse.nlp import load_pipeline, model_label

    gold = read_gold(gold_path, texts=texts)
    if half is not None:
        if not any(g.half for g in gold):
            raise InputError(f"{gold_path}: no record has a 'half' field (--half needs one)")
        gold = [g for g in gold if g.half == half]
        if not gold:
            raise InputError(f"{gold_path}: no record of half {half!r}")
    nlp = load_pipeline(model)
    label = model_label(nlp)
    articles = [
        article_from_record({"id": g.id, "text": g.text, "headline": g.headline}) for g in gold
    ]
    system, base = [], []
    docs = parse_docs(nlp, [a.text for a in articles], cache)
    for g, article, doc in zip(gold, articles, docs, strict=True):
        if is_long(article.text):
            report = analyze(article, nlp=nlp)  # in chunks, as the product does
        else:
            report = report_from_doc(article, doc, model=label)
        system.append((g.claims, [pred_from_claim(c) for c in report.claims]))
        if baseline:
            sents = [(s.start_char, s.end_char) for s in doc.sents]
            base.append((g.claims, baseline_claims(g.text, sents)))
    return ClaimEvaluation(
        gold_path=str(gold_path),
        model=label,
        system=score(system),
        baseline=score(base) if baseline else None,
    )
