"""One quote, one speaker, everywhere: over every real article of ../shared/corpus (text and
HTML), each claim that comes from a quote names that quote's speaker, to the character."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus"

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the repo"),
]


@pytest.fixture(scope="module")
def reports() -> list:
    from newsparse import analyze_many
    from newsparse.models import Report

    paths = sorted((CORPUS / "text").glob("*.txt")) + sorted((CORPUS / "html").glob("*.html"))
    out = list(analyze_many(paths, jobs=1, model="sm"))
    assert all(isinstance(r, Report) for r in out), [r for r in out if not isinstance(r, Report)]
    return out


def test_every_corpus_article_is_analysed(reports: list) -> None:
    assert len(reports) >= 60


def test_a_claim_from_a_quote_names_that_quotes_speaker(reports: list) -> None:
    linked = disagree = 0
    for report in reports:
        for claim in report.claims:
            if claim.claimer.quote is None:
                continue
            linked += 1
            speaker = report.quotes[claim.claimer.quote].speaker
            assert speaker is not None, (report.id, claim.text)
            mine = (claim.claimer.text, claim.claimer.name, claim.claimer.entity)
            theirs = (speaker.text, speaker.name, speaker.entity)
            offsets = (claim.claimer.start, claim.claimer.end) == (speaker.start, speaker.end)
            if mine != theirs or not offsets:
                disagree += 1
    assert linked > 500  # the corpus quotes a lot: the check must have something to check
    assert disagree == 0
