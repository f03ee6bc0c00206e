"""Peak memory and time of one long article against its size, through ``newsparse summarize``.

    PYTHONPATH=src python benchmarks/long_article.py [--mb 1,2,5,19] [--shape many] [--model sm]

Each article is real news (the texts of ../shared/eval/quotes-dev.jsonl, repeated) cut to N MB,
as paragraphs (``many``) or as one line (``one``), analysed alone (``-j 1``: the analysis runs in
the one process, so its peak RSS is what a worker needs for it). A long article is analysed chunk
by chunk, so the peak should be about flat beyond one chunk (100,000 characters).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from throughput import QUOTES, Sampled


def prose(size: int, shape: str) -> str:
    texts = [json.loads(line)["text"] for line in QUOTES.open(encoding="utf-8") if line.strip()]
    sep = " " if shape == "one" else "\n\n"
    body = sep.join(" ".join(t.split()) if shape == "one" else t for t in texts)
    while len(body.encode()) < size:
        body += sep + body
    return body.encode()[:size].decode("utf-8", "ignore")


def measure(path: Path, model: str) -> tuple[float, float, int, str]:
    cmd = [sys.executable, "-m", "newsparse", "summarize", str(path), "--format", "jsonl"]
    cmd += ["-m", model, "-j", "1", "-q", "--max-bytes", str(path.stat().st_size + 1)]
    run = Sampled(cmd, interval=0.2)
    lines = run.out.splitlines()
    record = json.loads(lines[-1]) if lines else {}
    what = record.get("error", {}).get("type") or f"{len(record.get('claims', []))} claims"
    return run.peak_mb, run.seconds, run.code, what


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", default="1,2,5,19")
    ap.add_argument("--shape", default="many", choices=["many", "one"])
    ap.add_argument("--model", default="sm")
    args = ap.parse_args()
    print("reproduce: PYTHONPATH=src python benchmarks/long_article.py " + " ".join(sys.argv[1:]))
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="np-long-") as tmp:
        for mb in (float(x) for x in args.mb.split(",")):
            path = Path(tmp) / f"long-{mb:g}mb.txt"
            path.write_text("A long article\n\n" + prose(int(mb * 1_000_000), args.shape))
            peak, secs, code, what = measure(path, args.model)
            print(
                f"{mb:5g} MB ({args.shape}): peak RSS {peak:6.0f} MB, {secs:6.0f} s, "
                f"exit {code}, {what}",
                flush=True,
            )
            path.unlink()
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
