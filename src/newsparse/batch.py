"""Batch runs: find inputs (sorted), stream them through analysis, write safely, pick the exit code.

Library code, no Click: the ``summarize`` command only parses options into a ``BatchOptions``.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import sys
import tempfile
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from newsparse.errors import InputError, UsageError
from newsparse.models import Article, Failure
from newsparse.render import FORMATS, STREAM_FORMAT, get_renderer, stream_format
from newsparse.version import __version__

if TYPE_CHECKING:
    from newsparse.aggregate import Aggregator

STDIN = "-"
DEFAULT_PATTERNS = ("*.txt", "*.md", "*.html", "*.htm", "*.json", "*.jsonl")
"""Files a folder contributes by default: the formats the loader reads."""

SUMMARY_NAME = "_summary.json"
AGGREGATE_NAME = "_aggregate.json"
TEMP_PREFIX = ".newsparse-tmp-"
MAX_NAME = 120


# --------------------------------------------------------------------------- discovery


@dataclass(frozen=True, order=True)
class Input:
    """One input file (or stdin); ``rel`` is the name it is known by in --output-dir."""

    path: str
    rel: str = field(compare=False)
    missing: bool = field(default=False, compare=False)


def discover(
    args: Iterable[str],
    *,
    recursive: bool = False,
    patterns: Iterable[str] = DEFAULT_PATTERNS,
    exclude: str | os.PathLike[str] | None = None,
) -> list[Input]:
    """Expand files, folders and globs into a sorted, de-duplicated list; stdin comes first.

    A path that does not exist and matches nothing is kept (``missing``) so it becomes an error
    record in its place rather than vanishing silently. Hidden files and folders are skipped
    inside folders, as is ``exclude`` (the output folder, so a rerun never reads its own output).
    """
    pats = tuple(patterns) or DEFAULT_PATTERNS
    skip = os.path.realpath(exclude) if exclude else None
    found: dict[str, Input] = {}
    stdin = False

    def add(path: str, rel: str) -> None:
        key = os.path.normpath(path)
        if skip and _inside(os.path.realpath(key), skip):
            return
        found.setdefault(key, Input(key, rel))

    for arg in args:
        if arg == STDIN:
            stdin = True
        elif os.path.isdir(arg):
            for path in _walk(arg, recursive=recursive, patterns=pats):
                add(path, os.path.relpath(path, arg))
        elif os.path.exists(arg):
            add(arg, os.path.basename(arg))
        elif glob.has_magic(arg):
            base = _static_prefix(arg)
            for match in sorted(glob.glob(arg, recursive=True)):
                if os.path.isdir(match):
                    for path in _walk(match, recursive=recursive, patterns=pats):
                        add(path, os.path.relpath(path, base))
                elif os.path.isfile(match):
                    add(match, os.path.relpath(match, base))
        else:
            key = os.path.normpath(arg)
            found.setdefault(key, Input(key, os.path.basename(arg), missing=True))
    inputs = sorted(found.values())
    return [Input(STDIN, "stdin"), *inputs] if stdin else inputs


def _walk(root: str, *, recursive: bool, patterns: tuple[str, ...]) -> Iterator[str]:
    import fnmatch

    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")) if recursive else []
        for name in sorted(filenames):
            if not name.startswith(".") and any(fnmatch.fnmatch(name, p) for p in patterns):
                yield os.path.join(dirpath, name)


def _static_prefix(pattern: str) -> str:
    parts: list[str] = []
    for part in Path(pattern).parts:
        if glob.has_magic(part):
            break
        parts.append(part)
    return os.path.join(*parts) if parts else "."


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


# --------------------------------------------------------------------------- loading


def load_inputs(
    inputs: Iterable[Input],
    *,
    max_bytes: int | None = None,
    input_format: str | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Article | Failure]:
    """Every article of every input, in order; what cannot be read becomes a Failure in place."""
    pairs = load_pairs(inputs, max_bytes=max_bytes, input_format=input_format, stdin=stdin)
    for _, item in pairs:
        yield item


def load_pairs(
    inputs: Iterable[Input],
    *,
    max_bytes: int | None = None,
    input_format: str | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[tuple[Input, Article | Failure]]:
    """``load_inputs`` with each item's input (output names derive from it).

    Whatever goes wrong with one input (missing, binary, empty, bad JSON, a parser bug) becomes
    one Failure in its place, and an input that yields nothing gives one too: nothing is lost
    silently and nothing stops the run.
    """
    from newsparse.loader import MAX_BYTES, load_articles, load_text

    limit = max_bytes or MAX_BYTES
    for item in inputs:
        if item.missing:
            err = InputError(f"{item.path}: no such file, folder or matching glob")
            yield item, input_failure(item, err)
        elif item.path == STDIN:
            data = (stdin or sys.stdin.buffer).read(limit + 1)
            if len(data) > limit:
                err = InputError(
                    f"<stdin>: over the {limit:,}-byte limit; raise it with --max-bytes"
                )
                yield item, input_failure(item, err)
                continue
            yield from _guarded(
                item,
                lambda data=data: load_text(data, name="<stdin>", input_format=input_format),
            )
        else:
            path = item.path
            yield from _guarded(
                item,
                lambda path=path: load_articles(path, max_bytes=limit, input_format=input_format),
            )


def input_failure(source: Input, err: BaseException) -> Failure:
    """The error record for an input that could not be read as articles."""
    stdin = source.path == STDIN
    return Failure.from_error(
        err,
        id=Path(source.rel).stem or "stdin",
        path=None if stdin else source.path,
        name="<stdin>" if stdin else None,
    )


def _guarded(
    source: Input, load: Callable[[], Iterator[Article | Failure]]
) -> Iterator[tuple[Input, Article | Failure]]:
    empty = True
    try:
        for loaded in load():
            empty = False
            yield source, loaded
    except Exception as err:  # one input's problem, never the run's
        yield source, input_failure(source, err)
        return
    if empty:
        yield source, input_failure(source, InputError("no articles found (empty input)"))


# --------------------------------------------------------------------------- output folder

_UNSAFE = re.compile(r"[^\w.\-]+")
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(10)}


def safe_name(raw: str) -> str:
    """A file-name stem that is one plain component: no separators, no dot-dot, no device."""
    text = unicodedata.normalize("NFKC", raw)
    stem = _UNSAFE.sub("_", text.replace(os.sep, "__").replace("/", "__")).strip("._-")
    stem = re.sub(r"\.{2,}", ".", stem) or "article"
    if stem.split(".")[0].lower() in _RESERVED or stem.lower() in ("_summary", "_aggregate"):
        stem = "x" + stem
    if len(stem) > MAX_NAME:
        digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        stem = f"{stem[: MAX_NAME - 11]}-{digest}"
    return stem


def base_name(rel: str, article: Article) -> str:
    """``sub__dir__file`` for a one-article file; ``file__<id>`` for a record in a JSON file."""
    stem = os.path.splitext(rel)[0]
    raw = stem.replace(os.sep, "__").replace("/", "__")
    if article.id != Path(stem).name:
        raw = f"{raw}__{article.id}"
    return safe_name(raw)


class OutputDir:
    """``<name>.json`` per article, written atomically; names unique in input order."""

    def __init__(self, root: str | os.PathLike[str], *, skip_existing: bool = False) -> None:
        self.root = Path(root)
        self.skip_existing = skip_existing
        self._used: set[str] = set()
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            why = err.strerror or err
            raise UsageError(f"--output-dir {root}: cannot create ({why})") from None
        if not self.root.is_dir():
            raise UsageError(f"--output-dir {root}: not a folder")
        for leftover in self.root.glob(TEMP_PREFIX + "*"):
            # an interrupted run's half-written file: never renamed, so never a result
            if _stale(leftover):
                leftover.unlink(missing_ok=True)

    def claim(self, base: str) -> str:
        """The first free ``base``, ``base-2``, ... (case-insensitively: macOS, Windows)."""
        name, n = base, 1
        while name.lower() in self._used or name.lower() in ("_summary", "_aggregate"):
            n += 1
            name = f"{base}-{n}"
        self._used.add(name.lower())
        return name

    def path(self, name: str) -> Path:
        return self.root / f"{name}.json"

    def exists(self, name: str) -> bool:
        return self.path(name).is_file()

    def write(self, name: str, text: str) -> Path:
        return write_atomic(self.path(name), text)


def _stale(temp: Path) -> bool:
    """A temp file whose writer (pid in its name) is gone; another live run's is left alone."""
    pid = temp.name[len(TEMP_PREFIX) :].split("-")[0]
    if not pid.isdigit():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def write_atomic(target: Path, text: str) -> Path:
    """Temp file in the same folder, fsync, rename: readers see the whole file or none."""
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


