"""Find the cue verb and the speaker mention of a quotation from the dependency parse.

Shapes: “Q,” S V · “Q,” V S · S V, “Q” · S V: “Q” · according to S, “Q” · “Q” —S · a verb
whose object or clause holds the quote (embedded, maybe mixed) · a lead-in ending ``S said:``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsparse.extract.doccache import child_indexes, doc_column, doc_heads, doc_view
from newsparse.lexicon.attribution import (
    COGNITIVE,
    anonymous_nouns,
    document_nouns,
    org_nouns,
    person_nouns,
    read_nouns,
    speech_verbs,
    verb_class,
)
from newsparse.lexicon.voices import voice_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
DASHES = "—–-"
_TAG_STOP = {".", "!", "?", ";"}
MAX_TAG_TOKENS = 40
TAG_VERB_TOKENS = 8
"""How far after a comma-closed quote any verb with a subject is its tag ('“Q,” the
Republican vice-presidential nominee riffed')."""
_RELATIVE = {"who", "that", "which", "whom"}
NAMING_VERBS = verb_class("naming_verbs")


@dataclass
class Found:
    """Where a quote's attribution was found; tokens are doc indices."""

    how: str
    cue: tuple[int, int] | None = None
    lemma: str | None = None
    speaker: tuple[int, int] | None = None
    speaker_head: int | None = None
    content: tuple[int, int] | None = None  # clause span when the quote sits in reported speech


def according_at(doc: Doc, k: int, limit: int) -> tuple[int, int | None] | None:
    """The one reader of 'according to S': when token ``k`` opens the phrase (its 'to' before
    ``limit``), the index of 'to' and of its object S (None when the parser gave none)."""
    lowers = doc_column(doc, "lower_")
    if lowers[k] != "according":
        return None
    if k + 1 < limit and lowers[k + 1] == "to":
        to = k + 1
    else:
        to = next((c for c in child_indexes(doc, k) if c < limit and lowers[c] == "to"), -1)
        if to < 0:
            return None
    deps = doc_column(doc, "dep_")
    return to, next((c for c in child_indexes(doc, to) if deps[c] == "pobj"), None)


def is_cue_verb(tok: Token, *, tag: bool = False) -> bool:
    """A reporting verb (by lemma); ``tag`` excludes verbs of thinking."""
    if not _may_cue(tok):
        return False  # most tokens: every branch below would say no
    lemma = tok.lemma_.lower()
    if tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "so":
        return False  # "so-called" is an adjective, not a cue
    if lemma == "put" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "it":
        return True  # "as Milbank puts it, “Q”"
    if lemma == "read":  # 'the sign read': a written thing gives its words (the tagger often
        subj = subject_of(tok)  # makes this 'read' a noun, with the sign as its subject)
        return subj is not None and subj.lemma_.lower() in read_nouns()
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN"):
        return False
    if lemma not in speech_verbs():
        return False
    return not (tag and lemma in COGNITIVE)


_MAY_CUE: dict[int, bool] = {}
"""Lemma hash -> whether its lower case is a speech verb or "put" (hashes do not depend on
the vocabulary, so one table serves every Doc)."""


def _may_cue(tok: Token) -> bool:
    """``is_cue_verb``'s first test, once per lemma: reported speech asks it of every token."""
    may = _MAY_CUE.get(tok.lemma)
    if may is None:
        if len(_MAY_CUE) > 100_000:  # bounded, whatever the input
            _MAY_CUE.clear()
        lemma = tok.lemma_.lower()
        may = _MAY_CUE[tok.lemma] = lemma in speech_verbs() or lemma in ("put", "read")
    return may


def absolute_cue(tok: Token) -> bool:
    """'with Pelosi warning of “…”': a verb of saying in '-ing' with its own subject under
    'with' (an absolute frame), which the tagger often takes for a noun."""
    low = tok.lower_
    if not low.endswith("ing") or tok.head.lower_ not in ("with", "without"):
        return False
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    stem = low[:-3]
    verbs = speech_verbs()
    return stem in verbs or stem + "e" in verbs or (stem[-1:] == stem[-2:-1] and stem[:-1] in verbs)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, climbing through conjunctions, participles and relative pronouns."""
    doc = verb.doc
    found = _subject_index(doc, verb)
    return None if found is None else doc[found]


def _subject_index(doc: Doc, verb: Token) -> int | None:
    """``subject_of`` on the Doc's head, dependency and word columns: it climbs and scans
    children for every candidate cue, and a Token per step would be most of its cost."""
    found = _climb_to_subject(doc, verb)
    if found is None and verb.pos_ == "VERB":
        return _apposed_subject(doc, verb.i)
    return found if found is None else _past_dateline(doc, found)


def _set_off_dash(doc: Doc, i: int) -> bool:
    """A dash between words, not a hyphen inside one ('56-year-old')."""
    text = doc_column(doc, "text")[i]
    if text not in ("—", "–", "--", "-"):
        return False
    return text != "-" or (i > 0 and bool(doc_column(doc, "whitespace_")[i - 1]))


def _past_dateline(doc: Doc, subj: int) -> int:
    """'NEW DELHI, Dec 2 (Reuters) - Farmer Om Prakash told …': the parser took the dateline's
    place for the subject and the name after the dash for its apposition; the name speaks."""
    deps = doc_column(doc, "dep_")
    kids = child_indexes(doc, subj)
    dash = next((c for c in kids if c > subj and _set_off_dash(doc, c)), None)
    if dash is None or doc[subj].left_edge.i != doc_view(doc).sent_of(subj)[0]:
        return subj
    return next((c for c in kids if c > dash and deps[c] == "appos"), subj)


def _apposed_subject(doc: Doc, verb_i: int) -> int | None:
    """'In an interview with Reuters, Om Prakash said …': the parser hung the name that
    opens the clause on the phrase before it, as an apposition, and left the verb with no
    subject; a name right before the verb, set off by a comma from that phrase, is it."""
    k = verb_i - 1
    deps, pos, texts = doc_column(doc, "dep_"), doc_column(doc, "pos_"), doc_column(doc, "text")
    if k < 1 or deps[k] != "appos" or pos[k] != "PROPN" or doc_heads(doc)[k] > k:
        return None
    if any(deps[c] in SUBJECT_DEPS or deps[c] == "expl" for c in child_indexes(doc, verb_i)):
        return None
    left = doc[k].left_edge.i
    return k if left > 0 and texts[left - 1] == "," else None


def _misplaced_agent(doc: Doc, verb: Token) -> int | None:
    """The speaker of a passive cue whose 'by' phrase the parser hung inside the complement
    ('announced to be a “pandemic” by the WHO'): the 'by' closing the verb's own words names
    who said them, when its object is a name or a body, not a time ('by the end of the
    year')."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for t in doc[verb.i + 1 : verb.right_edge.i + 1]:
        if t.lower_ != "by" or t.dep_ not in ("prep", "agent") or t.head.i == verb.i:
            continue
        obj = next((g for g in t.children if g.dep_ == "pobj"), None)
        if obj is None:
            return None
        named = obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        return obj.i if named or _source_noun(obj) else None
    return None


def _source_noun(tok: Token) -> bool:
    """A noun that names a person, a body or a source ('the police', 'both leaders', 'the
    patient'; not 'the end' of 'by the end of May')."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    voices = voice_lexicon()
    return (
        lemma in person_nouns()
        or lemma in org_nouns()
        or lower in anonymous_nouns()
        or (lemma,) in voices.source_words
        or (lemma,) in voices.body_words
        or lemma in voices.gender_words
    )


def _climb_to_subject(doc: Doc, verb: Token) -> int | None:
    """The climb of ``_subject_index`` (see ``subject_of``)."""
    deps, lowers, pos = doc_column(doc, "dep_"), doc_column(doc, "lower_"), doc_column(doc, "pos_")
    heads = doc_heads(doc)
    t = verb.i
    for step in range(4):
        kids = child_indexes(doc, t)
        for c in kids:
            if deps[c] == "agent":  # "was called X by Hendrick"
                by = next((g for g in child_indexes(doc, c) if deps[g] == "pobj"), None)
                if by is not None and doc[by].ent_type_ in ("DATE", "TIME"):
                    return None  # 'announced by the end of May': a time, not who said it
                if by is not None:
                    return by
        if step == 0 and (by := _misplaced_agent(doc, verb)) is not None:
            return by
        subjects = [c for c in kids if deps[c] in ("nsubj", "nsubjpass") and c < t]
        subjects = [c for c in subjects if doc[c].tag_ not in ("DT", "PDT")]  # 'both', 'all'
        if len(subjects) > 1:
            # 'BUFFALO, N.Y. — Hours before …, Wild coach Bruce Boudreau expressed …': a
            # dateline parsed as a second subject; the subject next to the verb is its own
            kids = [c for c in kids if c not in subjects[:-1]]
        for c in kids:
            if deps[c] in SUBJECT_DEPS:
                if deps[c] == "nsubjpass" and step == 0 and is_cue_verb(verb):
                    return None  # "the system was called X": the subject did not speak
                if lowers[c] in _RELATIVE and deps[heads[c]] == "relcl":
                    return heads[heads[c]]
                if deps[c] == "expl":
                    continue
                return c
        if step == 0 and (aside := _aside_subject(doc, kids, t)) is not None:
            return aside
        if sum(deps[c] == "ccomp" for c in kids) >= 2:  # else _fronted_subject finds none
            misparsed = _fronted_subject(doc[t])
            if misparsed is not None:
                return misparsed.i
        if deps[t] == "relcl" and pos[heads[t]] in ("NOUN", "PROPN"):
            return heads[t]
        # (the Token version compared a new head object with ``is``, so it climbed even from
        # a token that heads itself: kept as it was)
        if (
            deps[t] == "xcomp"
            and step == 0
            and t > heads[t]
            and any(lowers[c] == "to" and deps[c] == "aux" for c in kids)
            and not _may_cue_at(doc, heads[t])
        ):
            # 'the video prompted some users to argue that P': the object of the verb the
            # infinitive completes speaks, not its subject (a verb of saying's object is the
            # listener: 'told Fox, reminding …' keeps the teller)
            obj = next(
                (c for c in child_indexes(doc, heads[t]) if deps[c] == "dobj" and c < t), None
            )
            if obj is not None and pos[obj] in ("NOUN", "PROPN", "PRON"):
                return obj
        if deps[t] == "pcomp" and doc[t].tag_ == "VBG" and step == 0:
            # 'responded by threatening to …', 'was less interested in explaining why …': the
            # gerund's doer is the subject of the verb its preposition hangs on; 'outed Trump
            # for claiming …' names its object as the doer
            prep = heads[t]
            host = heads[prep]
            if lowers[prep] == "for":
                obj = next((c for c in child_indexes(doc, host) if deps[c] == "dobj"), None)
                if obj is not None and pos[obj] in ("NOUN", "PROPN", "PRON"):
                    return obj
            if deps[host] == "acomp":
                host = heads[host]
            if host == prep or pos[host] not in ("VERB", "AUX"):
                return None
            t = host
            continue
        if deps[t] in ("conj", "advcl", "xcomp", "ccomp"):
            if deps[t] == "ccomp" and t > heads[t]:
                return None  # the subject of "said" is not the subject of its clause
            up = heads[t]
            if (
                deps[t] in ("conj", "advcl")
                and step == 0
                and deps[up] == "ccomp"
                and heads[up] < up
                and _may_cue_at(doc, heads[up])
                and _may_cue_at(doc, verb.i)
                and not _may_cue_at(doc, up)
                and any(deps[m] == "mark" and lowers[m] == "that" for m in child_indexes(doc, up))
            ):
                # 'X tweeting that it was a "disaster" and asking, “Q”', 'X tweeted that P,
                # adding “Q”': a second verb of saying hung on a reported 'that' clause (as a
                # conjunct or a participle) is the speaker's, not the clause's subject's
                up = heads[up]
            t = up
            continue
        return None
    return None


def _aside_subject(doc: Doc, kids: list[int], verb: int) -> int | None:
    """'Clinton, exasperated, famously responded: “Q”': the parser gave the subject to the
    participle set off by commas before the verb, which then has none; that subject is the
    verb's."""
    deps, texts, tags = doc_column(doc, "dep_"), doc_column(doc, "text"), doc_column(doc, "tag_")
    for c in kids:
        if deps[c] != "advcl" or c > verb or tags[c] not in ("VBN", "JJ"):
            continue
        subj = next((g for g in child_indexes(doc, c) if deps[g] == "nsubj" and g < c), None)
        set_off = c > 0 and texts[c - 1] == "," and c + 1 < len(texts) and texts[c + 1] == ","
        if subj is not None and set_off:
            return subj
    return None


def _fronted_subject(verb: Token) -> Token | None:
    """'S, a diplomat … after Russia seized Crimea, said C': the parser sometimes makes the
    subject phrase a second clausal complement; a verb has one, so take that clause's subject."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if len(comps) < 2 or comps[0].i > verb.i or comps[-1].i < verb.i:
        return None
    first = comps[0]
    subjects = [t for t in first.subtree if t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    lead = first.left_edge.i  # 'But S, noting …, said': a conjunction may open the clause
    while lead < subjects[0].i and first.doc[lead].dep_ in ("cc", "punct"):
        lead += 1
    if subjects[0].left_edge.i != lead:
        return None
    return subjects[0]


def frame_speaker(doc: Doc, verb_i: int) -> tuple[int, int, int] | None:
    """The speaker mention of the speech verb at ``verb_i`` as (start, end, head) tokens: the one
    finder every frame uses, quotations and claims alike. A dateline glued in front of the
    subject ('CLEVELAND, July 19 (UPI) – Former Attorney General …') is not part of it."""
    subj = subject_of(doc[verb_i])
    if subj is None:
        return None
    a, b = speaker_span(subj)
    return a, b, subj.i


def _after_dateline(doc: Doc, a: int, b: int, head: int) -> int:
    """Where a mention starts once a dateline glued in front of it is cut off ('NEW DELHI,
    Dec 2 (Reuters) - Farmer Om Prakash': the outlet in the dateline is no speaker)."""
    dashes = [i for i in range(a + 1, min(b, head)) if _set_off_dash(doc, i)]
    if dashes and a == doc_view(doc).sent_of(a)[0]:  # doc[a].sent.start, no Span
        return dashes[-1] + 1
    return a


def speaker_span(head: Token, limit: tuple[int, int] | None = None) -> tuple[int, int]:
    """The mention around a subject head: its subtree without relative clauses, trimmed; a
    pronoun alone, unless it is coordinated ('he and Commissioner Stephen Mold')."""
    if head.pos_ == "PRON" and not any(c.dep_ == "conj" for c in head.rights):
        return head.i, head.i + 1
    left, right = head.left_edge.i, head.right_edge.i + 1
    for child in head.rights:
        if child.dep_ in ("relcl", "acl") or (child.dep_ == "punct" and child.text in "(—–"):
            right = min(right, child.left_edge.i)
            # drop the comma before a cut clause
    if limit is not None:
        left, right = max(left, limit[0]), min(right, limit[1])
    doc = head.doc
    punct, space = doc_column(doc, "is_punct"), doc_column(doc, "is_space")
    while right > left + 1 and (punct[right - 1] or space[right - 1]):
        right -= 1
    while left < right - 1 and (punct[left] or space[left]):
        left += 1
    left = _after_dateline(doc, left, right, head.i)
    left = _media_list_start(doc, left, head.i)
    if right - left > 14:  # keep the name and its compounds
        left = min([head.i] + [c.i for c in head.lefts if c.dep_ in ("compound", "amod", "det")])
        right = head.i + 1
        for child in head.rights:
            if child.dep_ in ("flat", "compound") and child.i == right:
                right += 1
            elif (
                child.dep_ == "appos"
                and child.pos_ == "PROPN"
                and child.left_edge.i == right
                and child.right_edge.i - right < 4
            ):
                # 'The We Company’s recently named executive chair Marcelo Claure in an email
                # …': the name right after the role is the mention's heart; keep it
                right = child.right_edge.i + 1
    return left, right


_LIST_GLUE = frozenset({",", "and", "the", "by", "from", "in", "of", "&"})


def _media_list_start(doc: Doc, left: int, head: int) -> int:
    """Widen a mention over the outlets listed before it: in 'reports by The Financial Times,
    Reuters, and Axios said', the parser's subject is 'Axios', but three outlets speak."""
    pos, ents = doc_column(doc, "pos_"), doc_column(doc, "ent_type_")
    lowers, lemmas = doc_column(doc, "lower_"), doc_column(doc, "lemma_")
    sent_start = doc_view(doc).sent_of(head)[0]  # doc[head].sent.start, no Span
    i = left - 1
    while i >= sent_start and (pos[i] == "PROPN" or lowers[i] in _LIST_GLUE or ents[i] == "ORG"):
        i -= 1
    if i >= sent_start and i < left - 1 and lemmas[i].lower() in _REPORT_NOUNS:
        return i
    return left


_REPORT_NOUNS = frozenset({"report", "reporting", "story", "article"})


def _tokens_between(doc: Doc, a: int, b: int) -> Span:
    return doc[max(a, 0) : max(min(b, len(doc)), max(a, 0))]


def _indexes_between(doc: Doc, a: int, b: int) -> range:
    """The token indexes of ``_tokens_between(doc, a, b)``, with no Span to iterate."""
    return range(max(a, 0), max(min(b, len(doc)), max(a, 0)))


_MAY_CUE_LEMMA: dict[str, bool] = {}
"""Lemma -> ``_may_cue``'s answer, for scans that hold an index, not a Token."""


def _may_cue_at(doc: Doc, k: int) -> bool:
    """``_may_cue(doc[k])`` from the lemma column, without building the Token."""
    lemma = doc_column(doc, "lemma_")[k]
    may = _MAY_CUE_LEMMA.get(lemma)
    if may is None:
        if len(_MAY_CUE_LEMMA) > 100_000:  # bounded, whatever the input
            _MAY_CUE_LEMMA.clear()
        low = lemma.lower()
        may = _MAY_CUE_LEMMA[lemma] = low in speech_verbs() or low in ("put", "read")
    return may


def tag_after(doc: Doc, q_end_tok: int, limit_tok: int, last_char: str) -> Found | None:
    """“Q,” S V / “Q,” V S / “Q” —S after the closing mark (up to ``limit_tok``).

    ``last_char`` is the quotation's last character inside its marks: after “…,” a tag is
    expected; after “…” followed by a word, only a cue right there (“Q” Smith said) counts.
    """
    ended = last_char == "."
    i = q_end_tok
    while i < limit_tok and doc[i].is_space:
        if "\n" in doc[i].text:
            return None  # the tag never crosses a paragraph break
        i += 1
    if i > 0 and "\n" in doc[i - 1].whitespace_:
        return None
    if i >= limit_tok:
        return None
    first = doc[i]
    if first.text and first.text[0] in DASHES:
        if i + 1 < limit_tok and doc[i + 1].pos_ == "CCONJ":
            return None  # “Q” - and vowed …: the sentence goes on, no tag
        j = i + 1
        while j < limit_tok and (doc[j].is_space or doc[j].text in DASHES):
            j += 1
        if j < limit_tok and (doc[j].pos_ in ("PROPN", "PRON") or doc[j].text[:1].isupper()):
            end = j
            while end < limit_tok and not (doc[end].is_punct and doc[end].text != "."):
                end += 1
                if end - j > 12:
                    break
            head = doc[j:end].root if end > j else doc[j]
            return Found("dash", speaker=(j, end), speaker_head=head.i)
    if first.is_punct and (first.text in _TAG_STOP or first.text in '“"«'):
        return None
    end = i
    while end < limit_tok and end - i < MAX_TAG_TOKENS:
        t = doc[end]
        if t.text in _TAG_STOP or t.text == ":":
            break  # (quotations end it at ``limit_tok``; a dropped term's marks do not)
        if t.is_space and "\n" in t.text:
            break
        end += 1
    tag_shape = last_char in ",?!—–-…" or first.text in (",",) or first.text[:1] in DASHES
    if first.pos_ in ("CCONJ", "SCONJ"):
        return None  # “Q,” but also … / “Q” until Haley said: the sentence goes on, no tag
    max_dist = 35 if tag_shape else 3
    region = _indexes_between(doc, i, end)
    lowers = doc_column(doc, "lower_")
    for k in region:
        acc = according_at(doc, k, end) if lowers[k] == "according" else None
        if acc is not None:
            if k - i > 3:
                break
            if acc[1] is None:
                return None
            obj = doc[acc[1]]
            if last_char in ".!?" and _opens_clause(doc, obj.right_edge.i + 1, end):
                return None  # “Q.” According to S, C: the phrase frames the next sentence
            return Found(
                "according",
                cue=(k, k + 2),
                lemma="according to",
                speaker=speaker_span(obj, (k + 2, end)),
                speaker_head=obj.i,
            )
    for k in region:
        if not _may_cue_at(doc, k):
            continue  # most words: no Token needed to say no
        tok = doc[k]
        if not is_cue_verb(tok, tag=True):
            continue
        if ended and any(c.dep_ in ("ccomp", "dobj") and c.i > tok.i for c in tok.children):
            return None  # “Q.” He said the deal was bad. -> a new sentence, not a tag
        if last_char in "!?" and _new_sentence_after(doc, i, tok):
            return None  # “Q!” She replied to him that …: a sentence of its own
        if tok.i - i > max_dist:
            return None
        subj = subject_of(tok)
        if subj is not None and not (i <= subj.i < end):
            subj = None
        if subj is None and tok.i == i and (inverted := _inverted_name(doc, tok, end)):
            return inverted
        if subj is None:
            subj = _relative_antecedent(doc, tok, i)
        if subj is None and tag_shape and _misread_participle(tok, i):
            subj = tok.head  # “Q?” the 43-year-old asked: a past tense read as a participle
        if subj is None and tok.tag_ in ("VBG", "VBN"):
            return None  # “Q,” suggesting that…: a participle clause, not a tag
        if subj is None:
            # '“Q,” a source, who was not authorized to speak, told Fox News': the subject set
            # off before the verb, never the listener after it
            subj = _set_off_subject(doc, tok, i) or _adjacent_noun(doc, tok, i, end)
        if subj is None:
            return Found("after", cue=(tok.i, tok.i + 1), lemma=tok.lemma_.lower())
        return _tag_with_speaker(tok, subj, (i, end))
    if last_char == "," or (last_char in "?!" and _bare_clause(doc, i, end)):
        # “Q,” Trump shot back / “Q?” another wondered: any verb right after the quote, with
        # a subject (after '?' or '!' only a clause of subject and verb alone).
        pos = doc_column(doc, "pos_")
        verb = next((k for k in region[:TAG_VERB_TOKENS] if pos[k] == "VERB"), None)
        if verb is not None:
            tok = doc[verb]
            subj = subject_of(tok)
            # 'a type of inflammation caused by …': a participle on a noun is no tag
            modifier = tok.dep_ in ("acl", "amod") or (subj is not None and subj.i > verb)
            if _subordinate(tok):
                return None  # “term,” even if it’s different …: the sentence goes on
            if any(c.dep_ == "auxpass" for c in tok.children):
                return None  # “…,” the speaker is intrigued by …: a passive is no tag
            if subj is not None and i <= subj.i < end and (verb - i < 6 or not modifier):
                return _tag_with_speaker(tok, subj, (i, end))
    return None


BARE_TAG_TOKENS = 4
"""Words of a clause after “…?” that can only be a tag: 'another wondered', 'the man shrugged'."""


def _bare_clause(doc: Doc, i: int, end: int) -> bool:
    """'“Is this real?” another wondered.': a short clause that ends after its verb, with no
    object or clause of its own; after a question mark it can only be the quote's tag."""
    if not 2 <= end - i <= BARE_TAG_TOKENS or end >= len(doc) or doc[end].text not in _TAG_STOP:
        return False
    verb = doc[end - 1]
    return verb.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children
    )


def _subordinate(verb: Token) -> bool:
    """A verb that only goes on with the sentence: a clause opened by 'if', 'because', 'when'
    (a ``mark``), or a copula ('it’s different'): no verb of a tag."""
    return (
        verb.lemma_.lower() == "be"
        or not verb.lemma_.isalpha()
        or any(c.dep_ == "mark" for c in verb.children)
    )


def _opens_clause(doc: Doc, k: int, end: int) -> bool:
    """A comma at ``k`` followed by words before ``end``: a clause comes after the phrase."""
    return k < end and doc[k].text == "," and any(t.is_alpha for t in doc[k + 1 : end])


def _new_sentence_after(doc: Doc, start: int, verb: Token) -> bool:
    """After “…!” or “…?”, a capitalised subject and a verb with a clause of its own
    (“She replied to him that …”) start a new sentence rather than tag the quote."""
    if not doc[start].text[:1].isupper() or doc[start].pos_ != "PRON":
        return False
    if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return True
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1]
    return any(g.dep_ == "ccomp" for c in preps for g in c.children)


def _misread_participle(verb: Token, start: int) -> bool:
    """'“Q?” the 43-year-old asked': the tagger read the past tense as a participle modifying
    the noun phrase that opens the tag; that noun phrase is the subject."""
    head = verb.head
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and head.i < verb.i
        and head.left_edge.i == start
        and head.pos_ in ("NOUN", "PROPN", "ADJ")
    )


