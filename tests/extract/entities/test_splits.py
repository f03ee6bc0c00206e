"""One entity per referent (issue 11): the split shapes the merges fold, and the near misses
they must keep apart. Hand-built Docs (make_doc), names invented for the tests."""

from __future__ import annotations

import pytest

from claims_docs import make_doc
from newsparse.docview import DocView
from newsparse.extract.entities import extract_entities
from newsparse.extract.entities.variants import _swapped, given_compatible
from newsparse.lexicon.entities import lexicon
from newsparse.models import Entity


def entities(rows: str, ents: list[tuple[int, int, str]]) -> list[Entity]:
    return extract_entities(DocView.of(make_doc(rows, ents=ents)))


def by_name(found: list[Entity]) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in found}


def test_a_capital_dealt_with_is_its_country() -> None:
    rows = """
    China NNP PROPN nsubj 1 China
    waits VBZ VERB ROOT -1 wait
    until IN SCONJ mark 5 until
    a DT DET det 4 a
    deal NN NOUN nsubjpass 5 deal
    reached VBN VERB advcl 1 reach
    with IN ADP prep 5 with
    Beijing NNP PROPN pobj 6 Beijing
    and CC CCONJ cc 1 and
    lives VBZ VERB conj 1 live
    in IN ADP prep 9 in
    Beijing NNP PROPN pobj 10 Beijing
    """
    found = by_name(entities(rows, [(0, 1, "GPE"), (7, 8, "GPE"), (11, 12, "GPE")]))
    assert found["China"] == ["China", "Beijing"]  # the other side of the deal
    assert found["Beijing"] == ["Beijing"]  # "in Beijing": the city


def test_a_name_dubbed_after_a_comma_is_the_same_place_whatever_the_parse() -> None:
    # the parser hangs "dubbed" on the main verb (conj), not on "camp" (acl)
    rows = """
    They PRP PRON nsubj 1 they
    visited VBD VERB ROOT -1 visit
    the DT DET det 4 the
    Varna NNP PROPN compound 4 Varna
    camp NN NOUN dobj 1 camp nospace
    , , PUNCT punct 1 ,
    dubbed VBD VERB conj 1 dub
    the DT DET det 10 the
    “ `` PUNCT punct 10 " nospace
    Ice NNP PROPN compound 10 Ice
    Palace NNP PROPN oprd 6 Palace nospace
    ” '' PUNCT punct 10 "
    """
    (camp,) = entities(rows, [(3, 5, "FAC"), (9, 11, "ORG")])
    assert [m.text for m in camp.mentions] == ["Varna camp", "Ice Palace"]


def test_called_after_a_comma_names_only_a_quoted_name() -> None:
    # "Smith, called Jones": phoned him; no naming without quotation marks
    rows = """
    Anna NNP PROPN compound 1 Anna
    Smith NNP PROPN nsubj 5 Smith nospace
    , , PUNCT punct 1 ,
    called VBD VERB conj 5 call
    Tom NNP PROPN compound 5 Tom
    Jones NNP PROPN dobj 3 Jones
    """
    found = entities(rows, [(0, 2, "PERSON"), (4, 6, "PERSON")])
    assert {e.name for e in found} == {"Anna Smith", "Tom Jones"}


def test_a_prison_and_its_official_name_are_one_building() -> None:
    rows = """
    He PRP PRON nsubjpass 2 he
    is VBZ AUX auxpass 2 be
    held VBN VERB ROOT -1 hold
    at IN ADP prep 2 at
    Wexmoor NNP PROPN compound 5 Wexmoor
    prison NN NOUN pobj 3 prison nospace
    . . PUNCT punct 2 .
    He PRP PRON nsubj 8 he
    left VBD VERB ROOT -1 leave
    Wexmoor NNP PROPN compound 10 Wexmoor
    jail NN NOUN dobj 8 jail nospace
    . . PUNCT punct 8 .
    He PRP PRON nsubj 13 he
    reached VBD VERB ROOT -1 reach
    HMP NNP PROPN compound 15 HMP
    Wexmoor NNP PROPN dobj 13 Wexmoor
    """
    (prison,) = entities(rows, [(4, 6, "FAC"), (9, 11, "FAC"), (14, 16, "ORG")])
    assert prison.count == 3 and prison.label == "FAC"


