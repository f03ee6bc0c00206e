"""The error boundary: every error record is made by ``Failure.from_error`` with one rule."""

from __future__ import annotations

import json

from newsparse.errors import InputError, WorkerCrash
from newsparse.models import Failure


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
        "schema_version": "1",
        "id": "n",
        "path": "n.txt",
        "error": {"type": "InputError", "message": "n.txt: nope"},
    }
