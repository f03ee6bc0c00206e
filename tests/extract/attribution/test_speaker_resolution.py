"""Who a reported speaker resolves to, by shape (md model): a dateline is never the subject, a
name speaks for itself and not for an entity in its apposition, an indefinite body is a new
one, a coordinated description keeps both nouns, a utility is an organisation noun."""

from __future__ import annotations

import pytest

from reported_helpers import run

pytestmark = pytest.mark.model


def _reported(nlp, text: str) -> list[tuple[str | None, str | None]]:
    """(speaker as written, resolved name) of every indirect or mixed quote."""
    return [
        (q.speaker.text if q.speaker else None, q.speaker.name if q.speaker else None)
        for q in run(nlp, text)
        if q.kind in ("indirect", "mixed")
    ]


def test_a_dateline_parsed_as_a_second_subject_is_not_the_speaker(nlp_md) -> None:
    text = (
        "BUFFALO, N.Y. — Hours before Zach Parise's two-goal game Tuesday, Wild coach Bruce "
        "Boudreau expressed confidence in the veteran winger, saying he always finds a way."
    )
    ((written, name),) = _reported(nlp_md, text)
    assert written is not None and "Boudreau" in written
    assert name is not None and "Boudreau" in name


def test_a_name_is_not_named_by_an_entity_in_its_apposition(nlp_md) -> None:
    from newsparse.extract.attribution.coref import _names_speaker

    text = "Ori Givati, a former Israeli soldier, says the program is out of control."
    doc = nlp_md(text)
    head = next(t for t in doc if t.text == "Givati")
    israeli = text.index("Israeli")
    assert not _names_speaker(doc, (israeli, israeli + len("Israeli"), None), head)
    assert _names_speaker(doc, (0, len("Ori Givati"), None), head)


def test_an_indefinite_body_is_not_the_organisation_named_last(nlp_md) -> None:
    text = (
        "PG&E cut power to thousands of homes. More than 450,000 people were without "
        "communication, according to a group representing rural counties in California."
    )
    ((_written, name),) = _reported(nlp_md, text)
    assert name is None or "PG&E" not in name


def test_a_coordinated_anonymous_description_keeps_both_nouns(nlp_md) -> None:
    text = (
        "Restrictions in the region have grown since October, according to analysts and "
        "activists working in the region."
    )
    ((_written, name),) = _reported(nlp_md, text)
    assert name == "analysts and activists"


def test_the_utility_is_the_organisation_named_before_it(nlp_md) -> None:
    text = (
        "Pacific Gas & Electric Co. cut power to thousands of homes on Monday. The utility said it "
        "will closely monitor the weather."
    )
    ((written, name),) = _reported(nlp_md, text)
    assert written == "The utility"
    assert name is not None and "Pacific Gas" in name
