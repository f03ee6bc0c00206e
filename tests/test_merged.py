"""A chunked article's merged report, written an item at a time (no model needed: the chunks'
extractions are built by hand)."""

from __future__ import annotations

import gc
import os
import pickle
from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from newsparse.batch.outcome import Outcome, Spool
from newsparse.batch.outdir import digested, with_digest
from newsparse.batch.tasks import sendable
from newsparse.chunked import MergedReport, _Merger
from newsparse.models import Article
from report_factory import make_report


def _merged(chunks: int = 3) -> MergedReport:
    """The same hand-built chunk ``chunks`` times: one merged entity, quotes and claims moved."""
    one = make_report()
    text = one.article.text
    article = Article(id="long", text=text * chunks, paragraphs=[text] * chunks)
    merger = _Merger(article)
    for k in range(chunks):
        found = SimpleNamespace(
            entities=one.entities,
            quotes=one.quotes,
            claims=one.claims,
            summary=[],
            warnings=["odd mark at offset 3"],
        )
        merger.add(found, offset=k * len(text), paragraph=k, length=len(text))
    return merger.merged(model="m")


def test_merged_pieces_are_the_built_reports_json() -> None:
    merged = _merged()
    report = merged.report()
    assert len(report.entities) == 1 and report.entities[0].count == 3
    assert [q.paragraph for q in report.quotes] == [0, 1, 2]
    assert [c.claimer.quote for c in report.claims] == [0, 1, 2]  # indexes follow the move
    assert all(c.claimer.entity == "e1" for c in report.claims)  # merged keys numbered
    assert report.sourcing.named == 3 and report.voices[0].quotes == [0, 1, 2]
    n = len(make_report().article.text)
    assert report.warnings == [f"odd mark at offset {3 + k * n}" for k in range(3)]
    for indent in (None, 2):
        assert "".join(merged.pieces(indent=indent)) == report.model_dump_json(indent=indent)
    assert "".join(merged.pieces()) == "".join(merged.pieces())  # read again, not used up


def test_a_large_outcome_is_written_from_its_pieces_and_its_spool() -> None:
    merged = _merged()
    expected = merged.report().model_dump_json()
    outcome = Outcome.of_merged(merged, words=9)
    assert outcome.large and outcome.ok and outcome.id == "long"
    assert outcome.json() == expected and "".join(outcome.pieces()) == expected
    spooled = outcome.spooled()
    assert spooled._spool is not None and os.path.exists(spooled._spool.path)
    assert "".join(spooled.pieces()) == expected
    assert spooled.record() == outcome.record()  # built from the merged report, not re-parsed
    assert "".join(spooled.pretty()) == merged.report().model_dump_json(indent=2)
    digest = "ab" * 32
    assert "".join(digested(spooled.pieces(), digest)) == with_digest(expected, digest)


def test_a_spool_sent_to_the_parent_is_the_parents_to_remove() -> None:
    sent = sendable(Outcome.of_merged(_merged()))
    assert sent._merged is None and sent._spool is not None  # only a file name crosses
    path = sent._spool.path
    received = pickle.loads(pickle.dumps(sent))  # what the pipe does
    del sent
    gc.collect()
    assert os.path.exists(path)  # the worker's copy let go of it
    assert received.record().model_dump_json() == received.json()
    del received
    gc.collect()
    assert not os.path.exists(path)  # the parent's copy removed it


def test_a_report_that_cannot_be_sent_is_its_error_record(monkeypatch) -> None:
    def broken(pieces: object) -> Spool:
        raise ValueError("disk on fire")

    monkeypatch.setattr(Spool, "of", classmethod(lambda cls, pieces: broken(pieces)))
    sent = sendable(Outcome.of_merged(_merged()))
    assert not sent.ok and "disk on fire" in sent.json()
    assert sent.record().error.type == "ValueError"  # type: ignore[union-attr]


def test_digested_needs_a_reports_end() -> None:
    with pytest.raises(ValueError):
        list(digested(['{"id":"x"}'], "ab"))


def test_a_spool_that_fails_half_written_leaves_no_file(monkeypatch, tmp_path) -> None:
    import tempfile

    def pieces() -> Iterator[str]:
        yield '{"id":'
        raise ValueError("serialising blew up")

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with pytest.raises(ValueError):
        Spool.of(pieces())
    assert list(tmp_path.iterdir()) == []