def test_the_members_plural_is_the_party_the_adjective_is_not() -> None:
    rows = """
    The DT DET det 1 the
    GOP NNP PROPN nsubj 2 GOP
    met VBD VERB ROOT -1 meet nospace
    . . PUNCT punct 2 .
    Republicans NNPS PROPN nsubj 5 Republican
    voted VBD VERB ROOT -1 vote
    with IN ADP prep 5 with
    Republican JJ ADJ amod 8 republican
    governors NNS NOUN pobj 6 governor
    """
    found = entities(rows, [(1, 2, "ORG"), (4, 5, "NORP"), (7, 8, "NORP")])
    groups = sorted([m.text for m in e.mentions] for e in found)
    assert ["GOP", "Republicans"] in groups
    # the adjective never joins the party (labels may drop it as a people's adjective)
    assert all("Republican" not in g or g == ["Republican"] for g in groups)


def test_a_members_plural_without_its_party_stays_a_group_of_people() -> None:
    rows = """
    Republicans NNPS PROPN nsubj 1 Republican
    voted VBD VERB ROOT -1 vote
    with IN ADP prep 1 with
    Democrats NNPS PROPN pobj 2 Democrat
    """
    found = entities(rows, [(0, 1, "NORP"), (3, 4, "NORP")])
    assert {e.name for e in found} == {"Republicans", "Democrats"}


def test_a_bare_surname_is_the_main_bearer_named_sentences_before() -> None:
    rows = """
    Anna NNP PROPN compound 1 Anna
    Varga NNP PROPN nsubj 2 Varga
    won VBD VERB ROOT -1 win nospace
    . . PUNCT punct 2 .
    Her PRP$ PRON poss 5 her
    son NN NOUN nsubj 8 son
    Ben NNP PROPN compound 7 Ben
    Varga NNP PROPN appos 5 Varga
    cheered VBD VERB ROOT -1 cheer nospace
    . . PUNCT punct 8 .
    Varga NNP PROPN nsubj 11 Varga
    smiled VBD VERB ROOT -1 smile
    """
    found = by_name(entities(rows, [(0, 2, "PERSON"), (6, 8, "PERSON"), (10, 11, "PERSON")]))
    assert found == {"Anna Varga": ["Anna Varga", "Varga"], "Ben Varga": ["Ben Varga"]}


def test_a_near_spelling_as_full_as_the_name_joins_the_form_written_more() -> None:
    rows = """
    Lena NNP PROPN compound 1 Lena
    Corey NNP PROPN nsubj 2 Corey
    spoke VBD VERB ROOT -1 speak
    and CC CCONJ cc 2 and
    Lena NNP PROPN compound 5 Lena
    Corey NNP PROPN nsubj 6 Corey
    left VBD VERB conj 2 leave
    and CC CCONJ cc 2 and
    Lena NNP PROPN compound 9 Lena
    Correy NNP PROPN nsubj 10 Correy
    wrote VBD VERB conj 2 write
    """
    (lena,) = entities(rows, [(0, 2, "PERSON"), (4, 6, "PERSON"), (8, 10, "PERSON")])
    assert lena.name == "Lena Corey" and lena.count == 3


def test_different_middle_initials_are_different_people() -> None:
    rows = """
    George NNP PROPN compound 2 George
    W. NNP PROPN compound 2 W.
    Bush NNP PROPN nsubj 3 Bush
    met VBD VERB ROOT -1 meet
    George NNP PROPN compound 6 George
    H.W. NNP PROPN compound 6 H.W.
    Bush NNP PROPN dobj 3 Bush
    """
    found = entities(rows, [(0, 3, "PERSON"), (4, 7, "PERSON")])
    assert {e.name for e in found} == {"George W. Bush", "George H.W. Bush"}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("hilary", "hillary", True),  # a doubled letter
        ("sandy", "sandra", True),  # resources/hypocorisms.tsv
        ("marie", "mario", False),  # one letter, two names
        ("louis", "louise", False),
    ],
)
def test_given_name_spellings(a: str, b: str, same: bool) -> None:
    assert given_compatible(a, b, lexicon()) is same


