"""Hedges: modals, hedging words and negation in a claim, and the certainty they leave."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from newsparse.docview import DocView
from newsparse.extract.claims.tokens import ClaimTokens, union
from newsparse.lexicon.claims import ClaimLexicon, lexicon, norm_word
from newsparse.vocab import COMPLEMENT_DEPS, NEGATION_DEPS, SUBORDINATE_DEPS, VERB_POS

Certainty = Literal["high", "medium", "low"]


def find_hedges(tokens: ClaimTokens, lex: ClaimLexicon | None = None) -> list[tuple[str, str, int]]:
    """(phrase as written, kind, strength) for every hedge cue, in text order.

    Single words match the token's text or lemma; phrases match lower-case word sequences.
    Modals count only as auxiliaries, so "May" the month or the name is not a hedge.
    """
    lex = lex or lexicon()
    words = tokens.column("text", norm_word)
    by_word = tokens.positions("text", norm_word)
    by_lemma = tokens.positions("lemma_", str.lower)
    words_as_written = tokens.column("text")
    found: list[tuple[int, str, str, int]] = []
    taken: set[int] = set()
    order = lex.hedge_order
    keyed = lex.hedge_keys
    # Only hedges whose first word is here (as a word or a lemma) can match; keep their order.
    present = (by_word.keys | by_lemma.keys) & keyed.keys()  # intersected in C
    candidates = sorted({n for key in present for n in keyed[key]})
    for n_hedge in candidates:
        hedge = order[n_hedge]
        parts = hedge.phrase.split()
        n = len(parts)
        # Only positions whose first word (or, for one word, lemma) fits can match.
        if n == 1:
            starts = union(by_word.get(parts[0]), by_lemma.get(parts[0]))
        else:
            starts = by_word.get(parts[0], ())
        for i in starts:
            if i + n > len(tokens) or any(j in taken for j in range(i, i + n)):
                continue
            if n == 1:
                if not _counts(tokens, tokens.ids[i], hedge.kind, parts[0]):
                    continue
            elif words[i : i + n] != parts or not _in_scope(tokens, tokens.ids[i]):
                continue
            taken.update(range(i, i + n))
            text = " ".join(words_as_written[i : i + n])
            found.append((i, text, hedge.kind, hedge.strength))
    found.sort()
    return [(text, kind, strength) for _, text, kind, strength in found]


_EPISTEMIC_VERBS = frozenset({"appear", "seem", "believe", "vary"})
_FIRST_PERSON_BELIEF = frozenset({"think", "guess", "suppose", "understand", "suspect"})
"""'I think C', 'we guess C': the speaker's own belief qualifies C; 'he thinks C' only reports."""


def _qualifies_clause(view: DocView, verb: int) -> bool:
    """A belief verb that bears on a proposition: 'we believe that C', 'police believe him to be
    25', or set in it as an aside ('C, I think, D'); not 'believe them', 'I believe it'."""
    deps = view.column("dep_")
    return deps[verb] == "parataxis" or any(
        deps[c] in ("ccomp", "xcomp") for c in view.children(verb)
    )


_CONDITION_MARKS = frozenset({"if", "unless", "so", "that", "as"})
"""Adverbial clauses whose modal only sets a condition or purpose: 'if the people could also
vote', 'so that no one could push it' ('although it may not have been' still hedges)."""


_RELATIVES = frozenset({"who", "which", "whose", "whom"})


def _transparent(view: DocView, clause: int) -> bool:
    """A clause under a noun that still carries what the claim asserts: a relative clause on
    the predicate noun of a copula ('he's someone voters could see winning' says he could win)
    or on a verbless root noun ('That way they may uncover things', parsed with 'way' as the
    root); one set off by a comma, which asserts on its own ('Łukasz, who reportedly works
    there, ...'); a reporting participle ('a response saying C and suggesting D')."""
    deps, heads = view.column("dep_"), view.heads
    noun = heads[clause]
    if deps[clause] == "acl":
        return any(deps[c] == "ccomp" for c in view.children(clause))
    if deps[clause] != "relcl":
        return False
    if deps[noun] == "attr" or heads[noun] == noun:
        return True
    first = min([clause, *view.children(clause)])
    lower = view.column("lower_")
    return first > 0 and lower[first] in _RELATIVES and lower[first - 1] in (",", "—", "(")


def _concessive(view: DocView, verb: int) -> bool:
    """'no matter what they may be': the modal ranges over every case, it doubts none."""
    lower = view.column("lower_")
    return lower[verb] == "matter" and any(lower[c] == "no" for c in view.children(verb))


