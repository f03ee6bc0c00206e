"""The per-Doc view: the values spaCy's Tokens and Spans give, read once, nothing left behind."""

from __future__ import annotations

import gc
import weakref

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.strings import get_string_id
from spacy.tokens import Doc

from newsparse.docview import FLAGS, LABELS, DocView
from newsparse.extract.claims.segments import _subtree
from newsparse.extract.claims.tokens import ClaimTokens
from newsparse.lexicon.claims import norm_word
from newsparse.vocab import PERSON_LABEL_IDS, SUBJECT_DEP_IDS, SUBJECT_DEPS, ids

NLP = spacy.blank("en")
SENTENCIZED = spacy.blank("en")
SENTENCIZED.add_pipe("sentencizer")

_TEXT = "  Mr. Smith’s dog\n\nran  (fast), 3 km!\tThe END. \n"
ATTRS = (
    "text", "whitespace_", "idx", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_",
    "is_space", "is_alpha", "is_punct", "is_stop", "like_num", "is_quote", "is_sent_start",
)  # fmt: skip


def _parsed() -> Doc:
    words = ["Officials", "said", "12", "people", "died", ",", "police", "said", "."]
    spaces = [True, True, True, True, False, True, True, False, False]
    heads = [1, 1, 3, 4, 1, 1, 7, 1, 1]
    deps = ["nsubj", "ROOT", "nummod", "nsubj", "ccomp", "punct", "nsubj", "conj", "punct"]
    pos = ["NOUN", "VERB", "NUM", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"]
    tags = ["NNS", "VBD", "CD", "NNS", "VBD", ",", "NNS", "VBD", "."]
    lemmas = ["official", "say", "12", "people", "die", ",", "police", "say", "."]
    ents = ["O", "O", "B-CARDINAL", "O", "O", "O", "O", "O", "O"]
    return Doc(
        NLP.vocab,
        words,
        spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        ents=ents,
    )


def test_columns_equal_the_token_attributes() -> None:
    for doc in (_parsed(), SENTENCIZED(_TEXT)):
        view = DocView.of(doc)
        view.read(*ATTRS[:8])  # several in one pass, the rest one by one
        for attr in (*ATTRS, "text_with_ws", "is_upper"):
            assert view.column(attr) == [getattr(t, attr) for t in doc], attr
        assert view.starts == [t.idx for t in doc]
        assert view.ends == [t.idx + len(t) for t in doc]
        assert view.column("lemma_") is view.column("lemma_")  # read once


def test_a_derived_column_maps_each_value_once() -> None:
    doc = NLP("It’s what it’s worth: IT is it.")
    view = DocView.of(doc)
    calls: list[str] = []

    def upper(value: str) -> str:
        calls.append(value)
        return value.upper()

    assert view.column("text", upper) == [t.text.upper() for t in doc]
    assert sorted(calls) == sorted({t.text for t in doc})
    assert view.column("text", upper) is view.column("text", upper)
    assert view.column("text", str.lower) == [t.text.lower() for t in doc]


def test_ids_are_spacy_ids_and_match_the_label_sets() -> None:
    doc = _parsed()
    view = DocView.of(doc)
    assert view.ids("dep_") == [t.dep for t in doc]
    assert view.ids("ent_type_") == [t.ent_type for t in doc]
    assert view.ids("lemma_") == [get_string_id(t.lemma_) for t in doc]
    subjects = [i for i, dep in enumerate(view.ids("dep_")) if dep in SUBJECT_DEP_IDS]
    assert subjects == [i for i, dep in enumerate(view.column("dep_")) if dep in SUBJECT_DEPS]
    assert subjects == [0, 3, 6]
    assert ids(["PERSON"]) == PERSON_LABEL_IDS == {doc.vocab.strings["PERSON"]}


def test_text_sentences_entities_and_tree_match_spacy() -> None:
    doc = SENTENCIZED(_TEXT)
    view = DocView.of(doc)
    assert view.text == doc.text and view.text is view.text
    assert view.sents == [(s.start, s.end) for s in doc.sents]
    assert view.has_sents and not view.has_dep and not view.has_pos
    n = len(doc)
    for s in range(n + 1):
        for e in range(s, n + 2):
            assert view.span_text(s, e) == doc[s:e].text, (s, e)
    for i in range(n):
        sent = doc[i].sent
        assert view.sent_of(i) == (sent.start, sent.end)
    parsed = _parsed()
    view = DocView.of(parsed)
    assert view.has_dep and view.has_pos
    assert view.ents == [(2, 3, "CARDINAL", parsed.vocab.strings["CARDINAL"])]
    assert view.heads == [t.head.i for t in parsed]
    for tok in parsed:
        assert view.children(tok.i) == [c.i for c in tok.children]
    for s in range(len(parsed)):
        for e in range(s + 1, len(parsed) + 1):
            assert view.span_root(s, e) == parsed[s:e].root.i, (s, e)


def test_an_unsplit_doc_is_one_sentence_and_an_empty_one_none() -> None:
    view = DocView.of(NLP("No sentence splitter ran here"))
    assert not view.has_sents
    assert view.sents == [(0, 5)] and view.sent_of(3) == (0, 5)
    empty = DocView.of(NLP(""))
    assert empty.sents == [] and empty.text == "" and empty.column("text") == []


def test_the_parsed_text_is_used_only_when_it_fits_the_doc() -> None:
    doc = _parsed()
    assert DocView.of(doc, text="x" * len(doc.text)).text == "x" * len(doc.text)
    assert DocView.of(doc, text=doc.text + " more").text == doc.text  # not this Doc's text


def test_memo_builds_once_per_view() -> None:
    doc = _parsed()
    calls: list[int] = []

    def build(v: DocView) -> int:
        calls.append(1)
        return len(v)

    view = DocView.of(doc)
    assert view.memo("n", build) == view.memo("n", build) == 9
    assert calls == [1]
    assert DocView.of(doc).memo("n", build) == 9 and calls == [1, 1]  # nothing shared


def _use_everything(view: DocView) -> None:
    view.read(*ATTRS)
    view.column("lemma_", str.lower)
    view.ids("dep_")
    view.memo("ends", lambda v: [e.end for e in v.ents])
    for i in range(len(view)):
        view.sent_of(i)
        view.children(i)
    view.span_root(0, len(view))
    view.span_text(0, 3)
    assert view.text


def test_no_user_data_is_written() -> None:
    for doc in (_parsed(), SENTENCIZED(_TEXT)):
        _use_everything(DocView.of(doc, text=doc.text))
        assert doc.user_data == {}


def test_a_finished_doc_is_freed_without_the_garbage_collector() -> None:
    doc = SENTENCIZED("One sentence here about Anna. Another one there.")
    doc.ents = [doc.char_span(24, 28, label="PERSON")]
    view = DocView.of(doc, text=doc.text)
    _use_everything(view)
    refs = weakref.ref(doc), weakref.ref(view)
    gc.collect()
    gc.disable()
    try:
        del doc, view
        assert refs[0]() is None and refs[1]() is None
    finally:
        gc.enable()


# --------------------------------------------------------------------------- random Docs

WORDS = ["Anna", "said", "the", "12", "km", "“", "”", ",", ".", "IT", "it", "’s", "Dr.", "\n", " "]
TAGS = ["NNP", "VBD", "DT", "CD", "NN", "``", "''", ",", ".", "PRP", "VBZ", "MD", "XX"]
POS = ["PROPN", "VERB", "DET", "NUM", "NOUN", "PUNCT", "PRON", "AUX", "SPACE", "X"]
DEPS = ["nsubj", "nsubjpass", "dobj", "det", "nummod", "punct", "appos", "prep", "pobj", "conj"]
ENTS = ["PERSON", "ORG", "GPE", "CARDINAL", "DATE"]


@st.composite
def docs(draw: st.DrawFn) -> Doc:
    """A Doc with random words, tags, lemmas, entities and either a parse (a random tree per
    sentence, not always projective), sentence starts alone, or neither."""
    n = draw(st.integers(1, 14))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=n, max_size=n))
    spaces = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    kw: dict[str, object] = {
        "tags": draw(st.lists(st.sampled_from(TAGS), min_size=n, max_size=n)),
        "pos": draw(st.lists(st.sampled_from(POS), min_size=n, max_size=n)),
        "lemmas": [w.lower() if draw(st.booleans()) else w for w in words],
    }
    iob: list[str] = []
    for _ in range(n):
        tag = draw(st.sampled_from(["O", "B", "I"]))
        if tag == "I" and iob and iob[-1] != "O":
            iob.append("I-" + iob[-1][2:])  # the entity before goes on
        else:
            iob.append("O" if tag == "O" else "B-" + draw(st.sampled_from(ENTS)))
    kw["ents"] = iob
    cuts = sorted(draw(st.sets(st.integers(1, n - 1), max_size=3)) if n > 1 else set())
    bounds = list(zip([0, *cuts], [*cuts, n], strict=True))
    layer = draw(st.sampled_from(["parse", "sents", "none"]))
    if layer == "parse":
        heads, deps = list(range(n)), ["ROOT"] * n
        for a, b in bounds:
            order = draw(st.permutations(range(a, b)))
            for k in range(1, len(order)):
                heads[order[k]] = order[draw(st.integers(0, k - 1))]
                deps[order[k]] = draw(st.sampled_from(DEPS))
        kw.update(heads=heads, deps=deps)
    elif layer == "sents":
        starts = {a for a, _ in bounds}
        kw["sent_starts"] = [i in starts for i in range(n)]
    return Doc(NLP.vocab, words, spaces, **kw)  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(docs())
