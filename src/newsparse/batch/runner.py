"""A ``summarize`` run: options in, a RunSummary out; one report, or a batch to its sinks.

Library code, no Click: the command parses options into ``RunOptions`` and exits with the
summary's code. Problems with the options (nothing to read, an unusable output folder) are
``UsageError``; the one input of a one-report run that fails is an ``InputError``; a report
that cannot be written stops the run with an ``OutputError``.

One error boundary per article: whatever goes wrong loading, analysing, serialising or naming
it becomes its error record and the run goes on. What still ends a run (an output error, a bug
of ours) first leaves ``_summary.json`` with the records so far.
"""

from __future__ import annotations

import glob
import os
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import IO, Any

from newsparse.batch.engine import analyze_outcomes
from newsparse.batch.inputs import DEFAULT_PATTERNS, STDIN, Input, discover, load_pairs
from newsparse.batch.outcome import Outcome
from newsparse.batch.outdir import OutputDir, input_digest, raw_name, safe_name
from newsparse.batch.pages import PageSink
from newsparse.batch.progress import Progress
from newsparse.batch.shard import Shard
from newsparse.batch.sinks import CorpusSink, FolderSink, Sink, StreamSink, Target
from newsparse.batch.summary import RunSummary
from newsparse.batch.tasks import DEFAULT_TIMEOUT, Item
from newsparse.errors import InputError, NewsparseError, UsageError
from newsparse.loader.fetch import is_url
from newsparse.models import Article, Failure
from newsparse.render import FORMATS, default_format, get_renderer, stream_format
from newsparse.render.common import isatty


@dataclass(frozen=True)
class RunOptions:
    """What ``newsparse summarize`` was asked to do."""

    inputs: Sequence[str]
    recursive: bool = False
    patterns: tuple[str, ...] = DEFAULT_PATTERNS
    jobs: int = 1
    model: str | None = None
    max_bytes: int | None = None
    input_format: str | None = None
    output_dir: str | None = None
    skip_existing: bool = False
    format: str | None = None
    """A name in ``render.FORMATS``; None: one report as JSON (rich on a terminal), many as
    JSON Lines."""
    terminal: bool = False
    """stdout is a terminal (it picks the default format of one report)."""
    top: int = 10
    aggregate: bool = False
    quiet: bool = False
    """No progress bar (the closing summary line and --aggregate tables still show)."""
    offline: bool = False
    """Refuse URL inputs instead of fetching them."""
    stdin_id: str | None = None
    """The id of the article read from stdin."""
    timeout: float | None = DEFAULT_TIMEOUT
    """Seconds an article may take (per 100,000 characters) before it becomes an error record."""
    shard: Shard | None = None
    """``--shard K/N``: only this run's share of the inputs (always a batch)."""
    engine: str = "local"
    """``local`` (this machine's worker pool) or ``dask`` (``batch.dask_engine``)."""
    scheduler: str | None = None
    """With the dask engine: the address of a running scheduler; None: a LocalCluster of -j."""


def single_input(options: RunOptions) -> Input | None:
    """The one input when the run keeps the one-report behaviour, else None (a batch)."""
    streamed = options.format is not None and FORMATS[options.format].records  # JSON Lines
    batch = options.output_dir or options.aggregate or streamed or options.shard
    if len(options.inputs) != 1 or batch:
        return None
    arg = options.inputs[0]
    if arg == STDIN:
        return Input(STDIN, "stdin")
    if is_url(arg):
        return Input.of(arg)
    if os.path.isdir(arg) or (glob.has_magic(arg) and not os.path.exists(arg)):
        return None
    return Input(arg, os.path.basename(arg), missing=not os.path.exists(arg))


def run(
    options: RunOptions,
    *,
    out: IO[str] | None = None,
    err: IO[str] | None = None,
    stdin: IO[bytes] | None = None,
) -> RunSummary:
    """Run ``summarize``; never exits: the summary's ``exit_code`` is for the caller.

    One input, one report, rendered as asked; a file holding several articles (JSON Lines) is
    streamed like a batch instead. Several inputs: a batch (progress and failures on stderr,
    a one-line summary at the end).
    """
    out = out or sys.stdout
    err = err or sys.stderr
    single = single_input(options)
    if single is None:
        return _batch(options, out, err, stdin=stdin)
    pairs = list(load_pairs([single], stdin=stdin, **_load_options(options, err)))
    fmt = options.format or default_format(terminal=options.terminal)
    if len(pairs) == 1:
        return _one_report(pairs[0][1], options, out, fmt)
    if fmt == "html":
        raise UsageError(
            f"{single.path} holds {len(pairs)} articles; --format html needs --output-dir"
        )
    return _batch(replace(options, format=fmt), out, err, preloaded=pairs)


def _load_options(options: RunOptions, err: IO[str]) -> dict[str, Any]:
    """How ``load_pairs`` reads this run's inputs."""

    def notify(line: str) -> None:
        err.write(line + "\n")
        err.flush()

    return {
        "max_bytes": options.max_bytes,
        "input_format": options.input_format,
        "offline": options.offline,
        "notify": notify,
        "stdin_id": options.stdin_id,
    }


def _one_report(item: Item, options: RunOptions, out: IO[str], fmt: str) -> RunSummary:
    """The one report, or the one-line error (``InputError``) that says why there is none."""
    if isinstance(item, Failure):
        raise InputError(item.error.message)
    outcome = next(analyze_outcomes([item], jobs=1, model=options.model, timeout=options.timeout))
    if not outcome.ok:
        failure = outcome.record()
        assert isinstance(failure, Failure)
        raise InputError(failure.error.message)
    if fmt == "json" and outcome.large:  # what render.json writes, an item at a time
        for piece in outcome.pretty(indent=2):
            out.write(piece)
        out.write("\n")
    else:  # the other views need the whole model (a long article's is built here)
        get_renderer(fmt)(outcome.record(), out, top=options.top)
    out.flush()
    summary = RunSummary(inputs=1)
    summary.add(outcome)
    summary.finish()
    return summary


