"""Referent labels on news of other outlets (issue 11, second pass), on hand-built parsed Docs.

One test per mechanism: mentions the rescan adds are labelled too; "a X conference" names no
conference; acronyms of common nouns are no names; names sharing a plural kind noun are two;
a country opening a title ("UK Home Secretary") is the country; a route's ends are places;
a building one is in is a place; a place modifying an event noun stays the place; a head word
that agrees with a thing's label keeps it ("an Iraq War veteran"), unless after a preposition;
a name after a person's title is a person; a place played away to, or with a record, is a team;
two names joined by "and" that are each named alone are two; a league one wins titles of is a
competition; a name whose every mention modifies a work noun is that work.
"""

from __future__ import annotations

from claims_docs import make_doc
from newsparse.docview import DocView
from newsparse.extract.entities import extract_entities


def names(rows: str, ents: list[tuple[int, int, str]]) -> dict[str, str]:
    return {e.name: e.label for e in extract_entities(DocView.of(make_doc(rows, ents=ents)))}


def test_an_untagged_mention_found_again_counts_for_the_label() -> None:
    rows = """
    Dreamforce NNP PROPN nsubj 1 Dreamforce
    opened VBD VERB ROOT -1 open
    and CC CCONJ cc 1 and
    Cook NNP PROPN nsubj 4 Cook
    visited VBD VERB conj 1 visit
    Salesforce NNP PROPN poss 8 Salesforce
    's POS PART case 5 's
    Dreamforce NNP PROPN compound 8 Dreamforce
    conference NN NOUN dobj 4 conference
    """
    found = names(rows, [(0, 1, "ORG"), (3, 4, "PERSON"), (5, 6, "ORG")])
    assert found["Dreamforce"] == "EVENT"  # spaCy tagged only the first mention


def test_a_name_after_an_indefinite_article_says_whose_the_noun_is() -> None:
    rows = """
    Wikileaks NNP PROPN nsubj 1 Wikileaks
    held VBD VERB ROOT -1 hold
    a DT DET det 4 a
    Wikileaks NNP PROPN compound 4 Wikileaks
    conference NN NOUN dobj 1 conference
    """
    assert names(rows, [(0, 1, "ORG"), (3, 4, "ORG")]) == {"Wikileaks": "ORG"}


def test_an_acronym_of_a_common_noun_is_no_name() -> None:
    rows = """
    CCTV NNP PROPN compound 1 CCTV
    cameras NNS NOUN nsubj 2 camera
    watched VBD VERB ROOT -1 watch
    the DT DET det 4 the
    CEOs NNPS PROPN dobj 2 CEOs
    of IN ADP prep 4 of
    Google NNP PROPN pobj 5 Google
    """
    found = names(rows, [(0, 1, "ORG"), (4, 5, "ORG"), (6, 7, "ORG")])
    assert found == {"Google": "ORG"}


def test_names_sharing_a_plural_kind_noun_are_two_names() -> None:
    rows = """
    Fires NNS NOUN nsubj 1 fire
    hit VBD VERB ROOT -1 hit
    Orange NNP PROPN nmod 5 Orange
    and CC CCONJ cc 2 and
    Riverside NNP PROPN conj 2 Riverside
    counties NNS NOUN dobj 1 county
    """
    assert names(rows, [(2, 5, "LOC")]) == {"Orange": "LOC", "Riverside": "LOC"}


def test_a_country_opening_a_title_is_the_country() -> None:
    rows = """
    the DT DET det 3 the
    UK NNP PROPN compound 3 UK
    Home NNP PROPN compound 3 Home
    Secretary NNP PROPN nsubj 8 Secretary
    , , PUNCT punct 3 ,
    Sajid NNP PROPN compound 6 Sajid
    Javid NNP PROPN appos 3 Javid
    , , PUNCT punct 3 ,
    approved VBD VERB ROOT -1 approve
    """
    found = names(rows, [(1, 3, "ORG"), (5, 7, "PERSON")])
    assert found == {"UK": "GPE", "Sajid Javid": "PERSON"}


