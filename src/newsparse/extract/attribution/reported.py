"""Reported speech without (or with few) quotation marks: ``S said (that) C``, ``C, S said``,
``S told X that C``, ``according to S, C``; found on the dependency parse."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from newsparse.extract.attribution.speakers import (
    according_at,
    is_cue_verb,
    speaker_span,
    subject_of,
)
from newsparse.extract.doccache import doc_column, doc_heads
from newsparse.lexicon.attribution import (
    COGNITIVE,
    connectives,
    evidence_nouns,
    speech_verbs,
    venue_patterns,
    verb_class,
)
from newsparse.vocab import NATION_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MIN_CONTENT_TOKENS = 2
"""'denied the allegations' reports something; one word ('said so', 'said it') does not."""
MIN_PIECE_TOKENS = 2
"""Each piece of a clause split by a tag, save a one-word subject ('Bob, they said, …')."""


@dataclass
class Reported:
    content: tuple[int, int]
    more: tuple[int, int] | None
    cue: tuple[int, int]
    lemma: str
    speaker: tuple[int, int] | None
    speaker_head: int | None


def _trim(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """Drop punctuation and spaces at both ends, but keep closing quotation marks."""
    space, punct = doc_column(doc, "is_space"), doc_column(doc, "is_punct")
    quote = doc_column(doc, "is_quote")
    while b > a and (space[b - 1] or (punct[b - 1] and not quote[b - 1])):
        b -= 1
    while a < b and (space[a] or (punct[a] and not quote[a])):
        a += 1
    return a, b


REQUEST_VERBS = verb_class("request_verbs")
"""Verbs of request whose object and infinitive are the content ("urged voters to stay")."""
ABOUT_VERBS = verb_class("about_verbs")
"""Verbs whose 'of' / 'about' object is the content ("warned of a ferocious battle")."""
RESPONSE_VERBS = verb_class("response_verbs")
"""Verbs whose 'to' object is what the answer addresses ("did not respond to requests for
comment"): attribution schemes such as PolNeAR take that object as the content."""
RESPONSE_WINDOW = 4
"""Tokens allowed between the verb and its 'to' ("responded on Sunday to …")."""
INFINITIVE_VERBS = verb_class("infinitive_verbs")
"""Verbs whose infinitive complement is what was said ("vowed to fight on")."""
OBJECT_CONTENT = verb_class("object_content")
"""Verbs whose direct object is itself the proposition ("confirmed its contents", "said a
prayer"); for most others the object is a listener or a thing ("told reporters", "called
him")."""


NAMING_VERBS = verb_class("naming_verbs")
"""'what S calls X': a naming verb's 'what' stands for the thing named, not for words said."""
TOLD_NOUNS = verb_class("told_nouns")
"""Objects of 'tell' that are what was told ("told the story of …"), not the listener."""


def _content_of(verb: Token) -> tuple[int, int] | None:
    """The clausal complement of a reporting verb (with its 'that'), else the object of a
    verb like 'announced' / 'confirmed' / 'warned about', as a token range."""
    comps = [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and (
            _is_tagged(verb, c) if c.i < verb.i else _is_clause(c) and not _after_semicolon(verb, c)
        )
    ]
    if len(comps) > 1 and comps[0].i < verb.i < comps[-1].i:
        if _inverted_tag(verb) and _inverted_speaker(verb, comps[-1]):
            # "C, said a former spokesman …, who ran in the bloc Mr. Manafort helped form":
            # the later clause is the speaker's relative clause, misparsed
            comps = comps[:1]
        else:
            # the fronted one is a misparsed subject phrase
            comps = [c for c in comps if c.i > verb.i][:1]
    for child in comps:
        if child.i < verb.i and verb.tag_ in ("VBG", "VBN"):
            continue  # a participle ("…, calling for …") has no fronted complement
        if child.dep_ == "ccomp":
            a, b = child.left_edge.i, child.right_edge.i + 1
            if child.i > verb.i:
                a = _stray_subject(verb, child, a)
            if child.i < verb.i:
                # "C, S said": the clause ends before the verb's own subject
                b = min(b, verb.left_edge.i if verb.left_edge.i > a else b)
            else:
                b = _joined(verb, child, b)
            return a, _cut_trailing(child, b)
    lemma = verb.lemma_.lower()
    predicated = _predicated_object(verb, lemma)
    if predicated is not None:
        return predicated
    late = _late_that_clause(verb)
    if late is not None:
        return late
    if lemma == "ask":
        asked = _question_asked(verb)
        if asked is not None:
            return asked
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
    xcomps = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    if lemma in REQUEST_VERBS and objects and xcomps:
        # "asked the congregation to stand": whom and what, as the annotators mark it
        return objects[0].left_edge.i, xcomps[0].right_edge.i + 1
    if lemma in REQUEST_VERBS and not objects:
        listener = _request_listener(verb)
        if listener is not None:
            return listener
    if lemma in INFINITIVE_VERBS and xcomps and not objects:
        # "claimed to be undecided", "was asked to name …", "vowed to fight on"
        return xcomps[0].left_edge.i, xcomps[0].right_edge.i + 1
    if lemma in ABOUT_VERBS:
        topic = _topic(verb)
        if topic is not None:
            return topic
    what = next((c for c in verb.lefts if c.dep_ == "dobj" and c.lower_ == "what"), None)
    if what is not None and _asks(verb, what):
        return None  # 'What did the prosecutors say?': a question (often a subhead), no report
    if what is not None and lemma not in COGNITIVE and lemma not in NAMING_VERBS:
        return what.i, what.i + 1  # "what he said": the free relative stands for the words
    if lemma in RESPONSE_VERBS:
        return _response_object(verb)
    if lemma == "tell":
        told = next((c for c in objects if c.lemma_.lower() in TOLD_NOUNS), None)
        if told is not None:
            return told.left_edge.i, told.right_edge.i + 1
    gerund = next((c for c in xcomps if c.tag_ == "VBG" and c.i == verb.i + 1), None)
    if gerund is not None and lemma not in COGNITIVE and not objects:
        # "denied taking the money", "suggested raising the tax": a gerund clause right
        # after a verb of saying is the proposition itself (not after 'feared losing …')
        return gerund.left_edge.i, gerund.right_edge.i + 1
    if lemma not in OBJECT_CONTENT or _inverted_tag(verb):
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.i > verb.i and child.pos_ in ("NOUN", "PROPN"):
            return child.left_edge.i, child.right_edge.i + 1
    return None


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _stray_subject(verb: Token, comp: Token, a: int) -> int:
    """Where the clause starts when the parser hung its subject on a word before it ('said
    yesterday morning the road itself, which is straight, will be examined': 'the road' as an
    object of 'morning'): a clause of a finite verb with no subject of its own takes in the
    noun phrase between the frame's time words and it."""
    if comp.tag_ not in _FINITE and not any(c.dep_ == "aux" for c in comp.children):
        return a
    if any(c.dep_ in _SUBJECT_DEPS for c in comp.children):
        return a
    doc = verb.doc
    k = verb.i + 1
    while k < a and (doc[k].ent_type_ in ("DATE", "TIME") or doc[k].is_punct):
        k += 1
    if k < a and doc[k].pos_ in ("DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ"):
        return k
    return a


def _joined(verb: Token, comp: Token, b: int) -> int:
    """'said tensions were higher than at any point he could remember during …': the parser
    split one clause into two complements of the verb, the second right where the first ends;
    the content runs to the end of the last."""
    for nxt in verb.rights:
        if nxt.i > comp.i and nxt.dep_ == "ccomp" and nxt.left_edge.i == b:
            b = nxt.right_edge.i + 1
    return b


_CLAUSE_MARKS = frozenset({"that", "if", "whether"})
_FINITE = frozenset({"VBD", "VBZ"})  # 'VBP' is often an imperative ('said, know your triggers')


_NEW_CLAUSE = frozenset({";", "so", "and", "but", "or", "-", "—", "–", "--"})


def _is_tagged(verb: Token, comp: Token) -> bool:
    """Whether a clause before a reporting verb is what its tag reports ('C, S said'): the
    word before the tag's subject is no connective of a new clause ('C, so he dubbed …',
    'C - he called her …')."""
    doc = verb.doc
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    k = (subj.left_edge.i if subj is not None and subj.i > comp.i else verb.i) - 1
    while k > comp.i and (doc[k].is_quote or doc[k].text == ","):
        k -= 1
    return doc[k].lower_ not in _NEW_CLAUSE


def _after_semicolon(verb: Token, comp: Token) -> bool:
    """'C, analysts say; in 2012, R stumbled': a clause after a semicolon is a new sentence
    the parser hung on the tag."""
    doc = verb.doc
    return any(doc[k].text == ";" for k in range(verb.i + 1, comp.left_edge.i + 1))


def _is_clause(comp: Token) -> bool:
    """Whether a 'ccomp' the parser hung after a reporting verb can be what was said: not an
    adverbial clause ('said after Pagliano failed to show up') nor a finite verb without a
    subject ('said in an interview with Borger aired Monday': a participle misread), nor a
    relative clause of the noun a participle cue modifies."""
    mark = next((c for c in comp.children if c.dep_ == "mark" and c.i < comp.i), None)
    if mark is not None and mark.lower_ not in _CLAUSE_MARKS:
        return False
    verb = comp.head
    if verb.dep_ == "acl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in comp.children
    ):
        return False  # 'the witness testifying Tuesday who listened in': the noun's relative
    if comp.tag_ in _FINITE:
        return any(c.dep_ in _SUBJECT_DEPS for c in comp.children)
    return True


