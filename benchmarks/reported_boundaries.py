"""Can a learned end boundary for reported speech carry from PolNeAR's even half to its odd half?

Issue 11's reported-speech target counts a segment found only when its span overlaps the gold one
by half the longer span. Many misses are boundary misses: the content runs on past where the
annotators stopped (an appositive, a closing clause) or stops short. This measures two things on
PolNeAR dev, for every reported (indirect or mixed) quote newsparse outputs:

- the oracle: how many quotes would match some gold segment if each took the best of its
  candidate ends (a punctuation mark, a conjunction, a relative word, the sentence end, or its
  own end);
- a logistic model over the candidate's shape (what word or mark starts the cut-off tail, what
  follows it, whether the tail holds a clause, lengths, cut or extend), trained on the even half's
  quotes and applied to each half: the candidate with the best score is the end.

It is an experiment, not a component: the product keeps its rules. Run it with the project's
venv (PolNeAR parses are cached):

    PYTHONPATH=src:scripts .venv/bin/python benchmarks/reported_boundaries.py --cache DIR
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

GOLD = ROOT.parent / "shared" / "eval" / "quotes-dev.jsonl"
CUTS = frozenset({",", ";", ":", "—", "–", "-", "--", "(", ")", "."})
CS = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0)


@dataclass
class Candidate:
    half: str
    quote: tuple[str, int]
    own_end: bool
    features: list[str]
    overlap: float


def _bucket(n: int) -> str:
    return "1" if n <= 3 else "2" if n <= 8 else "3" if n <= 16 else "4" if n <= 30 else "5"


def _ends(doc, a: int, b: int) -> list[int]:  # type: ignore[no-untyped-def]
    """Token indexes where the content could end (exclusive), its own end among them."""
    sent = doc[a].sent
    out = {b, sent.end}
    for k in range(a + 3, sent.end):
        t = doc[k]
        if t.text in CUTS or t.pos_ in ("CCONJ", "SCONJ") or t.tag_ in ("WDT", "WP"):
            out.add(k)
    return sorted(out)


def _features(doc, a: int, b: int, e: int) -> list[str]:  # type: ignore[no-untyped-def]
    sent = doc[a].sent
    move = "own" if e == b else ("cut" if e < b else "extend")
    f = [move, "len=" + _bucket(e - a)]
    if e >= sent.end:
        f.append("at=END")
    else:
        t = doc[e]
        f.append("at=" + (t.text if t.is_punct else t.pos_))
        if t.is_punct and e + 1 < sent.end:
            n = doc[e + 1]
            f += ["next=" + n.pos_, "next_tag=" + n.tag_, "next_dep=" + n.dep_]
            if n.is_stop or n.pos_ in ("SCONJ", "CCONJ", "ADP"):
                f.append("next_word=" + n.lower_)
        else:
            f += ["dep=" + t.dep_, "head_dep=" + t.head.dep_]
        tail = doc[e : sent.end]
        clause = any(
            x.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children)
            for x in tail
        )
        f += ["tail_clause" if clause else "tail_phrase", "tail=" + _bucket(len(tail))]
        if any(x.is_quote for x in tail):
            f.append("tail_quoted")
    return f + [move + "&" + x for x in f[1:]]


def candidates(cache: str | None) -> list[Candidate]:
    from newsparse.analysis import paragraph_starts
    from newsparse.docview import DocView
    from newsparse.eval.matching import overlap_ratio
    from newsparse.eval.parsecache import parse_docs
    from newsparse.eval.quotes import (
        _inside_ignored,
        gold_from_record,
        pred_segments,
        read_gold,
        select_half,
    )
    from newsparse.extract import extract
    from newsparse.loader import article_from_record
    from newsparse.nlp import load_pipeline

    path = str(GOLD)
    records = select_half(list(read_gold(path)), None, path, by_half=True)
    articles = [article_from_record(r, path=path) for r in records]
    nlp = load_pipeline(None)
    out: list[Candidate] = []
    docs = parse_docs(nlp, [a.text for a in articles], cache)
    for record, article, doc in zip(records, articles, docs, strict=True):
        view = DocView.of(doc, text=article.text)
        found = extract(
            view,
            paragraph_starts=paragraph_starts(article),
            headline=article.headline,
            claims=False,
            summary=False,
        )
        gold, ignore = gold_from_record(record)
        reported = [g for g in gold if g.kind in ("indirect", "mixed")]
        for k, p in enumerate(pred_segments(found.quotes)):
            if p.kind not in ("indirect", "mixed") or _inside_ignored((p.start, p.end), ignore):
                continue
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None or doc[span.start].sent != doc[span.end - 1].sent:
                continue
            a, b = span.start, span.end
            for e in _ends(doc, a, b):
                end = doc[e - 1].idx + len(doc[e - 1].text)
                best = max(
                    (overlap_ratio((p.start, end), (g.start, g.end)) for g in reported),
                    default=0.0,
                )
                features = _features(doc, a, b, e)
                out.append(Candidate(record["half"], (record["id"], k), e == b, features, best))
    return out


def main() -> None:
    import train_claims

    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--cache", help="parse cache folder (evaluate --cache)")
    args = ap.parse_args()
    cands = candidates(args.cache)
    by_quote: dict[tuple[str, int], list[Candidate]] = defaultdict(list)
    for c in cands:
        by_quote[c.quote].append(c)
    for half in ("even", "odd"):
        quotes = [q for q, cs in by_quote.items() if cs[0].half == half]
        own = sum(any(c.own_end and c.overlap >= 0.5 for c in by_quote[q]) for q in quotes)
        oracle = sum(max(c.overlap for c in by_quote[q]) >= 0.5 for q in quotes)
        print(f"{half}: {len(quotes)} reported quotes, matched now {own}, best end {oracle}")
    train = [c for c in cands if c.half == "even"]
    names = sorted({f for c in train for f in c.features})
    best = {q: max(c.overlap for c in cs) for q, cs in by_quote.items()}
    kept = [c for c in train if best[c.quote] >= 0.5]
    x = train_claims.matrix([{"fired": c.features} for c in kept], names)
    y = np.array([int(c.overlap >= 0.5 and c.overlap >= best[c.quote] - 1e-9) for c in kept])
    for c_reg in CS:
        model = train_claims.fit(x, y, c_reg)
        line = [f"C={c_reg}:"]
        for half in ("even", "odd"):
            part = [c for c in cands if c.half == half]
            scores = model.decision_function(
                train_claims.matrix([{"fired": c.features} for c in part], names)
            )
            chosen: dict[tuple[str, int], tuple[float, Candidate]] = {}
            for c, s in zip(part, scores, strict=True):
                if c.quote not in chosen or s > chosen[c.quote][0]:
                    chosen[c.quote] = (s, c)
            matched = sum(c.overlap >= 0.5 for _, c in chosen.values())
            moved = sum(not c.own_end for _, c in chosen.values())
            line.append(f"{half} matched {matched} (moved {moved})")
        print("  ".join(line))


if __name__ == "__main__":
    main()
