"""Common words the tagger took for names, shown to be none by the article itself."""

from __future__ import annotations

from claims_docs import make_doc
from newsparse.docview import DocView
from newsparse.extract.entities import extract_entities


def names(rows: str, ents: list[tuple[int, int, str]]) -> dict[str, str]:
    return {e.name: e.label for e in extract_entities(DocView.of(make_doc(rows, ents=ents)))}


def test_a_clause_initial_capital_of_a_word_also_written_lower_case() -> None:
    rows = """
    Colorado NNP PROPN ROOT -1 Colorado nospace
    : : PUNCT punct 0 :
    Marijuana NNP PROPN nsubj 3 Marijuana
    becomes VBZ VERB ROOT -1 become
    legal JJ ADJ acomp 3 legal nospace
    . . PUNCT punct 3 .
    Sales NNS NOUN nsubj 9 sale
    of IN ADP prep 6 of
    marijuana NN NOUN pobj 7 marijuana
    rose VBD VERB ROOT -1 rise nospace
    . . PUNCT punct 9 .
    """
    assert names(rows, [(0, 1, "GPE"), (2, 3, "ORG")]) == {"Colorado": "GPE"}


def test_a_capital_mid_sentence_stays_a_name() -> None:
    rows = """
    Shares NNS NOUN nsubj 3 share
    of IN ADP prep 0 of
    Apple NNP PROPN pobj 1 Apple
    rose VBD VERB ROOT -1 rise
    like IN ADP prep 3 like
    an DT DET det 6 an
    apple NN NOUN pobj 4 apple nospace
    . . PUNCT punct 3 .
    """
    assert names(rows, [(2, 3, "ORG")]) == {"Apple": "ORG"}


def test_an_acronym_spelled_out_in_lower_case_is_a_common_noun() -> None:
    rows = """
    a DT DET det 1 a
    condition NN NOUN ROOT -1 condition
    called VBN VERB acl 1 call
    HP NNP PROPN oprd 2 HP nospace
    , , PUNCT punct 1 ,
    or CC CCONJ cc 1 or
    hypersensitivity NN NOUN compound 7 hypersensitivity
    pneumonitis NN NOUN conj 1 pneumonitis nospace
    . . PUNCT punct 1 .
    """
    assert names(rows, [(3, 4, "ORG")]) == {}


def test_an_acronym_near_unrelated_words_stays_a_name() -> None:
    rows = """
    HP NNP PROPN nsubj 1 HP
    sold VBD VERB ROOT -1 sell
    hot JJ ADJ amod 3 hot
    products NNS NOUN dobj 1 product nospace
    . . PUNCT punct 1 .
    """
    assert names(rows, [(0, 1, "ORG")]) == {"HP": "ORG"}


def test_geological_time_and_a_plural_common_noun_are_no_names() -> None:
    rows = """
    lessons NNS NOUN ROOT -1 lesson
    from IN ADP prep 0 from
    the DT DET det 3 the
    Pliocene NNP PROPN pobj 1 Pliocene
    for IN ADP prep 0 for
    recipients NNS NOUN pobj 4 recipient nospace
    , , PUNCT punct 5 ,
    or CC CCONJ cc 5 or
    Dreamers NNS NOUN conj 5 dreamer nospace
    . . PUNCT punct 0 .
    """
    assert names(rows, [(3, 4, "PERSON"), (8, 9, "WORK_OF_ART")]) == {}
