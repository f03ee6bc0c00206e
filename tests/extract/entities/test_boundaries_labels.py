"""Name boundaries and referent labels on hand-built parsed Docs (no model, milliseconds).

Each test is one class of error: a word glued to a name, a list or clause read as one name, a
score or ticker after a name, a label the context contradicts.
"""

from __future__ import annotations

from claims_docs import make_doc
from newsparse.docview import DocView
from newsparse.extract.entities import extract_entities
from newsparse.models import Entity


def entities(rows: str, ents: list[tuple[int, int, str]]) -> list[Entity]:
    return extract_entities(DocView.of(make_doc(rows, ents=ents)))


def names(rows: str, ents: list[tuple[int, int, str]]) -> dict[str, str]:
    return {e.name: e.label for e in entities(rows, ents)}


def test_a_verb_after_a_name_is_cut_off() -> None:
    rows = """
    Mary NNP PROPN compound 1 Mary
    Quant NNP PROPN nsubj 2 Quant
    described VBD VERB ROOT -1 describe
    her PRP$ PRON poss 4 her
    style NN NOUN dobj 2 style nospace
    . . PUNCT punct 2 .
    """
    assert names(rows, [(0, 3, "PERSON")]) == {"Mary Quant": "PERSON"}


def test_a_score_or_a_ticker_after_a_name_is_cut_off() -> None:
    rows = """
    Nadal NNP PROPN nsubj 2 Nadal
    7-6 CD NUM npadvmod 0 7-6
    won VBD VERB ROOT -1 win
    as IN ADP mark 6 as
    Brent NNP PROPN compound 5 Brent
    LCOc1 NNP PROPN nsubj 6 LCOc1
    rose VBD VERB advcl 2 rise nospace
    . . PUNCT punct 2 .
    """
    found = {
        m.text for e in entities(rows, [(0, 2, "PERSON"), (4, 6, "PERSON")]) for m in e.mentions
    }
    assert found == {"Nadal", "Brent"}


def test_a_number_before_a_name_is_cut_off() -> None:
    rows = """
    Two CD NUM nummod 3 two
    United NNP PROPN compound 2 United
    States NNP PROPN compound 3 States
    soldiers NNS NOUN nsubj 4 soldier
    died VBD VERB ROOT -1 die nospace
    . . PUNCT punct 4 .
    """
    assert names(rows, [(0, 3, "GPE")]) == {"United States": "GPE"}


def test_a_list_tagged_as_one_name_is_split_at_its_commas() -> None:
    rows = """
    He PRP PRON nsubj 1 he
    coached VBD VERB ROOT -1 coach
    Porto NNP PROPN dobj 1 Porto nospace
    , , PUNCT punct 2 ,
    Real NNP PROPN compound 5 Real
    Madrid NNP PROPN conj 2 Madrid nospace
    . . PUNCT punct 1 .
    """
    assert names(rows, [(2, 6, "ORG")]) == {"Porto": "ORG", "Real Madrid": "ORG"}


def test_a_clause_boundary_inside_an_entity_splits_it() -> None:
    rows = """
    Johnston NNP PROPN nsubj 1 Johnston
    told VBD VERB ROOT -1 tell
    Billboard NNP PROPN dobj 1 Billboard
    the DT DET det 4 the
    Doobies NNPS PROPN nsubj 5 Doobies
    recorded VBD VERB ccomp 1 record nospace
    . . PUNCT punct 1 .
    """
    found = entities(rows, [(0, 1, "PERSON"), (2, 5, "WORK_OF_ART")])
    assert {m.text for e in found for m in e.mentions} == {"Johnston", "Billboard", "Doobies"}


def test_one_title_with_an_article_inside_stays_whole() -> None:
    rows = """
    She PRP PRON nsubj 1 she
    joined VBD VERB ROOT -1 join
    Dancing VBG VERB dobj 1 dance
    with IN ADP prep 2 with
    the DT DET det 5 the
    Stars NNPS PROPN pobj 3 Stars nospace
    . . PUNCT punct 1 .
    """
    assert names(rows, [(2, 6, "WORK_OF_ART")]) == {"Dancing with the Stars": "WORK_OF_ART"}


