"""Claim segmentation: which sentences assert something, and which part is the claim.

A sentence is one claim by default. The attribution frame ("Analysts said", "according to X",
"he added") is cut off so the span holds the assertion alone; a sentence is split only where a
speech frame gives part of it to another claimer ("..., and Zelenskyy said C").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from newsparse.extract.attribution.speakers import according_at, frame_speaker
from newsparse.extract.doccache import child_indexes, doc_column, doc_heads, doc_text, doc_view
from newsparse.lexicon.claims import ClaimLexicon, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsparse.docview import DocView

OPEN_MARKS = "“‘«"
CLOSE_MARKS = "”’»"
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*)*,?\s*)?(?:\([A-Za-z ]+\)\s*)?[—–-]{1,2}\s+"
)
_CAPS_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,}(?:\([A-Za-z ]+\))?\s*[—–-]{1,2}\s+")
_TRIM_EDGE = frozenset({"cc", "punct", "mark", "prep"})
_NOT_CLAIM_START = re.compile(
    r"^[\"“‘'\s]*(?:thank you|thanks|let's|let us|let’s|may god|god bless|rest in|please)\b",
    re.IGNORECASE,
)
_PARTICIPLE_FRAMES = frozenset(
    {"say", "add", "claim", "insist", "warn", "argue", "note", "explain", "state", "write", "tell"}
)


@dataclass
class Segment:
    """One claim before typing: a character range and the frame that attributes it."""

    start: int
    end: int
    sent_start: int
    sent_end: int
    kind: str = "article"  # article | speech | according | reportedly | nocomp | quote
    speaker: Span | None = None
    cue: Token | None = None
    quoted: bool = False
    region: int | None = None
    reported: bool = False
    extra: dict[str, str] = field(default_factory=dict)
    parts: list[tuple[int, int]] = field(default_factory=list)


# --------------------------------------------------------------------------- quotation regions


def region_of(regions: list[tuple[int, int]], starts: list[int], pos: int) -> int | None:
    i = bisect_right(starts, pos) - 1
    if i >= 0 and regions[i][0] <= pos < regions[i][1]:
        return i
    return None


def token_regions(
    sent: Span, regions: list[tuple[int, int]], starts: list[int]
) -> list[int | None]:
    """``region_of`` each token of ``sent``; no look-up at all when no quotation reaches it."""
    first = bisect_right(starts, sent.start_char) - 1
    last = bisect_right(starts, sent.end_char - 1) - 1
    if first == last and (first < 0 or regions[first][1] <= sent.start_char):
        return [None] * (sent.end - sent.start)
    idx = doc_column(sent.doc, "idx")
    return [region_of(regions, starts, idx[i]) for i in range(sent.start, sent.end)]


# --------------------------------------------------------------------------- not claims


def _content(sent: Span) -> list[int]:
    """Indexes of the sentence's tokens that are not whitespace."""
    is_space = doc_column(sent.doc, "is_space")
    return [i for i in range(sent.start, sent.end) if not is_space[i]]


def _alpha(sent: Span) -> list[int]:
    """Indexes of the sentence's alphabetic tokens."""
    is_alpha = doc_column(sent.doc, "is_alpha")
    return [i for i in range(sent.start, sent.end) if is_alpha[i]]


def span_text(span: Span) -> str:
    """``span.text`` cut from the Doc's cached text (Span.text joins its tokens' texts)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def children(tok: Token) -> list[Token]:
    """``tok.children`` from cached indexes (Token.children walks the tree building a Token
    per step; this builds only the children)."""
    doc = tok.doc
    return [doc[c] for c in child_indexes(doc, tok.i)]


def _speaker(doc: Doc, verb_i: int) -> Span | None:
    """The speech verb's speaker mention, as the attribution core finds it for every frame."""
    found = frame_speaker(doc, verb_i)
    return None if found is None else doc[found[0] : found[1]]


def head(tok: Token) -> Token:
    """``tok.head`` from the cached head indexes."""
    doc = tok.doc
    return doc[doc_heads(doc)[tok.i]]


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


_SHORT_PARAGRAPH = 200
"""A paragraph this short is searched for boilerplate as a whole, besides its sentences."""
_PARAGRAPH_END = ".!?\"'”’»)…:"


class ParagraphFacts(NamedTuple):
    """What the sentence tests ask of a sentence's paragraph, read once per paragraph: reading
    the paragraph again for each of its sentences is quadratic in a long one (a file with no
    line break is one paragraph of thousands of sentences)."""

    short: str | None
    """The stripped paragraph when it is under ``_SHORT_PARAGRAPH`` characters, else None."""
    heading: bool
    """No final punctuation and under 15 words: a heading or caption line."""

    @classmethod
    def of(cls, paragraph: str) -> ParagraphFacts:
        para = paragraph.strip()
        heading = bool(para) and para[-1] not in _PARAGRAPH_END and len(para.split()) < 15
        return cls(para if len(para) < _SHORT_PARAGRAPH else None, heading)


_HEADLINE_WORDS = 15


def _text_end(sent: Span) -> int:
    """Where the sentence's words end (a Span keeps the line breaks that follow it)."""
    return sent.start_char + len(span_text(sent).rstrip())


_NEAR = 16
"""How far around a sentence its line breaks are looked for: a bounded window, so the test
stays linear in the article (a prefix per sentence would be quadratic in a long one)."""


def _heading_line(sent: Span, text: str, n_words: int) -> bool:
    """A line of its own with no final punctuation and few words ('Michael Webb: Dramatic
    video shows rescue ...' above a byline): a headline or subhead inside a longer paragraph."""
    full = doc_text(sent.doc)
    start, end = sent.start_char, _text_end(sent)
    first_line = not full[:start].strip()  # the text's line 1: the headline, at any length
    if n_words >= _HEADLINE_WORDS * (2 if first_line else 1) or text[-1:] in _PARAGRAPH_END:
        return False
    before = full[max(0, start - _NEAR) : start].rstrip(" \t")
    after = full[end : end + _NEAR].lstrip(" \t")
    line_start = before.endswith("\n") or (not before and start <= _NEAR)
    line_end = after.startswith("\n") or (not after and end + _NEAR >= len(full))
    return line_start and line_end


