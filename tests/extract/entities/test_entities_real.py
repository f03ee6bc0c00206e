"""Entity boundaries, labels and merges on real parses of sentences written for these tests
(default model): each sentence holds one error shape the tagger is known to produce."""

from __future__ import annotations

import pytest

from newsparse.docview import DocView
from newsparse.extract.entities.mentions import extract_entities
from newsparse.models import Entity

pytestmark = pytest.mark.model


def entities_of(nlp, text: str) -> list[Entity]:
    from newsparse.nlp import parse

    return extract_entities(DocView.of(parse(nlp, text), text=text))


def mention_texts(found: list[Entity]) -> set[str]:
    return {m.text for e in found for m in e.mentions}


def test_one_person_however_the_name_is_written(nlp_md) -> None:
    text = (
        "Pat Carlineo was arrested in March.\n\nPatrick W. Carlineo Jr. was sentenced on "
        "Monday in Buffalo. Carlineo told the judge he was sorry."
    )
    people = [e for e in entities_of(nlp_md, text) if e.label == "PERSON"]
    carlineo = [e for e in people if "Carlineo" in e.name]
    assert len(carlineo) == 1
    assert {"Pat Carlineo", "Carlineo"} <= {m.text for m in carlineo[0].mentions}


def test_no_verb_or_market_code_inside_a_name(nlp_md) -> None:
    text = (
        "The designer Mary Quant described the dress as a triumph. Oil prices rose on Monday "
        "as Brent LCOc1 gained 2 percent in London."
    )
    found = mention_texts(entities_of(nlp_md, text))
    assert not any("described" in t or "LCOc1" in t for t in found)


def test_companies_named_as_companies_are_organisations(nlp_md) -> None:
    text = (
        "Newspaper chains such as Gannett and GateHouse Media have cut jobs. "
        "Gannett said on Tuesday that more cuts would follow."
    )
    labels = {e.name: e.label for e in entities_of(nlp_md, text)}
    assert labels.get("Gannett") == "ORG"
