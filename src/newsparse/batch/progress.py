"""The progress bar on stderr (only when it is a terminal) and the failure lines above it."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsparse.batch.summary import RunSummary


class Progress:
    """Rich progress on stderr when it is a terminal; otherwise only failure lines."""

    def __init__(self, total: int, err: IO[str], *, enabled: bool) -> None:
        self.err = err
        self.total = total
        self.enabled = enabled
        self.files_done = 0
        self._last_path: object = object()
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
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

    def advance(self, path: str | None, summary: RunSummary) -> None:
        if path != self._last_path:  # records of one JSON Lines file share a path
            self.files_done += 1
            self._last_path = path
        if self._progress is not None:
            secs = summary.seconds
            self._progress.update(
                self._task,
                completed=min(self.files_done, self.total),
                articles=summary.articles,
                rate=f"{summary.articles / secs:.1f}" if secs > 0 else "0.0",
                failed=len(summary.failures),
            )