def test_words_with_no_proper_noun_are_no_name_alone() -> None:
    rows = """
    Today NN NOUN npadvmod 2 today
    I PRP PRON nsubj 2 I
    am VBP AUX ROOT -1 be
    here RB ADV advmod 2 here nospace
    . . PUNCT punct 2 .
    """
    assert names(rows, [(0, 3, "WORK_OF_ART")]) == {}


def test_a_date_tagged_as_an_event_is_no_name() -> None:
    rows = """
    On IN ADP prep 5 on
    September NNP PROPN pobj 0 September
    11 CD NUM nummod 1 11 nospace
    , , PUNCT punct 1 ,
    2001 CD NUM nummod 1 2001
    planes NNS NOUN ROOT -1 plane
    """
    assert names(rows, [(1, 5, "EVENT")]) == {}


def test_a_route_tagged_as_one_event_gives_both_places() -> None:
    rows = """
    The DT DET det 4 the
    Earth NNP PROPN compound 4 Earth
    - HYPH PUNCT punct 3 - nospace
    Mars NNP PROPN compound 4 Mars nospace
    trip NN NOUN ROOT -1 trip
    to IN ADP prep 4 to
    Mars NNP PROPN pobj 5 Mars
    """
    found = entities(rows, [(1, 4, "EVENT"), (6, 7, "LOC")])
    mars = next(e for e in found if e.name == "Mars")
    assert len(mars.mentions) == 2 and mars.label == "LOC"


def test_a_persons_name_cut_into_pieces_of_other_labels_is_one_person() -> None:
    rows = """
    Archbishop NNP PROPN nsubj 4 Archbishop
    Sławoj NNP PROPN compound 3 Sławoj
    Leszek NNP PROPN compound 3 Leszek
    Głódź NNP PROPN appos 0 Głódź
    came VBD VERB ROOT -1 come
    """
    found = names(rows, [(1, 2, "GPE"), (2, 3, "NORP"), (3, 4, "PERSON")])
    assert found == {"Sławoj Leszek Głódź": "PERSON"}


def test_a_party_and_state_tag_is_a_mention_of_the_state() -> None:
    rows = """
    Omar NNP PROPN nsubj 4 Omar
    ( -LRB- PUNCT punct 2 ( nospace
    D-Minn. NNP PROPN appos 0 D-Minn. nospace
    ) -RRB- PUNCT punct 2 )
    won VBD VERB ROOT -1 win
    in IN ADP prep 4 in
    Minnesota NNP PROPN pobj 5 Minnesota
    """
    found = entities(rows, [(0, 1, "PERSON"), (2, 3, "ORG"), (6, 7, "GPE")])
    (state,) = [e for e in found if e.label == "GPE"]
    assert state.name == "Minnesota"
    assert [m.text for m in state.mentions] == ["Minn.", "Minnesota"]


# --------------------------------------------------------------------------- labels


def test_a_head_word_ending_the_name_gives_its_kind() -> None:
    rows = """
    They PRP PRON nsubj 1 they
    played VBD VERB ROOT -1 play
    at IN ADP prep 1 at
    Mitchell NNP PROPN compound 4 Mitchell
    Pavilion NNP PROPN pobj 2 Pavilion
    and CC CCONJ cc 1 and
    Manchester NNP PROPN compound 7 Manchester
    United NNP PROPN conj 1 United
    """
    found = names(rows, [(3, 5, "ORG"), (6, 8, "GPE")])
    assert found == {"Mitchell Pavilion": "FAC", "Manchester United": "ORG"}


def test_a_name_modifying_a_lower_case_kind_noun_is_of_that_kind() -> None:
    rows = """
    He PRP PRON nsubj 1 he
    left VBD VERB ROOT -1 leave
    Hoa NNP PROPN compound 3 Hoa
    Lo NNP PROPN compound 4 Lo
    prison NN NOUN dobj 1 prison
    """
    # the building's name keeps its noun, as one writes "Belmarsh prison"
    assert names(rows, [(2, 4, "PERSON")]) == {"Hoa Lo prison": "FAC"}