def test_a_piece_of_a_route_is_a_place_when_its_other_end_is_one() -> None:
    rows = """
    the DT DET det 4 the
    Earth NNP PROPN compound 4 Earth nospace
    - HYPH PUNCT punct 3 - nospace
    Mars NNP PROPN compound 4 Mars
    cruise NN NOUN nsubj 5 cruise
    ends VBZ VERB ROOT -1 end
    on IN ADP prep 5 on
    Mars NNP PROPN pobj 6 Mars
    """
    found = names(rows, [(1, 4, "EVENT"), (7, 8, "LOC")])
    assert found == {"Earth": "LOC", "Mars": "LOC"}


def test_a_name_ending_in_a_building_word_one_is_in_is_a_place() -> None:
    rows = """
    They PRP PRON nsubj 1 they
    won VBD VERB ROOT -1 win
    in IN ADP prep 1 in
    KeyBank NNP PROPN compound 4 KeyBank
    Center NNP PROPN pobj 2 Center
    """
    assert names(rows, [(3, 5, "ORG")]) == {"KeyBank Center": "FAC"}


def test_a_place_modifying_an_event_noun_stays_the_place() -> None:
    rows = """
    the DT DET det 2 the
    Cairo NNP PROPN compound 2 Cairo
    summit NN NOUN nsubj 3 summit
    ended VBD VERB ROOT -1 end
    """
    assert names(rows, [(1, 2, "GPE")]) == {"Cairo": "GPE"}


def test_a_war_whose_veterans_are_named_stays_a_war() -> None:
    rows = """
    an DT DET det 3 an
    Iraq NNP PROPN compound 2 Iraq
    War NNP PROPN compound 3 War
    veteran NN NOUN nsubj 4 veteran
    spoke VBD VERB ROOT -1 speak
    """
    assert names(rows, [(1, 3, "EVENT")]) == {"Iraq War": "EVENT"}


def test_a_person_after_a_persons_title_is_a_person_whatever_the_tag() -> None:
    rows = """
    Day NNP PROPN nsubj 1 Day
    invited VBD VERB ROOT -1 invite
    former JJ ADJ amod 4 former
    actor NN NOUN compound 4 actor
    Hudson NNP PROPN dobj 1 Hudson
    """
    assert names(rows, [(0, 1, "PERSON"), (4, 5, "ORG")]) == {"Day": "PERSON", "Hudson": "PERSON"}


def test_an_event_word_after_a_preposition_is_no_head_of_the_name() -> None:
    rows = """
    the DT DET det 2 the
    Iraq NNP PROPN compound 2 Iraq
    Veterans NNPS PROPN nsubj 6 Veterans
    Against IN ADP prep 2 against
    the DT DET det 5 the
    War NNP PROPN pobj 3 War
    marched VBD VERB ROOT -1 march
    """
    assert names(rows, [(1, 6, "ORG")]) == {"Iraq Veterans Against the War": "ORG"}


def test_a_name_inside_a_title_is_no_person() -> None:
    rows = """
    deputy NN NOUN amod 3 deputy
    White NNP PROPN compound 2 White
    House NNP PROPN compound 4 House
    press NN NOUN compound 4 press
    secretary NN NOUN nsubj 5 secretary
    spoke VBD VERB ROOT -1 speak
    """
    assert names(rows, [(1, 3, "ORG")]) == {"White House": "ORG"}


def test_a_place_one_plays_away_to_or_with_a_record_is_a_team() -> None:
    rows = """
    They PRP PRON nsubj 1 they
    play VBP VERB ROOT -1 play
    away RB ADV advmod 1 away
    to IN ADP prep 2 to
    West NNP PROPN compound 5 West
    Ham NNP PROPN pobj 3 Ham
    and CC CCONJ cc 1 and
    Utah NNP PROPN nsubj 13 Utah
    ( -LRB- PUNCT punct 7 (
    5-7 CD NUM appos 7 5-7
    ) -RRB- PUNCT punct 7 )
    also RB ADV advmod 13 also
    has VBZ AUX aux 13 have
    lost VBN VERB conj 1 lose
    """
    found = names(rows, [(4, 6, "GPE"), (7, 8, "GPE")])
    assert found == {"West Ham": "ORG", "Utah": "ORG"}