def headline_paragraph(sent: Span, n_words: int) -> bool:
    """The text's first paragraph as one short sentence in the present tense ('Hillary Clinton
    unveils first Spanish campaign ad.'): a headline the loader left in the text, since news
    leads tell what happened in the past tense."""
    if n_words >= _HEADLINE_WORDS or sent.start_char > _NEAR:
        return False
    full, end = doc_text(sent.doc), _text_end(sent)
    if full[: sent.start_char].strip() or full[end : end + 1] != "\n":
        return False
    root = sent.root
    return root.tag_ in ("VBZ", "VBP") or root.pos_ not in ("VERB", "AUX")


def not_claim_reason(
    sent: Span, paragraph: str | ParagraphFacts, lex: ClaimLexicon | None = None
) -> str | None:
    """Why a sentence asserts nothing worth listing, or None when it is a claim candidate.

    ``paragraph`` is the sentence's paragraph, or its ``ParagraphFacts`` read once for all its
    sentences."""
    lex = lex or lexicon()
    facts = paragraph if isinstance(paragraph, ParagraphFacts) else ParagraphFacts.of(paragraph)
    text = span_text(sent).strip()
    if _boilerplate(text, facts, lex):
        return "boilerplate"
    return _shape_reason(sent, text, facts)


def is_not_claim(sent: Span, facts: ParagraphFacts, lex: ClaimLexicon) -> bool:
    """``bool(not_claim_reason(...))`` with the cheap tests first: the boilerplate patterns,
    the costliest test, run only on sentences that pass the others."""
    text = span_text(sent).strip()
    return _shape_reason(sent, text, facts) is not None or _boilerplate(text, facts, lex)


def _boilerplate(text: str, facts: ParagraphFacts, lex: ClaimLexicon) -> bool:
    """A not-claim pattern in the sentence or its short paragraph."""
    # A one-sentence paragraph is searched once, as its sentence.
    para = facts.short if facts.short != text else None
    patterns = _lowered(lex.not_claims)
    return _any_match(patterns, text) or (para is not None and _any_match(patterns, para))


_FOLDS_TO_ASCII = frozenset("İıſK")
"""The only characters that a case-insensitive pattern matches to an ASCII letter although
they lower-case to none (ı, ſ, the Kelvin sign) or to two characters (İ)."""
_LOWERED: dict[
    int, tuple[list[re.Pattern[str]], list[tuple[re.Pattern[str], re.Pattern[str] | None]]]
] = {}


def _lowered(
    patterns: list[re.Pattern[str]],
) -> list[tuple[re.Pattern[str], re.Pattern[str] | None]]:
    """Each case-insensitive pattern with its case-sensitive twin for lower-cased text, made
    once per list: Python's ``re`` finds a literal far faster when it need not fold case."""
    entry = _LOWERED.get(id(patterns))
    if entry is None or entry[0] is not patterns:
        entry = _LOWERED[id(patterns)] = (
            patterns,
            [(p, _case_sensitive_twin(p)) for p in patterns],
        )
    return entry[1]


_SAFE_ESCAPE = re.compile(r"\\[bBsSdDwWAZ]|\\[^A-Za-z0-9]")
"""Escapes that name no letter: classes, anchors and escaped punctuation."""
_CLASS = re.compile(r"\[\^?(\]?[^]]*)\]")
_RANGE = re.compile(r"(.)-(?=[^\]])(.)")


def _case_sensitive_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern without IGNORECASE when, on lower-cased text, it matches where the original
    matches on the text: it names no letter but ASCII lower case (escapes aside: ``\\b``,
    ``\\S``, ``\\d``; no hex, octal or named character), sets no inline flags and has no
    range beyond a-z or 0-9 in a class. None otherwise: the original is searched."""
    if not pattern.flags & re.IGNORECASE:
        return None
    plain = _SAFE_ESCAPE.sub("", pattern.pattern)
    if "\\" in plain or re.search(r"\(\?[A-Za-z-]", plain):
        return None
    if any(c.lower() != c.upper() and not ("a" <= c <= "z") for c in plain):
        return None
    for body in _CLASS.findall(plain):
        for lo, hi in _RANGE.findall(body.strip("-")):
            if not ("a" <= lo <= hi <= "z" or "0" <= lo <= hi <= "9"):
                return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _any_match(patterns: list[tuple[re.Pattern[str], re.Pattern[str] | None]], text: str) -> bool:
    """``any(p.search(text) for p, _ in patterns)``, the twins searched in ``text.lower()``:
    the same answer, since lower-casing keeps every character one character of the same class
    (word, space, digit) and makes an ASCII letter of no other, once the four letters of
    ``_FOLDS_TO_ASCII`` are ruled out (checked for every code point by the tests)."""
    low = text.lower() if text.isascii() or _FOLDS_TO_ASCII.isdisjoint(text) else None
    for pattern, twin in patterns:
        if twin is not None and low is not None:
            if twin.search(low):
                return True
        elif pattern.search(text):
            return True
    return False


_ADJUNCT_DEPS = frozenset({"advmod", "prep", "npadvmod", "intj", "punct", "cc"})


def _only_adjuncts_before(kids: list[Token], root: Token) -> bool:
    """A bare verb with only adverbs or phrases before it ('Now consider ...', 'For more, sign
    up ...'): an imperative, whatever opens the sentence."""
    left = [c for c in kids if c.i < root.i]
    return bool(left) and all(c.dep_ in _ADJUNCT_DEPS for c in left)


def _shape_reason(sent: Span, text: str, facts: ParagraphFacts) -> str | None:
    """``not_claim_reason`` but the boilerplate: a fragment, question, heading, headline,
    imperative or verbless sentence."""
    doc = sent.doc
    content = _content(sent)
    is_alpha = doc_column(doc, "is_alpha")
    words = [i for i in content if is_alpha[i]]
    if len(words) < 2:
        return "fragment"
    stripped = text.rstrip("\"'”’» )")
    if stripped.endswith("?"):
        return "question"
    n_words = len(text.split())
    if facts.heading or _heading_line(sent, text, n_words):
        return "heading"
    if headline_paragraph(sent, n_words):
        return "headline"
    root = sent.root
    if root.tag_ == "VB":
        kids = children(root)
        if not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass")
            and not (c.lower_ == "do" and c.i == words[0])
            for c in kids
        ) and (
            root.i == words[0]
            or any(c.dep_ == "advcl" and c.i < root.i for c in kids)
            or doc_column(doc, "lower_")[words[0]] == "do"  # "Don't worry, ..."
            or _only_adjuncts_before(kids, root)  # 'Now consider C', 'For more, sign up'
        ):
            return "imperative"
    pos, tag = doc_column(doc, "pos_"), doc_column(doc, "tag_")
    if not any(pos[i] in ("VERB", "AUX") and tag[i] in _FINITE for i in content):
        return "no verb"
    return None