def _tag_with_speaker(verb: Token, subj: Token, bounds: tuple[int, int]) -> Found:
    """A tag after the quote: its verb is the cue and its subject, inside ``bounds``, speaks."""
    if subj.i < verb.i and subj.dep_ not in SUBJECT_DEPS:
        # a word taken for the subject by its place ('From said') ends before the verb
        bounds = (bounds[0], min(bounds[1], verb.i))
    return Found(
        "after",
        cue=(verb.i, verb.i + 1),
        lemma=verb.lemma_.lower(),
        speaker=speaker_span(subj, bounds),
        speaker_head=subj.i,
    )


_NAME_RUN_POS = frozenset({"PROPN", "NOUN", "ADP", "DET"})


def _inverted_name(doc: Doc, verb: Token, hi: int) -> Found | None:
    """'“Q” tweeted Mayor of London Sadiq Khan': a verb of saying first after the quote, then
    a name, and the parser found the verb no subject (it often makes it a modifier of the
    name). The name phrase after the verb speaks; a person named in it is its head, not the
    title before ('Mayor')."""
    j = verb.i + 1
    while j < hi and doc[j].pos_ in _NAME_RUN_POS and not doc[j].is_punct:
        j += 1
    while j > verb.i + 1 and doc[j - 1].pos_ in ("ADP", "DET"):
        j -= 1
    run = range(verb.i + 1, j)
    if not run or doc[run[0]].pos_ != "PROPN":
        return None
    people = [k for k in run if doc[k].ent_type_ == "PERSON"]
    head = people[-1] if people else _chunk_head(doc[run[0]], j).i
    return Found(
        "after",
        cue=(verb.i, verb.i + 1),
        lemma=verb.lemma_.lower(),
        speaker=(verb.i + 1, j),
        speaker_head=head,
    )


