"""Referent labels from the words around a name (issue 11), on hand-built parsed Docs.

One test per mechanism: adjectives of peoples are no names, head words of other languages,
descriptions after a name, directions, place prefixes, speaking surnames, illnesses, owned
things, lists of organisations.
"""

from __future__ import annotations

from claims_docs import make_doc
from newsparse.docview import DocView
from newsparse.extract.entities import extract_entities


def names(rows: str, ents: list[tuple[int, int, str]]) -> dict[str, str]:
    return {e.name: e.label for e in extract_entities(DocView.of(make_doc(rows, ents=ents)))}


def test_an_adjective_of_a_people_or_region_is_no_name() -> None:
    rows = """
    Two CD NUM nummod 2 two
    Muslim JJ ADJ amod 2 Muslim
    women NNS NOUN nsubj 3 woman
    won VBD VERB ROOT -1 win
    in IN ADP prep 3 in
    Northern JJ ADJ amod 6 Northern
    counties NNS NOUN pobj 4 county
    and CC CCONJ cc 3 and
    the DT DET det 9 the
    Democrats NNPS PROPN conj 3 Democrats
    """
    found = names(rows, [(1, 2, "NORP"), (5, 6, "LOC"), (9, 10, "NORP")])
    assert found == {"Democrats": "NORP"}  # the plural noun names a group; adjectives do not


def test_an_organisation_word_of_another_language_ends_an_organisation() -> None:
    rows = """
    Akhil NNP PROPN compound 3 Akhil
    Bharat NNP PROPN compound 3 Bharat
    Hindu NNP PROPN compound 3 Hindu
    Mahasabha NNP PROPN nsubj 4 Mahasabha
    met VBD VERB ROOT -1 meet
    """
    assert names(rows, [(0, 4, "PERSON")]) == {"Akhil Bharat Hindu Mahasabha": "ORG"}


def test_a_law_by_its_last_word() -> None:
    rows = """
    The DT DET det 3 the
    Affordable NNP PROPN compound 3 Affordable
    Care NNP PROPN compound 3 Care
    Act NNP PROPN nsubj 4 Act
    applies VBZ VERB ROOT -1 apply
    """
    assert names(rows, [(1, 4, "ORG")]) == {"Affordable Care Act": "LAW"}


def test_a_description_after_a_name_says_what_it_is() -> None:
    rows = """
    Eswar NNP PROPN compound 1 Eswar
    Prasad NNP PROPN nsubj 7 Prasad
    , , PUNCT punct 1 ,
    a DT DET det 5 a
    trade NN NOUN compound 5 trade
    professor NN NOUN appos 1 professor
    , , PUNCT punct 1 ,
    cited VBD VERB ROOT -1 cite
    Breaking NNP PROPN dobj 7 Breaking
    the DT DET det 10 the
    Silence NNP PROPN dobj 8 Silence
    , , PUNCT punct 10 ,
    an DT DET det 13 an
    NGO NNP PROPN appos 10 NGO
    , , PUNCT punct 13 ,
    and CC CCONJ cc 7 and
    Addison NNP PROPN conj 7 Addison
    , , PUNCT punct 16 ,
    a DT DET det 19 a
    village NN NOUN appos 16 village
    """
    found = names(rows, [(0, 2, "ORG"), (8, 11, "WORK_OF_ART"), (16, 17, "ORG")])
    assert found == {"Eswar Prasad": "PERSON", "Breaking the Silence": "ORG", "Addison": "GPE"}


def test_a_company_described_by_an_agent_noun_stays_a_company() -> None:
    rows = """
    Apple NNP PROPN nsubj 5 Apple
    , , PUNCT punct 0 ,
    the DT DET det 4 the
    giant JJ ADJ amod 4 giant
    producer NN NOUN appos 0 producer
    grew VBD VERB ROOT -1 grow
    """
    assert names(rows, [(0, 1, "ORG")]) == {"Apple": "ORG"}


def test_a_name_after_a_lower_case_direction_is_a_place() -> None:
    rows = """
    The DT DET det 3 the
    northern JJ ADJ amod 3 northern
    Sierra NNP PROPN compound 3 Sierra
    Nevada NNP PROPN nsubj 4 Nevada
    dried VBD VERB ROOT -1 dry
    """
    assert names(rows, [(2, 4, "ORG")]) == {"Sierra Nevada": "LOC"}


