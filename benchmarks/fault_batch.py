"""A hostile batch: 1,000 files of real articles, 5% corrupt, through ``newsparse summarize``.

    PYTHONPATH=src python benchmarks/fault_batch.py [--files 1000] [--model sm] [--jobs 2]

The good files are the shared corpus (text and HTML pages) and the texts of
../shared/eval/quotes-dev.jsonl, repeated with a numbered last paragraph until there are enough.
The corrupt 5% cycle through: binary, empty, truncated UTF-8, NUL bytes, a directory named like
a file, a dangling symlink, bad JSON, bad JSON Lines; and one 5 MB file of real prose on a
single line (no line break, cut mid-sentence).

1. ``--format jsonl`` to a file: records out, error records by type, exit code, wall time,
   peak RSS of the process tree;
2. ``--output-dir``: ``kill -9`` of the parent half-way (the workers must go with it), the files
   left (reports, temp files), then ``--skip-existing``: the files after, and whether they are
   the reports of run 1 byte for byte.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from throughput import CORPUS, QUOTES, SHARED, Sampled

KINDS = ("binary", "empty", "utf8", "nul", "dir", "symlink", "json", "jsonl")


def build(folder: Path, files: int, big: int = 5_000_000) -> int:
    """Write the batch; the number of corrupt inputs."""
    texts = [json.loads(line)["text"] for line in QUOTES.open(encoding="utf-8") if line.strip()]
    good = [(p.name, p.read_bytes()) for p in sorted(CORPUS.glob("*.txt"))]
    good += [(p.name, p.read_bytes()) for p in sorted((SHARED / "corpus" / "html").glob("*"))]
    corrupt = files // 20
    k = 0
    while len(good) < files - corrupt:
        text = texts[k % len(texts)]
        copy = k // len(texts)
        good.append((f"dev{k:04}.txt", (text + (f"\n\nCopy {copy}." if copy else "")).encode()))
        k += 1
    for name, data in good:
        (folder / name).write_bytes(data)
    prose = " ".join(" ".join(t.split()) for t in texts)
    while len(prose) < big:
        prose += " " + prose
    (folder / "zz-one-line.txt").write_text(prose[:big], encoding="utf-8")
    for i in range(corrupt - 1):
        kind, name = KINDS[i % len(KINDS)], f"bad{i:03}"
        if kind == "binary":
            (folder / f"{name}.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4000))
        elif kind == "empty":
            (folder / f"{name}.txt").write_bytes(b"")
        elif kind == "utf8":
            (folder / f"{name}.txt").write_bytes("Headline\n\nCafé naïve ".encode() * 50 + b"\xc3")
        elif kind == "nul":
            (folder / f"{name}.txt").write_bytes(b"Headline\n\nSome\x00text\x00here" * 100)
        elif kind == "dir":
            (folder / f"{name}.txt").mkdir()
        elif kind == "symlink":
            (folder / f"{name}.txt").symlink_to(folder / "does-not-exist.txt")
        elif kind == "json":
            (folder / f"{name}.json").write_text('{"id": "x", "text": "unterminated')
        else:
            (folder / f"{name}.jsonl").write_text('{"id": "a", "text": "Fine."}\n{"id": "b", te\n')
    return corrupt


def run(cmd: list[str], *, kill_after: float | None = None) -> dict[str, object]:
    """Run and sample the tree's RSS; with ``kill_after``, SIGKILL the parent then."""

    def kill(proc: subprocess.Popen[bytes]) -> None:
        time.sleep(kill_after or 0)
        os.kill(proc.pid, signal.SIGKILL)

    done = Sampled(cmd, interval=0.2, during=kill if kill_after is not None else None)
    left = []
    if kill_after is not None:
        time.sleep(5)
        left = [k for k in done.children if _alive(k)]
    return {
        "seconds": done.seconds,
        "peak_mb": done.peak_mb,
        "code": done.code,
        "out": done.out.decode(),
        "err": done.err.decode(),
        "survivors": left,
    }


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] not in "ZX"
    except (FileNotFoundError, ProcessLookupError):
        return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--model", default="sm")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--big-mb", type=float, default=5.0, help="size of the one-line file")
    args = ap.parse_args()
    print("reproduce: PYTHONPATH=src python benchmarks/fault_batch.py " + " ".join(sys.argv[1:]))
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="np-faults-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        corrupt = build(folder, args.files, int(args.big_mb * 1_000_000))
        print(f"{args.files} inputs, {corrupt - 1} corrupt + one {args.big_mb:g} MB line")
        base = [sys.executable, "-m", "newsparse", "summarize", str(folder), "-q"]
        base += ["-m", args.model, "-j", str(args.jobs)]

        first = run([*base, "--format", "jsonl"])
        lines = [json.loads(line) for line in first["out"].splitlines()]
        errors = Counter(r["error"]["type"] for r in lines if "error" in r)
        print(
            f"jsonl: {len(lines)} records, {sum(errors.values())} error records "
            f"{dict(errors)}, exit code {first['code']}, {first['seconds']:.0f} s, "
            f"peak RSS {first['peak_mb']:.0f} MB, stderr lines {len(first['err'].splitlines())}"
        )
        reports = [r for r in lines if "error" not in r]
        for r in reports:
            r.pop("input_sha256", None)
        # ids repeat (every bad JSON Lines file holds a good record "a"): compare whole reports
        known = {json.dumps(r, sort_keys=True) for r in reports}

        out = Path(tmp) / "out"
        killed = run([*base, "-o", str(out)], kill_after=float(first["seconds"]) / 2)
        names = sorted(p.name for p in out.iterdir()) if out.exists() else []
        temps = [n for n in names if not n.endswith(".json")]
        print(
            f"kill -9 after {float(first['seconds']) / 2:.0f} s: {len(names)} files "
            f"({len(temps)} not *.json: {temps[:3]}), processes left after 5 s: "
            f"{killed['survivors']}"
        )
        again = run([*base, "-o", str(out), "--skip-existing"])
        files = sorted(out.glob("*.json"))
        written = [json.loads(p.read_text()) for p in files if not p.name.startswith("_")]
        for r in written:
            r.pop("input_sha256", None)  # what --output-dir adds to check a resume
        differ = [r["id"] for r in written if json.dumps(r, sort_keys=True) not in known]
        print(
            f"--skip-existing rerun: exit code {again['code']}, {again['seconds']:.0f} s, "
            f"{len(files)} files ({len(written)} reports, {len(reports)} in the jsonl run), "
            f"not identical to a jsonl report: {len(differ)} {differ[:5]}, left over: "
            f"{[p.name for p in out.iterdir() if not p.name.endswith('.json')]}"
        )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
