"""The corpus roll-up (``newsparse aggregate``, ``summarize --aggregate``) as terminal tables."""

from __future__ import annotations

from typing import IO

from rich import box
from rich.console import Console
from rich.table import Table

from newsparse.corpus import CorpusSummary, Share


def render(summary: CorpusSummary, out: IO[str], *, top: int = 10) -> None:
    """Tables for a terminal: entities, speakers, sourcing."""
    console = Console(file=out, highlight=False)
    head = (
        f"[bold]{summary.articles}[/] articles ({summary.words:,} words), "
        f"{summary.quotes} quotes, {summary.claims} claims"
    )
    if summary.failed:
        head += f"; [red]{summary.failed} error record(s) skipped[/]"
    if summary.invalid_lines:
        head += f"; [red]{summary.invalid_lines} invalid line(s)[/]"
    console.print(head)

    ents = Table(title="Most mentioned entities", box=box.SIMPLE_HEAD)
    for col, just in (("Entity", "left"), ("Label", "left"), ("Articles", "right")):
        ents.add_column(col, justify=just)  # type: ignore[arg-type]
    ents.add_column("Mentions", justify="right")
    for e in summary.entities[:top]:
        ents.add_row(e.name, e.label, str(e.articles), str(e.mentions))
    console.print(ents)

    spk = Table(title="Most quoted speakers", box=box.SIMPLE_HEAD)
    spk.add_column("Speaker")
    spk.add_column("Quotes", justify="right")
    spk.add_column("Articles", justify="right")
    for s in summary.speakers[:top]:
        spk.add_row(s.name, str(s.quotes), str(s.articles))
    console.print(spk)

    src = Table(title="Sourcing", box=box.SIMPLE_HEAD)
    src.add_column("Measure")
    src.add_column("Count", justify="right")
    src.add_column("Share", justify="right")

    def pct(share: Share) -> str:
        return "-" if share.share is None else f"{share.share:.1%}"

    aq, asrc = summary.anonymous_quotes, summary.anonymous_sourcing
    src.add_row("Quotes from anonymous speakers", f"{aq.count}/{aq.total}", pct(aq))
    src.add_row("Quotes with no resolved speaker", str(summary.unattributed_quotes), "")
    for key, value in summary.sourcing.items():
        src.add_row(f"Claims sourced: {key}", str(value), "")
    src.add_row("Anonymous among sourced claims", f"{asrc.count}/{asrc.total}", pct(asrc))
    console.print(src)
