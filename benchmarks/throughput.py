"""Throughput and memory of newsparse's batch analysis against raw spaCy, run by hand.

    PYTHONPATH=src .venv/bin/python benchmarks/throughput.py [--model md] [--memory-model sm]

On the same texts (../shared/corpus/text/*.txt and the texts of ../shared/eval/quotes-dev.jsonl):

1. raw spaCy ``nlp.pipe`` (same model, same paragraph chunking, same batch size), 1 and 2
   processes (``n_process=2``), against newsparse's full analysis (parse + extractors + JSON),
   1 and 2 processes, each in a fresh interpreter; words/s and the ratios;
2. peak RSS of the whole process tree (parent + workers, sampled from /proc) of
   ``newsparse summarize`` over a folder of 100 and of 10,000 articles (the texts repeated);
3. wall time of ``newsparse --help``;
4. first-record latency: seconds from starting ``newsparse summarize`` on the corpus folder
   (``--format jsonl``) to its first line on stdout, with ``-j 1`` and ``-j 2``.

Every configuration times everything from a cold start (imports, pipeline loading, worker
start-up); the pipeline-loading time of the 1-process runs is printed too, so the steady-state
rates can be read off. The machine may be shared: run it when it is quiet, or read with care;
``--rounds N`` keeps the best of N interleaved runs, and the CPU seconds each run got (its
"cores busy") and the words per CPU-second show how much the machine really gave it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "text"
QUOTES = SHARED / "eval" / "quotes-dev.jsonl"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def load_texts(limit: int | None = None) -> list[str]:
    """The benchmark texts, as newsparse's loader reads them (so both sides see the same)."""
    from newsparse.loader import article_from_record, load_article

    texts = [load_article(p).text for p in sorted(CORPUS.glob("*.txt"))]
    with QUOTES.open(encoding="utf-8") as fh:
        texts += [article_from_record(json.loads(line)).text for line in fh if line.strip()]
    return texts[:limit] if limit else texts


# --------------------------------------------------------------------------- one configuration


def run_one(kind: str, model: str, jobs: int, limit: int | None) -> dict[str, float]:
    """Runs inside a fresh interpreter: time one configuration from a cold start."""
    from newsparse.batch.engine import analyze_outcomes
    from newsparse.batch.tasks import BATCH_SIZE
    from newsparse.nlp import chunk_text, load_pipeline, resolve_model

    texts = load_texts(limit)
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    load = 0.0
    if kind == "raw":
        import spacy

        nlp = spacy.load(resolve_model(model))
        load = time.perf_counter() - start
        chunks = (piece for t in texts for piece in chunk_text(t))
        kwargs = {"n_process": jobs} if jobs > 1 else {}
        n = sum(len(doc) > -1 for doc in nlp.pipe(chunks, batch_size=BATCH_SIZE, **kwargs))
        assert n >= len(texts)
    else:
        from newsparse.models import Article

        articles = [
            Article(id=str(i), text=t, word_count=len(t.split())) for i, t in enumerate(texts)
        ]
        nlp = None
        if jobs == 1:
            nlp = load_pipeline(model)
            load = time.perf_counter() - start
        outcomes = analyze_outcomes(articles, jobs=jobs, model=model, nlp=nlp)
        size = sum(len(o.json()) for o in outcomes)  # the JSON the CLI writes, made in full
        assert size > 0
    seconds = time.perf_counter() - start
    t = os.times()  # workers are joined by now, so their CPU time is in the children fields
    cpu = t.user + t.system + t.children_user + t.children_system
    return {"seconds": seconds, "load": load, "words": words, "articles": len(texts), "cpu": cpu}


def child(kind: str, model: str, jobs: int, limit: int | None) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--one", kind, "--model", model, "--jobs", str(jobs)]
    if limit:
        cmd += ["--limit", str(limit)]
    out = subprocess.run(cmd, env=ENV, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


# --------------------------------------------------------------------------- memory


def descendants(pid: int) -> set[int]:
    """Every process below ``pid``, from /proc."""
    found, stack = set(), [pid]
    while stack:
        p = stack.pop()
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    kids = [int(c) for c in fh.read().split()]
                stack.extend(kids)
                found.update(kids)
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return found


def tree_rss(pid: int) -> int:
    """Resident set size in bytes of ``pid`` and all its descendants, from /proc."""
    total = 0
    for p in (pid, *descendants(pid)):
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


class Sampled:
    """A command run to its end while a thread samples its process tree (peak RSS, children).

    ``during(proc)`` runs in the caller's thread while the command runs (e.g. to kill it)."""

    def __init__(
        self,
        cmd: list[str],
        *,
        interval: float = 0.1,
        stdout: int = subprocess.PIPE,
        during: Callable[[subprocess.Popen[bytes]], None] | None = None,
    ) -> None:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=ENV, stdout=stdout, stderr=subprocess.PIPE)
        self.peak = 0
        self.children: set[int] = set()
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                self.peak = max(self.peak, tree_rss(proc.pid))
                self.children.update(descendants(proc.pid))
                time.sleep(interval)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        if during is not None:
            during(proc)
        out, err = proc.communicate()
        done.set()
        sampler.join()
        self.seconds = time.perf_counter() - start
        self.code = proc.returncode
        self.out = out or b""
        self.err = err or b""

    @property
    def peak_mb(self) -> float:
        return self.peak / 2**20