def test_a_prison_or_base_prefix_makes_a_place() -> None:
    rows = """
    He PRP PRON nsubj 1 he
    left VBD VERB ROOT -1 leave
    HMP NNP PROPN compound 3 HMP
    Belmarsh NNP PROPN dobj 1 Belmarsh
    """
    assert names(rows, [(2, 4, "ORG")]) == {"HMP Belmarsh": "FAC"}


def test_a_place_tagged_surname_that_speaks_is_the_person() -> None:
    rows = """
    Ori NNP PROPN compound 1 Ori
    Givati NNP PROPN nsubj 2 Givati
    left VBD VERB ROOT -1 leave
    . . PUNCT punct 2 .
    Givati NNP PROPN nsubj 5 Givati
    says VBZ VERB ROOT -1 say
    . . PUNCT punct 5 .
    """
    found = names(rows, [(0, 2, "PERSON"), (4, 5, "GPE")])
    assert set(found.values()) == {"PERSON"}


def test_an_illness_is_no_organisation() -> None:
    rows = """
    Symptoms NNS NOUN nsubj 3 symptom
    of IN ADP prep 0 of
    COVID-19 NNP PROPN pobj 1 COVID-19
    vary VBP VERB ROOT -1 vary
    """
    assert names(rows, [(2, 3, "ORG")]) == {"COVID-19": "EVENT"}


def test_a_name_modifying_an_owned_thing_is_that_thing() -> None:
    rows = """
    Blue NNP PROPN compound 1 Blue
    Origin NNP PROPN nsubj 2 Origin
    offered VBD VERB ROOT -1 offer
    its PRP$ PRON poss 6 its
    Blue NNP PROPN compound 5 Blue
    Moon NNP PROPN compound 6 Moon
    lander NN NOUN dobj 2 lander
    """
    found = names(rows, [(0, 2, "ORG"), (4, 6, "LOC")])
    assert found == {"Blue Origin": "ORG", "Blue Moon": "PRODUCT"}


def test_a_maker_before_a_thing_noun_stays_the_maker() -> None:
    rows = """
    The DT DET det 2 the
    NASA NNP PROPN compound 2 NASA
    mission NN NOUN nsubj 3 mission
    failed VBD VERB ROOT -1 fail
    """
    assert names(rows, [(1, 2, "ORG")]) == {"NASA": "ORG"}


def test_every_item_of_a_list_with_an_organisation_is_one() -> None:
    rows = """
    Firms VBZ NOUN nsubj 6 firm
    like IN ADP prep 0 like
    Elbit NNP PROPN pobj 1 Elbit
    , , PUNCT punct 2 ,
    Candiru NNP PROPN conj 2 Candiru
    and CC CCONJ cc 4 and
    Rafael NNP PROPN conj 4 Rafael
    grew VBD VERB ROOT -1 grow
    """
    found = names(rows, [(2, 3, "ORG"), (4, 5, "PERSON"), (6, 7, "PERSON")])
    assert found == {"Elbit": "ORG", "Candiru": "ORG", "Rafael": "ORG"}


def test_a_hyphenated_name_opening_with_a_first_name_is_not_marked_a_person() -> None:
    rows = """
    NGOs NNPS PROPN ROOT -1 NGOs
    such JJ ADJ amod 2 such
    as IN ADP prep 0 as
    Al NNP PROPN compound 5 Al nospace
    - HYPH PUNCT punct 5 - nospace
    Haq NNP PROPN pobj 2 Haq
    """
    assert names(rows, [(3, 6, "PERSON")]) == {"Al-Haq": "ORG"}


def test_a_quoted_chant_or_saying_is_no_title() -> None:
    rows = """
    Protesters NNS NOUN nsubj 1 protester
    chanted VBD VERB ROOT -1 chant nospace
    , , PUNCT punct 1 ,
    “ `` PUNCT punct 1 “ nospace
    Red NNP PROPN dobj 1 Red
    for IN ADP prep 4 for
    Ed NNP PROPN pobj 5 Ed nospace
    ” '' PUNCT punct 1 ”
    and CC CCONJ cc 1 and
    sang VBD VERB conj 1 sing
    “ `` PUNCT punct 9 “ nospace
    Listen VB VERB dobj 9 listen
    to IN ADP prep 11 to
    the DT DET det 14 the
    Music NNP PROPN pobj 12 Music nospace
    ” '' PUNCT punct 9 ”
    """
    found = names(rows, [(4, 7, "WORK_OF_ART"), (11, 15, "WORK_OF_ART")])
    assert found == {"Listen to the Music": "WORK_OF_ART"}


