"""What a run did: counts, failures, timing; its exit code, closing line and _summary.json."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from newsparse.batch.outcome import Outcome
from newsparse.models import Failure
from newsparse.version import __version__


@dataclass
class RunSummary:
    """Counts of one run; the library returns it and only the CLI turns it into an exit."""

    inputs: int = 0
    articles: int = 0
    ok: int = 0
    skipped: int = 0
    words: int = 0
    failures: list[Failure] = field(default_factory=list)
    started: float = field(default_factory=time.time)
    clock: float = field(default_factory=time.perf_counter)
    ended: float | None = None
    """``perf_counter`` at the end (``finish``); until then ``seconds`` runs on."""
    stopped: str | None = None
    """Why the run ended before its last input (an output error, a bug), else None."""
    shard: str | None = None
    """``K/N`` when the run was one shard of the inputs (``--shard``), else None."""

    @property
    def exit_code(self) -> int:
        """0 when every input gave its reports, 1 when some input failed."""
        return 1 if self.failures else 0

    @property
    def seconds(self) -> float:
        return (self.ended if self.ended is not None else time.perf_counter()) - self.clock

    def add(self, outcome: Outcome) -> Failure | None:
        """Count one outcome; its failure record when it is one."""
        self.articles += 1
        self.words += outcome.words
        if outcome.ok:
            self.ok += 1
            return None
        failure = outcome.record()
        assert isinstance(failure, Failure)
        self.failures.append(failure)
        return failure

    def finish(self) -> None:
        self.ended = time.perf_counter()

    def line(self) -> str:
        """The one line that ends a batch run on stderr."""
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

    def record(self, *, model: str | None, jobs: int) -> dict[str, Any]:
        """The content of ``_summary.json``."""
        secs = self.seconds
        return {
            "newsparse_version": __version__,
            "model": model,
            "jobs": jobs,
            "shard": self.shard,
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
            "stopped": self.stopped,
        }
