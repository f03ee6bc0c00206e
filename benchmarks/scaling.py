"""Does analysis time grow linearly with the article? Doubling sizes, time per word, by step.

    PYTHONPATH=src python benchmarks/scaling.py [--model sm] [--sizes 10000,20000,...]

One long article is made of real news (the texts of ../shared/eval/quotes-dev.jsonl, in order,
cut to N words) in two shapes: ``one`` paragraph (every line break a space, cut mid-sentence: a
file with no line break) and ``many`` paragraphs (the articles' own paragraphs). Each is read by
the loader as the CLI reads it, then timed step by step on the whole article as one Doc: the
parse, and each extractor. A step whose microseconds per word grow as N doubles is super-linear:
that is what this looks for. ``--as-run`` also times the analysis as newsparse runs it (an
article over ``nlp.CHUNK_CHARS`` chunk by chunk, parse included), ``--raw`` raw spaCy
``nlp.pipe`` over the same chunks, for reference. CPU seconds of this process.

``--cache DIR`` keeps the parsed Docs (DocBin), so two versions of the extractors can be timed
on the same Docs without parsing again (run the old tree with ``PYTHONPATH=<old>/src``).
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
QUOTES = ROOT.parent / "shared" / "eval" / "quotes-dev.jsonl"
STEPS = ("parse", "view", "entities", "attribution", "claims", "summary", "report")


def words_of(limit: int) -> list[list[str]]:
    """The first ``limit`` words of the corpus, as paragraphs of words."""
    paras: list[list[str]] = []
    n = 0
    with QUOTES.open(encoding="utf-8") as fh:
        for line in fh:
            for para in json.loads(line)["text"].split("\n"):
                words = para.split()[: limit - n]
                if words:
                    paras.append(words)
                    n += len(words)
                if n >= limit:
                    return paras
    raise SystemExit(f"the corpus has only {n} words")


def article_text(paras: list[list[str]], shape: str) -> str:
    if shape == "one":
        return " ".join(w for p in paras for w in p)
    return "\n\n".join(" ".join(p) for p in paras)


def _timed(times: dict[str, float], step: str, fn: Callable[..., Any], *a: Any, **kw: Any) -> Any:
    t0 = time.process_time()
    out = fn(*a, **kw)
    times[step] = times.get(step, 0.0) + time.process_time() - t0
    return out


def one_article(nlp: Any, text: str, label: str, cache: Path | None) -> dict[str, float]:
    """CPU seconds of each step of the analysis of one article (as one Doc)."""
    from newsparse.analysis import paragraph_starts
    from newsparse.docview import DocView
    from newsparse.extract.attribution import attribute
    from newsparse.extract.claims import extract_claims
    from newsparse.extract.entities import extract_entities
    from newsparse.extract.quotes import extract_quotes
    from newsparse.extract.summary import extract_summary
    from newsparse.loader import load_text
    from newsparse.models import Report

    article = next(iter(load_text(text, name="long.txt")))
    assert not hasattr(article, "error"), article
    times: dict[str, float] = {}
    doc = _cached_parse(nlp, article.text, times, cache)
    starts = paragraph_starts(article)
    view = _timed(times, "view", DocView.of, doc, text=article.text)
    ents = _timed(times, "entities", extract_entities, view, headline=article.headline)
    kw = {"entities": ents, "paragraph_starts": starts}
    found = _timed(times, "attribution", attribute, view, warnings=[], **kw)
    quotes = _timed(times, "attribution", extract_quotes, found, article.text)
    claims = _timed(times, "claims", extract_claims, view, attributions=found, **kw)
    summary = _timed(times, "summary", extract_summary, view, quotes=quotes, **kw)

    def report() -> str:
        return Report(
            id="x", model=label, newsparse_version="0", article=article, entities=ents,
            quotes=quotes, claims=claims, summary=summary,
        ).model_dump_json()  # fmt: skip

    _timed(times, "report", report)
    return times


def _cached_parse(nlp: Any, text: str, times: dict[str, float], cache: Path | None) -> Any:
    import hashlib

    from spacy.tokens import DocBin

    from newsparse.nlp import parse

    key = hashlib.sha256(f"{nlp.meta['name']}\n{text}".encode()).hexdigest()[:16]
    path = cache / f"{key}.spacy" if cache else None
    if path is not None and path.exists():
        doc = next(DocBin().from_disk(path).get_docs(nlp.vocab))
        times["parse"] = float(path.with_suffix(".secs").read_text())
        return doc
    doc = _timed(times, "parse", parse, nlp, text)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=[doc]).to_disk(path)
        path.with_suffix(".secs").write_text(str(times["parse"]))
    return doc


def as_run(nlp: Any, text: str) -> float:
    """CPU seconds of newsparse's analysis of the article, as the CLI runs it."""
    from newsparse.analysis import analyze
    from newsparse.loader import load_text

    article = next(iter(load_text(text, name="long.txt")))
    t0 = time.process_time()
    analyze(article, nlp=nlp).model_dump_json()
    return time.process_time() - t0