def test_a_person_written_like_a_thing_is_an_organisation() -> None:
    rows = """
    She PRP PRON nsubj 1 she
    joined VBD VERB ROOT -1 join
    the DT DET det 3 the
    Lakers NNPS PROPN dobj 1 Lakers
    and CC CCONJ cc 1 and
    posted VBD VERB conj 1 post
    on IN ADP prep 5 on
    Instagram NNP PROPN pobj 6 Instagram
    """
    found = names(rows, [(3, 4, "PERSON"), (7, 8, "PERSON")])
    assert found == {"Lakers": "ORG", "Instagram": "ORG"}


def test_a_marked_person_or_a_family_stays_a_person() -> None:
    rows = """
    the DT DET det 2 the
    Mr. NNP PROPN compound 2 Mr.
    Sting NNP PROPN nsubj 5 Sting
    and CC CCONJ cc 2 and
    the DT DET det 5 the
    Bidens NNPS PROPN conj 2 Bidens
    met VBD VERB ROOT -1 meet
    Hunter NNP PROPN compound 8 Hunter
    Biden NNP PROPN dobj 6 Biden
    """
    found = names(rows, [(2, 3, "PERSON"), (5, 6, "PERSON"), (7, 9, "PERSON")])
    assert found == {"Sting": "PERSON", "Bidens": "PERSON", "Hunter Biden": "PERSON"}


def test_an_all_capitals_dateline_is_a_place() -> None:
    rows = """
    SIOUX NNP PROPN compound 1 SIOUX
    FALLS NNP PROPN ROOT -1 FALLS nospace
    , , PUNCT punct 1 ,
    S.D. NNP PROPN appos 1 S.D.
    — : PUNCT punct 1 —
    Officials NNS NOUN nsubj 6 official
    spoke VBD VERB ROOT -1 speak
    in IN ADP prep 6 in
    South NNP PROPN compound 9 South
    Dakota NNP PROPN pobj 7 Dakota
    """
    found = entities(rows, [(0, 2, "ORG"), (3, 4, "GPE"), (8, 10, "GPE")])
    labels = {e.name: e.label for e in found}
    assert labels == {"SIOUX FALLS": "GPE", "South Dakota": "GPE"}
    dakota = next(e for e in found if e.name == "South Dakota")
    assert [m.text for m in dakota.mentions] == ["S.D.", "South Dakota"]


def test_a_people_named_after_a_place_is_no_place() -> None:
    rows = """
    South NNP PROPN compound 1 South
    Dakotans NNPS PROPN nsubj 2 Dakotans
    love VBP VERB ROOT -1 love
    South NNP PROPN compound 4 South
    Dakota NNP PROPN dobj 2 Dakota
    """
    found = names(rows, [(0, 2, "GPE"), (3, 5, "GPE")])
    assert found == {"South Dakotans": "NORP", "South Dakota": "GPE"}


# --------------------------------------------------------------------------- roles


def test_an_apposition_that_names_no_role_is_not_a_persons_role() -> None:
    rows = """
    Taylor NNP PROPN compound 1 Taylor
    Swift NNP PROPN nsubj 10 Swift nospace
    , , PUNCT punct 1 ,
    former JJ ADJ amod 5 former
    record NN NOUN compound 5 record
    label NN NOUN appos 1 label
    and CC CCONJ cc 5 and
    a DT DET det 8 a
    couple NN NOUN conj 5 couple nospace
    , , PUNCT punct 1 ,
    left VBD VERB ROOT -1 leave
    """
    (swift,) = entities(rows, [(0, 2, "PERSON")])
    assert swift.roles == []


def test_an_apposition_headed_by_an_agent_noun_is_a_role() -> None:
    rows = """
    Owen NNP PROPN compound 1 Owen
    Dempsey NNP PROPN nsubj 6 Dempsey nospace
    , , PUNCT punct 1 ,
    a DT DET det 4 a
    pulmonologist NN NOUN appos 1 pulmonologist nospace
    , , PUNCT punct 1 ,
    said VBD VERB ROOT -1 say
    """
    (owen,) = entities(rows, [(0, 2, "PERSON")])
    assert owen.roles == ["pulmonologist"]


