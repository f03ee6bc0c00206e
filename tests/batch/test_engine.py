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


def test_paths_are_loaded_by_the_api(monkeypatch, blank_nlp, tmp_path: Path) -> None:
    monkeypatch.setattr(tasks, "report_from_doc", _fake_report)
    (tmp_path / "one.txt").write_text("Headline\n\nBody.\n")
    out = list(analyze_outcomes([tmp_path / "one.txt", str(tmp_path / "no.txt")], nlp=blank_nlp))
    assert [o.ok for o in out] == [True, False]
    assert "no.txt" in (out[1].path or "")
    assert out[0].record().article.path == str(tmp_path / "one.txt")