def raw_parse(nlp: Any, text: str) -> float:
    """CPU seconds of raw spaCy over the same chunks (no newsparse component)."""
    from newsparse.nlp import chunk_text

    t0 = time.process_time()
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p.startswith("newsparse")]):
        for _ in nlp.pipe(chunk_text(text), batch_size=16):
            pass
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="sm")
    ap.add_argument("--sizes", default="10000,20000,40000,80000,160000")
    ap.add_argument("--shapes", default="one,many")
    ap.add_argument("--raw", action="store_true", help="also time raw spaCy on the same chunks")
    ap.add_argument("--as-run", action="store_true", help="also time the analysis as run")
    ap.add_argument("--cache", type=Path, default=None, help="folder for the parsed Docs")
    args = ap.parse_args()
    from newsparse.nlp import load_pipeline, model_label

    nlp = load_pipeline(args.model)
    label = model_label(nlp)
    sizes = [int(s) for s in args.sizes.split(",")]
    flags = (" --raw" if args.raw else "") + (" --as-run" if args.as_run else "")
    print("reproduce: PYTHONPATH=src python benchmarks/scaling.py " + " ".join(
        f"--{k} {v}" for k, v in (("model", args.model), ("sizes", args.sizes),
                                  ("shapes", args.shapes))
    ) + flags)  # fmt: skip
    head = f"{'shape':5} {'words':>7} {'total s':>8} {'us/word':>8} |" + "".join(
        f" {s:>11}" for s in STEPS
    )
    print(
        "microseconds of CPU per word, by step on the whole article as one Doc; extract: all "
        "steps but the parse"
        + ("; as run: newsparse's analysis (chunked)" if args.as_run else "")
        + ("; raw: spaCy alone on the same chunks" if args.raw else "")
    )
    print(
        head + f" {'extract':>8}" + (f" {'as run':>8}" if args.as_run else "")
        + (f" {'raw':>8}" if args.raw else "")
    )  # fmt: skip
    paras = words_of(max(sizes))
    for shape in args.shapes.split(","):
        for n in sizes:
            text = article_text(words_of_prefix(paras, n), shape)
            gc.collect()
            times = one_article(nlp, text, label, args.cache)
            total = sum(times.values())
            row = f"{shape:5} {n:7} {total:8.1f} {1e6 * total / n:8.1f} |" + "".join(
                f" {1e6 * times.get(s, 0.0) / n:11.1f}" for s in STEPS
            )
            row += f" {1e6 * (total - times['parse']) / n:8.1f}"
            if args.as_run:
                gc.collect()
                row += f" {1e6 * as_run(nlp, text) / n:8.1f}"
            if args.raw:
                row += f" {1e6 * raw_parse(nlp, text) / n:8.1f}"
            print(row, flush=True)


def words_of_prefix(paras: list[list[str]], limit: int) -> list[list[str]]:
    out: list[list[str]] = []
    n = 0
    for p in paras:
        take = p[: limit - n]
        out.append(take)
        n += len(take)
        if n >= limit:
            break
    return out


if __name__ == "__main__":
    main()