# --------------------------------------------------------------------------- frames


def _is_frame_verb(tok: Token, lex: ClaimLexicon) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lex.stances


def _clause_level(tok: Token, depth: int = 0) -> bool:
    """True for the root and for conj/advcl clauses hanging off it (not relative clauses)."""
    if tok.dep_ == "ROOT":
        return True
    if depth < 2 and tok.dep_ in ("conj", "advcl", "parataxis"):
        return _clause_level(head(tok), depth + 1)
    return False


_TEMPORAL_MARKS = frozenset(
    {"after", "before", "when", "while", "if", "because", "since", "as", "until"}
)
CORE_DEPS = frozenset(
    {"acomp", "attr", "dobj", "prep", "advmod", "npadvmod", "neg", "prt", "oprd", "xcomp",
     "dative", "agent", "auxpass", "aux", "nsubj", "nsubjpass", "expl", "det", "ccomp", "pobj"}
)  # fmt: skip


def _inverted_condition(clause: Token) -> bool:
    """'..., should Trump tap him', 'had he known': an auxiliary opening the clause before its
    subject makes a condition, which stays in the claim, not what was said."""
    kids = [c for c in children(clause) if c.dep_ != "punct"]
    if not kids or kids[0].dep_ != "aux" or kids[0].i > clause.i:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > kids[0].i for c in kids)


def _complement(tok: Token) -> Token | None:
    """The clausal complement carrying what was said: right of the verb first; a left one
    only when it is not a temporal or conditional clause ('after Russia seized Crimea')."""
    comps = [
        c for c in children(tok) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN")
    ]
    comps = [c for c in comps if not _inverted_condition(c)]
    right = [c for c in comps if c.i > tok.i]
    if right:
        return right[0]
    for c in reversed(comps):
        if not any(m.dep_ == "mark" and m.lower_ in _TEMPORAL_MARKS for m in children(c)):
            return c
    return None


COMPLEMENTISERS = frozenset({"that"})
"""Marks cut from a claim's start: 'said that C'. A condition's 'if' or 'unless' is the claim's
own ('If convicted, he could face ...') and stays."""