# --------------------------------------------------------------------------- the run


@dataclass
class BatchOptions:
    inputs: list[str]
    recursive: bool = False
    patterns: tuple[str, ...] = DEFAULT_PATTERNS
    jobs: int = 1
    model: str | None = None
    max_bytes: int | None = None
    input_format: str | None = None
    output_dir: str | None = None
    skip_existing: bool = False
    format: str = STREAM_FORMAT
    top: int = 10
    aggregate: bool = False
    quiet: bool = False


@dataclass
class Stats:
    inputs: int = 0
    articles: int = 0
    ok: int = 0
    skipped: int = 0
    words: int = 0
    failures: list[Failure] = field(default_factory=list)
    started: float = field(default_factory=time.time)
    clock: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.clock

    def line(self) -> str:
        secs = self.seconds
        rate = self.articles / secs if secs > 0 else 0.0
        parts = [f"{self.ok} ok"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already done)")
        parts.append(f"{len(self.failures)} failed")
        return (
            f"newsparse: {self.articles} article(s) from {self.inputs} input(s) in {secs:.1f} s "
            f"({rate:.1f}/s): " + ", ".join(parts)
        )

    def summary(self, options: BatchOptions) -> dict[str, Any]:
        secs = self.seconds
        return {
            "newsparse_version": __version__,
            "model": options.model,
            "jobs": options.jobs,
            "started": datetime.fromtimestamp(self.started, timezone.utc).isoformat(),
            "finished": datetime.now(timezone.utc).isoformat(),
            "seconds": round(secs, 3),
            "counts": {
                "inputs": self.inputs,
                "articles": self.articles,
                "written": self.ok,
                "skipped": self.skipped,
                "failed": len(self.failures),
            },
            "articles_per_second": round(self.articles / secs, 2) if secs > 0 else None,
            "words_per_second": round(self.words / secs, 1) if secs > 0 else None,
            "failures": [f.model_dump(mode="json") for f in self.failures],
        }


