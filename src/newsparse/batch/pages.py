"""``--output-dir`` with ``--format html``: a page per article beside its JSON, and an index.

The JSON reports stay the record (resuming and ``aggregate`` read them); the pages are a view
of them, written atomically like the reports, and ``index.html`` links them all under the
corpus charts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse.batch.outdir import OutputDir, write_atomic
from newsparse.models import Report

if TYPE_CHECKING:
    from newsparse.batch.outcome import Outcome
    from newsparse.batch.sinks import Target
    from newsparse.batch.summary import RunSummary
    from newsparse.render.corpus_html import ArticleLink

INDEX_NAME = "index.html"


class PageSink:
    """One ``<name>.html`` per report, then ``index.html``."""

    def __init__(self, folder: OutputDir, *, top: int = 15) -> None:
        from newsparse.corpus import Aggregator

        self.folder = folder
        self.top = top
        self.aggregator = Aggregator()
        self.links: list[ArticleLink] = []

    def add(self, outcome: Outcome, target: Target | None) -> None:
        if target is None or not outcome.ok:
            return
        name = target.name
        from newsparse.render.common import format_published
        from newsparse.render.corpus_html import ArticleLink
        from newsparse.render.html import article_page

        report = outcome.record()
        assert isinstance(report, Report)
        write_atomic(self.folder.root / f"{name}.html", article_page(report))
        self.aggregator.add(report)
        art = report.article
        self.links.append(
            ArticleLink(
                href=f"{name}.html",
                title=art.headline or report.id,
                source=art.source,
                published=format_published(art.published) if art.published else None,
                quotes=len(report.quotes),
                claims=len(report.claims),
                anonymous=report.sourcing.anonymous,
            )
        )

    def close(self, summary: RunSummary) -> None:
        from newsparse.render.corpus_html import corpus_page

        if not self.links:
            return
        page = corpus_page(
            self.aggregator.result(), top=self.top, title="newsparse: articles", articles=self.links
        )
        write_atomic(self.folder.root / INDEX_NAME, page)