def _trim(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """Token range [a, b) without edge punctuation, conjunctions and complementisers."""
    is_punct, is_space = doc_column(doc, "is_punct"), doc_column(doc, "is_space")
    dep, text = doc_column(doc, "dep_"), doc_column(doc, "text")
    lower = doc_column(doc, "lower_")
    while a < b and (
        is_punct[a]
        or is_space[a]
        or (a < b - 1 and (dep[a] == "cc" or (dep[a] == "mark" and lower[a] in COMPLEMENTISERS)))
    ):
        if text[a] in OPEN_MARKS or text[a] == '"':
            break
        a += 1
    while b > a and (is_space[b - 1] or dep[b - 1] == "cc" or text[b - 1] in ",;:—–-"):
        b -= 1
    return a, b


def _char_range(doc: Doc, a: int, b: int) -> tuple[int, int]:
    idx, text = doc_column(doc, "idx"), doc_column(doc, "text")
    return idx[a], idx[b - 1] + len(text[b - 1])


def _sentence_initial(tok: Token, sent: Span) -> bool:
    """A frame whose subject opens the sentence ('S said C'), however the parser attached it."""
    is_punct, is_space = doc_column(sent.doc, "is_punct"), doc_column(sent.doc, "is_space")
    first = next((i for i in range(sent.start, sent.end) if not (is_space[i] or is_punct[i])), None)
    return first is not None and tok.left_edge.i <= first


def _negated_subject(tok: Token) -> bool:
    """'Not everyone agreed', 'no one said': a frame nobody stands behind."""
    view = doc_view(tok.doc)
    deps, lower = view.column("dep_"), view.column("lower_")
    for child in view.children(tok.i):
        if deps[child] in ("nsubj", "nsubjpass"):
            words = {lower[k] for k in _subtree(view, child)}
            if lower[child] in NEGATIVE_SUBJECTS or "not" in words or "no" in words:
                return True
    return False


def _subtree(view: DocView, i: int) -> list[int]:
    """The indexes of ``doc[i].subtree`` (not in text order), from the view's children: no
    Token per word."""
    found, todo = [], [i]
    while todo:
        k = todo.pop()
        found.append(k)
        todo.extend(view.children(k))
    return found


def _parenthetical(tok: Token, sent: Span) -> bool:
    """'X, officials said, Y': the frame's subtree is only its subject, itself and punctuation."""
    if tok.dep_ not in ("parataxis", "advcl", "ccomp", "conj") or tok.i == sent.root.i:
        return False
    kids = children(tok)
    if not any(c.dep_ == "nsubj" for c in kids):
        return False
    allowed = {"nsubj", "punct", "advmod", "prep", "npadvmod", "aux"}
    for child in kids:
        if child.dep_ not in allowed:
            return False
    doc = sent.doc
    words = [t for t in tok.subtree if not t.is_punct]
    left, right = words[0].i, words[-1].i
    before = doc[left - 1] if left - 1 >= sent.start else None
    after = doc[right + 1] if right + 1 < sent.end else None
    return (
        before is not None
        and before.text in (",", "—", "–")
        and after is not None
        and after.text in (",", "—", "–")
        and right - left < 10
    )


_FRAME_BREAKS = frozenset({",", "—", "–"})


def _closing_frame(tok: Token, sent: Span) -> int | None:
    """Where a frame that closes the sentence starts ('C, he said, on condition of anonymity.'):
    a clause of subject and speech verb after a comma, with only phrases after it."""
    if tok.dep_ not in ("parataxis", "ccomp", "conj") or tok.i == sent.root.i:
        return None
    kids = children(tok)
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if not subjects or any(
        c.dep_ not in ("nsubj", "punct", "advmod", "prep", "npadvmod", "aux") for c in kids
    ):
        return None
    doc = sent.doc
    left = min(tok.i, subjects[0].left_edge.i)
    if left - 1 < sent.start or doc[left - 1].text not in _FRAME_BREAKS or tok.i - left > 6:
        return None
    is_punct = doc_column(doc, "is_punct")
    last = max(i for i in range(sent.start, sent.end) if not is_punct[i] and not doc[i].is_space)
    return left - 1 if tok.right_edge.i >= last else None


def _content_after_frame(verb: Token) -> bool:
    """'The sequence began, the patrol described, in the northbound lanes': a phrase after a
    comma that follows the frame continues the complement before it (the parser hung it on the
    verb), so the frame cannot be cut out."""
    doc = verb.doc
    return any(
        c.dep_ == "prep" and c.i > verb.i and doc[c.i - 1].text in _FRAME_BREAKS
        for c in children(verb)
    )


NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "noone"})
_QUESTION_MARKS = frozenset({"if", "whether"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def indirect_question(verb: Token) -> bool:
    """'asked whether C', 'wondered why C': the complement is a question, so nothing is asserted."""
    for c in children(verb):
        if c.dep_ not in ("ccomp", "advcl", "xcomp") or c.i < verb.i:
            continue
        if c.left_edge.lower_ in _QUESTION_MARKS or c.left_edge.tag_ in _WH_TAGS:
            return True
        if any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in children(c)):
            return True
    return False


def verb_group_start(verb: Token) -> int:
    """The first token of the verb with the auxiliaries, negation and adverbs between its subject
    and it ('have vigorously denied'): where a denial's span starts, so its polarity is kept."""
    subject_end = max(
        (c.right_edge.i for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass", "expl")),
        default=-1,
    )
    return min(
        (
            c.i
            for c in children(verb)
            if subject_end < c.i < verb.i and c.dep_ in ("aux", "auxpass", "neg", "advmod")
        ),
        default=verb.i,
    )


def _polarity(tok: Token, lex: ClaimLexicon) -> str | None:
    return lex.polarity.get(tok.lemma_.lower())


_EMPTY_DEPS = frozenset({"nsubj", "aux", "neg", "advmod", "prt", "punct", "cc", "mark", "intj"})
"""A speech verb's dependents that say nothing: its subject, auxiliaries, particle, an adverb.
Any other (an object, a complement, a phrase, a passive subject, a clause) is content."""


def says_nothing(verb: Token, lex: ClaimLexicon, a: int, b: int) -> bool:
    """A speech verb with nothing said in tokens ``a:b`` ('Bergeron chimed in', 'police
    responded and confirmed C', 'He declined to say when C'): a claim needs content."""
    polarity = _polarity(verb, lex)
    if (
        polarity == "refusal"
    ):  # 'declined to say', also as the parser may read it: 'to state' a noun
        return any(
            (c.dep_ == "xcomp" and c.lemma_.lower() in lex.stances)
            or (
                c.dep_ == "prep"
                and c.lower_ == "to"
                and any(g.lemma_.lower() in lex.stances for g in children(c))
            )
            for c in children(verb)
        )
    if not _is_frame_verb(verb, lex) or polarity not in (None, "addressee"):
        return False
    for c in children(verb):
        if not a <= c.i < b or (
            c.dep_ in _EMPTY_DEPS and (c.dep_ != "advmod" or c.n_lefts + c.n_rights == 0)
        ):
            continue
        if c.dep_ in ("dobj", "dative") and c.pos_ == "PRON" and polarity == "addressee":
            continue  # 'he told them': who was told, not what ('believe them' trusts them)
        if c.dep_ in ("conj", "advcl") and _is_frame_verb(c, lex) and _complement(c) is not None:
            continue  # 'responded and confirmed that C': the other frame says it
        if c.dep_ == "npadvmod" and c.n_lefts + c.n_rights == 0:
            continue  # 'he said Monday'
        return False
    return True


_SUBORDINATE_MARKS = frozenset(
    {"after", "before", "when", "whenever", "until", "since", "once", "because", "if", "unless"}
)
"""A frame inside such a clause sets the time or reason of the sentence's own assertion ('came
a month after X announced that C'): it attributes nothing ('while' and 'as' contrast speakers)."""


def _subordinate_frame(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SUBORDINATE_MARKS for c in children(verb)
    )


def _wh_complement(comp: Token) -> bool:
    """'did not announce which party had cut C', 'would not say when C': an embedded question,
    which the frame does not assert ('said what happened was C' is a claim: 'what' heads a
    clause of its own)."""
    if any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in children(comp)):
        return True
    first = comp.left_edge
    if first.tag_ not in _WH_TAGS:
        return False
    tok = first
    for _ in range(4):
        if tok.i == comp.i:
            return True
        tok = head(tok)
        if tok.i != comp.i and tok.pos_ in ("VERB", "AUX"):
            return False
    return tok.i == comp.i


def _speech(doc: Doc, sent: Span, a: int, b: int, cue: Token, speaker: Span | None) -> Segment:
    """The reported-speech claim over tokens ``a:b`` of ``sent``, framed by ``cue``."""
    start, end = _char_range(doc, a, b)
    return Segment(
        start,
        end,
        sent.start_char,
        sent.end_char,
        kind="speech",
        speaker=speaker,
        cue=cue,
        reported=True,
    )


def _speech_segments(sent: Span, lex: ClaimLexicon, in_quote: set[int]) -> list[Segment] | None:
    """Segments of a sentence holding speech frames with a complement.

    Frames count at clause level (root, or conj/advcl of it) or when they open the sentence;
    a frame in parentheses ('X, officials said, Y') gives the whole sentence to its speaker.
    """

    doc = sent.doc
    frames: list[tuple[Token, Token]] = []
    pos, lemmas = doc_column(doc, "pos_"), doc_column(doc, "lemma_", str.lower)
    for i in range(sent.start, sent.end):
        # _is_frame_verb, read from the columns
        if i in in_quote or not (pos[i] in ("VERB", "AUX") and lemmas[i] in lex.stances):
            continue
        tok = doc[i]
        if _negated_subject(tok):
            continue
        polarity = _polarity(tok, lex)
        if polarity == "directive" or _subordinate_frame(tok):
            continue  # 'urged that C be done', 'after X announced C': the sentence's own claim
        comp = _complement(tok)
        if comp is not None and polarity in (None, "addressee") and _wh_complement(comp):
            continue  # 'did not say which C': nothing asserted, the sentence stands as written
        if comp is None:
            if _parenthetical(tok, sent):
                a, b = _trim(doc, sent.start, sent.end)
                if b > a:
                    return [_speech(doc, sent, a, b, tok, _speaker(doc, tok.i))]
            cut = _closing_frame(tok, sent)
            if cut is not None:  # 'C, he said, on condition of anonymity.'
                a, b = _trim(doc, sent.start, cut)
                if b - a >= 2:
                    return [_speech(doc, sent, a, b, tok, _speaker(doc, tok.i))]
            continue
        initial = _sentence_initial(tok, sent) and comp.i > tok.i
        if not (_clause_level(tok) or initial):
            continue
        has_subj = any(c.dep_ in ("nsubj", "nsubjpass") for c in children(tok)) or (
            tok.dep_ == "ROOT" and "nsubj" in doc_column(doc, "dep_")[sent.start : tok.i]
        )
        if (
            not has_subj
            and not (tok.tag_ == "VBG" and tok.lemma_.lower() in _PARTICIPLE_FRAMES)
            and tok.dep_ != "conj"
        ):
            continue
        frames.append((tok, comp))
        if initial and tok.dep_ != "ROOT":
            break  # a sentence-initial frame owns the rest of the sentence
    if not frames:
        return None

    s0, s1 = sent.start, sent.end
    root = sent.root
    segments: list[Segment] = []
    frame_subtrees: list[tuple[int, int]] = []
    for verb, comp in frames:
        polarity = _polarity(verb, lex)
        if polarity == "question" and indirect_question(verb):
            continue  # 'asked whether C': C is asked, not claimed
        a, b = comp.left_edge.i, comp.right_edge.i + 1
        if b <= verb.i and verb.dep_ == "ROOT":
            a = s0  # "C, S said": the complement runs from the sentence start
            if _content_after_frame(verb):
                b = s1  # 'C began, FHP described, in the northbound lanes': one span
        elif a > verb.i:
            # "S said C": the complement runs to the end of the frame clause
            owns_rest = verb.dep_ == "ROOT" or _sentence_initial(verb, sent)
            b = max(b, s1 if owns_rest else verb.right_edge.i + 1)
        if polarity == "denial" and a > verb.i:
            a = verb_group_start(verb)  # 'questioned whether C': the doubt stays in the claim
        if verb.dep_ == "ROOT" and a > verb.i:
            left = _spliced_clause(verb, comp)
            if left is not None:  # 'A denied X, however, a report concluded C': A is its own
                end = left.right_edge.i + 1
                last = doc[end - 1]
                if last.dep_ == "advmod" and last.head.i == left.i and doc[end - 2].text == ",":
                    end -= 2  # '..., however,': the connective is no part of A
                la, lb = _trim(doc, left.left_edge.i, end)
                if lb - la >= 3:
                    segments.append(_root_segment(doc, la, lb, sent, lex, root=left))
                    frame_subtrees.append((s0, s1))
        a, b = _trim(doc, a, b)
        if b - a < 2:
            continue
        segments.append(_speech(doc, sent, a, b, verb, _speaker(doc, verb.i)))
        frame_subtrees.append(
            (min(verb.left_edge.i, a), verb.right_edge.i + 1)
            if not _sentence_initial(verb, sent)
            else (s0, s1)
        )
    if not segments:
        return None
    if not any(v.i == root.i for v, _ in frames) and not any(
        a == s0 and b == s1 for a, b in frame_subtrees
    ):
        root_comp = _complement(root)
        root_frame = (
            _is_frame_verb(root, lex)
            and not says_nothing(root, lex, s0, s1)
            and not (root_comp is not None and _wh_complement(root_comp))
            and root.i not in in_quote
            and not any(c.dep_ == "xcomp" for c in children(root))
            and all(
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(v))
                for v, _ in frames
                if v.dep_ == "conj"
            )
            and all(v.dep_ == "conj" for v, _ in frames)
        )
        if root_frame:
            # "S called X 'lousy' and said C": one claimer, one claim for the whole sentence
            a, b = _trim(doc, s0, s1)
            speaker = _speaker(doc, root.i) or segments[0].speaker
            return [_speech(doc, sent, a, b, root, speaker)]
        frame_start = min(a for a, _ in frame_subtrees)
        frame_end = max(b for _, b in frame_subtrees)
        if frame_start > root.i:  # "A, and S said C": A is the root's core clause
            a = s0
            b = max(
                [root.i + 1]
                + [
                    c.right_edge.i + 1
                    for c in children(root)
                    if c.dep_ in CORE_DEPS and c.i > root.i
                ]
            )
            b = min(b, frame_start)
        else:  # "S said C, but A"
            b = s1
            a = min(
                [root.i]
                + [c.left_edge.i for c in children(root) if c.dep_ in CORE_DEPS and c.i < root.i]
            )
            a = max(a, frame_end)
        a, b = _trim(doc, a, b)
        if a <= root.i < b and says_nothing(root, lex, a, b):
            _to_sentence_end(segments[-1], doc, s1)  # 'S chimed in, noting C.': C owns the rest
        elif b > a and sum(doc_column(doc, "is_alpha")[a:b]) >= 3:
            segments.append(_root_segment(doc, a, b, sent, lex))
    segments.sort(key=lambda s: s.start)
    for prev, nxt in itertools.pairwise(segments):
        if prev.end > nxt.start:  # spans never nest or overlap
            prev.end = nxt.start
    return [s for s in segments if s.end - s.start > 3]