def test_two_organisations_named_alone_elsewhere_are_split_at_and() -> None:
    rows = """
    McClatchy NNP PROPN nsubj 3 McClatchy
    and CC CCONJ cc 0 and
    Tribune NNP PROPN conj 0 Tribune
    talked VBD VERB ROOT -1 talk
    to IN ADP prep 3 to
    McClatchy NNP PROPN pobj 4 McClatchy
    and CC CCONJ cc 5 and
    to IN ADP conj 4 to
    Tribune NNP PROPN pobj 7 Tribune
    """
    found = names(rows, [(0, 3, "ORG"), (5, 6, "ORG"), (8, 9, "ORG")])
    assert found == {"McClatchy": "ORG", "Tribune": "ORG"}


def test_a_league_modifying_a_word_of_play_is_the_competition() -> None:
    rows = """
    He PRP PRON nsubj 1 he
    won VBD VERB ROOT -1 win
    three CD NUM nummod 5 three
    Premier NNP PROPN compound 4 Premier
    League NNP PROPN compound 5 League
    titles NNS NOUN dobj 1 title
    """
    assert names(rows, [(3, 5, "ORG")]) == {"Premier League": "EVENT"}


def test_a_name_every_mention_of_which_modifies_a_work_noun_is_that_work() -> None:
    rows = """
    NSO NNP PROPN nsubj 1 NSO
    sells VBZ VERB ROOT -1 sell
    the DT DET det 4 the
    Pegasus NNP PROPN compound 4 Pegasus
    spyware NN NOUN dobj 1 spyware
    and CC CCONJ cc 1 and
    Pegasus NNP PROPN compound 7 Pegasus
    software NN NOUN conj 4 software
    """
    found = names(rows, [(0, 1, "ORG"), (3, 4, "ORG"), (6, 7, "ORG")])
    assert found == {"NSO": "ORG", "Pegasus": "WORK_OF_ART"}


def test_a_body_of_the_sky_tagged_an_organisation_is_a_place() -> None:
    rows = """
    NASA NNP PROPN nsubj 1 NASA
    landed VBD VERB ROOT -1 land
    on IN ADP prep 1 on
    the DT DET det 4 the
    Moon NNP PROPN pobj 2 Moon
    """
    found = names(rows, [(0, 1, "ORG"), (4, 5, "ORG")])
    assert found["Moon"] == "LOC"
    assert found["NASA"] == "ORG"


def test_a_brand_spelled_with_an_inner_capital_is_no_place() -> None:
    rows = """
    Traders NNS NOUN nsubj 1 trader
    used VBD VERB ROOT -1 use
    MarketAxess NNP PROPN dobj 1 MarketAxess
    in IN ADP prep 1 in
    McAllen NNP PROPN pobj 3 McAllen
    """
    found = names(rows, [(2, 3, "GPE"), (4, 5, "GPE")])
    assert found["MarketAxess"] == "ORG"
    assert found["McAllen"] == "GPE"  # a 'Mc' prefix is a place's spelling too


def test_a_category_noun_right_before_a_name_says_it_is_a_body() -> None:
    rows = """
    He PRP PRON nsubj 1 he
    investigated VBD VERB ROOT -1 investigate
    energy NN NOUN compound 3 energy
    company NN NOUN compound 4 company
    Burisma NNP PROPN dobj 1 Burisma
    in IN ADP prep 1 in
    Kyiv NNP PROPN pobj 5 Kyiv
    """
    found = names(rows, [(4, 5, "GPE"), (6, 7, "GPE")])
    assert found["Burisma"] == "ORG"
    assert found["Kyiv"] == "GPE"