def test_view_columns_equal_token_attributes_on_random_docs(doc: Doc) -> None:
    view = DocView.of(doc, text=doc.text)
    some = list(range(0, len(doc), 2))
    for attr in ("norm_", "lemma_", "is_alpha"):  # before the column is read, then after
        assert view.values_of(attr, some) == [getattr(doc[i], attr) for i in some], attr
    for attr in (*FLAGS, *LABELS, "idx", "whitespace_", "is_sent_start"):
        assert view.column(attr) == [getattr(t, attr) for t in doc], attr
        assert view.values_of(attr, some) == [getattr(doc[i], attr) for i in some], attr
        assert view.values_of(attr, some) == [getattr(doc[i], attr) for i in some], attr
    for attr in LABELS:
        assert view.ids(attr) == [get_string_id(v) for v in view.column(attr)], attr
    assert view.text == doc.text
    assert view.starts == [t.idx for t in doc]
    assert view.ends == [t.idx + len(t) for t in doc]
    assert view.ents == [(e.start, e.end, e.label_, e.label) for e in doc.ents]
    assert view.heads == [t.head.i for t in doc]
    assert [view.children(i) for i in range(len(doc))] == [[c.i for c in t.children] for t in doc]
    if view.has_sents:
        assert view.sents == [(s.start, s.end) for s in doc.sents]
    n = len(doc)
    for s in range(n):
        for e in range(s + 1, n + 1):
            assert view.span_root(s, e) == doc[s:e].root.i, (s, e)
    for i in range(n):
        assert sorted(_subtree(view, i)) == sorted(t.i for t in doc[i].subtree), i
    assert doc.user_data == {}