def test_a_name_given_as_an_instance_of_a_kind_noun_is_of_that_kind() -> None:
    rows = """
    companies NNS NOUN nsubj 4 company
    such JJ ADJ amod 2 such
    as IN ADP prep 0 as
    Gannett NNP PROPN pobj 2 Gannett
    cut VBD VERB ROOT -1 cut
    jobs NNS NOUN dobj 4 job
    """
    assert names(rows, [(3, 4, "PERSON")]) == {"Gannett": "ORG"}


def test_a_person_joined_to_an_organisation_or_after_the_adjective_is_an_organisation() -> None:
    rows = """
    Gannett NNP PROPN nsubj 4 Gannett
    and CC CCONJ cc 0 and
    GateHouse NNP PROPN compound 3 GateHouse
    Media NNP PROPN conj 0 Media
    merged VBD VERB ROOT -1 merge nospace
    ; : PUNCT punct 4 ;
    the DT DET det 8 the
    new JJ ADJ amod 8 new
    Gannett NNP PROPN nsubj 9 Gannett
    grew VBD VERB conj 4 grow
    """
    found = names(rows, [(0, 1, "PERSON"), (2, 4, "ORG"), (8, 9, "PERSON")])
    assert found == {"Gannett": "ORG", "GateHouse Media": "ORG"}


def test_a_place_glued_before_a_persons_name_is_cut_off() -> None:
    rows = """
    envoy NN NOUN nsubj 5 envoy
    to IN ADP prep 0 to
    Ukraine NNP PROPN compound 4 Ukraine
    Kurt NNP PROPN compound 4 Kurt
    Volker NNP PROPN pobj 1 Volker
    said VBD VERB ROOT -1 say
    Volker NNP PROPN dobj 5 Volker
    left VBD VERB conj 5 leave
    Ukraine NNP PROPN dobj 7 Ukraine
    """
    found = entities(rows, [(2, 5, "PERSON"), (6, 7, "PERSON"), (8, 9, "GPE")])
    person = next(e for e in found if e.label == "PERSON")
    assert [m.text for m in person.mentions] == ["Kurt Volker", "Volker"]


def test_a_market_code_after_a_word_is_cut_off() -> None:
    rows = """
    Brent NNP PROPN compound 1 Brent
    LCOc1 NNP PROPN nsubj 2 LCOc1
    fell VBD VERB ROOT -1 fall
    """
    (found,) = entities(rows, [(0, 2, "PERSON")])
    assert found.mentions[0].text == "Brent"


def test_a_currency_before_its_exchange_rate_code_is_no_name() -> None:
    rows = """
    Sterling NNP PROPN compound 1 Sterling
    GBP= NNP PROPN nsubj 2 GBP=
    fell VBD VERB ROOT -1 fall
    """
    assert entities(rows, [(0, 2, "PERSON")]) == []


def test_a_kind_word_after_the_is_a_description_and_a_bare_one_a_name() -> None:
    rows = """
    the DT DET det 1 the
    Agency NNP PROPN nsubj 2 Agency
    said VBD VERB ROOT -1 say
    University NNP PROPN nsubj 4 University
    won VBD VERB ccomp 2 win
    """
    assert names(rows, [(1, 2, "ORG"), (3, 4, "ORG")]) == {"University": "ORG"}


def test_a_capital_after_an_opening_quote_proves_no_name() -> None:
    rows = """
    He PRP PRON nsubj 1 he
    wrote VBD VERB ROOT -1 write
    " `` PUNCT punct 1 " nospace
    Today NN NOUN npadvmod 5 today
    I PRP PRON nsubj 5 I
    am VBP AUX ccomp 1 be
    """
    assert names(rows, [(3, 6, "WORK_OF_ART")]) == {}


def test_two_bodies_joined_by_and_the_are_two_names() -> None:
    rows = """
    The DT DET det 1 the
    Treasury NNP PROPN nsubj 6 Treasury
    and CC CCONJ cc 1 and
    the DT DET det 4 the
    Department NNP PROPN conj 1 Department
    Justice NNP PROPN pobj 4 Justice
    met VBD VERB ROOT -1 meet
    """
    assert names(rows, [(1, 6, "ORG")]) == {"Treasury": "ORG", "Department Justice": "ORG"}