def single_input(options: BatchOptions, format_: str | None) -> Input | None:
    """The one input when the run keeps the one-report behaviour (rich/json), else None."""
    streamed = format_ is not None and FORMATS[format_].records  # JSON Lines asked for
    if len(options.inputs) != 1 or options.output_dir or options.aggregate or streamed:
        return None
    arg = options.inputs[0]
    if arg == STDIN:
        return Input(STDIN, "stdin")
    if os.path.isdir(arg) or (glob.has_magic(arg) and not os.path.exists(arg)):
        return None
    return Input(arg, os.path.basename(arg), missing=not os.path.exists(arg))


def run_single(item: Input, options: BatchOptions, format_: str) -> None:
    """One input, one report, rendered as asked; a failure is a one-line error (exit 1).

    A file holding several articles (JSON Lines) is streamed like a batch instead.
    """
    from newsparse.analysis import analyze_outcomes

    pairs = list(load_pairs([item], max_bytes=options.max_bytes, input_format=options.input_format))
    items = [loaded for _, loaded in pairs]
    if len(items) != 1:
        options = replace(options, format=stream_format(format_))
        code = run(options, preloaded=pairs)
        if code:
            sys.exit(code)
        return
    if isinstance(items[0], Failure):
        raise InputError(items[0].error.message)
    outcome = next(analyze_outcomes(items, jobs=1, model=options.model))
    record = outcome.record()
    if isinstance(record, Failure):
        raise InputError(record.error.message)
    get_renderer(format_)(record, sys.stdout, top=options.top)
    sys.stdout.flush()