REQUEST_PREPS = verb_class("request_preps")
"""Prepositions that bring a request's listener ("called on Congress to act")."""
AS_VERBS = verb_class("as_verbs")
"""Verbs whose object and 'as' phrase are what was said of it ("hailed the deal as a win")."""


def _predicated_object(verb: Token, lemma: str) -> tuple[int, int] | None:
    """'called it unlikely that P', 'called the plan a "disaster"', 'hailed the deal as a
    breakthrough': the object with what is said of it is the content; the 'that' clause alone
    would drop the predicate and flip the meaning."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or lemma not in NAMING_VERBS | AS_VERBS:
        return None
    for child in verb.rights:
        if child.i <= obj.i:
            continue
        if child.dep_ in ("oprd", "ccomp") and lemma in NAMING_VERBS and lemma != "describe":
            return obj.left_edge.i, _cut_trailing(child, child.right_edge.i + 1)
        as_phrase = child.dep_ == "prep" and child.lower_ == "as" and lemma in AS_VERBS
        if as_phrase and any(c.dep_ in ("pobj", "pcomp") for c in child.children):
            return obj.left_edge.i, child.right_edge.i + 1
    return None


def _request_listener(verb: Token) -> tuple[int, int] | None:
    """'called on Congress to pass the bill', 'pleaded with voters to stay home': the listener
    and the infinitive are the content, as with an object ('urged voters to stay')."""
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in REQUEST_PREPS), None)
    if prep is None or prep.i - verb.i > 2:
        return None
    if not any(c.dep_ == "pobj" for c in prep.children):
        return None
    clause = next(
        (
            c
            for c in verb.rights
            if c.i > prep.i
            and c.dep_ in ("xcomp", "advcl", "ccomp")
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    return prep.i + 1, _cut_trailing(clause, clause.right_edge.i + 1)


def _asks(verb: Token, what: Token) -> bool:
    """Whether 'what' opens a direct question ('What did they say?'), not a free relative."""
    sent = verb.sent
    last = sent.end - 1
    while last > sent.start and (sent.doc[last].is_space or sent.doc[last].is_quote):
        last -= 1
    return what.i == sent.start and sent.doc[last].text == "?"


def _inverted_speaker(verb: Token, clause: Token) -> bool:
    """Whether the subject the parser gave a clause after an inverted tag is the tag's own
    speaker: a noun phrase right after the verb ('said a former spokesman'), not a pronoun
    opening a complement ('said he had told')."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.left_edge.i == verb.i + 1


def _inverted_tag(verb: Token) -> bool:
    """'…, said a former spokesman': a past-tense verb right after a comma or quotation mark
    with no subject of its own is an inverted tag, and the noun after it is the speaker, not what
    was said (the parser often labels it the object)."""
    if verb.i == 0 or verb.tag_ != "VBD":  # a participle (", repeating a line") is no tag
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    return before.text in (",", "—", "–") or before.is_quote