def test_a_name_modifying_a_places_assembly_is_the_place() -> None:
    rows = """
    Suman NNP PROPN compound 1 Suman
    Haripriya NNP PROPN nsubj 6 Haripriya
    of IN ADP prep 1 of
    the DT DET det 5 the
    Hajo NNP PROPN compound 5 Hajo
    assembly NN NOUN pobj 2 assembly
    said VBD VERB ROOT -1 say
    """
    found = names(rows, [(0, 2, "PERSON"), (4, 5, "PERSON")])
    assert found == {"Suman Haripriya": "PERSON", "Hajo": "GPE"}


def test_a_plural_proper_noun_after_the_is_a_team_not_a_product() -> None:
    rows = """
    They PRP PRON nsubj 1 they
    beat VBD VERB ROOT -1 beat
    the DT DET det 3 the
    Clippers NNPS PROPN dobj 1 Clippers
    """
    assert names(rows, [(3, 4, "PRODUCT")]) == {"Clippers": "ORG"}


def test_a_maker_before_its_model_is_part_of_the_product() -> None:
    rows = """
    A DT DET det 2 a
    Volvo NNP PROPN compound 2 Volvo
    XC90 NNP PROPN nsubj 3 XC90
    crashed VBD VERB ROOT -1 crash
    """
    assert names(rows, [(1, 2, "ORG"), (2, 3, "PRODUCT")]) == {"Volvo XC90": "PRODUCT"}


def test_a_title_tagged_name_that_speaks_is_a_person() -> None:
    rows = """
    Kino NNP PROPN compound 1 Kino
    Gabriel NNP PROPN nsubj 2 Gabriel
    said VBD VERB ROOT -1 say
    and CC CCONJ cc 2 and
    the DT DET det 5 the
    Bible NNP PROPN nsubj 6 Bible
    says VBZ VERB conj 2 say
    """
    found = names(rows, [(0, 2, "WORK_OF_ART"), (5, 6, "WORK_OF_ART")])
    assert found == {"Kino Gabriel": "PERSON", "Bible": "WORK_OF_ART"}


def test_a_surname_of_the_articles_person_is_that_person() -> None:
    rows = """
    Louise NNP PROPN compound 1 Louise
    Turpin NNP PROPN nsubj 2 Turpin
    left VBD VERB ROOT -1 leave
    and CC CCONJ cc 2 and
    Turpin NNP PROPN nsubj 5 Turpin
    stayed VBD VERB conj 2 stay
    """
    found = names(rows, [(0, 2, "PERSON"), (4, 5, "ORG")])
    assert set(found.values()) == {"PERSON"}


def test_what_a_body_does_makes_a_product_tagged_name_an_organisation() -> None:
    rows = """
    A DT DET det 2 a
    WeWork NNP PROPN compound 2 WeWork
    spokesperson NN NOUN nsubj 3 spokesperson
    spoke VBD VERB ROOT -1 speak
    and CC CCONJ cc 3 and
    Disney+ NNP PROPN nsubj 6 Disney+
    grew VBD VERB conj 3 grow
    """
    found = names(rows, [(1, 2, "PRODUCT"), (5, 6, "ORG")])
    assert found == {"WeWork": "ORG", "Disney+": "PRODUCT"}


def test_an_owner_inside_a_name_is_cut_off_and_a_station_joins_its_network() -> None:
    rows = """
    At IN ADP prep 7 at
    the DT DET det 3 the
    Vox NNP PROPN compound 3 Vox
    Media NNP PROPN poss 6 Media
    ’s POS PART case 3 ’s
    Code NNP PROPN compound 6 Code
    Media NNP PROPN pobj 0 Media
    CBS NNP PROPN compound 8 CBS
    DFW NNP PROPN nsubj 9 DFW
    reported VBD VERB ROOT -1 report
    """
    found = names(rows, [(2, 7, "ORG"), (7, 8, "ORG"), (8, 9, "GPE")])
    assert found == {"Vox Media": "ORG", "Code Media": "ORG", "CBS DFW": "ORG"}


def test_an_offices_title_with_its_possessive_stays_inside_the_bodys_name() -> None:
    rows = """
    The DT DET det 3 the
    Alachua NNP PROPN compound 2 Alachua
    Sheriff NNP PROPN poss 4 Sheriff nospace
    's POS PART case 2 's
    Office NNP PROPN nsubj 5 Office
    tweeted VBD VERB ROOT -1 tweet
    """
    assert names(rows, [(1, 5, "ORG")]) == {"Alachua Sheriff's Office": "ORG"}
