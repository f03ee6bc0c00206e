"""CPU time of the pure extractors (entities, summary, claims) on Docs parsed beforehand.

Parses the texts of a gold JSON Lines file once (default: the shared quotes-dev file), then runs
``report_from_doc``'s steps over every Doc, ``--rounds`` times, timing each step with the
process's CPU clock (garbage collection included); the best round counts. Quotes are timed too,
as claims read them. Run:

    PYTHONPATH=src python benchmarks/extractors_cpu.py [GOLD.jsonl] [--limit N] [--rounds 3]

``--docs FILE`` keeps the parsed Docs in a DocBin (made on the first run, read on the next), so
two versions of the extractors can be timed in turn on the same Docs without parsing again.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

from newsparse.analysis import paragraph_starts
from newsparse.docview import DocView
from newsparse.extract.attribution import attribute
from newsparse.extract.claims.build import extract_claims
from newsparse.extract.entities.mentions import extract_entities
from newsparse.extract.quotes import extract_quotes
from newsparse.extract.summary import extract_summary
from newsparse.loader import article_from_record
from newsparse.models import Article
from newsparse.nlp import load_pipeline, parse_many

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "quotes-dev.jsonl"
STEPS = ("view", "entities", "quotes", "claims", "summary")


def _timed(
    times: dict[str, float], step: str, run: Callable[..., Any], *args: Any, **kw: Any
) -> Any:
    t0 = time.process_time()
    out = run(*args, **kw)
    times[step] += time.process_time() - t0
    return out


def one_round(articles: list[Article], docs: list[Any]) -> dict[str, float]:
    """CPU seconds per step over all Docs, in ``report_from_doc``'s order."""
    times = dict.fromkeys(STEPS, 0.0)
    for article, doc in zip(articles, docs, strict=True):
        starts = paragraph_starts(article)
        view = _timed(times, "view", DocView.of, doc, text=article.text)
        ents = _timed(times, "entities", extract_entities, view, headline=article.headline)
        kw = {"entities": ents, "paragraph_starts": starts}
        found = _timed(times, "quotes", attribute, view, warnings=[], **kw)
        quotes = extract_quotes(found, article.text)
        _timed(times, "claims", extract_claims, view, attributions=found, **kw)
        _timed(times, "summary", extract_summary, view, quotes=quotes, **kw)
        del view
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(DEFAULT))
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model", default="md")
    parser.add_argument("--docs", type=Path, default=None, help="DocBin of the parsed texts")
    args = parser.parse_args()

    with open(args.gold, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    articles = [article_from_record(r) for r in records[: args.limit]]
    nlp = load_pipeline(args.model)
    if args.docs is not None and args.docs.exists():
        docs = list(DocBin().from_disk(args.docs).get_docs(nlp.vocab))
    else:
        docs = list(parse_many(nlp, [a.text for a in articles]))
        if args.docs is not None:
            DocBin(docs=docs).to_disk(args.docs)
    if [d.text for d in docs] != [a.text for a in articles]:
        raise SystemExit("the Docs are not those of these texts (another --limit?)")
    rounds = [one_round(articles, docs) for _ in range(args.rounds)]
    print(f"articles: {len(articles)}  tokens: {sum(map(len, docs)):,}  model: {args.model}")
    for step in STEPS:
        each = "  ".join(f"{r[step]:6.3f}" for r in rounds)
        print(f"{step:9s} best {min(r[step] for r in rounds):6.3f} s   rounds {each}")
    mine = [r["view"] + r["entities"] + r["summary"] + r["claims"] for r in rounds]
    every = [sum(r.values()) for r in rounds]
    for name, totals in (("view+entities+summary+claims", mine), ("all five steps", every)):
        each = "  ".join(f"{t:6.3f}" for t in totals)
        print(f"{name:29s} best {min(totals):6.3f} s   rounds {each}")


if __name__ == "__main__":
    main()