def _batch(
    options: RunOptions,
    out: IO[str],
    err: IO[str],
    *,
    preloaded: list[tuple[Input, Item]] | None = None,
    stdin: IO[bytes] | None = None,
) -> RunSummary:
    """Every article of every input through the engine, in sorted input order, to the sinks."""
    folder = (
        OutputDir(options.output_dir, skip_existing=options.skip_existing)
        if options.output_dir
        else None
    )
    if preloaded is not None:
        inputs = list(dict.fromkeys(source for source, _ in preloaded))
    else:
        skipped: list[str] = []
        inputs = discover(
            options.inputs,
            recursive=options.recursive,
            patterns=options.patterns,
            exclude=options.output_dir,
            skipped=skipped,
        )
        for path in skipped:
            err.write(
                f"newsparse: skipped {path} (a README/LICENSE-like file, not an article; "
                "give it by name or with --pattern to read it)\n"
            )
    if not inputs:
        raise UsageError(
            "no input files found (folders contribute files matching "
            + " ".join(options.patterns)
            + "; add -r to search sub-folders or --pattern to match others)"
        )
    shard = options.shard
    if shard is not None:  # a shard may own none of them: an empty run, not a usage error
        inputs = [s for s in inputs if shard.reads(s, input_format=options.input_format)]
    summary = RunSummary(inputs=len(inputs), shard=None if shard is None else str(shard))
    tag = None if shard is None else shard.tag  # in the names of the run's own files
    corpus = (
        CorpusSink(folder=folder, err=err, quiet=False, top=options.top, tag=tag)
        if options.aggregate
        else None
    )
    sinks: list[Sink] = [
        FolderSink(folder, model=options.model, jobs=options.jobs, tag=tag)
        if folder is not None
        else StreamSink(get_renderer(stream_format(options.format)), out, top=options.top)
    ]
    if corpus is not None:
        sinks.append(corpus)
    if folder is not None and options.format == "html":
        sinks.append(PageSink(folder, top=options.top))
    targets: deque[Target | None] = deque()

    def planned() -> Iterator[Item]:
        """The articles to analyse, each with its output target queued (None: no file)."""
        loaded = preloaded or load_pairs(inputs, stdin=stdin, **_load_options(options, err))
        for source, item in loaded:
            if shard is not None and not shard.takes(
                source, item, input_format=options.input_format
            ):
                continue
            target = None
            if folder is not None and isinstance(item, Article):
                try:
                    raw = raw_name(source.rel, item)
                    target = Target(folder.claim(safe_name(raw), raw), input_digest(item))
                except Exception as error:  # naming one article is that article's problem
                    item = Failure.from_error(error, id=item.id, path=item.path)
            if target is not None and folder is not None:
                kept = folder.done(target.name, target.digest)
                if kept is not None:
                    summary.skipped += 1
                    summary.articles += 1
                    if corpus is not None:
                        corpus.add_record(kept)
                    continue
            targets.append(target)
            yield item

    # A human view on the same terminal would print under a live bar: the panels are the progress.
    viewed = isatty(out) and not FORMATS[stream_format(options.format)].records
    progress = Progress(len(inputs), err, enabled=not options.quiet and isatty(err) and not viewed)
    outcomes = _engine(options)(
        planned(), jobs=options.jobs, model=options.model, timeout=options.timeout
    )
    try:
        with progress:
            for outcome in outcomes:
                target = targets.popleft()
                outcome = _serialised(outcome)
                for sink in sinks:
                    sink.add(outcome, target)
                failure = summary.add(outcome)  # after the sinks: counts only what was written
                if failure is not None:
                    progress.note(f"newsparse: failed: {failure.error.message}")
                progress.advance(outcome.path, summary)
    except Exception as error:
        summary.stopped = (
            str(error)
            if isinstance(error, NewsparseError)
            else f"internal error: {type(error).__name__}: {error}"
        )
        _close(sinks, summary)
        raise
    finally:
        outcomes.close()
    _close(sinks, summary)
    err.write(summary.line() + "\n")
    err.flush()
    return summary


def _engine(options: RunOptions) -> Callable[..., Generator[Outcome, None, None]]:
    """The engine's ``analyze_outcomes``: ordered Outcomes from the same planned articles, so
    every engine feeds the same sinks, progress and summary."""
    if options.engine == "local":
        return analyze_outcomes
    if options.engine == "dask":
        from newsparse.batch.dask_engine import dask_outcomes

        return partial(dask_outcomes, scheduler=options.scheduler)
    raise UsageError(f"unknown --engine {options.engine!r}; choose local or dask")


def _serialised(outcome: Outcome) -> Outcome:
    """The outcome with its JSON made (a long report's in a spool file), or, if it cannot be
    serialised, its error record: nothing half-written reaches a sink."""
    try:
        if outcome.large:
            return outcome.spooled()
        return replace(outcome, _json=outcome.json())
    except Exception as error:
        failure = Failure.from_error(error, id=outcome.id, path=outcome.path)
        return Outcome.of(failure, words=outcome.words)


def _close(sinks: list[Sink], summary: RunSummary) -> None:
    """End every sink; when the run is already stopping, a second failure (the same full
    disk writing ``_summary.json``) must not hide the first."""
    summary.finish()
    for sink in sinks:
        try:
            sink.close(summary)
        except Exception:
            if summary.stopped is None:
                raise