def test_a_paper_named_short_after_its_full_name_with_the_and_a_two_word_place() -> None:
    rows = """
    He PRP PRON nsubj 1 he
    read VBD VERB ROOT -1 read
    The DT DET det 5 the
    New NNP PROPN compound 4 New
    York NNP PROPN compound 5 York
    Herald NNP PROPN dobj 1 Herald nospace
    . . PUNCT punct 1 .
    The DT DET det 8 the
    Herald NNP PROPN nsubj 9 Herald
    added VBD VERB ROOT -1 add
    in IN ADP prep 9 in
    New NNP PROPN compound 12 New
    York NNP PROPN pobj 10 York
    """
    found = by_name(entities(rows, [(2, 6, "ORG"), (7, 9, "ORG"), (11, 13, "GPE")]))
    assert found["The New York Herald"] == ["The New York Herald", "Herald"]


def test_a_name_opened_by_another_spelling_of_its_place_is_the_same_name() -> None:
    rows = """
    The DT DET det 3 the
    NY NNP PROPN compound 3 NY
    Daily NNP PROPN compound 3 Daily
    Herald NNP PROPN nsubj 4 Herald
    reported VBD VERB ROOT -1 report nospace
    . . PUNCT punct 4 .
    New NNP PROPN compound 9 New
    York NNP PROPN compound 9 York
    Daily NNP PROPN compound 9 Daily
    Herald NNP PROPN nsubj 10 Herald
    agreed VBD VERB ROOT -1 agree
    """
    (paper,) = entities(rows, [(1, 4, "ORG"), (6, 10, "ORG")])
    assert paper.count == 2


def test_an_acronym_in_brackets_is_the_name_before_it_whatever_else_shares_it() -> None:
    rows = """
    The DT DET det 3 the
    Delta NNP PROPN compound 3 Delta
    Naval NNP PROPN compound 3 Naval
    Command NNP PROPN nsubj 8 Command
    ( -LRB- PUNCT punct 3 (
    DNC NNP PROPN appos 3 DNC nospace
    ) -RRB- PUNCT punct 3 )
    and CC CCONJ cc 3 and
    met VBD VERB ROOT -1 meet
    at IN ADP prep 8 at
    the DT DET det 13 the
    Delta NNP PROPN compound 13 Delta
    Nautical NNP PROPN compound 13 Nautical
    Conference NNP PROPN pobj 9 Conference nospace
    . . PUNCT punct 8 .
    DNC NNP PROPN nsubj 16 DNC
    left VBD VERB ROOT -1 leave
    """
    ents = [(1, 4, "ORG"), (5, 6, "ORG"), (11, 14, "EVENT"), (15, 16, "ORG")]
    found = by_name(entities(rows, ents))
    assert found["Delta Naval Command"] == ["Delta Naval Command", "DNC", "DNC"]
    assert found["Delta Nautical Conference"] == ["Delta Nautical Conference"]


def test_a_body_named_in_both_word_orders_is_one() -> None:
    rows = """
    The DT DET det 1 the
    Department NNP PROPN nsubj 4 Department
    of IN ADP prep 1 of
    Fisheries NNP PROPN pobj 2 Fisheries
    said VBD VERB ROOT -1 say
    the DT DET det 7 the
    Fisheries NNP PROPN compound 7 Fisheries
    Department NNP PROPN nsubj 8 Department
    erred VBD VERB ccomp 4 err
    """
    (body,) = entities(rows, [(1, 4, "ORG"), (6, 8, "ORG")])
    assert body.count == 2


def test_a_surname_names_a_full_name_the_tagger_took_for_an_organisation() -> None:
    rows = """
    A DT DET det 1 a
    study NN NOUN nsubj 6 study
    by IN ADP prep 1 by
    Maria NNP PROPN compound 5 Maria
    Elena NNP PROPN compound 5 Elena
    Lopez NNP PROPN pobj 2 Lopez
    found VBD VERB ROOT -1 find
    it PRP PRON dobj 6 it nospace
    , , PUNCT punct 10 ,
    Lopez NNP PROPN nsubj 10 Lopez
    wrote VBD VERB ccomp 6 write
    """
    (lopez,) = entities(rows, [(3, 6, "ORG"), (9, 10, "PERSON")])
    assert lopez.label == "PERSON" and lopez.count == 2