def _adjacent_noun(doc: Doc, verb: Token, lo: int, hi: int) -> Token | None:
    """A noun right after ("said Smith") or before the verb when the parser found no subject."""
    for j in range(verb.i - 1, max(lo, verb.i - 6) - 1, -1):
        t = doc[j]
        if t.pos_ in ("PROPN", "NOUN", "PRON"):
            return t
        if j == verb.i - 1 and t.is_alpha and t.text[0].isupper() and not t.is_stop:
            return t  # a name the tagger missed ("Aftergood said")
        if j == verb.i - 1 == lo and t.is_alpha and t.text[0].isupper() and doc[j - 1].is_quote:
            return t  # '“Q,” From said': a name that is also a word, first after the quote
        if t.is_punct:
            break
    for j in range(verb.i + 1, min(hi, verb.i + 6)):
        t = doc[j]
        if t.dep_ == "expl":
            return None
        if t.pos_ in ("PROPN", "NOUN", "PRON"):
            if t.dep_ != "compound" or t.head.i >= hi:
                return _chunk_head(t, hi)
            # 'tweeted former thinktank executive Ken Gude': up the compound chain to its
            # last word, the name, not the first noun it is built on
            while t.dep_ == "compound" and t.i < t.head.i < hi:
                t = t.head
            return t
        if t.is_punct:
            break
    return None


