"""Referent labels from category nouns and matches, and names given as aliases or cut short,
on hand-built parsed Docs (no model)."""

from __future__ import annotations

from claims_docs import make_doc
from newsparse.docview import DocView
from newsparse.eval.entities import coarse_label
from newsparse.extract.entities import extract_entities
from newsparse.models import Entity


def entities(rows: str, ents: list[tuple[int, int, str]]) -> list[Entity]:
    return extract_entities(DocView.of(make_doc(rows, ents=ents)))


def coarse(rows: str, ents: list[tuple[int, int, str]]) -> dict[str, str]:
    return {e.name: coarse_label(e.label) for e in entities(rows, ents)}


def test_a_name_followed_by_a_score_is_a_team() -> None:
    rows = """
    University NNP PROPN nsubj 1 University
    beat VBD VERB ROOT -1 beat
    Noosa NNP PROPN compound 3 Noosa
    32–22 CD NUM dobj 1 32–22
    """
    assert coarse(rows, [(0, 1, "ORG"), (2, 3, "GPE")])["Noosa"] == "organisation"


def test_a_name_modifying_a_coach_is_a_team() -> None:
    rows = """
    Wynnum NNP PROPN compound 1 Wynnum
    coach NN NOUN compound 3 coach
    Matt NNP PROPN compound 3 Matt
    Myers NNP PROPN nsubj 4 Myers
    said VBD VERB ROOT -1 say
    """
    found = coarse(rows, [(0, 1, "PERSON"), (2, 4, "PERSON")])
    assert found == {"Wynnum": "organisation", "Matt Myers": "person"}


def test_a_city_stays_a_place_without_a_match() -> None:
    rows = """
    She PRP PRON nsubj 1 she
    lives VBZ VERB ROOT -1 live
    in IN ADP prep 1 in
    Noosa NNP PROPN pobj 2 Noosa
    """
    assert coarse(rows, [(3, 4, "GPE")]) == {"Noosa": "place"}


def test_an_apposition_after_a_name_gives_its_kind() -> None:
    rows = """
    He PRP PRON nsubj 1 he
    wrote VBD VERB ROOT -1 write
    Palestine NNP PROPN compound 3 Palestine
    Laboratory NNP PROPN dobj 1 Laboratory nospace
    , , PUNCT punct 3 ,
    a DT DET det 6 a
    book NN NOUN appos 3 book
    about IN ADP prep 6 about
    drones NNS NOUN pobj 7 drone
    """
    assert coarse(rows, [(2, 4, "ORG")]) == {"Palestine Laboratory": "other"}


def test_a_word_the_name_modifies_does_not_make_it_a_work() -> None:
    rows = """
    the DT DET det 2 the
    Beatles NNPS PROPN compound 2 Beatles
    album NN NOUN nsubj 3 album
    sold VBD VERB ROOT -1 sell
    """
    assert coarse(rows, [(1, 2, "ORG")]) == {"Beatles": "organisation"}


def test_software_known_as_a_name_makes_the_name_a_work() -> None:
    rows = """
    a DT DET det 1 a
    strand NN NOUN nsubj 7 strand
    of IN ADP prep 1 of
    software NN NOUN pobj 2 software nospace
    , , PUNCT punct 1 ,
    known VBN VERB acl 1 know
    as IN ADP prep 5 as
    Red NNP PROPN compound 8 Red
    Wolf NNP PROPN pobj 6 Wolf
    """
    rows = rows.replace("nsubj 7", "ROOT -1")
    assert coarse(rows, [(7, 9, "PERSON")]) == {"Red Wolf": "other"}


def test_a_dubbed_name_is_the_named_thing() -> None:
    rows = """
    visited VBD VERB ROOT -1 visit
    Hoa NNP PROPN compound 3 Hoa
    Lo NNP PROPN compound 3 Lo
    prison NN NOUN dobj 0 prison nospace
    , , PUNCT punct 3 ,
    dubbed VBN VERB acl 3 dub
    the DT DET det 8 the
    Hanoi NNP PROPN compound 8 Hanoi
    Hilton NNP PROPN oprd 5 Hilton
    """
    found = entities(rows, [(1, 3, "FAC"), (7, 9, "ORG")])
    mentions = [sorted(m.text for m in e.mentions) for e in found]
    assert mentions == [["Hanoi Hilton", "Hoa Lo prison"]]
    assert coarse_label(found[0].label) == "place"


def test_a_name_the_tagger_cut_short_takes_its_full_form() -> None:
    rows = """
    Real NNP PROPN compound 1 Real
    Madrid NNP PROPN nsubj 2 Madrid
    won VBD VERB ROOT -1 win nospace
    . . PUNCT punct 2 .
    He PRP PRON nsubj 5 he
    managed VBD VERB ROOT -1 manage
    Real NNP PROPN compound 7 Real
    Madrid NNP PROPN dobj 5 Madrid
    """
    found = entities(rows, [(0, 2, "ORG"), (7, 8, "GPE")])
    assert [(e.name, e.label, e.count) for e in found] == [("Real Madrid", "ORG", 2)]