def _own_subject(clause: Token) -> bool:
    """A subject, and none a relative word ('Sanders, who sits at zero, said' is no clause)."""
    subjects = [k for k in children(clause) if k.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(k.tag_ in _WH_TAGS for k in subjects)


def _spliced_clause(verb: Token, comp: Token) -> Token | None:
    """A clause with a subject of its own before a frame that says something else after it
    ('Saudi Arabia denied the claims, however, a UN report concluded C'): the parser made it a
    second complement; it is a sentence of its own, run on with a comma."""
    doc = verb.doc
    for c in children(verb):
        if (
            c.dep_ == "ccomp"
            and c.i < verb.i
            and c.i != comp.i
            and _own_subject(c)
            and c.right_edge.i + 1 < verb.i
            and any(doc[i].text in _FRAME_BREAKS for i in range(c.right_edge.i + 1, verb.i))
        ):
            return c
    return None


def _to_sentence_end(seg: Segment, doc: Doc, s1: int) -> None:
    """Stretch ``seg`` over the sentence's closing punctuation when only that follows it."""
    idx, is_punct = doc_column(doc, "idx"), doc_column(doc, "is_punct")
    is_space = doc_column(doc, "is_space")
    last, i = None, s1 - 1
    while i >= 0 and idx[i] >= seg.end:  # the sentence's tokens after the segment
        if not is_space[i]:
            if not is_punct[i]:
                return
            last = i if last is None else last
        i -= 1
    if last is not None:
        seg.end = _char_range(doc, last, last + 1)[1]


def _root_segment(
    doc: Doc, a: int, b: int, sent: Span, lex: ClaimLexicon, root: Token | None = None
) -> Segment:
    """The non-reported part of a split sentence; a root speech verb keeps its subject.
    ``root``: the part's own verb when it is not the sentence's root."""

    start, end = _char_range(doc, a, b)
    seg = Segment(start, end, sent.start_char, sent.end_char)
    root = sent.root if root is None else root
    if root.lemma_.lower() in lex.nocomp_frames and a <= root.i < b and not _negated_subject(root):
        seg.kind, seg.speaker, seg.cue = "nocomp", _speaker(doc, root.i), root
        _denial_start(seg, root, lex)
    return seg


def _denial_start(seg: Segment, verb: Token, lex: ClaimLexicon) -> None:
    """A denial's claim starts at its verb ('have denied any connection'): the denier is the
    claimer, the cue keeps the polarity (the claims guide's denial rule)."""
    if _polarity(verb, lex) == "denial" and seg.speaker is not None:
        first = verb.doc[verb_group_start(verb)]
        if seg.start < first.idx < seg.end:
            seg.start = first.idx


def _according(sent: Span) -> tuple[int, int, Span] | None:
    """Token range of an 'according to X' phrase and X."""
    doc = sent.doc
    lower = doc_column(doc, "lower_")
    if "according" not in lower[sent.start : sent.end]:
        return None  # most sentences: one scan in C
    for i in range(sent.start, sent.end):
        acc = according_at(doc, i, sent.end) if lower[i] == "according" else None
        if acc is not None and acc[1] is not None:
            to, obj = doc[acc[0]], doc[acc[1]]
            return (
                i,
                max(to.right_edge.i, obj.right_edge.i) + 1,
                doc[obj.left_edge.i : obj.right_edge.i + 1],
            )
    return None


def quote_frame(sent: Span, inside: set[int], lex: ClaimLexicon) -> tuple[Token | None, bool]:
    """(speech verb, is_frame): whether the words outside the quotation marks are only a frame."""
    doc = sent.doc
    is_punct, is_space = doc_column(doc, "is_punct"), doc_column(doc, "is_space")
    pos, tag = doc_column(doc, "pos_"), doc_column(doc, "tag_")
    lemmas = doc_column(doc, "lemma_", str.lower)
    outside = [
        i
        for i in range(sent.start, sent.end)
        if i not in inside and not is_punct[i] and not is_space[i]
    ]
    if not outside:
        return None, True
    # _is_frame_verb, read from the columns
    verbs = [i for i in outside if pos[i] in ("VERB", "AUX") and lemmas[i] in lex.stances]
    if not verbs:
        return None, False

    verb = doc[verbs[0]]
    speaker = _speaker(doc, verb.i)
    spk = set(range(speaker.start, speaker.end)) if speaker is not None else set()
    rest = [i for i in outside if i not in spk and i != verb.i]
    other_verbs = [i for i in rest if pos[i] == "VERB" and tag[i] not in ("VBG", "VBN")]
    return verb, len(rest) <= 8 and not other_verbs


def _term_in_frame(
    doc: Doc, a: int, b: int, inside: set[int], verb: Token | None, stances: dict[str, str]
) -> bool:
    """A quoted run that is a name or term inside the frame ('the "Pose" actor said on "DWTS"'):
    its words hang on a frame word outside the quotation, not on the speech verb."""
    if verb is None:
        return False
    heads, is_punct = doc_heads(doc), doc_column(doc, "is_punct")
    pos, lemmas = doc_column(doc, "pos_"), doc_column(doc, "lemma_", str.lower)
    outer = {heads[i] for i in range(a, b) if not a <= heads[i] < b and not is_punct[i]}
    return bool(outer) and all(
        h not in inside
        and h != verb.i
        and not (pos[h] in ("VERB", "AUX") and lemmas[h] in stances)  # 'adding "C"'
        for h in outer
    )


def _quoted_parts(
    sent: Span, inside: set[int], verb: Token | None = None, lex: ClaimLexicon | None = None
) -> list[list[tuple[int, int]]]:
    """Claims inside quotation marks: each run of quoted words, runs of one sentence joined.

    '“Q1,” S said. “Q2.”' gives two claims; '“Q1,” said S, “Q1 continued.”' gives one claim with
    two spans. Questions and runs of fewer than three words are dropped.
    """
    doc = sent.doc
    is_space, text = doc_column(doc, "is_space"), doc_column(doc, "text")
    runs: list[tuple[int, int]] = []
    for i in range(sent.start, sent.end):
        if i in inside and not is_space[i]:
            if runs and runs[-1][1] == i:
                runs[-1] = (runs[-1][0], i + 1)
            else:
                runs.append((i, i + 1))
    claims: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for a, b in runs:
        a, b = _trim(doc, a, b)
        if b <= a or (
            len(runs) > 1 and _term_in_frame(doc, a, b, inside, verb, (lex or lexicon()).stances)
        ):
            continue
        if current:
            gap = doc_text(doc)[_char_range(doc, *current[-1])[1] : _char_range(doc, a, b)[0]]
            if re.search(r"[.!?]\s*[“\"‘«]\s*$", gap):
                claims.append(current)  # the frame between them ends a sentence
                current = []
        current.append((a, b))
        last = text[b - 1]
        if last in (".", "!", "?", "…"):
            claims.append(current)
            current = []
    if current:
        claims.append(current)
    out: list[list[tuple[int, int]]] = []
    for group in claims:
        if text[group[-1][1] - 1] == "?":
            continue
        is_alpha = doc_column(doc, "is_alpha")
        n_words = sum(sum(is_alpha[a:b]) for a, b in group)
        first_run = doc_text(doc)[slice(*_char_range(doc, *group[0]))]
        if n_words < 2 or _NOT_CLAIM_START.match(first_run):
            continue
        out.append([_char_range(doc, a, b) for a, b in group])
    return out


def _no_predicate(doc: Doc, start: int, end: int) -> bool:
    """No finite verb in the quoted words: a noun phrase ('praised the "decisive steps and
    leadership of ..."'), which asserts nothing alone; the sentence around it is the claim."""
    span = doc_view(doc).char_span_bounds(start, end)
    if span is None:
        return False
    pos, tag = doc_column(doc, "pos_"), doc_column(doc, "tag_")
    return not any(pos[i] in ("VERB", "AUX") and tag[i] in _FINITE for i in range(*span))


def _after_closing_mark(text: str, pos: int) -> bool:
    """Whether the last non-space character before ``pos`` closes a quotation."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos > 0 and text[pos - 1] in '”"’»'


def frame_only(sent: Span, lex: ClaimLexicon | None = None) -> Token | None:
    """The speech verb of a sentence that is nothing but a frame ('he added in an interview')."""
    lex = lex or lexicon()
    is_alpha = doc_column(sent.doc, "is_alpha")
    n_words = sum(is_alpha[sent.start : sent.end])
    if not n_words or n_words > 12:
        return None
    first = next(i for i in range(sent.start, sent.end) if is_alpha[i])
    if not (sent.doc[first].is_lower or _after_closing_mark(doc_text(sent.doc), sent.start_char)):
        return None
    verb, is_frame = quote_frame(sent, set(), lex)
    if verb is None or not is_frame or _complement(verb) is not None:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children(verb)):
        return None
    return verb


def _media_frame(sent: Span) -> tuple[Token, Span | None] | None:
    """'X is reported to have...' / 'were reported by local media to...' / 'There have been
    reports of...': unnamed (or named, after 'by') reporting stands behind the sentence."""
    doc = sent.doc
    lemmas = doc_column(doc, "lemma_", str.lower)
    if "report" not in lemmas[sent.start : sent.end]:
        return None  # most sentences: one scan in C
    for i in range(sent.start, sent.end):
        if lemmas[i] != "report":
            continue
        tok = doc[i]
        if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children(tok)):
            for agent in children(tok):
                if agent.dep_ == "agent":
                    objs = [c for c in children(agent) if c.dep_ == "pobj"]
                    if objs:
                        o = objs[0]
                        return tok, doc[o.left_edge.i : o.right_edge.i + 1]
            return tok, None
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ == "attr"
            and any(c.dep_ == "expl" for c in children(head(tok)))
        ):
            return tok, None
    return None


