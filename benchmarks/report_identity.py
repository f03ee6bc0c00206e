"""Byte-identity of reports between two versions of the extractors, on Docs parsed once.

A speed change must not change a report. This writes the JSON of ``report_from_doc`` for the
first ``--limit`` records of a gold file (default: the shared quotes-dev file) and for every
``../shared/corpus/text/*.txt`` and ``data/*.txt``, one file per article, into ``--save DIR``;
``--compare DIR`` writes nothing and lists the articles whose report differs. The parsed Docs
are kept in DocBins (``--docs`` and ``--text-docs``) so both versions read the same Docs.

    PYTHONPATH=src python benchmarks/report_identity.py --save /tmp/base      # old version
    PYTHONPATH=src python benchmarks/report_identity.py --compare /tmp/base   # new version
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

from newsparse.analysis import report_from_doc
from newsparse.loader import article_from_record, load_article
from newsparse.models import Article
from newsparse.nlp import load_pipeline, model_label, parse_many

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "quotes-dev.jsonl"
TEXTS = (ROOT.parent / "shared" / "corpus" / "text", ROOT / "data")


def _docs(nlp: Any, articles: list[Article], cache: Path | None) -> list[Any]:
    """The articles' Docs, read from ``cache`` when it holds exactly these texts."""
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == [a.text for a in articles]:
            return docs
        raise SystemExit(f"{cache} holds other texts (another --limit?)")
    docs = list(parse_many(nlp, [a.text for a in articles]))
    if cache is not None:
        DocBin(docs=docs).to_disk(cache)
    return docs


def _name(index: int, article: Article) -> str:
    return f"{index:04d}-{re.sub(r'[^A-Za-z0-9_.-]+', '_', article.id)[:80]}.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(DEFAULT))
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("--model", default="md")
    parser.add_argument("--docs", type=Path, default=None, help="DocBin of the gold texts")
    parser.add_argument("--text-docs", type=Path, default=None, help="DocBin of the .txt files")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--save", type=Path)
    what.add_argument("--compare", type=Path)
    args = parser.parse_args()

    with open(args.gold, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    gold = [article_from_record(r) for r in records[: args.limit]]
    files = sorted(p for folder in TEXTS for p in folder.glob("*.txt") if p.name != "README.txt")
    texts = [load_article(p) for p in files]
    nlp = load_pipeline(args.model)
    label = model_label(nlp)
    docs = _docs(nlp, gold, args.docs) + _docs(nlp, texts, args.text_docs)

    differ = 0
    for i, (article, doc) in enumerate(zip(gold + texts, docs, strict=True)):
        dumped = report_from_doc(article, doc, model=label).model_dump_json(indent=1)
        path = (args.save or args.compare) / _name(i, article)
        if args.save is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(dumped, encoding="utf-8")
            continue
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if old != dumped:
            differ += 1
            print(f"DIFFERS: {path.name}")
            diff = difflib.unified_diff(old.splitlines(), dumped.splitlines(), lineterm="", n=1)
            print("\n".join(list(diff)[:40]))
    if args.compare is not None:
        print(f"{len(docs)} reports, {differ} differ")
        sys.exit(1 if differ else 0)
    print(f"{len(docs)} reports saved in {args.save}")


if __name__ == "__main__":
    main()