def _relative_antecedent(doc: Doc, verb: Token, lo: int) -> Token | None:
    """'“Q,” Nate Silver, the polling guru who founded the site tweeted on Wednesday': a
    relative clause that ends right before the verb (or that the parser hung the verb on),
    the verb left with no subject; the noun it describes, after the quote, is the subject."""
    k = verb.i - 1
    if k <= lo or doc[k].is_punct:
        return None
    clause = doc[k]
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.head.i < verb.i:
        clause = clause.head
    inside = clause.left_edge.i <= verb.i <= clause.right_edge.i  # or hung on its object
    if clause.dep_ != "relcl" or not (clause.right_edge.i == k or inside):
        return None
    noun = clause.head
    return noun if lo <= noun.i < clause.i and noun.pos_ in ("NOUN", "PROPN") else None


def _set_off_subject(doc: Doc, verb: Token, lo: int) -> Token | None:
    """'Levine, who has given money to Rubio, said, “Q”' / 'her adviser, Jake Sullivan, said:'
    when the parser gave the verb no subject: the name or noun before the comma that ends the
    subject phrase, passing over a relative clause set off by commas."""
    k = verb.i - 1
    if k <= lo or doc[k].text != ",":
        return None
    k -= 1
    for r in range(k, lo, -1):
        if doc[r].lower_ in ("who", "which") and doc[r - 1].text == ",":
            k = r - 2  # the noun the relative clause is about
            break
    if k < lo or doc[k].pos_ not in ("PROPN", "NOUN"):
        return None
    return doc[k]


