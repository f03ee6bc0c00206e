"""Cost of the per-article safety work (surrogate check in Article(), the input hash that
--skip-existing verifies) against spaCy's parse of the same text, in the same run.

    PYTHONPATH=src .venv/bin/python benchmarks/boundary_overhead.py --rounds 5
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from newsparse.batch.outdir import input_digest
from newsparse.models import Article
from newsparse.nlp import load_pipeline


def best_of(fn: Callable[[], object], rounds: int, number: int = 1) -> tuple[float, float]:
    """Best and worst seconds per call over ``rounds`` rounds of ``number`` calls."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - start) / number)
    return min(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--model", default="md")
    args = parser.parse_args()
    sentence = "The mayor\u2019s aide said on Monday that the council would vote on the budget. "
    text = "\n\n".join([sentence * 80] * 7)
    paragraphs = text.split("\n\n")
    nlp = load_pipeline(args.model)
    parse = best_of(lambda: nlp(text), args.rounds)
    build = best_of(lambda: Article(id="x", text=text, paragraphs=paragraphs), args.rounds, 200)
    article = Article(id="x", text=text, paragraphs=paragraphs)
    digest = best_of(lambda: input_digest(article), args.rounds, 50)
    print(f"text: {len(text):,} chars (non-ASCII), best/worst of {args.rounds}")
    for name, (best, worst) in (
        ("spaCy parse", parse),
        ("Article()", build),
        ("input hash", digest),
    ):
        print(f"{name:12} {best * 1e3:9.3f} ms  (worst {worst * 1e3:.3f})")
    share = (build[0] + digest[0]) / parse[0]
    print(f"safety work / spaCy parse: {share:.3%}")


if __name__ == "__main__":
    main()
