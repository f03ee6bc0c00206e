"""Entity scoring on hand-made gold and reports: every count must be exact."""

from __future__ import annotations

import pytest

from newsparse.errors import FormatError
from newsparse.eval.entities import (
    GoldEntity,
    PredEntity,
    aggregate_entities,
    coarse_label,
    gold_entities,
    is_demonym_shaped,
    mentions_match,
    pred_entities,
    score_entities,
)
from newsparse.models import Entity, Mention

TEXT = (
    "Mayor Tim Cook of Apple spoke in Gdańsk. Cook's team and the Los Angeles Lakers agreed. "
    "Polish fans cheered; the Lakers won. Apple's Siri listened."
)


def at(word: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of ``word`` in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def gold(name: str, label: str, *mentions: tuple[int, int]) -> GoldEntity:
    return GoldEntity(name=name, label=label, mentions=mentions)  # type: ignore[arg-type]


def pred(name: str, label: str, *mentions: tuple[int, int]) -> PredEntity:
    return PredEntity(name=name, label=label, mentions=mentions)


GOLD = [
    gold("Tim Cook", "person", at("Tim Cook"), at("Cook", 1)),
    gold("Apple", "organisation", at("Apple"), at("Apple", 1)),
    gold("Gdańsk", "place", at("Gdańsk")),
    gold("Los Angeles Lakers", "organisation", at("Los Angeles Lakers"), at("Lakers", 1)),
    gold("Siri", "other", at("Siri")),
]


def test_coarse_labels() -> None:
    assert coarse_label("PERSON") == "person"
    assert coarse_label("ORG") == "organisation"
    assert coarse_label("NORP") == "organisation"
    assert [coarse_label(x) for x in ("GPE", "LOC", "FAC")] == ["place"] * 3
    assert coarse_label("WORK_OF_ART") == "other"
    assert coarse_label("PRODUCT") == "other"


def test_mentions_match_by_overlap_or_head_containment() -> None:
    cook = at("Cook", 1)
    assert mentions_match(cook, (cook[0], cook[1] + 2), TEXT)  # "Cook's": same head word
    assert mentions_match(at("Mayor Tim Cook"), at("Tim Cook"), TEXT)  # 8/14 overlap
    lakers = at("Los Angeles Lakers")
    assert mentions_match((lakers[1] - 6, lakers[1]), lakers, TEXT)  # "Lakers" ends the name
    assert mentions_match(at("Los Angeles"), lakers, TEXT)  # 11 of 18 characters: the team
    # "Los" alone: contained, but not on the head word, and under half the span
    assert not mentions_match(at("Los"), lakers, TEXT)
    assert not mentions_match(at("Apple"), at("Gdańsk"), TEXT)
    district = "the Western District of New York"
    state = (district.index("New York"), len(district))
    assert not mentions_match(state, (4, len(district)), district)  # "New York" is no head here
    town = "in Saint-Denis today"
    assert not mentions_match((9, 14), (3, 14), town)  # "Denis" inside a compound name


def test_a_perfect_report() -> None:
    counts = score_entities(
        GOLD,
        [
            pred("Tim Cook", "PERSON", at("Tim Cook"), at("Cook", 1)),
            pred("Apple", "ORG", at("Apple"), at("Apple", 1)),
            pred("Gdańsk", "GPE", at("Gdańsk")),
            pred("Lakers", "ORG", at("Los Angeles Lakers"), at("Lakers", 1)),
            pred("Siri", "PRODUCT", at("Siri")),
        ],
        TEXT,
    )
    assert (counts.reported, counts.correct, counts.matched_pred) == (5, 5, 5)
    assert (counts.gold, counts.gold_matched, counts.gold_split, counts.merges) == (5, 5, 0, 0)


def test_wrong_label_junk_split_and_miss() -> None:
    counts = score_entities(
        GOLD,
        [
            pred("Tim Cook", "PERSON", at("Tim Cook")),
            pred("Cook", "PERSON", at("Cook", 1)),  # the same person again: a split
            pred("Siri", "PERSON", at("Siri")),  # right referent, wrong label
            pred("Mayor", "PERSON", at("Mayor")),  # junk: no referent
        ],  # Apple, Gdańsk and the Lakers are missed
        TEXT,
    )
    assert (counts.reported, counts.correct, counts.matched_pred) == (4, 2, 3)
    assert (counts.gold, counts.gold_matched, counts.gold_split) == (5, 2, 1)
    result = aggregate_entities([counts])
    assert result.precision.accuracy == pytest.approx(0.5)
    assert result.precision_any_label.accuracy == pytest.approx(0.75)
    assert result.recall.accuracy == pytest.approx(0.4)
    assert result.split_rate.accuracy == pytest.approx(0.5)


def test_merge_error_judged_by_the_primary_referent() -> None:
    # "Cook" mentions of the person and "Apple": one reported entity for two referents
    counts = score_entities(
        GOLD, [pred("Cook", "PERSON", at("Tim Cook"), at("Cook", 1), at("Apple"))], TEXT
    )
    assert counts.merges == 1
    assert (counts.reported, counts.correct) == (1, 1)  # two of its mentions are the person
    assert counts.gold_matched == 2


@pytest.mark.parametrize(
    ("name", "shaped"),
    [
        ("Polish", True),
        ("South Dakotans", True),
        ("North American", True),
        ("Japanese", True),
        ("Israeli", True),
        ("Democrats", True),
        ("LGBT", False),
        ("Leszek", False),
        ("", False),
    ],
)
def test_demonym_shape(name: str, shaped: bool) -> None:
    assert is_demonym_shaped(name) is shaped


def test_unmatched_norp_is_not_judged_but_matched_norp_is() -> None:
    polish = pred("Polish", "NORP", at("Polish"))
    lakers = pred("Lakers", "NORP", at("Lakers", 1))
    counts = score_entities(GOLD, [polish, lakers], TEXT)
    assert counts.norp_unjudged == 1
    assert (counts.reported, counts.correct) == (1, 1)  # NORP counts as organisation
    # any other label matching nothing is a false positive, and so is a NORP that is no demonym
    counts = score_entities(GOLD, [pred("Polish", "GPE", at("Polish"))], TEXT)
    assert (counts.reported, counts.correct, counts.norp_unjudged) == (1, 0, 0)
    counts = score_entities(GOLD, [pred("Mayor", "NORP", at("Mayor"))], TEXT)
    assert (counts.reported, counts.correct, counts.norp_unjudged) == (1, 0, 0)


def test_ignore_spans_count_neither_way() -> None:
    head = (0, TEXT.index(".") + 1)  # the first sentence as a "headline"
    counts = score_entities(
        GOLD,
        [pred("Mayor", "PERSON", at("Mayor")), pred("Cook", "PERSON", at("Cook", 1))],
        TEXT,
        ignore=[head],
    )
    assert counts.reported == 1  # "Mayor" is inside the ignored span
    assert counts.gold == 4  # Gdańsk's only mention is ignored; the others keep one mention
    assert (counts.correct, counts.gold_matched) == (1, 1)


def test_gold_entities_reading() -> None:
    record = {
        "id": "r1",
        "text": TEXT,
        "entities": [{"name": "Apple", "label": "organisation", "mentions": [[18, 23]]}],
    }
    (entity,) = gold_entities(record) or []
    assert entity.mentions == ((18, 23),)
    assert gold_entities({"id": "r2", "text": TEXT}) is None
    with pytest.raises(FormatError, match=r"r1: entities\[0\]\.label"):
        gold_entities({**record, "entities": [{"name": "X", "label": "ORG", "mentions": []}]})
    with pytest.raises(FormatError, match="bad mention"):
        gold_entities(
            {**record, "entities": [{"name": "X", "label": "other", "mentions": [[5, 9999]]}]}
        )


def test_pred_entities_from_report_entities() -> None:
    entity = Entity(
        id="e1",
        name="Tim Cook",
        label="PERSON",
        count=2,
        mentions=[
            Mention(start=6, end=14, text="Tim Cook"),
            Mention(start=41, end=45, text="Cook"),
        ],
        first_mention=6,
    )
    assert pred_entities([entity]) == [
        PredEntity(name="Tim Cook", label="PERSON", mentions=((6, 14), (41, 45)))
    ]