def _topic(verb: Token) -> tuple[int, int] | None:
    """The object of the verb's own 'of' / 'about' ('warned of X', 'said of X', 'wrote in
    her memoir about X'), a few words after it at most."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "about") and 0 < child.i - verb.i <= 6:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj.left_edge.i, obj.right_edge.i + 1
    return None


def _named_topic(doc: Doc, verb: Token, a: int, b: int) -> bool:
    """A one-word object of 'said of' / 'responded to' is a topic ('said of Trump'),
    when it is a noun rather than a pronoun."""
    if b - a == 1 and doc[a].lower_ == "what" and doc[a].head.i == verb.i:
        return True
    if b - a != 1 or a == 0 or doc[a].pos_ not in ("NOUN", "PROPN"):
        return False
    prep = doc[a - 1]
    return prep.dep_ == "prep" and prep.head.i == verb.i and prep.lower_ in ("of", "about", "to")


def _response_object(verb: Token) -> tuple[int, int] | None:
    """'did not respond to requests for comment' / 'replied Friday to the charge': the object
    of the verb's own 'to', which names what was answered."""
    for child in verb.rights:
        if child.i - verb.i > RESPONSE_WINDOW:
            break
        if child.dep_ == "prep" and child.lower_ == "to":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj.left_edge.i, obj.right_edge.i + 1
            return None
    return None


def _question_asked(verb: Token) -> tuple[int, int] | None:
    """'asked workers if they planned to come' -> the 'if' clause; 'was asked about the
    border' / 'Asked about the plan, …' -> 'about …' (the asker's subject is no listener)."""
    for child in verb.rights:
        mark = child.left_edge
        if child.dep_ in ("advcl", "ccomp") and mark.lower_ in ("if", "whether"):
            return mark.i, _cut_trailing(child, child.right_edge.i + 1)
        if child.dep_ == "prep" and child.lower_ == "about" and verb.tag_ == "VBN":
            return child.i, child.right_edge.i + 1
    return None


_VENUE_PREPS = frozenset({"during", "in", "at", "on", "to", "with", "before", "after"})
"""Prepositions of a frame's own phrase ('said during a press call that C')."""
LATE_THAT_WINDOW = 25
"""Tokens between a verb and a 'that' the parser hung elsewhere ('is telling a packed crowd
in snowy Windham, New Hampshire, on the final campaign day that …')."""


def _that_as_relative(tok: Token) -> bool:
    """'said during the debate that he is in favor': the parser took the complementiser for
    a relative pronoun, the object of a copula, which takes none."""
    clause = tok.head
    return (
        tok.dep_ == "dobj"
        and clause.dep_ == "relcl"
        and clause.lemma_ == "be"
        and tok.i < clause.i
        and any(c.dep_ == "nsubj" for c in clause.children)
    )


def _late_that_clause(verb: Token) -> tuple[int, int] | None:
    """'said during the debate that C' / 'says in a statement that C': the parser hung the
    'that' clause on a nearer noun; take it when it comes soon after the verb."""
    doc = verb.doc
    end = min(len(doc), verb.i + LATE_THAT_WINDOW)
    for k in range(verb.i + 1, end):
        tok = doc[k]
        if tok.is_punct and tok.text in ".;:?!":
            return None
        if tok.lower_ != "that" or not (tok.dep_ == "mark" or _that_as_relative(tok)):
            continue
        clause = tok.head
        if clause.head.pos_ == "NOUN" and clause.head.lemma_.lower() in NOUN_CUES:
            return None  # "rejected his claim that C": the claim is the cue
        noun = clause.head
        if noun.dep_ == "pobj" and noun.head.lower_ not in _VENUE_PREPS:
            return None  # "for fear that C": the noun's own complement, not the verb's
        h = clause
        for step in range(4):
            if h.i == verb.i:
                return tok.i, clause.right_edge.i + 1
            if h.head.i == h.i or (step and h.pos_ not in ("NOUN", "PROPN", "ADP")):
                break  # only the verb's own phrases ('during the debate') lie between
            h = h.head
        return None
    return None