def test_a_role_before_of_is_no_part_of_an_organisation() -> None:
    rows = """
    Founder NNP PROPN nsubj 4 Founder
    of IN ADP prep 0 of
    Ceres NNP PROPN compound 3 Ceres
    Robotics NNP PROPN pobj 1 Robotics
    spoke VBD VERB ROOT -1 speak
    """
    assert names(rows, [(0, 4, "ORG")]) == {"Ceres Robotics": "ORG"}


def test_a_market_code_alone_is_no_name() -> None:
    rows = """
    US10YT NNP PROPN nsubj 1 US10YT
    rose VBD VERB ROOT -1 rise
    """
    assert names(rows, [(0, 1, "ORG")]) == {}


def test_a_known_platform_is_an_organisation_and_a_tagged_family_people() -> None:
    rows = """
    Twitter NNP PROPN nsubj 1 Twitter
    mocked VBD VERB ROOT -1 mock
    the DT DET det 3 the
    Bidens NNPS PROPN dobj 1 Bidens
    and CC CCONJ cc 1 and
    Joe NNP PROPN compound 6 Joe
    Biden NNP PROPN conj 1 Biden
    """
    found = names(rows, [(0, 1, "PERSON"), (3, 4, "GPE"), (5, 7, "PERSON")])
    assert found == {"Twitter": "ORG", "Bidens": "PERSON", "Joe Biden": "PERSON"}


def test_an_organisation_gets_back_the_head_word_the_tagger_left_out() -> None:
    rows = """
    She PRP PRON nsubj 1 she
    told VBD VERB ROOT -1 tell
    the DT DET det 4 the
    Sioux NNP PROPN compound 4 Sioux
    Courier NNP PROPN dobj 1 Courier
    and CC CCONJ cc 1 and
    the DT DET det 9 the
    UK NNP PROPN compound 8 UK
    Home NNP PROPN compound 9 Home
    Secretary NNP PROPN conj 1 Secretary
    """
    found = names(rows, [(3, 4, "ORG"), (7, 9, "ORG")])
    assert "Sioux Courier" in found  # the paper's whole name
    assert "UK Home Secretary" not in found  # a title, not an organisation


def test_a_side_of_a_match_is_a_team() -> None:
    rows = """
    Caloundra NNP PROPN nsubj 1 Caloundra
    defeated VBD VERB ROOT -1 defeat
    Wynnum NNP PROPN dobj 1 Wynnum
    """
    assert names(rows, [(0, 1, "GPE"), (2, 3, "PERSON")]) == {"Caloundra": "ORG", "Wynnum": "ORG"}


def test_ships_and_pipelines_are_no_people() -> None:
    rows = """
    USS NNP PROPN compound 1 USS
    Cole NNP PROPN nsubj 2 Cole
    guarded VBD VERB ROOT -1 guard
    the DT DET det 5 the
    Keystone NNP PROPN compound 5 Keystone
    pipeline NN NOUN dobj 2 pipeline
    """
    found = names(rows, [(0, 2, "PERSON"), (4, 5, "PERSON")])
    assert found == {"USS Cole": "PRODUCT", "Keystone pipeline": "FAC"}


def test_a_competition_is_an_event() -> None:
    rows = """
    Arsenal NNP PROPN nsubj 1 Arsenal
    won VBD VERB ROOT -1 win
    the DT DET det 4 the
    FA NNP PROPN compound 4 FA
    Cup NNP PROPN dobj 1 Cup
    """
    assert names(rows, [(0, 1, "ORG"), (3, 5, "ORG")]) == {"Arsenal": "ORG", "FA Cup": "EVENT"}


def test_a_person_tag_on_the_first_word_of_a_body_named_after_someone() -> None:
    rows = """
    teachers NNS NOUN nsubj 6 teacher
    from IN ADP prep 0 from
    the DT DET det 5 the
    Gibson NNP PROPN compound 4 Gibson
    Southern NNP PROPN compound 5 Southern
    schools NNS NOUN pobj 1 school
    left VBD VERB ROOT -1 leave
    early RB ADV advmod 6 early nospace
    . . PUNCT punct 6 .
    """
    assert names(rows, [(3, 4, "PERSON")]) == {"Gibson Southern": "ORG"}


