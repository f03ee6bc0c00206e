"""One entity per person however the article writes the name, and no more than one.

Hand-built Docs (make_doc) for nicknames and middle names, near spellings, stray words glued
before a name, organisation names that end a longer one, and surnames that are common words.
"""

from __future__ import annotations

import pytest

from claims_docs import make_doc
from newsparse.docview import DocView
from newsparse.extract.entities import extract_entities
from newsparse.extract.entities.variants import given_compatible, near
from newsparse.lexicon.entities import lexicon
from newsparse.models import Entity


def entities(rows: str, ents: list[tuple[int, int, str]]) -> list[Entity]:
    return extract_entities(DocView.of(make_doc(rows, ents=ents)))


def mention_sets(found: list[Entity]) -> list[set[str]]:
    return sorted(({m.text for m in e.mentions} for e in found), key=lambda s: sorted(s))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("pat", "patrick", True),
        ("bill", "will", True),  # both short for william
        ("p", "patrick", True),  # an initial
        ("patrick", "patricia", False),
        ("tim", "tom", False),
    ],
)
def test_given_names_that_may_name_one_person(a: str, b: str, same: bool) -> None:
    assert given_compatible(a, b, lexicon()) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("zelenskyy", "zelensky", True),
        ("gaddafi", "qaddafi", True),
        ("navalny", "navalnyy", True),
        ("biden", "bidens", False),  # a family
        ("li", "lu", False),  # too short to tell
        ("johnson", "jackson", False),
    ],
)
def test_near_spellings(a: str, b: str, same: bool) -> None:
    assert near(a, b) is same


def test_a_short_given_name_and_a_middle_initial_are_one_person() -> None:
    rows = """
    Pat NNP PROPN compound 1 Pat
    Carlineo NNP PROPN nsubj 2 Carlineo
    met VBD VERB ROOT -1 meet
    Patrick NNP PROPN compound 5 Patrick
    W. NNP PROPN compound 5 W.
    Carlineo NNP PROPN dobj 2 Carlineo
    and CC CCONJ cc 2 and
    Carlineo NNP PROPN conj 2 Carlineo
    """
    found = entities(rows, [(0, 2, "PERSON"), (3, 6, "PERSON"), (7, 8, "ORG")])
    (person,) = found
    assert person.name == "Patrick W. Carlineo"
    assert [m.text for m in person.mentions] == ["Pat Carlineo", "Patrick W. Carlineo", "Carlineo"]


def test_two_people_of_one_surname_stay_apart() -> None:
    rows = """
    Pat NNP PROPN compound 1 Pat
    Carlineo NNP PROPN nsubj 2 Carlineo
    met VBD VERB ROOT -1 meet
    Mary NNP PROPN compound 4 Mary
    Carlineo NNP PROPN dobj 2 Carlineo
    """
    found = entities(rows, [(0, 2, "PERSON"), (3, 5, "PERSON")])
    assert sorted(e.name for e in found) == ["Mary Carlineo", "Pat Carlineo"]


def test_a_transliteration_of_the_surname_is_the_same_person() -> None:
    rows = """
    Volodymyr NNP PROPN compound 1 Volodymyr
    Zelensky NNP PROPN nsubj 2 Zelensky
    spoke VBD VERB ROOT -1 speak nospace
    . . PUNCT punct 2 .
    Zelenskyy NNP PROPN nsubj 5 Zelenskyy
    left VBD VERB ROOT -1 leave
    """
    (person,) = entities(rows, [(0, 2, "PERSON"), (4, 5, "PERSON")])
    assert [m.text for m in person.mentions] == ["Volodymyr Zelensky", "Zelenskyy"]


def test_a_stray_word_before_part_of_a_full_name_is_dropped() -> None:
    rows = """
    Tim NNP PROPN compound 1 Tim
    Cook NNP PROPN nsubj 2 Cook
    spoke VBD VERB ROOT -1 speak nospace
    . . PUNCT punct 2 .
    Hosting NNP PROPN compound 5 Hosting
    Cook NNP PROPN nsubj 6 Cook
    is VBZ AUX ROOT -1 be
    fun JJ ADJ acomp 6 fun
    """
    (person,) = entities(rows, [(0, 2, "PERSON"), (4, 6, "PERSON")])
    assert [m.text for m in person.mentions] == ["Tim Cook", "Cook"]


def test_a_full_name_at_a_sentence_start_keeps_its_first_word() -> None:
    rows = """
    Brett NNP PROPN compound 1 Brett
    McGurk NNP PROPN nsubj 2 McGurk
    quit VBD VERB ROOT -1 quit nospace
    . . PUNCT punct 2 .
    McGurk NNP PROPN nsubj 5 McGurk
    left VBD VERB ROOT -1 leave
    """
    (person,) = entities(rows, [(0, 2, "PERSON"), (4, 5, "PERSON")])
    assert person.name == "Brett McGurk"


def test_the_white_house_is_not_the_house() -> None:
    rows = """
    the DT DET det 2 the
    White NNP PROPN compound 2 White
    House NNP PROPN nsubj 6 House
    and CC CCONJ cc 2 and
    the DT DET det 5 the
    House NNP PROPN conj 2 House
    met VBD VERB ROOT -1 meet
    """
    found = entities(rows, [(1, 3, "ORG"), (5, 6, "ORG")])
    assert sorted(e.name for e in found) == ["House", "White House"]


def test_a_place_qualifier_folds_the_short_form() -> None:
    rows = """
    US NNP PROPN compound 2 US
    Libertarian NNP PROPN compound 2 Libertarian
    Party NNP PROPN nsubj 3 Party
    met VBD VERB ROOT -1 meet nospace
    . . PUNCT punct 3 .
    The DT DET det 7 the
    Libertarian NNP PROPN compound 7 Libertarian
    Party NNP PROPN nsubj 8 Party
    voted VBD VERB ROOT -1 vote
    """
    (party,) = entities(rows, [(0, 3, "ORG"), (6, 8, "ORG")])
    assert party.name == "US Libertarian Party" and party.count == 2