def test_an_organisation_short_form_does_not_make_a_person_of_a_shaped_name() -> None:
    rows = """
    Grace NNP PROPN compound 1 Grace
    Church NNP PROPN nsubj 2 Church
    opened VBD VERB ROOT -1 open
    and CC CCONJ cc 2 and
    Church NNP PROPN nsubj 5 Church
    grew VBD VERB conj 2 grow
    """
    found = entities(rows, [(0, 2, "ORG"), (4, 5, "ORG")])
    assert all(e.label != "PERSON" for e in found)


def test_a_greeting_tagged_a_work_is_the_person_greeted() -> None:
    rows = """
    Ivo NNP PROPN compound 1 Ivo
    Marek NNP PROPN nsubj 2 Marek
    arrived VBD VERB ROOT -1 arrive nospace
    : : PUNCT punct 2 :
    " `` PUNCT punct 5 " nospace
    Welcome UH INTJ compound 6 welcome
    Ivo NNP PROPN appos 2 Ivo nospace
    " '' PUNCT punct 5 "
    """
    found = by_name(entities(rows, [(0, 2, "PERSON"), (5, 7, "WORK_OF_ART")]))
    assert found == {"Ivo Marek": ["Ivo Marek", "Ivo"]}


def test_a_surname_follows_a_chain_of_longer_names() -> None:
    # "Ryan" -> "Paul Ryan" (the first named of two Ryans) -> "Jon Paul Ryan" (its one
    # longer form): merged once, in order, with no group lost on the way
    rows = """
    Paul NNP PROPN compound 1 Paul
    Ryan NNP PROPN nsubj 2 Ryan
    won VBD VERB ROOT -1 win nospace
    . . PUNCT punct 2 .
    Anna NNP PROPN compound 5 Anna
    Ryan NNP PROPN nsubj 6 Ryan
    lost VBD VERB ROOT -1 lose nospace
    . . PUNCT punct 6 .
    Jon NNP PROPN compound 10 Jon
    Paul NNP PROPN compound 10 Paul
    Ryan NNP PROPN nsubj 11 Ryan
    spoke VBD VERB ROOT -1 speak nospace
    . . PUNCT punct 11 .
    Ryan NNP PROPN nsubj 14 Ryan
    left VBD VERB ROOT -1 leave
    """
    ents = [(0, 2, "PERSON"), (4, 6, "PERSON"), (8, 11, "PERSON"), (13, 14, "PERSON")]
    found = by_name(entities(rows, ents))
    assert found == {
        "Jon Paul Ryan": ["Paul Ryan", "Jon Paul Ryan", "Ryan"],
        "Anna Ryan": ["Anna Ryan"],
    }


def test_a_given_name_in_brackets_before_a_surname_is_that_person() -> None:
    # "Coach (Frank) Vogel": the editor's insertion, not a second person "Frank"
    rows = """
    Coach NNP PROPN compound 4 coach
    ( -LRB- PUNCT punct 2 (
    Ivo NNP PROPN appos 4 Ivo
    ) -RRB- PUNCT punct 2 )
    Marek NNP PROPN nsubj 5 Marek
    came VBD VERB ROOT -1 come nospace
    . . PUNCT punct 5 .
    Marek NNP PROPN nsubj 8 Marek
    smiled VBD VERB ROOT -1 smile
    """
    found = by_name(entities(rows, [(2, 3, "PERSON"), (4, 5, "PERSON"), (7, 8, "PERSON")]))
    assert found == {"Marek": ["Ivo", "Marek", "Marek"]}


def test_a_lone_short_given_name_is_the_one_person_it_stands_for() -> None:
    rows = """
    Patrick NNP PROPN compound 1 Patrick
    Varga NNP PROPN nsubj 2 Varga
    won VBD VERB ROOT -1 win nospace
    . . PUNCT punct 2 .
    Pat NNP PROPN poss 6 Pat
    's POS PART case 4 's
    work NN NOUN nsubj 7 work
    helped VBD VERB ROOT -1 help
    """
    found = by_name(entities(rows, [(0, 2, "PERSON"), (4, 5, "PERSON")]))
    assert found == {"Patrick Varga": ["Patrick Varga", "Pat"]}