def peak_rss(
    n: int, model: str, jobs: int, texts: list[str], chars: int | None
) -> tuple[float, float]:
    """Peak tree RSS (MB) and wall seconds of ``newsparse summarize`` over ``n`` article files."""
    with tempfile.TemporaryDirectory(prefix="np-bench-") as tmp:
        folder = Path(tmp)
        for i in range(n):
            text = texts[i % len(texts)][:chars]
            (folder / f"a{i:05}.txt").write_text(f"Article {i}\n\n{text}\n")
        cmd = [sys.executable, "-m", "newsparse", "summarize", str(folder), "-q"]
        cmd += ["--model", model, "-j", str(jobs), "--format", "jsonl"]
        run = Sampled(cmd, stdout=subprocess.DEVNULL)
        if run.code != 0:
            raise SystemExit(f"summarize failed ({run.code}): {run.err.decode()[-500:]}")
        return run.peak_mb, run.seconds


def first_record(model: str, jobs: int) -> tuple[float, float]:
    """Seconds to the first JSON line and to the end of ``summarize`` on the corpus folder."""
    cmd = [sys.executable, "-m", "newsparse", "summarize", str(CORPUS), "--format", "jsonl"]
    cmd += ["-m", model, "-j", str(jobs), "-q"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    proc.stdout.readline()
    first = time.perf_counter() - start
    proc.stdout.read()
    proc.wait()
    return first, time.perf_counter() - start


def help_time(runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "newsparse", "--help"], env=ENV, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# --------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="md", help="pipeline for the throughput runs")
    ap.add_argument("--memory-model", default="sm", help="pipeline for the 10,000-article run")
    ap.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N texts")
    ap.add_argument("--rounds", type=int, default=1, help="interleaved rounds; best of each")
    ap.add_argument("--sizes", default="100,10000", help="article counts for the memory check")
    ap.add_argument(
        "--memory-chars",
        type=int,
        default=None,
        help="cut each text to its first N characters in the memory check (a fixed per-article "
        "leak then shows up more, not less; the run is shorter)",
    )
    ap.add_argument(
        "--skip", default="", help="comma list of parts to skip: speed,memory,help,latency"
    )
    ap.add_argument("--one", choices=["raw", "newsparse"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.model, args.jobs, args.limit)))
        return
    skip = set(filter(None, args.skip.split(",")))
    print("reproduce: PYTHONPATH=src python benchmarks/throughput.py " + " ".join(sys.argv[1:]))
    print(f"cpus: {os.cpu_count()}, load average before: {os.getloadavg()[0]:.2f}")

    if "speed" not in skip:
        # Interleaved rounds, best of each: on a shared machine the fastest run is the one
        # least disturbed by others, and alternating the order spreads drift over both sides.
        res: dict[tuple[str, int], dict[str, float]] = {}
        for round_ in range(args.rounds):
            kinds = ("raw", "newsparse") if round_ % 2 == 0 else ("newsparse", "raw")
            for jobs in (1, 2):
                for kind in kinds:
                    r = child(kind, args.model, jobs, args.limit)
                    if (kind, jobs) not in res or r["seconds"] < res[kind, jobs]["seconds"]:
                        res[kind, jobs] = r
                    print(
                        f"round {round_ + 1} {kind:9} -j {jobs}: {r['articles']:.0f} articles, "
                        f"{r['words']:.0f} words in {r['seconds']:6.1f} s = "
                        f"{r['words'] / r['seconds']:7.0f} words/s"
                        + f"; CPU {r['cpu']:.0f} s = {r['cpu'] / r['seconds']:.2f} cores busy"
                        + (f" (pipeline load {r['load']:.1f} s)" if r["load"] else ""),
                        flush=True,
                    )

        def rate(kind: str, jobs: int) -> float:
            return res[kind, jobs]["words"] / res[kind, jobs]["seconds"]

        for jobs in (1, 2):
            ratio = rate("newsparse", jobs) / rate("raw", jobs)
            print(
                f"best of {args.rounds}: newsparse / raw spaCy, {jobs} process(es): {ratio:.2f}"
                "  (target >= 0.90)"
            )
        for kind in ("raw", "newsparse"):
            print(f"{kind}: 2 / 1 processes: {rate(kind, 2) / rate(kind, 1):.2f}  (target >= 1.7)")
        for jobs in (1, 2):
            per_cpu = {k: res[k, jobs]["words"] / res[k, jobs]["cpu"] for k in ("raw", "newsparse")}
            print(
                f"words per CPU-second, {jobs} process(es): raw {per_cpu['raw']:.0f}, newsparse "
                f"{per_cpu['newsparse']:.0f}, ratio {per_cpu['newsparse'] / per_cpu['raw']:.2f} "
                "(load-independent view of newsparse's own overhead)"
            )

    if "memory" not in skip:
        texts = load_texts()
        sizes = [int(s) for s in args.sizes.split(",")]
        peaks = {}
        for n in sizes:
            peaks[n], secs = peak_rss(n, args.memory_model, 2, texts, args.memory_chars)
            cut = f", texts cut to {args.memory_chars} chars" if args.memory_chars else ""
            print(
                f"memory: {n:6} articles{cut}, --model {args.memory_model} -j 2: "
                f"peak RSS (parent + workers) {peaks[n]:7.0f} MB, {secs:.0f} s",
                flush=True,
            )
        lo, hi = peaks[sizes[0]], peaks[sizes[-1]]
        print(f"memory: peak at {sizes[-1]} / at {sizes[0]}: {hi / lo:.3f}  (target <= 1.10)")

    if "help" not in skip:
        print(f"newsparse --help: {help_time():.3f} s median of 7  (target < 0.3 s)")

    if "latency" not in skip:
        for jobs in (1, 2):
            runs = [first_record(args.model, jobs) for _ in range(max(1, args.rounds))]
            firsts = sorted(f for f, _ in runs)
            print(
                f"first record, -j {jobs}: best {firsts[0]:.1f} s (of {len(runs)}: "
                + ", ".join(f"{f:.1f}" for f in firsts)
                + f"), whole corpus {min(t for _, t in runs):.1f} s",
                flush=True,
            )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