def test_a_person_before_an_untagged_surname_is_not_a_body() -> None:
    rows = """
    Gibson NNP PROPN compound 1 Gibson
    Jones NNP PROPN nsubj 2 Jones
    left VBD VERB ROOT -1 leave
    early RB ADV advmod 2 early nospace
    . . PUNCT punct 2 .
    """
    assert names(rows, [(0, 1, "PERSON")]) == {"Gibson": "PERSON"}


def test_a_leader_or_people_before_a_ruling_body_noun_names_the_government() -> None:
    rows = """
    the DT DET det 2 the
    Assad NNP PROPN compound 2 Assad
    regime NN NOUN nsubj 4 regime
    and CC CCONJ cc 2 and
    the DT DET det 6 the
    Syrian JJ ADJ amod 6 Syrian
    government NN NOUN conj 2 government
    said VBD VERB ROOT -1 say nospace
    . . PUNCT punct 7 .
    """
    found = names(rows, [(1, 2, "PERSON"), (5, 6, "NORP")])
    assert found == {"Assad regime": "ORG", "Syrian government": "ORG"}


def test_a_full_leader_name_before_administration_stays_the_person() -> None:
    rows = """
    the DT DET det 4 the
    George NNP PROPN compound 3 George
    W. NNP PROPN compound 3 W.
    Bush NNP PROPN compound 4 Bush
    administration NN NOUN nsubj 5 administration
    ended VBD VERB ROOT -1 end nospace
    . . PUNCT punct 5 .
    """
    assert names(rows, [(1, 4, "PERSON")]) == {"George W. Bush": "PERSON"}


def test_two_places_joined_before_a_road_noun_are_one_road() -> None:
    rows = """
    on IN ADP ROOT -1 on
    the DT DET det 8 the
    Baghdad NNP PROPN compound 4 Baghdad nospace
    - HYPH PUNCT punct 4 - nospace
    Damascus NNP PROPN nmod 8 Damascus
    ( -LRB- PUNCT punct 6 ( nospace
    M2 NNP PROPN nmod 8 M2 nospace
    ) -RRB- PUNCT punct 6 )
    highway NN NOUN pobj 0 highway
    """
    assert names(rows, [(2, 3, "GPE"), (4, 5, "GPE")]) == {"Baghdad-Damascus": "FAC"}


def test_two_places_joined_before_another_noun_stay_two() -> None:
    rows = """
    the DT DET det 4 the
    Libya NNP PROPN compound 4 Libya nospace
    - HYPH PUNCT punct 3 - nospace
    Turkey NNP PROPN compound 4 Turkey
    relations NNS NOUN ROOT -1 relation
    """
    assert names(rows, [(1, 2, "GPE"), (3, 4, "GPE")]) == {"Libya": "GPE", "Turkey": "GPE"}


def test_a_place_cut_off_before_a_body_an_acronym_defines() -> None:
    rows = """
    The DT DET det 5 the
    New NNP PROPN compound 2 New
    York NNP PROPN compound 5 York
    State NNP PROPN compound 5 State
    Attorney NNP PROPN compound 5 Attorney
    General NNP PROPN nsubj 9 General
    ( -LRB- PUNCT punct 7 ( nospace
    NYAG NNP PROPN appos 5 NYAG nospace
    ) -RRB- PUNCT punct 7 )
    asked VBD VERB ROOT -1 ask
    the DT DET det 15 the
    New NNP PROPN compound 12 New
    York NNP PROPN compound 15 York
    State NNP PROPN compound 15 State
    Attorney NNP PROPN compound 15 Attorney
    General NNP PROPN dobj 9 General nospace
    . . PUNCT punct 9 .
    """
    found = entities(rows, [(1, 3, "GPE"), (7, 8, "ORG"), (11, 13, "GPE")])
    assert [(e.name, e.label, e.count) for e in found] == [
        ("New York State Attorney General", "ORG", 3)
    ]
