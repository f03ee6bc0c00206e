"""How much quote attribution adds to spaCy's own time (target: at most 10%).

Times ``nlp.pipe`` alone, then entities and quotes (apart) over the same parsed docs, on
the texts of a gold JSON Lines file (default: the shared quotes-dev file). Run:

    PYTHONPATH=src python benchmarks/quotes_overhead.py [GOLD.jsonl] [--limit N] [--model md]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsparse.analysis import paragraph_starts
from newsparse.docview import DocView
from newsparse.extract.attribution import attribute
from newsparse.extract.entities.mentions import extract_entities
from newsparse.extract.quotes import extract_quotes
from newsparse.loader import article_from_record
from newsparse.nlp import load_pipeline, parse_many

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "quotes-dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(DEFAULT))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", default="md")
    args = parser.parse_args()

    with open(args.gold, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    records = records[: args.limit] if args.limit else records
    articles = [article_from_record(r) for r in records]
    nlp = load_pipeline(args.model)
    list(parse_many(nlp, [articles[0].text]))  # warm up

    t0 = time.perf_counter()
    docs = list(parse_many(nlp, [a.text for a in articles]))
    t_spacy = time.perf_counter() - t0

    t0 = time.perf_counter()
    entities, views = [], []
    for article, doc in zip(articles, docs, strict=True):
        views.append(DocView.of(doc, text=article.text))
        entities.append(extract_entities(views[-1]))
    t_entities = time.perf_counter() - t0

    t0 = time.perf_counter()
    for article, view, ents in zip(articles, views, entities, strict=True):
        found = attribute(
            view, entities=ents, paragraph_starts=paragraph_starts(article), warnings=[]
        )
        extract_quotes(found, article.text)
    t_quotes = time.perf_counter() - t0

    chars = sum(len(a.text) for a in articles)
    print(f"articles: {len(articles)}  characters: {chars:,}  model: {args.model}")
    print(f"spaCy nlp.pipe:            {t_spacy:8.2f} s")
    print(f"entities:                  {t_entities:8.2f} s")
    print(f"quotes (attribution):      {t_quotes:8.2f} s")
    print(f"overhead, quotes / spaCy:  {t_quotes / t_spacy:8.1%}")
    print(f"overhead, both / spaCy:    {(t_quotes + t_entities) / t_spacy:8.1%}")


if __name__ == "__main__":
    main()