@settings(max_examples=100, deadline=None)
@given(docs())
def test_char_span_bounds_equal_spacy_expand(doc: Doc) -> None:
    view = DocView.of(doc, text=doc.text)
    for start in range(-1, len(doc.text) + 2):
        for end in range(start, len(doc.text) + 2):
            span = doc.char_span(start, end, alignment_mode="expand") if start >= 0 else None
            want = None if span is None else (span.start, span.end)
            got = view.char_span_bounds(start, end) if start >= 0 else None
            assert got == want, (start, end)


# --------------------------------------------------------------------------- a claim's tokens


def test_claim_tokens_slice_the_view_once() -> None:
    doc = NLP("They’ll say 12 people died and 12 more were hurt.")
    view = DocView.of(doc)
    run = ClaimTokens(view, range(1, 10))
    assert len(run) == 9
    assert run.column("lower_") == [t.lower_ for t in doc[1:10]]
    assert run.column("text", norm_word) == [norm_word(t.text) for t in doc[1:10]]
    assert run.column("lower_") is run.column("lower_")  # sliced once
    assert run.positions("text").get("12") == [2, 6]
    assert run.positions("text").get("absent", ()) == ()
    some = ClaimTokens(view, [3, 7])  # any few tokens, gathered
    assert some.column("text") == ["12", "12"] and some.positions("text").get("12") == [0, 1]
    assert 3 in some.ids and 4 not in some.ids and 4 in run.ids
    assert ClaimTokens(view, range(0)).column("tag_") == []


# --------------------------------------------------------------------------- handed on by doccache


def test_doccache_binds_the_view_for_one_call_and_leaves_the_doc_as_it_was() -> None:
    """The attribution core reaches the view from a Token's Doc only inside ``bound``."""
    from newsparse.extract import doccache

    doc = _parsed()
    view = DocView.of(doc, text=doc.text)
    with doccache.bound(view) as same:
        assert same is doc
        assert doccache.doc_view(doc) is view
        assert doccache.doc_column(doc, "lower_") is view.column("lower_")
        assert doccache.doc_text(doc) is view.text
        assert doccache.doc_heads(doc) is view.heads
        assert doccache.token_bounds(doc) == (view.starts, view.ends)
        assert [doccache.child_indexes(doc, i) for i in range(len(doc))] == [
            view.children(i) for i in range(len(doc))
        ]
        assert doccache.span_text(doc, 2, 5) == doc[2:5].text
        assert all(doccache.sent_of(doc, i) == doc[i].sent for i in range(len(doc)))
        assert [s.text for s in doccache.doc_sents(doc)] == [s.text for s in doc.sents]
    assert doc.user_data == {}
    assert doccache.doc_view(doc) is not view  # outside any call: a fresh view, nothing kept
    assert doc.user_data == {}


def test_an_analysed_doc_is_freed_without_the_garbage_collector() -> None:
    from newsparse.analysis import report_from_doc
    from newsparse.models import Article

    text = "Anna Smith met Bob in Paris. “It will rain,” she said. Officials said 12 people died."
    doc = SENTENCIZED(text)
    doc.ents = [doc.char_span(0, 10, label="PERSON")]
    report = report_from_doc(Article(id="a", text=text), doc, model="blank")
    assert [e.name for e in report.entities] == ["Anna Smith"]
    assert doc.user_data == {}
    ref = weakref.ref(doc)
    gc.collect()
    gc.disable()
    try:
        del doc
        assert ref() is None
    finally:
        gc.enable()