def _chunk_head(tok: Token, hi: int) -> Token:
    """Rightmost token of a run of compound/flat name words starting at ``tok``."""
    j = tok.i
    doc = tok.doc
    while j + 1 < hi and doc[j + 1].pos_ == "PROPN":
        j += 1
    return doc[j]


def tag_before(doc: Doc, q_start_tok: int, floor_tok: int) -> Found | None:
    """S V, “Q” / S V: “Q” / according to S, “Q” (the clause just before the opening mark)."""
    j = q_start_tok - 1
    while j >= floor_tok and doc[j].is_space:
        j -= 1
    if j < floor_tok:
        return None
    last = doc[j]
    if (
        last.text not in (",", ":", "—", "–")
        and last.lower_ != "that"
        and not is_cue_verb(last, tag=True)
    ):
        return None
    start = j
    texts, lowers = doc_column(doc, "text"), doc_column(doc, "lower_")
    while start > floor_tok and not (texts[start - 1] in _TAG_STOP or "\n" in texts[start - 1]):
        if texts[start - 1] in ("”", "“", '"', "''"):
            break
        start -= 1
    if last.text == ":":
        named = _dash_name(doc, start, j)
        if named is not None:
            return named  # 'Pollsters agree - Carl Bialik: “…”': the name before the colon
    inverted = _said_first(doc, start, j)
    if inverted is not None:
        return inverted
    order = reversed(_indexes_between(doc, start, j + 1))
    if start > 0 and texts[start - 1] in ("”", '"', "''") and last.text == ",":
        # '“Q1,” Thiel wrote in a statement to Wired explaining why …, “Q2”': a frame between
        # two pieces of one sentence is the tag of the first; its first verb of saying leads
        order = iter(_indexes_between(doc, start, j + 1))
    for k in order:
        acc = according_at(doc, k, j + 1) if lowers[k] == "according" else None
        if acc is None and not _may_cue_at(doc, k):
            continue  # neither shape can start here: no Token needed to say so
        tok = doc[k]
        if acc is not None:
            obj = doc[acc[1]] if acc[1] is not None else None
            if obj is None:
                obj = doc[tok.i + 2] if tok.i + 2 <= j else None
            if obj is None:
                return None
            return Found(
                "according",
                cue=(tok.i, tok.i + 2),
                lemma="according to",
                speaker=speaker_span(obj, (tok.i + 2, j + 1)),
                speaker_head=obj.i,
            )
        if is_cue_verb(tok, tag=True):
            if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.head.i < q_start_tok:
                continue  # 'told the Post in a written statement, “Q”': a noun's modifier
            if names_not_speech(tok):
                return None  # 'a song called “Day after Day”': a title
            main = _main_clause_frame(doc, tok, start, j)
            if main is not None:
                return main
            subj = subject_of(tok)
            if subj is not None and _agent_of(tok) == subj.i:
                # 'The plan was called “reckless” by Senator Smith': the agent speaks, after
                # the quotation
                return Found(
                    "before",
                    cue=(tok.i, tok.i + 1),
                    lemma=tok.lemma_.lower(),
                    speaker=speaker_span(subj),
                    speaker_head=subj.i,
                )
            if (subj is None or subj.i >= q_start_tok) and tok.tag_ == "VBG":
                # "…, saying, “Q”": the sentence's subject speaks
                root = tok.sent.root
                subj = subject_of(root) if root.i != tok.i else None
                if subj is not None and subj.i >= tok.i:
                    subj = None
                if subj is None and tok.dep_ == "acl" and tok.head.i < tok.i:
                    # 'An eyewitness described …, stating, “Q”': the parser made the sentence
                    # a noun phrase with the participle on its noun; that noun speaks
                    subj = tok.head if tok.head.pos_ in ("NOUN", "PROPN") else None
            elif subj is None or subj.i >= q_start_tok:
                subj = _adjacent_noun(doc, tok, start, j + 1) or _set_off_subject(doc, tok, start)
            found = Found("before", cue=(tok.i, tok.i + 1), lemma=tok.lemma_.lower())
            if subj is not None and subj.i < q_start_tok:
                found.speaker = speaker_span(subj, (start if subj.i >= start else 0, j + 1))
                found.speaker_head = subj.i
            return found
    if last.text in (",", ":"):
        words = _in_words_of(doc, start, j)
        if words is not None:
            return words
    if last.text == ":":
        return colon_speaker(doc, start, j)
    if last.text == ",":
        # "Sanders shot back, “Q”": a verb right before the comma, with its subject ("As he
        # related, “Q”": a pronoun too, in an 'as' clause).
        for tok in _before_comma(doc, start, j):
            if tok.pos_ == "VERB":
                subj = subject_of(tok)
                as_clause = any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
                if (
                    subj is not None
                    and start <= subj.i < tok.i
                    and (subj.pos_ != "PRON" or as_clause)
                ):
                    return Found(
                        "before",
                        cue=(tok.i, tok.i + 1),
                        lemma=tok.lemma_.lower(),
                        speaker=speaker_span(subj, (start, j)),
                        speaker_head=subj.i,
                    )
                break
    return None


