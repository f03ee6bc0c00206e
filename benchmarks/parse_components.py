"""CPU seconds of each pipeline component over the throughput texts, run by hand.

    PYTHONPATH=src .venv/bin/python benchmarks/parse_components.py [--model md] [--limit 150]

Each component runs over all the texts' Docs (paragraph-aligned chunks, as newsparse parses
them) before the next, timed by ``time.process_time``: the per-component view behind
``throughput.py``'s totals. ``--plain`` times the pipeline as spaCy loads it (its own
attribute ruler and lemmatizer) instead of newsparse's.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import load_texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="md")
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--plain", action="store_true", help="spaCy's pipeline as it loads")
    args = ap.parse_args()

    from newsparse.nlp import chunk_text, load_pipeline, resolve_model

    if args.plain:
        import spacy

        nlp = spacy.load(resolve_model(args.model))
    else:
        nlp = load_pipeline(args.model)
    texts = [piece for text in load_texts(args.limit) for piece in chunk_text(text)]
    seconds: dict[str, float] = {}
    start = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    seconds["tokenizer"] = time.process_time() - start
    for name, proc in nlp.pipeline:
        start = time.process_time()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=args.batch_size))
        else:
            docs = [proc(doc) for doc in docs]
        seconds[name] = time.process_time() - start
    tokens = sum(len(doc) for doc in docs)
    which = " (plain spaCy)" if args.plain else ""
    print(f"{args.model}{which}: {len(docs)} docs, {tokens} tokens")
    for name, s in seconds.items():
        print(f"  {name:28} {s:6.2f} s CPU")
    print(f"  {'total':28} {sum(seconds.values()):6.2f} s CPU")


if __name__ == "__main__":
    main()
