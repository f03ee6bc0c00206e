"""The Dask engine against the local one, and sharding, on PolNeAR dev articles; run by hand.

    PYTHONPATH=src .venv/bin/python benchmarks/dask_engine.py [--limit 400] [--rounds 3] [-m md]

Every run is ``newsparse summarize <articles.jsonl> --format jsonl -q`` in a fresh process,
timed from a cold start (imports, cluster and worker start-up, pipeline loading), with the
texts of ``../shared/eval/quotes-dev.jsonl`` as JSON Lines input records (repeated, with new
ids, past its 349 records). It prints:

1. throughput (articles/s) of ``--engine dask -j 2`` (a LocalCluster of 2 worker processes)
   against the local engine's ``-j 2``, best of ``--rounds`` interleaved runs with the spread,
   also past start-up (the time of a 4-article run subtracted), the CPU seconds the whole
   process tree used (driver, scheduler, workers: on a busy machine a steadier figure than the
   wall time), and whether their JSON Lines are identical (reports hold no timing fields);
2. Dask with 2 workers against 1 worker;
3. ``--shard 1/3``, ``2/3``, ``3/3`` together against one unsharded run (same records, each once);
4. peak RSS of each Dask worker process (from /proc, sampled every 0.2 s) over
   ``--memory-sizes`` articles (texts cut to ``--memory-chars`` so the large run is cheap).

The machine may be shared: run it when quiet, or read the spread.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from throughput import ENV, QUOTES, descendants

FEW = 4
"""Articles of the start-up runs (several: one article would be a one-report run)."""


def write_articles(path: Path, n: int, *, chars: int | None = None) -> None:
    """``n`` input records (id, text, source) from the dev set, repeated with new ids."""
    with QUOTES.open(encoding="utf-8") as fh:
        base = [json.loads(line) for line in fh if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for k in range(n):
            record = base[k % len(base)]
            rid = record["id"] if k < len(base) else f"{record['id']}#{k // len(base)}"
            text = record["text"][:chars] if chars else record["text"]
            out.write(json.dumps({"id": rid, "text": text, "source": record.get("source")}) + "\n")


def summarize(args: list[str], *, sample_rss: bool = False) -> tuple[float, bytes, list[int]]:
    """Wall seconds, stdout, and (``sample_rss``) the peak RSS of each child process."""
    cmd = [sys.executable, "-m", "newsparse", "summarize", "--format", "jsonl", "-q", *args]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peaks: dict[int, int] = {}
    done = threading.Event()
    sampler = threading.Thread(target=_sample, args=(proc.pid, peaks, done), daemon=True)
    if sample_rss:
        sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    if sample_rss:
        sampler.join()
    if proc.returncode not in (0, 1):
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err.decode()[-2000:]}")
    return seconds, out, sorted(peaks.values(), reverse=True)


def _sample(root: int, peaks: dict[int, int], done: threading.Event) -> None:
    while not done.is_set():
        for pid in descendants(root):
            rss = _rss(pid)
            if rss:
                peaks[pid] = max(peaks.get(pid, 0), rss)
        done.wait(0.2)


def _rss(pid: int) -> int:
    """Resident bytes of one process (0 if it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def children_cpu() -> float:
    """CPU seconds (user + system) of every finished child process and their reaped children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def spread(rates: list[float]) -> str:
    return f"best {max(rates):.2f}/s (all: {', '.join(f'{r:.2f}' for r in rates)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=400, help="articles (default 400)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("-m", "--model", default="md")
    parser.add_argument(
        "--memory-sizes", default="100,5000", help="article counts, comma-separated"
    )
    parser.add_argument("--memory-chars", type=int, default=600)
    parser.add_argument("--skip", default="", help="comma-separated: speed,shard,memory")
    opts = parser.parse_args()
    skip = set(filter(None, opts.skip.split(",")))
    tmp = Path(tempfile.mkdtemp(prefix="np-dask-bench-"))
    articles = tmp / "articles.jsonl"
    write_articles(articles, opts.limit)
    n = opts.limit
    common = [str(articles), "-m", opts.model]  # shard runs
    print(f"# {n} articles of {QUOTES.name}, model {opts.model}, {os.cpu_count()} cores")
    print(f"# PYTHONPATH=src {sys.executable} benchmarks/dask_engine.py " + " ".join(sys.argv[1:]))

    if "speed" not in skip:
        few = tmp / "few.jsonl"  # start-up alone: cluster or pool, imports, pipeline loading
        write_articles(few, FEW)
        configs = {
            "local -j 2": ["-m", opts.model, "-j", "2"],
            "dask 2 workers": ["-m", opts.model, "-j", "2", "--engine", "dask"],
            "dask 1 worker": ["-m", opts.model, "-j", "1", "--engine", "dask"],
        }
        rates: dict[str, list[float]] = {name: [] for name in configs}
        steady: dict[str, list[float]] = {name: [] for name in configs}
        outputs: dict[str, set[bytes]] = {name: set() for name in configs}
        cpu: dict[str, list[float]] = {name: [] for name in configs}
        for _ in range(opts.rounds):  # interleaved: a busy spell hurts every configuration
            for name, args in configs.items():
                before = children_cpu()
                seconds, out, _ = summarize([str(articles), *args])
                cpu[name].append(children_cpu() - before)
                start_up, _, _ = summarize([str(few), *args])
                rates[name].append(n / seconds)
                steady[name].append((n - FEW) / max(seconds - start_up, 1e-9))
                outputs[name].add(out)
        for name in configs:
            print(f"{name:16} {spread(rates[name])}; past start-up {spread(steady[name])}")
            print(f"{'':16} CPU s of the process tree: {', '.join(f'{c:.1f}' for c in cpu[name])}")
        local, dask2, dask1 = (max(rates[name]) for name in configs)
        identical = len(outputs["local -j 2"] | outputs["dask 2 workers"]) == 1
        lines = next(iter(outputs["local -j 2"])).count(b"\n")
        print(f"dask 2 / local -j 2 throughput: {dask2 / local:.3f} (target >= 0.90)")
        print(f"records identical: {identical} ({lines} lines)")
        print(f"dask 2 workers / 1 worker: {dask2 / dask1:.3f} (target >= 1.7)")
        local, dask2, dask1 = (max(steady[name]) for name in configs)
        print(
            f"past start-up ({FEW}-article runs subtracted): dask 2 / local -j 2 "
            f"{dask2 / local:.3f}, dask 2 / 1 worker {dask2 / dask1:.3f}"
        )
        medians = {name: statistics.median(r) for name, r in rates.items()}
        print("medians: " + ", ".join(f"{k} {v:.2f}/s" for k, v in medians.items()))

    if "shard" not in skip:
        _, whole, _ = summarize([*common, "-j", "2"])
        shards = [summarize([*common, "-j", "2", "--shard", f"{k}/3"])[1] for k in (1, 2, 3)]
        parts = [line for out in shards for line in out.splitlines()]
        same = sorted(whole.splitlines()) == sorted(parts)
        sizes = "+".join(str(out.count(b"\n")) for out in shards)
        print(f"shards 1/3+2/3+3/3 == unsharded: {same} ({sizes} = {len(parts)} records)")

    if "memory" not in skip:
        for size in (int(s) for s in opts.memory_sizes.split(",")):
            path = tmp / f"memory-{size}.jsonl"
            write_articles(path, size, chars=opts.memory_chars)
            args = [str(path), "-m", opts.model, "-j", "2", "--engine", "dask"]
            _, _, peaks = summarize(args, sample_rss=True)
            workers = peaks[:2]  # the two worker processes are the biggest children
            mb = ", ".join(f"{p / 2**20:.0f}" for p in workers)
            print(f"peak RSS per dask worker, {size} articles ({opts.memory_chars} chars): {mb} MB")


if __name__ == "__main__":
    main()