_SAID_FIRST = frozenset({"said", "says"})


def _said_first(doc: Doc, start: int, end: int) -> Found | None:
    """'Said Dorothy Poynter, who grew up with him, “Q”': a sentence opened by 'Said' and the
    speaker, set off before the quote (the tagger often reads the capitalised 'Said' as a
    name). The first noun phrase after it speaks."""
    if start + 1 >= end or doc[start].text not in ("Said", "Says"):
        return None
    if doc_view(doc).sent_of(start)[0] != start:
        return None
    k = next(
        (t for t in range(start + 1, min(end, start + 5)) if doc[t].pos_ in ("PROPN", "NOUN")),
        None,
    )
    if k is None or any(doc[t].is_punct for t in range(start + 1, k)):
        return None
    head = _chunk_head(doc[k], end)
    a, b = speaker_span(head, (start + 1, end))
    return Found(
        "before",
        cue=(start, start + 1),
        lemma="say",
        speaker=(a, b),
        speaker_head=head.i,
    )


def _agent_of(verb: Token) -> int | None:
    """The index of the passive verb's 'by' object ('was called X by Hendrick'), if any."""
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g.i for g in c.children if g.dep_ == "pobj"), None)
    return None


def _before_comma(doc: Doc, start: int, comma: int) -> list[Token]:
    """The last three words before a comma, nearest first (spaces are no words), then the verb
    whose object is a document right there ('Trump issued a brief statement, “Q”')."""
    words = [doc[k] for k in range(comma - 1, start - 1, -1) if not doc[k].is_space][:3]
    if words and words[0].dep_ == "dobj" and words[0].lemma_.lower() in document_nouns():
        verb = words[0].head
        if start <= verb.i < words[0].i and verb not in words:
            words.append(verb)
    return words