def segment_sentence(
    sent: Span,
    *,
    regions: list[tuple[int, int]],
    region_starts: list[int],
    lex: ClaimLexicon | None = None,
    token_region: list[int | None] | None = None,
) -> list[Segment]:
    """The claim segments of one (claim-bearing) sentence; ``token_region`` is its
    ``token_regions`` when the caller has read them already."""
    lex = lex or lexicon()
    doc = sent.doc
    is_space = doc_column(doc, "is_space")
    inside: set[int] = set()
    region: int | None = None
    if token_region is None:
        token_region = token_regions(sent, regions, region_starts)
    if token_region.count(None) < len(token_region):  # most sentences hold no quotation
        for i, r in enumerate(token_region, start=sent.start):
            if r is not None and not is_space[i]:
                inside.add(i)
                region = r if region is None else region
    alpha = _alpha(sent)
    alpha_in = [i for i in alpha if i in inside] if inside else []
    if alpha_in:
        verb, is_frame = quote_frame(sent, inside, lex)
        parts_list = _quoted_parts(sent, inside, verb, lex) if is_frame else []
        term = (  # 'described extensive tire marks and "insane" heat': the sentence claims
            len(alpha_in) < 2
            and verb is not None
            and alpha_in[0] > verb.i  # a word quoted in the frame's object, not before it
            and not says_nothing(verb, lex, sent.start, sent.end)
        )
        if is_frame and verb is not None and not parts_list and not term:
            return []  # a framed question, call or wish: nothing asserted
        fragment = (
            bool(parts_list)
            and all(_no_predicate(doc, p[0][0], p[-1][1]) for p in parts_list)
            # '"Not even one," he said': a quote before its frame is said whole, not a phrase
            and not (verb is not None and parts_list[0][0][1] <= verb.idx)
        )
        if is_frame and not term and not (fragment and verb is not None):
            # a quoted fragment ('called it "a non-starter"') leaves the sentence as the claim

            speaker = _speaker(doc, verb.i) if verb is not None else None
            return [
                Segment(
                    parts[0][0],
                    parts[-1][1],
                    sent.start_char,
                    sent.end_char,
                    kind="quote",
                    speaker=speaker,
                    cue=verb,
                    quoted=True,
                    region=region,
                    reported=True,
                    parts=parts,
                )
                for parts in parts_list
            ]
    media = _media_frame(sent)
    if media is not None and media[0].dep_ == "ROOT":
        a, b = _trim(doc, sent.start, sent.end)
        start, end = _char_range(doc, a, b)
        seg = Segment(start, end, sent.start_char, sent.end_char, kind="reportedly")
        seg.speaker = media[1]
        seg.extra["cue"] = media[0].text
        seg.extra["lemma"] = media[0].lemma_.lower()
        seg.extra["cue_start"] = str(media[0].idx)
        return [seg]
    root = sent.root
    if root.i not in inside and _polarity(root, lex) == "question" and indirect_question(root):
        return []  # 'Bondarev asked whether C': a reported question asserts nothing
    speech = _speech_segments(sent, lex, inside if len(alpha_in) > 0.5 * len(alpha) else set())
    if speech:
        return speech
    if speech is None and root.i not in inside and says_nothing(root, lex, sent.start, sent.end):
        return []  # 'Bergeron chimed in.', 'He declined to say when C.': nothing asserted
    a, b = _trim(doc, sent.start, sent.end)
    while b > a and is_space[b - 1]:
        b -= 1
    start, end = _char_range(doc, a, b) if b > a else (sent.start_char, sent.end_char)
    m = _CAPS_DATELINE.match(doc_text(doc)[start:end])
    if m:
        start += m.end()
    seg = Segment(start, end, sent.start_char, sent.end_char)
    acc = _according(sent)
    if acc is not None:
        pa, pb, who = acc
        seg.kind, seg.speaker, seg.reported = "according", who, True
        seg.extra["cue"] = "according to"
        idx = doc_column(doc, "idx")
        seg.extra["cue_start"] = str(idx[pa])
        seg.extra["cue_end"] = str(idx[min(pa + 1, sent.end - 1)] + 2)
        content = _content(sent)
        if pa <= content[0] + 1:  # "According to X, C"
            na, nb = _trim(doc, pb, sent.end)
            if nb > na:
                seg.start, seg.end = _char_range(doc, na, nb)
        elif pb >= content[-1]:  # "C, according to X."
            na, nb = _trim(doc, sent.start, pa)
            if nb > na:
                seg.start, seg.end = _char_range(doc, na, nb)
        return [seg]
    root = sent.root
    if (
        root.lemma_.lower() in lex.nocomp_frames
        and (lex.nocomp_frames[root.lemma_.lower()] == "always" or bool(alpha_in))
        and root.i not in inside
        and any(c.dep_ == "nsubj" and c.lower_ not in ("i", "we") for c in children(root))
    ):
        seg.kind, seg.speaker, seg.cue = "nocomp", _speaker(doc, root.i), root
        _denial_start(seg, root, lex)
        return [seg]
    media = _media_frame(sent)
    if media is not None:
        seg.kind, seg.speaker = "reportedly", media[1]
        seg.extra["cue"] = media[0].text
        seg.extra["lemma"] = media[0].lemma_.lower()
        seg.extra["cue_start"] = str(media[0].idx)
        return [seg]
    words = doc_column(doc, "lower_")[sent.start : sent.end]
    if "reportedly" in words:
        tok = doc[sent.start + words.index("reportedly")]  # the first one
        seg.kind = "reportedly"
        seg.extra["cue"] = tok.text
        seg.extra["cue_start"] = str(tok.idx)
        seg.extra["cue_end"] = str(tok.idx + len(tok.text))
        return [seg]
    if region is not None and len(alpha_in) >= 0.5 * max(len(alpha), 1):
        seg.quoted, seg.region, seg.kind = True, region, "quote"
    return [seg]