def test_a_kind_word_alone_joins_the_building_it_ends() -> None:
    rows = """
    teachers NNS NOUN nsubj 1 teacher
    surrounded VBD VERB ROOT -1 surround
    the DT DET det 4 the
    Indiana NNP PROPN compound 4 Indiana
    Statehouse NNP PROPN dobj 1 Statehouse
    and CC CCONJ cc 4 and
    a DT DET det 8 a
    Statehouse NNP PROPN compound 8 Statehouse
    hallway NN NOUN conj 4 hallway
    in IN ADP prep 1 in
    Indiana NNP PROPN pobj 9 Indiana
    """
    found = entities(rows, [(3, 5, "ORG"), (7, 8, "ORG"), (10, 11, "GPE")])
    building = next(e for e in found if e.name == "Indiana Statehouse")
    assert (coarse_label(building.label), building.count) == ("place", 2)


def test_every_item_of_a_list_after_such_as_takes_the_category() -> None:
    rows = """
    NGOs NNS NOUN nsubj 5 NGO
    like IN ADP prep 0 like
    Elbit NNP PROPN pobj 1 Elbit nospace
    , , PUNCT punct 2 ,
    Rafael NNP PROPN conj 2 Rafael
    sued VBD VERB ROOT -1 sue
    """
    found = coarse(rows, [(2, 3, "ORG"), (4, 5, "PERSON")])
    assert found == {"Elbit": "organisation", "Rafael": "organisation"}


def test_a_person_before_a_market_code_is_a_traded_good() -> None:
    rows = """
    Brent NNP PROPN compound 1 Brent
    LCOc1 NNP PROPN nsubj 2 LCOc1
    rose VBD VERB ROOT -1 rise
    """
    assert coarse(rows, [(0, 1, "PERSON")]) == {"Brent": "other"}


def test_a_work_that_is_told_something_is_an_organisation() -> None:
    rows = """
    Johnston NNP PROPN nsubj 1 Johnston
    told VBD VERB ROOT -1 tell
    Billboard NNP PROPN dobj 1 Billboard
    the DT DET det 4 the
    band NN NOUN nsubj 5 band
    recorded VBD VERB ccomp 1 record
    """
    assert coarse(rows, [(0, 1, "PERSON"), (2, 3, "WORK_OF_ART")])["Billboard"] == "organisation"


def test_a_name_ending_in_a_plural_proper_noun_is_a_band() -> None:
    rows = """
    Goo NNP PROPN compound 2 Goo
    Goo NNP PROPN compound 2 Goo
    Dolls NNPS PROPN nsubj 3 Dolls
    played VBD VERB ROOT -1 play
    """
    assert coarse(rows, [(0, 3, "PERSON")]) == {"Goo Goo Dolls": "organisation"}


def test_acronyms_with_an_ampersand_or_without_the_state_join_the_full_name() -> None:
    rows = """
    Pacific NNP PROPN compound 3 Pacific
    Gas NNP PROPN compound 3 Gas
    & CC CCONJ cc 3 &
    Electric NNP PROPN nsubj 4 Electric
    told VBD VERB ROOT -1 tell
    the DT DET det 9 the
    California NNP PROPN compound 9 California
    Public NNP PROPN compound 9 Public
    Utilities NNP PROPN compound 9 Utilities
    Commission NNP PROPN dobj 4 Commission nospace
    . . PUNCT punct 4 .
    PG&E NNP PROPN nsubj 12 PG&E
    asked VBD VERB ROOT -1 ask
    the DT DET det 14 the
    PUC NNP PROPN dobj 12 PUC nospace
    . . PUNCT punct 12 .
    """
    ents = [(0, 4, "ORG"), (6, 10, "ORG"), (11, 12, "ORG"), (14, 15, "ORG")]
    found = {e.name: e.count for e in entities(rows, ents)}
    assert found == {"Pacific Gas & Electric": 2, "California Public Utilities Commission": 2}


def test_a_plural_acronym_before_such_as_names_the_kind() -> None:
    rows = """
    carried VBN VERB ROOT -1 carry
    by IN ADP agent 0 by
    NGOs NNPS PROPN pobj 1 NGOs
    such JJ ADJ amod 4 such
    as IN ADP prep 2 as
    Al-Haq NNP PROPN pobj 4 Al-Haq
    """
    assert coarse(rows, [(5, 6, "PERSON")]) == {"Al-Haq": "organisation"}


def test_a_plural_of_a_bands_first_word_is_the_band() -> None:
    rows = """
    The DT DET det 2 the
    Doobie NNP PROPN compound 2 Doobie
    Brothers NNPS PROPN nsubj 3 Brothers
    toured VBD VERB ROOT -1 tour nospace
    . . PUNCT punct 3 .
    the DT DET det 6 the
    Doobies NNPS PROPN nsubj 7 Doobies
    played VBD VERB ROOT -1 play
    """
    found = entities(rows, [(0, 3, "ORG"), (6, 7, "ORG")])
    assert [(e.name, e.count) for e in found] == [("Doobie Brothers", 2)]


def test_a_lead_in_the_polls_is_no_score() -> None:
    rows = """
    Clinton NNP PROPN nsubj 4 Clinton
    10 CD NUM nummod 2 10
    points NNS NOUN npadvmod 3 point
    ahead RB ADV advmod 4 ahead
    stood VBD VERB ROOT -1 stand
    """
    assert coarse(rows, [(0, 1, "PERSON")]) == {"Clinton": "person"}