def _main_clause_frame(doc: Doc, cue: Token, start: int, end: int) -> Found | None:
    """'While predicting the scandal would not doom her, Ms. Kovner sighed: “Q”': a speech
    verb in a clause subordinate to the one that ends at the mark is not its frame; that
    clause's verb and its subject, after the speech verb, are."""
    root = doc[start:end].root
    if root.i <= cue.i or root.pos_ != "VERB" or is_cue_verb(root):
        return None
    t, subordinate = cue, False
    while t.i != root.i and t.head.i != t.i:
        subordinate = subordinate or t.dep_ == "advcl"
        t = t.head
    if t.i != root.i or not subordinate:
        return None
    subj = next((c for c in root.lefts if c.dep_ == "nsubj"), None)
    if subj is None or not cue.i < subj.i < end or subj.lower_ in ("it", "this", "that"):
        return None
    return Found(
        "before",
        cue=(root.i, root.i + 1),
        lemma=root.lemma_.lower(),
        speaker=speaker_span(subj, (cue.i + 1, end)),
        speaker_head=subj.i,
    )


def _in_words_of(doc: Doc, start: int, end: int) -> Found | None:
    """'in the words of the patient: “Q”', 'in Forbes’ words, “Q”': the phrase, just before
    the mark's punctuation, names who speaks (the cue is the phrase up to 'words')."""
    k = end - 1
    lowers = doc_column(doc, "lower_")
    while k > start and lowers[k] != "words":
        k -= 1
    words = doc[k]
    if lowers[k] != "words" or words.head.lower_ != "in" or words.right_edge.i != end - 1:
        return None
    owner = next((c for c in words.lefts if c.dep_ in ("poss", "nmod")), None)
    of = next((c for c in words.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if owner is None and of is not None:
        owner = next((c for c in of.children if c.dep_ == "pobj"), None)
    if owner is None or owner.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    a, b = speaker_span(owner, (start, end))
    if owner.i < k:  # "Forbes’ words": the possessor without its mark
        b = min(b, owner.i + 1)
    return Found(
        "before",
        cue=(words.head.i, k + 1),
        lemma="in the words of",
        speaker=(a, b),
        speaker_head=owner.i,
    )


def _dash_name(doc: Doc, start: int, colon: int) -> Found | None:
    """'… - Carl Bialik: “…”': a name set off by a dash right before the colon speaks."""
    found = colon_speaker(doc, start, colon)
    if found is None or found.speaker is None or found.speaker[0] <= start:
        return None
    before = doc[found.speaker[0] - 1].text
    return found if before in ("-", "—", "–", "--") else None


def colon_speaker(doc: Doc, start: int, colon: int) -> Found | None:
    """'Carl Bialik: “…”' (a name before the colon) or 'Trump deflected: “…”' (the subject
    of the clause that the colon ends)."""
    k = colon - 1
    while (
        k >= start
        and colon - k <= 5
        and (doc[k].ent_type_ in ("PERSON", "ORG") or doc[k].pos_ == "PROPN")
    ):
        k -= 1
    if k < colon - 1:
        head = doc[k + 1 : colon].root
        return Found("before", speaker=(k + 1, colon), speaker_head=head.i)
    if colon <= start:
        return None
    root = doc[start:colon].root
    subj = subject_of(root) if root.pos_ in ("VERB", "AUX") else None
    if subj is None or not (start <= subj.i < colon) or subj.lower_ in ("it", "this", "that"):
        return None
    named = _named_complement(root, start, colon)
    if named is not None:
        subj = named  # 'Another was tour manager Thomas Gray, who …: “Q”': the one named speaks
    return Found("before", speaker=speaker_span(subj, (start, colon)), speaker_head=subj.i)


def _named_complement(root: Token, start: int, end: int) -> Token | None:
    """The person a copula names ('Another was Thomas Gray'; 'One of them was Jane Doe'): the
    name in the complement, when the subject itself names no one."""
    if root.lemma_ != "be":
        return None
    attr = next((c for c in root.children if c.dep_ == "attr" and start <= c.i < end), None)
    if attr is None:
        return None
    names = [t for t in attr.subtree if t.ent_type_ == "PERSON" and start <= t.i < end]
    if not names or any(t.ent_type_ == "PERSON" for t in root.children if t.dep_ == "nsubj"):
        return None
    return names[-1] if attr.ent_type_ != "PERSON" else attr


TERM_MAX_WORDS = 4
"""A quoted fragment this short, with no verb, inside a larger noun phrase is a term."""


def _term_in_phrase(doc: Doc, path: list[Token], q_tokens: tuple[int, int]) -> bool:
    """'details of the “physical fight”', 'years of “incessant bullying”': a short quoted
    fragment with no verb that sits inside a noun phrase headed outside the quotation is the
    writer's term, not words the verb's speaker said."""
    a, b = q_tokens
    words = [t for t in doc[a:b] if t.is_alpha or t.like_num]
    if len(words) > TERM_MAX_WORDS or any(t.pos_ in ("VERB", "AUX") for t in doc[a:b]):
        return False
    return any(t.pos_ in ("NOUN", "PROPN", "PRON") and not (a <= t.i < b) for t in path[1:])


def names_not_speech(tok: Token) -> bool:
    """'a song called “X”', 'what is called “X”', 'a group known as “X”': a naming verb as a
    participle or a passive introduces a name, not words anyone said."""
    if tok.lemma_.lower() not in NAMING_VERBS or tok.tag_ != "VBN":
        return False
    if any(c.dep_ == "nsubj" for c in tok.children):
        return False  # 'a country that Romney called “our foe”': someone's words (a past tense)
    if any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in tok.children):
        return False  # 'was called “reckless” by Senator Smith': someone named said it
    return tok.dep_ in ("acl", "amod", "relcl") or any(
        c.dep_ in ("nsubjpass", "auxpass") for c in tok.children
    )


def embedded(doc: Doc, q_tokens: tuple[int, int], quoted: set[int]) -> Found | None:
    """A reporting verb outside the quote that governs it (“list of ideas”, seemed like “X”).

    When the path from the quote to the verb runs through a clausal complement holding other
    words, the quote is part of reported speech: ``content`` is that clause (a mixed quote).
    """
    a, b = q_tokens
    root = None
    for k in range(a, b):
        h = doc[k].head
        if not (a <= h.i < b) or h.i == k:
            root = doc[k]
            break
    if root is None:
        return None
    path: list[Token] = [root]
    tok = root
    for _ in range(5):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i in quoted:
            return None
        if tok.dep_ in ("relcl",) and not is_cue_verb(tok):
            return None
        if is_cue_verb(tok) or absolute_cue(tok):
            if names_not_speech(tok):
                return None
            break
        path.append(tok)
    else:
        return None
    verb = tok
    lemma = verb.lemma_.lower()
    if absolute_cue(verb) and not is_cue_verb(verb):
        lemma = next(
            v
            for v in (verb.lower_[:-3], verb.lower_[:-3] + "e", verb.lower_[:-4])
            if v in speech_verbs()
        )
    if path[-1].dep_ in ("dative", "npadvmod") or (
        path[-1].dep_ == "prep" and path[-1].lower_ in ("on", "in", "at", "during", "to")
    ):
        return None
    if any(t.dep_ in SUBJECT_DEPS for t in path):
        return None  # 'the “Pose” actor said': the quotation is part of who speaks
    if _term_in_phrase(doc, path, q_tokens):
        return None
    subj = subject_of(verb)
    found = Found("embedded", cue=(verb.i, verb.i + 1), lemma=lemma)
    if subj is not None and not (a <= subj.i < b):
        found.speaker = speaker_span(subj)
        found.speaker_head = subj.i
    clause = path[-1]
    if a <= clause.i < b:
        return found  # the quotation is the verb's whole complement: direct
    if clause.dep_ == "ccomp" or (clause.dep_ in ("xcomp",) and verb.lemma_.lower() != "call"):
        left, right = clause.left_edge.i, clause.right_edge.i + 1
        outside = [t for t in doc[left:right] if t.i not in quoted and (t.is_alpha or t.like_num)]
        if len(outside) >= 2 and clause.dep_ == "ccomp":
            found.content = (left, right)
    return found