def _main_clause(tokens: ClaimTokens, verb: int) -> bool:
    """True when the clause of ``verb`` (a cue's verb) is the claim's own predicate, not a
    clause inside it ('speech that might be illegal', 'what the science may say', 'for the
    president, who reportedly has been itching, ...', 'if there are people who are believed to
    be ...' do not hedge the claim)."""
    heads, deps = tokens.view.heads, tokens.view.column("dep_")
    lower = tokens.view.column("lower_")
    for _ in range(4):
        if heads[verb] not in tokens.ids:
            return True  # the claim is this clause ('who seemed to be confused')
        if deps[verb] in SUBORDINATE_DEPS:
            if not _transparent(tokens.view, verb):
                return False
            verb = heads[verb]  # on to the noun: the claim's predicate or its root
        if deps[verb] == "advcl" and any(
            deps[c] == "mark" and lower[c] in _CONDITION_MARKS for c in tokens.view.children(verb)
        ):
            return False
        if _concessive(tokens.view, verb):
            return False
        if heads[verb] == verb or heads[verb] not in tokens.ids:
            return True
        verb = heads[verb]
    return True


_CLAIM_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "attr", "dobj", "ROOT"})
"""Where a noun is what the claim is about or says: 'the alleged gunman fled', 'they found a
potential source'; not 'a shot at likely nominee Clinton', 'clear the field of potential
challengers', 'some unlikely group'."""


def _opens(tokens: ClaimTokens, i: int) -> bool:
    """Whether only punctuation and conjunctions come before ``i`` in the claim."""
    pos = tokens.view.column("pos_")
    for j in tokens.ids:
        if j == i:
            return True
        if pos[j] not in ("PUNCT", "CCONJ", "SPACE"):
            return False
    return False


def _in_scope(tokens: ClaimTokens, i: int) -> bool:
    """Whether the cue at ``i`` bears on the claim's own predicate: a verb from its own clause,
    an adverb from its verb's, an adjective on a noun only when that noun is the claim's subject,
    object or predicate, and no name ('likely nominee Hillary Clinton' is a title)."""
    view = tokens.view
    deps, heads, pos = view.column("dep_"), view.heads, view.column("pos_")
    if pos[i] in VERB_POS and deps[i] not in ("aux", "auxpass"):
        return _main_clause(tokens, i)
    head = heads[i]
    if deps[i] == "amod":
        if head not in tokens.ids:
            return True
        return (
            deps[head] in _CLAIM_NOUN_DEPS
            and pos[head] != "PROPN"
            and _main_clause(tokens, heads[head])
        )
    if pos[i] == "ADV" and _opens(tokens, i):
        return True  # 'Maybe C', 'But apparently, C': a sentence adverb, whatever the parse
    if pos[head] not in VERB_POS or deps[head] == "amod":
        return True  # 'reportedly over 1,000', 'probably 15 seconds', 'allegedly hacked emails'
    return head == i or _main_clause(tokens, head)


_NOT_ACTIONS = frozenset({"have", "be", "mean", "cause", "affect"})
"""Verbs whose object is a consequence, not something done: 'could have far-reaching
implications' is a possibility, while 'could deliver tools' is a capability."""


def _quantity(view: DocView, noun: int) -> bool:
    """'40 percent', '$5 million', '1,000': an amount, which a forecast reaches, not a tool."""
    like_num, deps = view.column("like_num"), view.column("dep_")
    return bool(like_num[noun]) or any(
        deps[c] in ("nummod", "quantmod") and like_num[c] for c in view.children(noun)
    )


def _capability(view: DocView, modal: int) -> bool:
    """'could deliver tools', 'could only manage two stairs': 'could' with an active verb that
    acts on an object says what someone is able to do, not that something may be."""
    if view.column("lower_")[modal] != "could":
        return False
    verb = view.heads[modal]
    deps = view.column("dep_")
    kids = view.children(verb)
    objects = [c for c in kids if deps[c] == "dobj"]
    return (
        view.column("lemma_", str.lower)[verb] not in _NOT_ACTIONS
        and bool(objects)
        and not any(_quantity(view, o) for o in objects)  # 'could reach 40 percent by 2050'
        and not any(deps[c] in ("auxpass", "nsubjpass") for c in kids)
        and not any(deps[c] == "aux" and c != modal for c in kids)  # 'could have found'
    )


def _counts(tokens: ClaimTokens, i: int, kind: str, word: str) -> bool:
    """Context rules that keep a cue word (Doc token ``i``) from hedging when it does not."""
    view = tokens.view
    tags, deps, lowers = view.column("tag_"), view.column("dep_"), view.column("lower_")
    if kind == "modal":
        if tags[i] != "MD":
            return False
        if i + 1 < len(view) and deps[i + 1] == "neg" and lowers[i] in ("could", "can"):
            # "could not agree": past inability, not doubt
            return False
        # a bare modal heads its own clause ('... if she could'): climb from the modal itself
        verb = view.heads[i] if deps[i] in ("aux", "auxpass") else i
        return _main_clause(tokens, verb) and not _capability(view, i)
    if kind == "negation":
        return deps[i] in NEGATION_DEPS or lowers[i] == "never"
    return _fits(tokens, i, word) and _in_scope(tokens, i)


_SOFTENING_AUX = frozenset({"do", "would", "'d", "’d"})
"""'we do think C', 'I would think C': still the speaker's own belief, in the present."""