def test_a_lone_short_given_name_of_two_people_stays_apart() -> None:
    rows = """
    Patrick NNP PROPN compound 1 Patrick
    Varga NNP PROPN nsubj 5 Varga
    and CC CCONJ cc 1 and
    Patricia NNP PROPN compound 4 Patricia
    Lind NNP PROPN conj 1 Lind
    won VBD VERB ROOT -1 win nospace
    . . PUNCT punct 5 .
    Pat NNP PROPN nsubj 8 Pat
    smiled VBD VERB ROOT -1 smile
    """
    found = entities(rows, [(0, 2, "PERSON"), (3, 5, "PERSON"), (7, 8, "PERSON")])
    assert {e.name for e in found} == {"Patrick Varga", "Patricia Lind", "Pat"}


def test_a_place_opening_a_body_named_in_the_other_word_order_is_the_same_body() -> None:
    # "the United States Department of Fisheries" = "the Fisheries Department"
    rows = """
    The DT DET det 4 the
    United NNP PROPN compound 2 United
    States NNP PROPN compound 3 States
    Department NNP PROPN nsubj 6 Department
    of IN ADP prep 3 of
    Fisheries NNP PROPN pobj 4 Fisheries
    said VBD VERB ROOT -1 say
    the DT DET det 9 the
    Fisheries NNP PROPN compound 9 Fisheries
    Department NNP PROPN nsubj 10 Department
    erred VBD VERB ccomp 6 err
    """
    (body,) = entities(rows, [(1, 6, "ORG"), (8, 10, "ORG")])
    assert body.count == 2


def test_a_peoples_plural_is_no_nickname_of_a_company_its_adjective_opens() -> None:
    rows = """
    Ruritanian NNP PROPN compound 1 Ruritanian
    Airlines NNPS PROPN nsubj 2 Airlines
    flew VBD VERB ROOT -1 fly
    Ruritanians NNPS PROPN dobj 2 Ruritanian
    """
    found = entities(rows, [(0, 2, "ORG"), (3, 4, "NORP")])
    assert {e.name for e in found} == {"Ruritanian Airlines", "Ruritanians"}


def test_a_clubs_town_and_nickname_are_one_club() -> None:
    rows = """
    Tottenham NNP PROPN nsubj 1 Tottenham
    won VBD VERB ROOT -1 win nospace
    . . PUNCT punct 1 .
    Spurs NNPS PROPN nsubj 4 Spurs
    celebrated VBD VERB ROOT -1 celebrate
    """
    (club,) = entities(rows, [(0, 1, "ORG"), (3, 4, "ORG")])
    assert club.count == 2


def test_a_nickname_of_two_clubs_both_named_joins_neither() -> None:
    rows = """
    Wolverhampton NNP PROPN nsubj 3 Wolverhampton
    and CC CCONJ cc 0 and
    Timberwolves NNPS PROPN conj 0 Timberwolves
    met VBD VERB ROOT -1 meet nospace
    . . PUNCT punct 3 .
    Wolves NNPS PROPN nsubj 6 Wolves
    won VBD VERB ROOT -1 win
    """
    found = entities(rows, [(0, 1, "ORG"), (2, 3, "ORG"), (5, 6, "ORG")])
    assert len(found) == 3


def test_an_organisation_named_in_full_then_by_its_first_word_is_one() -> None:
    rows = """
    Zorvak NNP PROPN compound 2 Zorvak
    Orbital NNP PROPN compound 2 Orbital
    Systems NNPS PROPN nsubj 3 Systems
    won VBD VERB ROOT -1 win nospace
    . . PUNCT punct 3 .
    Zorvak NNP PROPN nsubj 6 Zorvak
    grew VBD VERB ROOT -1 grow
    """
    (company,) = entities(rows, [(0, 3, "ORG"), (5, 6, "ORG")])
    assert company.count == 2


