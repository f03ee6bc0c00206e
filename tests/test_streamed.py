"""A report's JSON in pieces is byte for byte Pydantic's, compact and pretty."""

from __future__ import annotations

import pytest

from newsparse.models import Report
from newsparse.streamed import json_pieces
from report_factory import make_report

LISTS = ("entities", "quotes", "claims", "summary", "voices")


def _skeleton(report: Report) -> Report:
    return report.model_copy(update={name: [] for name in LISTS})


@pytest.mark.parametrize("indent", [None, 2, 4])
def test_pieces_are_model_dump_json(indent: int | None) -> None:
    report = make_report()
    assert all(getattr(report, name) for name in ("entities", "quotes", "claims", "voices"))
    lists = {name: iter(getattr(report, name)) for name in LISTS}  # read once, as they come
    text = "".join(json_pieces(_skeleton(report), lists, indent=indent))
    assert text == report.model_dump_json(indent=indent)


@pytest.mark.parametrize("indent", [None, 2])
def test_empty_lists_and_fields_left_out_of_lists(indent: int | None) -> None:
    report = make_report()
    skeleton = _skeleton(report)
    assert "".join(json_pieces(skeleton, {"quotes": []}, indent=indent)) == (
        skeleton.model_dump_json(indent=indent)
    )
    only_claims = "".join(json_pieces(skeleton, {"claims": report.claims}, indent=indent))
    assert only_claims == skeleton.model_copy(update={"claims": report.claims}).model_dump_json(
        indent=indent
    )