def _fits(tokens: ClaimTokens, i: int, word: str) -> bool:
    """The word's own context rules: the sense that hedges, not its look-alikes."""
    view = tokens.view
    tags, deps, lowers = view.column("tag_"), view.column("dep_"), view.column("lower_")
    if word in _FIRST_PERSON_BELIEF:
        kids = view.children(i)
        emphatic = (
            tags[i] == "VB"
            and any(  # 'we do think C', 'I would think C' (not 'I do not think C')
                deps[c] == "aux" and lowers[c] in _SOFTENING_AUX for c in kids
            )
            and not any(deps[c] == "neg" for c in kids)
        )
        if view.column("pos_")[i] not in VERB_POS or (
            tags[i] not in ("VBP", "VBZ") and not emphatic
        ):
            return False  # 'I thought he was joking' tells what was, it does not qualify
        return any(deps[c] == "nsubj" and lowers[c] in ("i", "we") for c in kids) and (
            _qualifies_clause(view, i)
        )
    if word == "reported":  # 'were reported by local media to have visited': 'reported to'
        kids = view.children(i)
        return any(deps[c] == "auxpass" for c in kids) and any(deps[c] == "xcomp" for c in kids)
    if word == "vary" and deps[i] == "amod":
        return False  # 'varying national heritage' describes, it does not doubt
    if word in _EPISTEMIC_VERBS:
        if view.column("pos_")[i] not in VERB_POS:
            return False
        if word in ("appear", "seem"):  # 'appeared to be', not 'appeared in two films'
            return any(
                deps[c] in COMPLEMENT_DEPS
                or deps[c] == "oprd"  # 'seemed a bit confused'
                or (deps[c] == "prep" and lowers[c] in ("like", "as"))
                for c in view.children(i)
            )
        if (
            word == "believe"
        ):  # 'police believe him to be 25', 'we believe that C'; not 'I believe it'
            kids = view.children(i)
            if not any(deps[c] in ("nsubj", "nsubjpass") for c in kids):
                return False  # 'no reason to believe C', 'for a candidate to believe C'
            if any(deps[c] == "neg" for c in kids):
                return False  # 'I don't believe that C' denies C, as 'I don't think' does
            return _qualifies_clause(view, i)  # 'believe them' trusts someone, it doubts nothing
        return True
    # 'the longest possible sentence' is not a possibility ('an alleged bias' in a phrase, what
    # others allege, is out of the claim's scope: ``_in_scope``)
    if word == "possible" and lowers[view.heads[i]] in _EXHAUSTIVE:
        return False  # 'do everything possible', 'as soon as possible': no doubt, a limit
    return not (word in ("possible", "potential") and i > 0 and tags[i - 1] == "JJS")


_EXHAUSTIVE = frozenset({"everything", "anything", "all", "whatever", "as"})
"""Heads on which 'possible' names a limit reached, not a possibility."""


FRAME_HEDGES = frozenset({"suggest", "hint", "speculate"})
"""Speech verbs that hedge what they frame ('suggested that C', 'hinting C'); 'said' does not."""


def frame_hedge(view: DocView, cue: int) -> list[tuple[str, str, int]]:
    """The frame's own verb as a hedge when it is a hedging one (the guide: 'a hedging cue
    verb in the frame also counts')."""
    if view.column("lemma_", str.lower)[cue] in FRAME_HEDGES:
        return [(view.column("text")[cue], "hedge", 1)]
    return []


def possibility(tokens: ClaimTokens, i: int) -> bool:
    """Whether the modal at Doc index ``i`` says something may come to happen: 'could begin in
    2022', 'may do it' (not 'could deliver tools', 'could not agree', 'might have known', 'may
    not be perfect', 'could be seen', nor a modal inside a condition or a relative clause)."""
    view = tokens.view
    if view.column("lower_")[i] not in ("could", "may", "might") or not _counts(
        tokens, i, "modal", view.column("lower_")[i]
    ):
        return False
    deps, lemmas = view.column("dep_"), view.column("lemma_", str.lower)
    verb = view.heads[i]
    if lemmas[verb] == "be":
        return False  # 'may not be perfect', 'might be pregnant': how things may be now
    return not any(
        (deps[c] == "aux" and lemmas[c] == "have" and c > i)  # 'may have been': the past
        or deps[c] in ("neg", "auxpass")  # 'might not always lead', 'could be seen'
        for c in view.children(verb)
    )


def is_hedged(hedges: Sequence[tuple[str, str, int]]) -> bool:
    """Negation alone states a fact the other way round; only modals and hedge words hedge."""
    return any(kind != "negation" for _, kind, _ in hedges)


def certainty(hedges: Sequence[tuple[str, str, int]]) -> Certainty:
    """High with no hedge; low with a strong hedge or several; medium otherwise."""
    real = [strength for _, kind, strength in hedges if kind != "negation"]
    if not real:
        return "high"
    if max(real) >= 2 or len(real) >= 2:
        return "low"
    return "medium"


def hedge_labels(hedges: Sequence[tuple[str, str, int]]) -> list[str]:
    """Readable labels: 'might', 'reportedly', 'not (negation)'."""
    return [f"{text} (negation)" if kind == "negation" else text for text, kind, _ in hedges]
