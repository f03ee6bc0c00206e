"""The error boundary: every error record is made by ``Failure.from_error`` with one rule."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from newsparse.errors import InputError, WorkerCrash
from newsparse.models import Article, Failure


def test_message_is_where_then_the_first_line() -> None:
    f = Failure.from_error(ValueError("bad thing\nmore detail"), id="a1", path="in/a1.txt")
    assert (f.id, f.path, f.error.type) == ("a1", "in/a1.txt", "ValueError")
    assert f.error.message == "in/a1.txt: bad thing"


def test_the_id_names_an_input_without_a_path() -> None:
    f = Failure.from_error(WorkerCrash("the worker died"), id="rec-7", path=None)
    assert (f.error.type, f.error.message) == ("WorkerCrash", "rec-7: the worker died")


def test_an_error_that_names_its_input_is_not_prefixed_twice() -> None:
    f = Failure.from_error(InputError("x.txt: looks binary"), id="x", path="x.txt")
    assert f.error.message == "x.txt: looks binary"
    stdin = Failure.from_error(InputError("<stdin>: empty"), id="stdin", path=None, name="<stdin>")
    assert (stdin.path, stdin.error.message) == (None, "<stdin>: empty")


def test_an_empty_message_is_the_class_name() -> None:
    f = Failure.from_error(KeyError(), id="k", path="k.txt")
    assert f.error.message == "k.txt: KeyError"


def test_the_json_shape_is_the_error_record() -> None:
    f = Failure.from_error(InputError("nope"), id="n", path="n.txt")
    assert json.loads(f.model_dump_json()) == {
        "schema_version": "2",
        "id": "n",
        "path": "n.txt",
        "error": {"type": "InputError", "message": "n.txt: nope"},
    }


@given(st.text(), st.lists(st.text(), max_size=3))
def test_any_input_text_gives_a_serialisable_article_and_failure(
    text: str, authors: list[str]
) -> None:
    """Lone surrogates (a JSON "\\ud800", an undecodable file-name byte) are escaped, and text
    without them is kept exactly."""
    from newsparse.models import ErrorInfo, safe_text

    article = Article(id=text, headline=text, authors=authors, text=text or "t", path=text)
    article.model_dump_json().encode("utf-8")
    failure = Failure(id=text, path=text, error=ErrorInfo(type="X", message=text))
    failure.model_dump_json().encode("utf-8")
    if not any("\ud800" <= c <= "\udfff" for c in text):
        assert article.id == text and safe_text(text) == text


def test_surrogates_are_escaped_visibly() -> None:
    from newsparse.models import safe_text

    assert safe_text("\ud800x") == "\\ud800x"
    assert safe_text("bad\udcff\udcfe") == "bad\\xff\\xfe"  # surrogateescape'd bytes
