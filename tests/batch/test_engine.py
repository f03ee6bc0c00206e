"""The engine in process with a blank pipeline: order kept, one bad article costs one record."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse.batch import analyze_many, analyze_outcomes, tasks
from newsparse.loader import article_from_text
from newsparse.models import Article, ErrorInfo, Failure, Report


def _fake_report(article: Article, doc: object, *, model: str) -> Report:
    if "EXPLODE" in article.text:
        raise ValueError("extractor blew up")
    return Report(id=article.id, model=model, newsparse_version="test", article=article)


@pytest.fixture
def blank_nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_one_bad_article_is_a_failure_not_the_end(monkeypatch, blank_nlp) -> None:
    monkeypatch.setattr(tasks, "report_from_doc", _fake_report)
    texts = ["Fine one.", "EXPLODE here.", "Fine two."]
    arts = [article_from_text(t, id=f"a{i}") for i, t in enumerate(texts)]
    missing = Failure(id="m", path="m.txt", error=ErrorInfo(type="InputError", message="m.txt"))
    out = list(analyze_many([arts[0], missing, arts[1], arts[2]], nlp=blank_nlp))
    assert [type(r).__name__ for r in out] == ["Report", "Failure", "Failure", "Report"]
    assert [r.id for r in out] == ["a0", "m", "a1", "a2"]
    assert out[2].error.type == "ValueError"


def test_the_first_record_comes_when_the_first_article_is_done(monkeypatch, blank_nlp) -> None:
    made: list[str] = []

    def counting(article: Article, doc: object, *, model: str) -> Report:
        made.append(article.id)
        return _fake_report(article, doc, model=model)

    monkeypatch.setattr(tasks, "report_from_doc", counting)
    arts = [article_from_text(f"Story {i}.", id=f"a{i}") for i in range(40)]
    outcomes = analyze_outcomes(arts, nlp=blank_nlp)
    assert next(outcomes).id == "a0"
    assert made == ["a0"]  # not a batch of 16: progress moves from the first article
    assert [o.id for o in outcomes] == [f"a{i}" for i in range(1, 40)]


def test_paths_are_loaded_by_the_api(monkeypatch, blank_nlp, tmp_path: Path) -> None:
    monkeypatch.setattr(tasks, "report_from_doc", _fake_report)
    (tmp_path / "one.txt").write_text("Headline\n\nBody.\n")
    out = list(analyze_outcomes([tmp_path / "one.txt", str(tmp_path / "no.txt")], nlp=blank_nlp))
    assert [o.ok for o in out] == [True, False]
    assert "no.txt" in (out[1].path or "")
    assert out[0].record().article.path == str(tmp_path / "one.txt")


@pytest.mark.model
@pytest.mark.parametrize("jobs", [1, 2])
def test_timeout_turns_a_stalled_article_into_an_error_record(jobs: int) -> None:
    """An article past its budget is a ``timeout`` record; the ones around it are reported."""
    from newsparse.nlp import CHUNK_CHARS

    slow = " ".join(f"Officials in town {i} said the plan would fail." for i in range(6000))
    assert len(slow) > CHUNK_CHARS  # analysed in chunks, several budgets' worth of work
    arts = [
        article_from_text("Mayor Jane Doe said the bridge opens in May.", id="before"),
        article_from_text(slow, id="slow"),
        article_from_text('"We will appeal," said lawyer Tom Baker.', id="after"),
    ]
    out = list(analyze_outcomes(arts, jobs=jobs, model="sm", timeout=1.0))
    assert [o.id for o in out] == ["before", "slow", "after"]
    assert [o.ok for o in out] == [True, False, True]
    failure = out[1].record()
    assert isinstance(failure, Failure) and failure.error.type == "timeout"
    assert "--timeout" in failure.error.message