def test_a_company_named_before_its_branch_in_a_place_stays_apart() -> None:
    # "Zorvak ... Zorvak Ireland": a subsidiary, and the short name came first
    rows = """
    Zorvak NNP PROPN nsubj 1 Zorvak
    sued VBD VERB ROOT -1 sue
    Zorvak NNP PROPN compound 3 Zorvak
    Ireland NNP PROPN dobj 1 Ireland
    """
    found = entities(rows, [(0, 1, "ORG"), (2, 4, "ORG")])
    assert len(found) == 2


def test_a_less_common_given_name_at_a_sentence_start_is_no_stray_word() -> None:
    # "Ellie Hall tweeted" after "James Hall": another person, not a stray "Ellie"
    # (resources/given_names.txt, wider than first_names.tsv)
    rows = """
    James NNP PROPN compound 1 James
    Hall NNP PROPN nsubj 2 Hall
    spoke VBD VERB ROOT -1 speak nospace
    . . PUNCT punct 2 .
    Ellie NNP PROPN compound 5 Ellie
    Hall NNP PROPN nsubj 6 Hall
    tweeted VBD VERB ROOT -1 tweet
    """
    found = entities(rows, [(0, 2, "PERSON"), (4, 6, "PERSON")])
    assert {e.name for e in found} == {"James Hall", "Ellie Hall"}


def test_a_name_opened_by_a_less_common_given_name_is_a_persons() -> None:
    rows = """
    A DT DET det 1 a
    study NN NOUN nsubj 5 study
    by IN ADP prep 1 by
    Penelope NNP PROPN compound 4 Penelope
    Lopez NNP PROPN pobj 2 Lopez
    found VBD VERB ROOT -1 find
    it PRP PRON dobj 5 it nospace
    , , PUNCT punct 9 ,
    Lopez NNP PROPN nsubj 9 Lopez
    wrote VBD VERB ccomp 5 write
    """
    (lopez,) = entities(rows, [(3, 5, "ORG"), (8, 9, "PERSON")])
    assert lopez.label == "PERSON" and lopez.count == 2


def test_initials_that_keep_a_small_words_letter_small_are_the_name() -> None:
    rows = """
    Liwa NNP PROPN compound 2 Liwa
    al NNP PROPN compound 2 al
    Quds NNP PROPN nsubj 3 Quds
    fought VBD VERB ROOT -1 fight nospace
    . . PUNCT punct 3 .
    LaQ NNP PROPN nsubj 6 LaQ
    won VBD VERB ROOT -1 win
    """
    (group,) = entities(rows, [(0, 3, "ORG"), (5, 6, "ORG")])
    assert group.count == 2


def test_a_name_after_formerly_is_the_old_name_of_the_one_before() -> None:
    rows = """
    Zorvak NNP PROPN nsubj 6 Zorvak nospace
    , , PUNCT punct 0 ,
    formerly RB ADV advmod 5 formerly
    the DT DET det 5 the
    Orbital NNP PROPN compound 5 Orbital
    Group NNP PROPN appos 0 Group nospace
    , , PUNCT punct 0 ,
    grew VBD VERB ROOT -1 grow
    """
    (company,) = entities(rows, [(0, 1, "ORG"), (4, 6, "ORG")])
    assert company.count == 2


def test_two_swapped_letters_of_a_place_name_are_a_slip_of_the_same_place() -> None:
    rows = """
    Refugees NNS NOUN nsubj 1 refugee
    left VBD VERB ROOT -1 leave
    Zurkan NNP PROPN dobj 1 Zurkan nospace
    . . PUNCT punct 1 .
    Zurkan NNP PROPN nsubj 5 Zurkan
    emptied VBD VERB ROOT -1 empty nospace
    . . PUNCT punct 5 .
    Zukran NNP PROPN nsubj 8 Zukran
    burned VBD VERB ROOT -1 burn
    """
    (camp,) = entities(rows, [(2, 3, "GPE"), (4, 5, "GPE"), (7, 8, "GPE")])
    assert camp.name == "Zurkan" and camp.count == 3


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("rubkan", "rukban", True), ("iran", "iarn", False), ("austria", "austral", False)],
)
def test_swapped_letters(a: str, b: str, same: bool) -> None:
    assert _swapped(a, b) is same
