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
            elif words[i : i + n] != parts:
                continue
            taken.update(range(i, i + n))
            text = " ".join(words_as_written[i : i + n])
            found.append((i, text, hedge.kind, hedge.strength))
    found.sort()
    return [(text, kind, strength) for _, text, kind, strength in found]


_EPISTEMIC_VERBS = frozenset({"appear", "seem", "believe", "vary"})
_FIRST_PERSON_BELIEF = frozenset({"think", "guess", "suppose", "understand"})
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


def _said_of_subject(deps: list[str], heads: list[int], clause: int) -> bool:
    """A relative clause that carries what the claim says: on the predicate noun of a copula
    ('he's someone voters could see winning' says he could win) or on a verbless root noun
    ('That way they may uncover things', parsed with 'way' as the root)."""
    noun = heads[clause]
    return deps[clause] == "relcl" and (deps[noun] == "attr" or heads[noun] == noun)


def _concessive(view: DocView, verb: int) -> bool:
    """'no matter what they may be': the modal ranges over every case, it doubts none."""
    lower = view.column("lower_")
    return lower[verb] == "matter" and any(lower[c] == "no" for c in view.children(verb))


def _main_clause(tokens: ClaimTokens, i: int) -> bool:
    """True when the modal ``i``'s verb is the claim's own predicate, not a clause inside it
    ('speech that might be illegal', 'what the science may say' do not hedge the claim)."""
    heads, deps = tokens.view.heads, tokens.view.column("dep_")
    verb = heads[i]
    lower = tokens.view.column("lower_")
    for _ in range(4):
        if deps[verb] in SUBORDINATE_DEPS:
            if not _said_of_subject(deps, heads, verb):
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


_NOT_ACTIONS = frozenset({"have", "be", "mean", "cause", "affect"})
"""Verbs whose object is a consequence, not something done: 'could have far-reaching
implications' is a possibility, while 'could deliver tools' is a capability."""


def _capability(view: DocView, modal: int) -> bool:
    """'could deliver tools', 'could only manage two stairs': 'could' with an active verb that
    acts on an object says what someone is able to do, not that something may be."""
    if view.column("lower_")[modal] != "could":
        return False
    verb = view.heads[modal]
    deps = view.column("dep_")
    kids = view.children(verb)
    return (
        view.column("lemma_", str.lower)[verb] not in _NOT_ACTIONS
        and any(deps[c] == "dobj" for c in kids)
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
        return _main_clause(tokens, i) and not _capability(view, i)
    if kind == "negation":
        return deps[i] in NEGATION_DEPS or lowers[i] == "never"
    if word in _FIRST_PERSON_BELIEF:
        kids = view.children(i)
        emphatic = (
            tags[i] == "VB"
            and any(  # 'we do think C' (not 'I do not think C')
                deps[c] == "aux" and lowers[c] == "do" for c in kids
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
            return _qualifies_clause(view, i)  # 'believe them' trusts someone, it doubts nothing
        return True
    if word == "alleged" and deps[i] == "amod" and deps[view.heads[i]] == "pobj":
        return False  # 'criticism over an alleged bias': what others allege, not this claim
    # 'the longest possible sentence' is not a possibility
    return not (word in ("possible", "potential") and i > 0 and tags[i - 1] == "JJS")


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