def _parenthetical(
    verb: Token,
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """ "C1, S said, C2" / "C, S said": the parser hung "said" on the reported clause's verb.
    The reported words are that clause minus the tag, on one or both sides of it."""
    head = verb.head
    if head.i == verb.i or verb.dep_ not in ("parataxis", "ccomp", "advcl"):
        return None, None
    if head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
        head = head.head  # 'Many of the prisons, she said, are aging': hung on the auxiliary
    if head.i > verb.i and verb.dep_ != "parataxis":
        return None, None
    doc = verb.doc
    left = verb.left_edge.i
    while left < verb.i and doc[left].is_punct:
        left += 1  # the parser may give the tag its own leading comma
    if left == 0 or doc[left - 1].text not in (",", "—", "–"):
        return None, None
    if any(c.dep_ in ("dobj", "xcomp") for c in verb.children):
        return None, None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None, None  # a tag has its own speaker ("he says"); "…, calling for" has not
    first = (head.left_edge.i, left - 1)
    after = (verb.right_edge.i + 1, head.right_edge.i + 1)
    if after[1] <= after[0] or _frame_phrase(doc, *_trim(doc, *after)):
        return first, None
    return first, after


def _frame_phrase(doc: Doc, a: int, b: int) -> bool:
    """A phrase after a tag that is the frame's own: a venue ('in an interview with CNN'), a
    time ('on Monday') or a listener ('to reporters')."""
    if a >= b:
        return False
    infinitive = doc[a].lower_ == "to" and doc[a].dep_ == "aux"
    if (doc[a].lower_ in _FRAME_PREPS and not infinitive) or all(
        t.ent_type_ in ("DATE", "TIME") or not t.is_alpha for t in doc[a + 1 : b]
    ):
        return True
    window = doc[a:b].text
    return any(p.match(window) for p in venue_patterns())


def _as_clause(
    verb: Token,
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """ "As Politico reported, C" / "C, as S noted": the clause the 'as' tag qualifies is what
    was reported, on one or both sides of the tag."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i or not is_cue_verb(verb, tag=True):
        return None, None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None, None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None, None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None, None
    doc = verb.doc
    tag = (verb.left_edge.i, verb.right_edge.i + 1)
    if doc[tag[0]].lower_ != "as" or doc[tag[0] + 1].lower_ in ("though", "if"):
        return None, None  # "as though he were screaming" compares, it does not report
    set_off = any(
        0 <= j < len(doc) and doc[j].text == "," for j in (tag[0] - 1, tag[1] - 1, tag[1])
    )
    if not set_off:
        return None, None
    left, right = head.left_edge.i, _cut_trailing(head, head.right_edge.i + 1)
    before = _trim(doc, left, tag[0])
    after = _trim(doc, tag[1], right)
    if after[1] - after[0] >= MIN_PIECE_TOKENS:
        extra = before if before[1] - before[0] >= MIN_PIECE_TOKENS else None
        return (before, after) if extra else (after, None)
    if before[1] - before[0] >= MIN_PIECE_TOKENS:
        return before, None
    return None, None


PASSIVE_CONTENT = verb_class("passive_content")
"""Raising verbs: in "X is said to be ill" the subject and the infinitive are the content."""


def _passive(
    verb: Token,
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """ "The data was confirmed by …" / "X is said to be furious": in a passive the subject is
    what was confirmed or announced (with the infinitive, for raising verbs)."""
    if verb.tag_ != "VBN":
        return None, None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    lemma = verb.lemma_.lower()
    if subj is not None and subj.i < verb.i and lemma in AS_VERBS:
        described = _passive_as(verb, subj)
        if described is not None:
            return described
    if subj is None or subj.i > verb.i or subj.pos_ == "PRON":
        return None, None
    span = (subj.left_edge.i, subj.right_edge.i + 1)
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if lemma in PASSIVE_CONTENT and xcomp is not None:
        return span, (xcomp.left_edge.i, xcomp.right_edge.i + 1)
    if lemma in OBJECT_CONTENT and lemma not in ("claim", "note") and xcomp is None:
        return span, None
    return None, None


def _passive_as(
    verb: Token, subj: Token
) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
    """'The deal was criticized as a threat to Europe by …': what was said of the subject is
    its 'as' phrase, up to the 'by' that names who said it (the subject is what it was said
    of, as annotators mark it). With no one named, only 'what has been described as …' — the
    phrase that reports a label in circulation — is a report."""
    as_phrase = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_phrase is None or not any(c.dep_ in ("pobj", "pcomp") for c in as_phrase.children):
        return None
    doc = verb.doc
    end = as_phrase.right_edge.i + 1
    by = next((t.i for t in doc[as_phrase.i + 1 : end] if t.lower_ == "by"), None)
    if by is None and subj.lower_ != "what" and not any(c.dep_ == "agent" for c in verb.children):
        return None  # 'X has been described as Y' with no one named: the writer's label
    return (as_phrase.i, by if by is not None else end), None


_JOINERS = frozenset([",", "—", "–", "-", "and", "but", "though", "although", "while", "whereas"])


def _cut_new_report(doc: Doc, verb: Token, a: int, b: int, cands: list[int]) -> int:
    """End the content where a later reporting verb starts a clause of its own that runs to
    its end (", adding that …", "— asserting that …", ", though she noted …"): that is a new
    report, however the parser attached it. ``cands`` are the doc's possible cue tokens."""
    for k in cands[bisect_left(cands, a + MIN_CONTENT_TOKENS) : bisect_left(cands, b - 1)]:
        cue = doc[k]
        if cue.i == verb.i or not is_cue_verb(cue, tag=True) or cue.right_edge.i < b - 1:
            continue
        if cue.tag_ != "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            continue
        mark = next((c for c in cue.children if c.dep_ == "mark"), None)
        if mark is not None and mark.lower_ not in _JOINERS:
            continue  # '- before X called for a ban', ', even if they agree': no new report
        cut = cue.left_edge.i
        if doc[cut].lower_ in _JOINERS:
            return _trim(doc, a, cut)[1]
        j = cut - 1
        while j > a and cut - j <= 3 and (doc[j].is_quote or doc[j].lower_ in _JOINERS):
            j -= 1
        if any(doc[i].lower_ in _JOINERS for i in range(j + 1, cut)):
            return _trim(doc, a, j + 1)[1]
    return b


def _cut_aside(doc: Doc, a: int, b: int) -> int:
    """End the content before a closing non-restrictive relative clause (", which …",
    ", who …", ", for whom …"): set off by a comma, it is the writer's aside about the last
    noun, not part of what was reported."""
    texts, lowers = doc_column(doc, "text"), doc_column(doc, "lower_")
    deps, heads = doc_column(doc, "dep_"), doc_heads(doc)
    for k in range(a + MIN_CONTENT_TOKENS, b - 1):  # columns: a Token per word adds up here
        if texts[k] != ",":
            continue
        rel = k + 2 if deps[k + 1] == "prep" and k + 2 < b else k + 1
        if lowers[rel] in ("which", "who", "whom") and (rel == k + 1 or lowers[rel] != "who"):
            verb = heads[rel] if rel == k + 1 else heads[heads[rel]]
            if deps[verb] == "relcl" and doc[verb].right_edge.i >= b - 1:
                return _trim(doc, a, k)[1]
    return b


def trim_clause(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """A reported clause found around a quotation (a mixed quote), cut as reported clauses
    are: without a trailing ', saying …' or '… and noted that …', a closing aside
    (', who …') or edge punctuation."""
    heads = doc_heads(doc)
    root = next((k for k in range(a, b) if not a <= heads[k] < b or heads[k] == k), None)
    if root is not None:
        b = _cut_trailing(doc[root], b)
    a, b = _trim(doc, a, b)
    return a, _cut_aside(doc, a, b)


def _cut_trailing(head: Token, b: int) -> int:
    """End the clause before ", saying …", ", while …" or "and noted that …" hung on it: those
    belong to the reporting sentence, not to what was reported. (Other coordinated clauses
    stay: annotators split them both ways.)"""
    doc = head.doc
    for child in head.rights:
        first = child.left_edge
        prev = doc[first.i - 1] if first.i > 0 else None
        if prev is not None and prev.is_quote and first.i > 1 and doc[first.i - 2].text == ",":
            prev = doc[first.i - 2]  # '… win this race,” adding that …': the comma is quoted
        participle = child.dep_ in ("advcl", "conj") and child.tag_ == "VBG"
        if participle and prev is not None and prev.text == "," and first.i == child.i:
            return min(b, prev.i)
        contrast = child.dep_ == "advcl" and first.lower_ in ("while", "whereas")
        if contrast and prev is not None and (prev.text == "," or first.lower_ == "whereas"):
            return min(b, prev.i if prev.text == "," else first.i)  # ", while Cruz said …"
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and is_cue_verb(child):
            if child.lemma_.lower() in COGNITIVE:
                continue  # "she was elated but still feared the military": one clause
            if child.tag_ == "VB" and any(c.dep_ == "aux" for c in head.children):
                continue  # "he'd sit Putin down and tell him …": the clause's own verbs
            # "… and noted that …": a new statement, reported on its own
            cc = next((c for c in head.children if c.dep_ == "cc" and c.i < child.i), None)
            if cc is not None:
                cut = cc.i - 1 if doc[cc.i - 1].is_punct else cc.i
                return min(b, cut)
    return b


@lru_cache(maxsize=1)
def _cue_lemmas() -> frozenset[str]:
    """Lemmas (lower case) of every token that can open a frame: reporting verbs, nouns of
    saying, and 'put' ('as S put it')."""
    return speech_verbs() | NOUN_CUES | {"put"}


def _candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that may be a cue, found on the lemma array without building a
    Token per word (most words are not cues; this keeps the pass cheap)."""
    lemmas, lowers = doc_column(doc, "lemma_"), doc_column(doc, "lower_")
    wanted = _cue_lemmas()
    good = {lemma for lemma in set(lemmas) if lemma.lower() in wanted}  # each lemma once
    return [i for i, lemma in enumerate(lemmas) if lemma in good or lowers[i] == "according"]


def find_reported(doc: Doc, skip: set[int]) -> list[Reported]:
    """Every reporting verb with a clause; ``skip`` holds token indices inside direct quotes.
    Verbs of thinking, feeling and finding report no speech (the outlets guide leaves beliefs
    and perception out; PolNeAR's broader notion counts them)."""
    out: list[Reported] = []
    cands = _candidates(doc)
    for i in cands:
        if i in skip:
            continue
        tok = doc[i]
        acc = according_at(doc, i, len(doc)) if tok.lower_ == "according" else None
        if acc is not None:
            rep = _according(doc, tok, acc[1])
            if rep is not None:
                out.append(rep)
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in NOUN_CUES:
            rep = _noun_cue(tok)
            if rep is not None:
                out.append(rep)
            continue
        if not is_cue_verb(tok) or tok.pos_ == "AUX":
            continue
        if tok.lemma_.lower() in COGNITIVE:
            continue  # beliefs, feelings and findings ('fears', 'the study found') are no speech
        rel = _relative(tok)
        if rel is not None:
            out.append(rel)
            continue
        content = _content_of(tok)
        more = None
        if content is None:
            content, more = _as_clause(tok)
        if content is None:
            content, more = _passive(tok)
        if content is None:
            content, more = _parenthetical(tok)
            if content is None:
                continue
        a, b = _trim(doc, *content)
        b = _cut_aside(doc, a, b)
        b = _cut_new_report(doc, tok, a, b, cands)
        a = _after_connective(doc, a, b)
        if more is not None:
            more = (_after_connective(doc, *more), more[1])
        if more is not None:
            # "This campaign, he says, is different": two short pieces of one clause
            more = _trim(doc, *more)
            if more[1] - more[0] < MIN_PIECE_TOKENS:
                more = None
            if b - a < MIN_PIECE_TOKENS and more is not None:
                if b - a == 1 and doc[a].is_alpha and doc[a].pos_ not in ("CCONJ", "ADV", "INTJ"):
                    # "Bob, they said, ordered them to wait": the subject alone is a piece
                    a, b, more = more[0], more[1], (a, b)
                else:
                    (a, b), more = more, None
            elif b - a >= MIN_PIECE_TOKENS and more is not None:
                pass
            elif b - a < MIN_CONTENT_TOKENS:
                continue
        elif b - a < MIN_CONTENT_TOKENS and not _named_topic(doc, tok, a, b):
            continue
        elif b <= tok.i:
            more = _continued_after_tag(tok)
        elif a > tok.i:
            more = _fronted_condition(tok)
        if _in_connective(doc, tok):
            continue  # 'That said, the two companies might …': a link to what came before
        subj = subject_of(tok)
        if subj is not None and _non_referring(subj, tok):
            continue  # 'Which is not to say …', 'that is to say': no one speaks
        if _negated_response(tok):
            continue  # 'did not respond to a request for comment': nothing was said
        if subj is not None and subj.lower_ in _NO_ONE:
            continue  # 'nobody asked about it', 'nothing indicated that': no one said it
        if subj is not None and _evidence(tok, subj):
            continue  # 'blood tests revealed that …', 'this indicates that …': a finding
        if _hypothetical(tok, subj):
            continue  # 'one could say …', 'it goes without saying that …': no one said it
        if (
            tok.tag_ == "VBN"
            and tok.dep_ == "advcl"
            and not any(c.dep_ == "agent" for c in tok.children)
        ):
            subj = None  # "Asked about the tax, the mayor …": the mayor was asked, not asking
        speaker = speaker_span(subj) if subj is not None else None
        speaker_head = subj.i if subj is not None else None
        lemma = tok.lemma_.lower()
        out.append(Reported((a, b), more, (tok.i, tok.i + 1), lemma, speaker, speaker_head))
    out.extend(_blocks(doc, skip))
    head = _headline(doc, skip, out)
    if head is not None:
        out.append(head)
    return out


_OPENERS = frozenset({"but", "and", "so", "still", "yet"})


def _in_connective(doc: Doc, verb: Token) -> bool:
    """Whether ``verb`` is the verb of an opening connective of saying ('That said, …', 'But
    having said that, …'): the words from the sentence's start (after a link word) through
    the phrase, then a comma."""
    lowers = doc_column(doc, "lower_")
    start = verb.sent.start
    if lowers[start] in _OPENERS:
        start += 1
    for end in range(verb.i + 1, min(verb.i + 4, verb.sent.end)):
        if doc[end].is_punct:
            return " ".join(lowers[start:end]) in connectives()
    return False


def _after_connective(doc: Doc, a: int, b: int) -> int:
    """Where a piece starts once an opening connective of saying is dropped ('That being said,
    “Q,” he said': the connective is no part of what was said, nor a piece of its own)."""
    lowers = doc_column(doc, "lower_")
    for k in range(a + 1, min(b, a + 6) + 1):
        if " ".join(lowers[a:k]) in connectives() and (k == b or doc[k].is_punct):
            return _trim(doc, k, b)[0] if k < b else b
    return a


_FRAME_PREPS = frozenset({"to", "at", "during", "after", "before", "with", "for", "about", "of"})
"""Prepositions after a tag that belong to the frame ('…, she said, to reporters')."""


_CONTINUING = frozenset({"prep", "advcl"})
"""What may follow the first phrase after a tag and still be the reported clause's ('…,
the patrol described, in the northbound lanes … when the collision occurred')."""


def _continued_after_tag(verb: Token) -> tuple[int, int] | None:
    """'The accident sequence began, the patrol described, in the northbound lanes …': the
    reported clause goes on after a tag set off by commas; a frame phrase there (a venue, a
    time, 'to reporters') is the tag's own."""
    doc = verb.doc
    after = [c for c in verb.rights if c.dep_ not in ("punct", "nsubj", "advmod", "npadvmod")]
    if not after or after[0].dep_ != "prep" or after[0].lower_ in _FRAME_PREPS:
        return None
    if any(c.dep_ not in _CONTINUING for c in after[1:]):
        return None  # '…, he said, in a speech that …' ends with the frame's own object
    prep = after[0]
    if doc[prep.i - 1].text != "," or any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree):
        return None
    a, b = _trim(doc, prep.i, after[-1].right_edge.i + 1)
    return (a, b) if b - a >= MIN_PIECE_TOKENS and not _frame_phrase(doc, a, b) else None


_CONDITION_MARKS = frozenset({"if", "unless"})
"""Conjunctions of a condition on what was said ('If X, he said Y'); a concession ('Although
X, he said Y') is as often the writer's own framing."""


def _fronted_condition(verb: Token) -> tuple[int, int] | None:
    """'If the law conflicts with God's orders, Rubio said, Christians must ignore the law':
    a condition with its own subject, fronted before the speaker
    and set off by a comma, is part of what was said: the parser hangs it on the verb."""
    doc = verb.doc
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    for child in verb.lefts:
        if child.dep_ != "advcl" or child.i > subj.i:
            continue
        mark = child.left_edge
        if mark.lower_ not in _CONDITION_MARKS or mark.dep_ != "mark":
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children):
            continue  # 'If asked, he said …': the speaker's own circumstance
        end = child.right_edge.i + 1
        if end >= len(doc) or doc[end].text != ",":
            continue
        a, b = _trim(doc, mark.i, end)
        return (a, b) if b - a >= MIN_PIECE_TOKENS else None
    return None


_NON_REFERRING = frozenset({"which", "what", "whatever"})
_NO_ONE = frozenset({"nobody", "nothing", "none", "neither"})
_DEMONSTRATIVE = frozenset({"that", "this"})


_COPULA_SUBJECTS = frozenset({"it", "this", "that", "which", "what"})


def _non_referring(subj: Token, verb: Token) -> bool:
    """A relative word left as the speaker ('Which is not to say'), or a demonstrative with
    an infinitive of saying ('that is to say'): it stands for no one, so no speech is reported
    ('That suggests …' keeps its demonstrative: a fact can be a source)."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if infinitive and verb.head.lemma_ == "be" and subj.lower_ in _COPULA_SUBJECTS:
        return True  # 'What it is to say is that …': what the point is, not who said it
    if subj.tag_ not in ("WDT", "WP", "DT"):
        return False
    if subj.lower_ in _NON_REFERRING:
        return True
    return subj.lower_ in _DEMONSTRATIVE and infinitive


EVIDENCE_VERBS = verb_class("evidence_verbs")
"""Verbs that report a finding, not speech, when a piece of evidence is their subject."""


def _evidence(verb: Token, subj: Token) -> bool:
    """'The scan revealed severe inflammation', 'a close look suggests that …', 'this
    indicates that …': evidence, not a speaker, is the subject (a named one, 'the police
    revealed', or a person, 'he suggested', still speaks)."""
    if verb.lemma_.lower() not in EVIDENCE_VERBS:
        return False
    if subj.lower_ in _DEMONSTRATIVE and subj.tag_ == "DT":
        return True
    # lower case: the tagger makes some common nouns PROPN ('The scan revealed')
    return subj.is_lower and not subj.ent_type_ and subj.lower_ in evidence_nouns()


_GENERIC = frozenset({"one", "you"})
_MODALS = frozenset({"could", "might", "would", "may"})


def _hypothetical(verb: Token, subj: Token | None) -> bool:
    """Speech that nobody made: a generic subject with a modal ('one could say', 'you might
    say') or 'it goes without saying'."""
    if verb.tag_ == "VBG" and verb.head.lower_ == "without":
        return subj is None or subj.lower_ == "it"
    if subj is None or subj.lower_ not in _GENERIC or subj.head.i != verb.i:
        return False
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _negated_response(verb: Token) -> bool:
    """'did not (immediately) respond to …', 'declined to reply': an answer that was not given
    reports nothing (the guide leaves them out)."""
    if verb.lemma_.lower() not in RESPONSE_VERBS:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in ("decline", "refuse", "fail")


_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "thought": "think"}
_HEADLINE_STOP = frozenset([";", "—", "–", ":", "|"])


def _headline_cue(tok: Token) -> str | None:
    """The lemma of a reporting verb written in a Title Case headline ('Says', 'Claims'), where
    the tagger often takes it for a name."""
    low = tok.lower_
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    verbs = speech_verbs()
    for suffix in ("s", "es", "d", "ed"):
        if low.endswith(suffix) and low[: -len(suffix)] in verbs:
            lemma = low[: -len(suffix)]
            return None if lemma in COGNITIVE else lemma
    return None


_OBJECT_FIRST = frozenset(
    {"accuse", "charge", "blame", "criticize", "criticise", "praise", "slam", "fault", "thank"}
)
"""Verbs whose person object comes before the preposition ('charged him with'): right before
it in a headline, the verb is a passive participle."""
_CHARGE_PREPS = frozenset({"with", "of", "for"})


def _headline(doc: Doc, skip: set[int], found: list[Reported]) -> Reported | None:
    """'Hollande Says Trump ‘Makes You Want To Retch’': the first line, a headline, reports
    what follows its verb; taken only when the parse found nothing there."""
    end = 0
    while end < len(doc) and not (doc[end].is_space and "\n" in doc[end].text):
        end += 1
        if "\n" in doc[end - 1].whitespace_:
            break
    if end == len(doc) or any(r.content[0] < end for r in found):
        return None
    for tok in doc[1:end]:
        in_place = tok.ent_iob_ == "I" and tok.ent_type_ in NATION_LABELS  # 'The United States'
        lemma = _headline_cue(tok) if tok.i not in skip and not in_place else None
        if lemma is None or doc[tok.i - 1].is_punct or tok.pos_ not in ("VERB", "PROPN"):
            continue  # "charges against Clinton": a noun
        a = tok.i + 1
        # 'Officers Charged With …', 'X Accused Of …': a passive, whose subject is accused
        accused = a < end and doc[a].lower_ in _CHARGE_PREPS and lemma in _OBJECT_FIRST
        if accused or (a < end and doc[a].lower_ in ("for", "on", "of", "about")):
            a += 1
        elif lemma == "call":
            continue  # "Calls X ‘Genocide’" names; "Calls For X" / "Calls On X To" asks
        b = next((t.i for t in doc[a:end] if t.text in _HEADLINE_STOP), end)
        a, b = _trim(doc, a, b)
        if b - a < MIN_CONTENT_TOKENS:
            return None
        start = next((t.i + 1 for t in reversed(doc[: tok.i]) if t.text in _HEADLINE_STOP), 0)
        speaker = (start, tok.i) if tok.i > start and not accused else None
        return Reported(
            content=(a, b),
            more=None,
            cue=(tok.i, tok.i + 1),
            lemma=lemma,
            speaker=speaker,
            speaker_head=tok.i - 1 if speaker else None,
        )
    return None


MAX_BLOCK_LINES = 6
"""Lines of a block quotation taken after its lead-in (they end at a blank line)."""


def _paragraph_after(doc: Doc, i: int) -> tuple[int, int, bool] | None:
    """Token range of the paragraph that starts after token ``i`` (a line end), and whether a
    blank line separates the two."""
    j = i + 1
    newlines = doc[i].whitespace_.count("\n")
    while j < len(doc) and doc[j].is_space:
        newlines += doc[j].text.count("\n")
        j += 1
    if j >= len(doc) or newlines == 0:
        return None
    k = j
    while k < len(doc) and not (doc[k].is_space and "\n" in doc[k].text):
        k += 1
        if "\n" in doc[k - 1].whitespace_:
            break
    return j, k, newlines > 1


def _block_cue(doc: Doc, start: int, colon: int) -> Token | None:
    """The last reporting verb (or 'according') of a lead-in that ends with a colon."""
    for tok in reversed(doc[start:colon]):
        if tok.lower_ == "according" and according_at(doc, tok.i, colon) is not None:
            return tok
        if tok.pos_ == "VERB" and is_cue_verb(tok, tag=True):
            return tok
    return None


def _blocks(doc: Doc, skip: set[int]) -> list[Reported]:
    """A paragraph ending 'S said:' / 'according to S:' before a paragraph in no quotation
    marks: that paragraph is a block quotation (with the next line, up to a blank line)."""
    out: list[Reported] = []
    for sent in doc.sents:
        last = sent.end - 1
        while last > sent.start and doc[last].is_space:
            last -= 1
        if doc[last].text != ":" or last in skip:
            continue
        nxt = _paragraph_after(doc, last)
        cue = _block_cue(doc, sent.start, last) if nxt is not None else None
        if cue is None:
            continue
        pieces: list[tuple[int, int]] = []
        while nxt is not None and len(pieces) < MAX_BLOCK_LINES:
            a, b, blank = nxt
            if (pieces and blank) or doc[a].is_quote or a in skip or doc[a].text.startswith("<"):
                break  # a quotation in marks is a direct quote; '<' opens embedded markup
            ta, tb = _trim(doc, a, b)
            if tb - ta < MIN_CONTENT_TOKENS:
                break
            pieces.append((ta, tb))
            nxt = _paragraph_after(doc, b - 1)
        if not pieces:
            continue
        if cue.lower_ == "according":
            acc = according_at(doc, cue.i, len(doc))
            subj = doc[acc[1]] if acc is not None and acc[1] is not None else None
            cue_span, lemma = (cue.i, cue.i + 2), "according to"
        else:
            subj = subject_of(cue)
            cue_span, lemma = (cue.i, cue.i + 1), cue.lemma_.lower()
        for k in range(0, len(pieces), 2):  # one quote per two lines: content and more
            out.append(
                Reported(
                    content=pieces[k],
                    more=pieces[k + 1] if k + 1 < len(pieces) else None,
                    cue=cue_span,
                    lemma=lemma,
                    speaker=speaker_span(subj) if subj is not None else None,
                    speaker_head=subj.i if subj is not None else None,
                )
            )
    return out


NOUN_CUES = frozenset(
    [
        "claim",
        "warning",
        "statement",
        "assertion",
        "allegation",
        "argument",
        "suggestion",
        "promise",
        "pledge",
        "insistence",
        "announcement",
        "remark",
        "accusation",
        "charge",
        "contention",
        "admission",
        "assurance",
        "vow",
        "threat",
        "comment",
    ]
)
"""Nouns of saying whose 'that' clause is reported speech ("his claim that he won")."""


def _noun_cue(noun: Token) -> Reported | None:
    """'the claim that C' / 'his warning that C': a noun of saying with a 'that' clause."""
    clause = next(
        (c for c in noun.rights if c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that"),
        None,
    )
    if clause is None or clause.left_edge.i != noun.i + 1:
        return None

    a, b = _trim(noun.doc, clause.left_edge.i, _cut_trailing(clause, clause.right_edge.i + 1))
    if b - a < MIN_CONTENT_TOKENS + 1:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    frame = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if owner is None and frame is not None and frame.pos_ == "VERB" and is_cue_verb(frame):
        owner = subject_of(frame)  # 'S told The Hill in a statement that C': S's statement
    return Reported(
        content=(a, b),
        more=None,
        cue=(noun.i, noun.i + 1),
        lemma=noun.lemma_.lower(),
        speaker=speaker_span(owner) if owner is not None else None,
        speaker_head=owner.i if owner is not None else None,
    )


_RELATIVIZERS = frozenset(["that", "which", "who", "whom", "where"])


def _relative(verb: Token) -> Reported | None:
    """'a probe (that) the agency said was ongoing' / 'laws that some say target Muslims': the
    reported clause is cut in two by its speaker and cue, the relative word (or the noun) first."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if verb.lemma_.lower() in COGNITIVE:
        return None
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    speaker = next((c for c in subjects if c.lower_ not in _RELATIVIZERS), None)
    if speaker is None:
        return None
    comps = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if comps:
        clause = comps[0]
        rest = (verb.i + 1, _cut_trailing(clause, clause.right_edge.i + 1))
        fronted = [c for c in clause.children if c.i < verb.i]
    elif len(subjects) == 2 and subjects[0].lower_ in _RELATIVIZERS:
        # the parser made the relative word a second subject of "said"
        rest = (verb.i + 1, verb.right_edge.i + 1)
        fronted = [subjects[0]]
    else:
        return None
    rel = next((t for t in fronted if t.lower_ in _RELATIVIZERS), None)
    if rel is None and subjects[0].lower_ in _RELATIVIZERS:
        rel = subjects[0]
    if rel is not None:
        first = (rel.i, rel.i + 1)
    else:
        noun = verb.head
        if noun.i != speaker.left_edge.i - 1 or noun.i - noun.left_edge.i > 3:
            return None
        first = (noun.left_edge.i, noun.i + 1)
    a, b = _trim(doc, *rest)
    if b - a < MIN_PIECE_TOKENS:
        return None
    return Reported(
        content=(a, b),
        more=first,
        cue=(verb.i, verb.i + 1),
        lemma=verb.lemma_.lower(),
        speaker=speaker_span(speaker),
        speaker_head=speaker.i,
    )


_ADJUNCT_POS = frozenset({"CCONJ", "SCONJ", "ADP"})


def _adjunct_after(doc: Doc, end: int, first: int) -> bool:
    """What follows 'according to S' is not the rest of the qualified clause when it opens a
    new one or an adjunct of the writer's ('…, but …', '- despite winning …', ', even as …',
    ', virtually the same as …'): only a continuation ('X, according to S, is Y') is."""
    if any(doc[k].text in ("-", "—", "–", "--") for k in range(end, first + 1)):
        return True
    word = doc[first]
    if word.lower_ == "because":
        return False  # 'X, according to S, because Y': the reason is part of what S says
    if word.pos_ in _ADJUNCT_POS or word.tag_ == "VBG":
        return True  # ', adding to a series of problems': a participle is the writer's comment
    after = doc[first + 1] if first + 1 < len(doc) else word
    return word.pos_ == "ADV" and (word.head.pos_ != "VERB" or after.pos_ in _ADJUNCT_POS)


_CLAUSE_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "or"})


def _after_conjunction(doc: Doc, a: int, k: int) -> bool:
    """Whether 'according to' comes right after a conjunction that opens a new clause
    ('…, but, according to Hansen, the tradeoff has been …')."""
    k -= 1
    while k > a and doc[k].text == ",":
        k -= 1
    return k > a and doc[k].lower_ in _CLAUSE_CONJUNCTIONS and doc[k].pos_ == "CCONJ"


def _own_subject(doc: Doc, a: int, b: int) -> bool:
    """Whether a piece is a clause with its own subject ('the tradeoff has been …'), not a
    second predicate of the first one ('… and, according to officials, adopted …')."""
    return any(doc[k].dep_ in ("nsubj", "nsubjpass", "expl") for k in range(a, b))


def _according(doc: Doc, tok: Token, source: int | None) -> Reported | None:
    """according to S, C / C, according to S: the clause the phrase attaches to, minus it."""
    if source is None:
        return None
    obj = doc[source]
    phrase = (tok.i, obj.right_edge.i + 1)
    sent = tok.sent
    # The whole sentence outside the phrase: "according to" qualifies the main clause even
    # when the parser hangs it on a nearer verb.
    a, b = sent.start, sent.end
    lead = doc[a : phrase[0]]
    more = None
    if not any(t.is_alpha for t in lead):
        a = phrase[1]
    elif not any(t.is_alpha for t in doc[phrase[1] : b]):
        b = phrase[0]
    elif _after_conjunction(doc, a, phrase[0]) and _own_subject(doc, phrase[1], b):
        a = phrase[1]  # "X, but, according to S, Y": the phrase qualifies the clause after it
    else:
        # "X, according to S, Y": both sides, unless Y is a new clause ("…, but …")
        rest = _trim(doc, phrase[1], b)
        # a piece needs punctuation before it: not '… published in the journal BMJ Reports'
        if rest[1] > rest[0] and doc[phrase[1]].is_punct:
            more = None if _adjunct_after(doc, phrase[1], rest[0]) else rest
        b = phrase[0]
    a, b = _trim(doc, a, b)
    if b - a < MIN_PIECE_TOKENS or (more is None and b - a < MIN_CONTENT_TOKENS):
        return None
    return Reported(
        content=(a, b),
        more=more,
        cue=(tok.i, tok.i + 2),
        lemma="according to",
        speaker=speaker_span(obj, phrase),
        speaker_head=obj.i,
    )
