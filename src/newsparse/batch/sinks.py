"""Where a batch run's outcomes go: one stream, the --output-dir folder, the corpus roll-up.

Each sink takes every outcome in input order (with its output target when there is a folder)
and finishes once the run is over; the runner only decides which sinks a run has.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import chain
from typing import IO, TYPE_CHECKING, Any, Protocol

from newsparse.batch.outdir import (
    AGGREGATE_NAME,
    SUMMARY_NAME,
    OutputDir,
    digested,
    own_name,
    with_digest,
)

if TYPE_CHECKING:
    from newsparse.batch.outcome import Outcome
    from newsparse.batch.summary import RunSummary
    from newsparse.corpus import Aggregator
    from newsparse.render import Renderer


@dataclass(frozen=True)
class Target:
    """Where one article's report goes in the output folder, and the hash of its input."""

    name: str
    digest: str


class Sink(Protocol):
    def add(self, outcome: Outcome, target: Target | None) -> None: ...

    def close(self, summary: RunSummary) -> None: ...


class StreamSink:
    """Every record to one stream (stdout) through its format's renderer, flushed per record.

    JSON Lines get every record, error records too, as the JSON the workers made; the human
    formats show the reports (failures are named on stderr).
    """

    def __init__(self, renderer: Renderer, out: IO[str], *, top: int) -> None:
        self.renderer = renderer
        self.out = out
        self.top = top

    def add(self, outcome: Outcome, target: Target | None) -> None:
        if self.renderer.records:
            self.renderer(outcome.pieces(), self.out)
        elif outcome.ok:
            self.renderer(outcome.record(), self.out, top=self.top)
        else:
            return
        self.out.flush()

    def close(self, summary: RunSummary) -> None:
        pass


class FolderSink:
    """``--output-dir``: each report as ``<name>.json`` (atomically), then ``_summary.json``."""

    def __init__(
        self, folder: OutputDir, *, model: str | None, jobs: int, tag: str | None = None
    ) -> None:
        self.folder = folder
        self.model = model
        self.jobs = jobs
        self.name = own_name(SUMMARY_NAME, tag)

    def add(self, outcome: Outcome, target: Target | None) -> None:
        if target is None or not outcome.ok:
            return
        if outcome.large:  # written as it is read, never one string
            self.folder.write(target.name, chain(digested(outcome.pieces(), target.digest), "\n"))
        else:
            self.folder.write(target.name, with_digest(outcome.json(), target.digest) + "\n")

    def close(self, summary: RunSummary) -> None:
        record = summary.record(model=self.model, jobs=self.jobs)
        self.folder.write_own(self.name, json.dumps(record, indent=2))


class CorpusSink:
    """``--aggregate``: the roll-up of every report, as ``_aggregate.json`` and tables on stderr."""

    def __init__(
        self,
        *,
        folder: OutputDir | None,
        err: IO[str],
        quiet: bool,
        top: int,
        tag: str | None = None,
    ) -> None:
        from newsparse.corpus import Aggregator

        self.name = own_name(AGGREGATE_NAME, tag)

        self.aggregator: Aggregator = Aggregator()
        self.folder = folder
        self.err = err
        self.quiet = quiet
        self.top = top

    def add(self, outcome: Outcome, target: Target | None) -> None:
        if outcome.large:  # the roll-up reads the whole report: built here
            self.aggregator.add(outcome.record())
        elif outcome.ok:
            self.aggregator.add(json.loads(outcome.json()))

    def add_record(self, record: dict[str, Any]) -> None:
        """A report an earlier run wrote (``--skip-existing``) counts in the roll-up too."""
        self.aggregator.add(record)

    def close(self, summary: RunSummary) -> None:
        if self.folder is not None:
            rollup = self.aggregator.result().model_dump_json(indent=2)
            self.folder.write_own(self.name, rollup)
        if not self.quiet:
            from newsparse.render.corpus import render

            render(self.aggregator.result(), self.err, top=self.top)