SONDLAND = """
Gordon NNP PROPN compound 1 Gordon
Sondland NNP PROPN nsubj 2 Sondland
testified VBD VERB ROOT -1 testify
. . PUNCT punct 2 .
Morrison NNP PROPN nsubj 5 Morrison
ignored VBD VERB ROOT -1 ignore
advice NN NOUN dobj 5 advice
from IN ADP prep 6 from
Sondland NNP PROPN pobj 7 Sondland
. . PUNCT punct 5 .
Hill NNP PROPN nsubj 11 Hill
dubbed VBD VERB ROOT -1 dub
Sondland NNP PROPN poss 14 Sondland
's POS PART case 12 's
role NN NOUN dobj 11 role
"""
ENTS = [(0, 2, "PERSON"), (4, 5, "PERSON"), (8, 9, "GPE"), (10, 11, "PERSON"), (12, 13, "GPE")]


def test_a_persons_surname_tagged_a_place_and_used_as_a_person_is_the_person() -> None:
    found = names(SONDLAND, ENTS)
    assert "Sondland" not in found  # one referent: "Gordon Sondland"
    assert found["Gordon Sondland"] == "PERSON"


def test_a_surname_used_as_a_place_stays_a_place() -> None:
    rows = SONDLAND.replace("from IN ADP prep 6 from", "in IN ADP prep 6 in")
    assert names(rows, ENTS)["Sondland"] == "GPE"


def test_an_age_or_a_who_after_a_place_tagged_name_makes_it_a_person() -> None:
    rows = """
    Police NNS NOUN nsubj 1 police
    named VBD VERB ROOT -1 name
    Sudesh NNP PROPN compound 3 Sudesh
    Amman NNP PROPN dobj 1 Amman
    , , PUNCT punct 3 ,
    20 CD NUM appos 3 20
    , , PUNCT punct 3 ,
    in IN ADP prep 1 in
    Streatham NNP PROPN pobj 7 Streatham
    , , PUNCT punct 8 ,
    which WDT PRON nsubj 11 which
    is VBZ AUX relcl 8 be
    busy JJ ADJ acomp 11 busy
    """
    found = names(rows, [(2, 4, "GPE"), (8, 9, "GPE")])
    assert found == {"Sudesh Amman": "PERSON", "Streatham": "GPE"}
    who = rows.replace("20 CD NUM appos 3 20", "who WP PRON nsubj 3 who")
    assert names(who, [(2, 4, "GPE"), (8, 9, "GPE")])["Sudesh Amman"] == "PERSON"


def test_a_role_word_opening_a_sentence_is_the_persons_title_not_their_name() -> None:
    rows = """
    Rapper NNP PROPN compound 2 rapper
    Kano NNP PROPN compound 2 Kano
    Davies NNP PROPN nsubj 3 Davies
    spoke VBD VERB ROOT -1 speak
    """
    found = names(rows, [(0, 3, "ORG")])
    assert found == {"Kano Davies": "PERSON"}


def test_a_name_also_written_with_a_legal_form_is_that_company() -> None:
    rows = """
    Biden NNP PROPN nsubj 1 Biden
    joined VBD VERB ROOT -1 join
    Burisma NNP PROPN compound 3 Burisma
    Holdings NNP PROPN dobj 1 Holdings
    . . PUNCT punct 1 .
    Burisma NNP PROPN nsubj 6 Burisma
    paid VBD VERB ROOT -1 pay
    him PRP PRON dobj 6 he
    . . PUNCT punct 6 .
    Burisma NNP PROPN nsubj 10 Burisma
    grew VBD VERB ROOT -1 grow
    """
    found = names(rows, [(0, 1, "PERSON"), (2, 4, "ORG"), (5, 6, "GPE"), (9, 10, "GPE")])
    assert found == {"Biden": "PERSON", "Burisma Holdings": "ORG"}


def test_a_role_word_opening_an_organisations_name_stays_in_it() -> None:
    rows = """
    National NNP PROPN compound 2 National
    Nurses NNPS PROPN compound 2 Nurses
    United NNP PROPN nsubj 3 United
    endorsed VBD VERB ROOT -1 endorse
    him PRP PRON dobj 3 he
    """
    assert names(rows, [(0, 3, "ORG")]) == {"National Nurses United": "ORG"}