def run(
    options: BatchOptions,
    *,
    out: IO[str] | None = None,
    err: IO[str] | None = None,
    preloaded: list[tuple[Input, Article | Failure]] | None = None,
) -> int:
    """Run a batch; returns the exit code (0 all good, 1 some input failed)."""
    from newsparse.analysis import analyze_outcomes

    out = out or sys.stdout
    err = err or sys.stderr
    outdir = (
        OutputDir(options.output_dir, skip_existing=options.skip_existing)
        if options.output_dir
        else None
    )
    if preloaded is not None:
        inputs = list(dict.fromkeys(source for source, _ in preloaded))
    else:
        inputs = discover(
            options.inputs,
            recursive=options.recursive,
            patterns=options.patterns,
            exclude=options.output_dir,
        )
    if not inputs:
        raise UsageError(
            "no input files found (folders contribute files matching "
            + " ".join(options.patterns)
            + "; add -r to search sub-folders or --pattern to match others)"
        )
    stats = Stats(inputs=len(inputs))
    names: deque[str | None] = deque()
    aggregator = _aggregator() if options.aggregate else None

    def planned() -> Iterator[Article | Failure]:
        loaded = preloaded or load_pairs(
            inputs, max_bytes=options.max_bytes, input_format=options.input_format
        )
        for source, item in loaded:
            if outdir is None or isinstance(item, Failure):
                names.append(None)
                yield item
                continue
            name = outdir.claim(base_name(source.rel, item))
            if outdir.skip_existing and outdir.exists(name):
                stats.skipped += 1
                stats.articles += 1
                if aggregator is not None:
                    aggregator.add(json.loads(outdir.path(name).read_text(encoding="utf-8")))
                continue
            names.append(name)
            yield item

    progress = _Progress(len(inputs), err, enabled=not options.quiet and _isatty(err))
    outcomes = analyze_outcomes(planned(), jobs=options.jobs, model=options.model)
    renderer = get_renderer(options.format)
    try:
        with progress:
            for outcome in outcomes:
                name = names.popleft()
                stats.articles += 1
                stats.words += outcome.words
                if not outcome.ok:
                    failure = outcome.record()
                    assert isinstance(failure, Failure)
                    stats.failures.append(failure)
                    progress.note(f"newsparse: failed: {failure.error.message}")
                else:
                    stats.ok += 1
                    if aggregator is not None:
                        aggregator.add(json.loads(outcome.json()))
                if outdir is not None:
                    if name is not None and outcome.ok:
                        outdir.write(name, outcome.json() + "\n")
                elif renderer.records:  # the workers' JSON, as is
                    renderer(outcome.json(), out)
                    out.flush()
                elif outcome.ok:
                    renderer(outcome.record(), out, top=options.top)
                    out.flush()
                progress.advance(outcome.path, stats)
    finally:
        outcomes.close()
    if outdir is not None:
        write_atomic(outdir.root / SUMMARY_NAME, json.dumps(stats.summary(options), indent=2))
        if aggregator is not None:
            rollup = aggregator.result().model_dump_json(indent=2)
            write_atomic(outdir.root / AGGREGATE_NAME, rollup)
    if aggregator is not None and not options.quiet:
        from newsparse.aggregate import render_rich

        render_rich(aggregator.result(), err, top=options.top)
    if not options.quiet:
        err.write(stats.line() + "\n")
    err.flush()
    return 1 if stats.failures else 0


def _aggregator() -> Aggregator:
    from newsparse.aggregate import Aggregator

    return Aggregator()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _Progress:
    """Rich progress on stderr when it is a terminal; otherwise only failure lines."""

    def __init__(self, total: int, err: IO[str], *, enabled: bool) -> None:
        self.err = err
        self.total = total
        self.enabled = enabled
        self.files_done = 0
        self._last_path: object = object()
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("[bold]files"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[articles]} articles, {task.fields[rate]}/s"),
                TextColumn("[red]{task.fields[failed]} failed"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(file=self.err),
                transient=True,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task(
                "files", total=self.total, articles=0, rate="0.0", failed=0
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)

    def note(self, line: str) -> None:
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False)
        else:
            self.err.write(line + "\n")
            self.err.flush()

    def advance(self, path: str | None, stats: Stats) -> None:
        if path != self._last_path:  # records of one JSON Lines file share a path
            self.files_done += 1
            self._last_path = path
        if self._progress is not None:
            secs = stats.seconds
            self._progress.update(
                self._task,
                completed=min(self.files_done, self.total),
                articles=stats.articles,
                rate=f"{stats.articles / secs:.1f}" if secs > 0 else "0.0",
                failed=len(stats.failures),
            )