def test_an_acronym_qualifier_folds_the_short_form() -> None:
    rows = """
    UEFA NNP PROPN compound 2 UEFA
    Champions NNP PROPN compound 2 Champions
    League NNP PROPN nsubj 3 League
    began VBD VERB ROOT -1 begin nospace
    . . PUNCT punct 3 .
    The DT DET det 6 the
    Champions NNP PROPN compound 7 Champions
    League NNP PROPN nsubj 8 League
    ended VBD VERB ROOT -1 end
    """
    (league,) = entities(rows, [(0, 3, "ORG"), (6, 8, "ORG")])
    assert league.name == "UEFA Champions League" and league.count == 2


def test_a_surname_that_is_a_common_word_is_linked_mid_sentence() -> None:
    rows = """
    Steve NNP PROPN compound 1 Steve
    Jobs NNP PROPN nsubj 2 Jobs
    spoke VBD VERB ROOT -1 speak nospace
    . . PUNCT punct 2 .
    Cook NNP PROPN nsubj 5 Cook
    remembered VBD VERB ROOT -1 remember
    Jobs NNS NOUN dobj 5 job nospace
    . . PUNCT punct 5 .
    Jobs NNS NOUN nsubj 9 job
    left VBD VERB ROOT -1 leave
    """
    doc = make_doc(rows, ents=[(0, 2, "PERSON"), (4, 5, "PERSON")])
    found = extract_entities(DocView.of(doc))
    jobs = next(e for e in found if e.name == "Steve Jobs")
    # the mid-sentence "Jobs" is the man; the sentence-initial one may be the noun
    assert [m.start for m in jobs.mentions] == [0, doc[6].idx]


def test_a_capital_that_acts_is_its_country_and_one_that_is_a_place_the_city() -> None:
    rows = """
    Manila NNP PROPN nsubj 1 Manila
    accused VBD VERB ROOT -1 accuse
    Beijing NNP PROPN dobj 1 Beijing
    of IN ADP prep 1 of
    spying NN NOUN pobj 3 spying nospace
    . . PUNCT punct 1 .
    China NNP PROPN nsubj 7 China
    denied VBD VERB ROOT -1 deny
    it PRP PRON dobj 7 it
    in IN ADP prep 7 in
    Beijing NNP PROPN pobj 9 Beijing
    """
    found = entities(rows, [(0, 1, "GPE"), (2, 3, "GPE"), (6, 7, "GPE"), (10, 11, "GPE")])
    by_name = {e.name: [m.text for m in e.mentions] for e in found}
    assert by_name["China"] == ["Beijing", "China"]  # shown by the country's own name
    assert by_name["Beijing"] == ["Beijing"]  # "in Beijing": the city
    assert by_name["Manila"] == ["Manila"]  # no Philippines named: nothing to join


def test_a_short_company_name_is_the_long_one_with_generic_words() -> None:
    rows = """
    Fortress NNP PROPN compound 1 Fortress
    Investment NNP PROPN compound 2 Investment
    Group NNP PROPN nsubj 3 Group
    said VBD VERB ROOT -1 say
    Fortress NNP PROPN nsubj 5 Fortress
    wins VBZ VERB ccomp 3 win
    """
    (firm,) = entities(rows, [(0, 3, "ORG"), (4, 5, "ORG")])
    assert firm.name == "Fortress Investment Group" and firm.count == 2


def test_an_organisation_name_ends_a_longer_name_tagged_an_event() -> None:
    rows = """
    UEFA NNP PROPN compound 2 UEFA
    Champions NNP PROPN compound 2 Champions
    League NNP PROPN nsubj 3 League
    began VBD VERB ROOT -1 begin nospace
    . . PUNCT punct 3 .
    The DT DET det 7 the
    Champions NNP PROPN compound 7 Champions
    League NNP PROPN nsubj 8 League
    ended VBD VERB ROOT -1 end
    """
    (league,) = entities(rows, [(0, 3, "EVENT"), (6, 8, "ORG")])
    assert league.count == 2


def test_a_place_after_a_preposition_is_cut_off_a_persons_name() -> None:
    rows = """
    mayor NN NOUN nsubj 5 mayor
    of IN ADP prep 0 of
    Koszalin NNP PROPN compound 4 Koszalin
    Piotr NNP PROPN compound 4 Piotr
    Jedlinski NNP PROPN pobj 1 Jedlinski
    spoke VBD VERB ROOT -1 speak
    in IN ADP prep 5 in
    Koszalin NNP PROPN pobj 6 Koszalin
    """
    found = entities(rows, [(2, 5, "PERSON"), (7, 8, "GPE")])
    assert {e.name for e in found} == {"Piotr Jedlinski", "Koszalin"}


def test_the_name_without_its_kind_noun_is_found_again() -> None:
    rows = """
    The DT DET det 2 the
    EastMed NNP PROPN compound 2 EastMed
    pipeline NN NOUN nsubj 3 pipeline
    stalled VBD VERB ROOT -1 stall nospace
    . . PUNCT punct 3 .
    Turkey NNP PROPN nsubj 6 Turkey
    opposes VBZ VERB ROOT -1 oppose
    EastMed NNP PROPN dobj 6 EastMed
    """
    found = entities(rows, [(1, 2, "FAC"), (5, 6, "GPE")])
    pipeline = next(e for e in found if e.name == "EastMed pipeline")
    assert [m.text for m in pipeline.mentions] == ["EastMed pipeline", "EastMed"]
