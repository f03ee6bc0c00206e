"""docs/schema.md documents every field of the JSON contract, so the doc cannot drift silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse.models import SCHEMA_VERSION, Failure, Report

DOC = Path(__file__).resolve().parent.parent / "docs" / "schema.md"


def _field_names(schema: dict) -> set[str]:
    names = set(schema.get("properties", {}))
    for sub in schema.get("$defs", {}).values():
        names |= set(sub.get("properties", {}))
    return names


@pytest.mark.parametrize("model", [Report, Failure])
def test_every_field_is_documented(model) -> None:
    doc = DOC.read_text(encoding="utf-8")
    missing = sorted(n for n in _field_names(model.model_json_schema()) if f"`{n}`" not in doc)
    assert not missing, f"document these fields in docs/schema.md: {missing}"


def test_doc_names_the_current_schema_version() -> None:
    assert f'schema_version "{SCHEMA_VERSION}"' in DOC.read_text(encoding="utf-8")
