"""Hedges: modals, hedging words and negation in a claim, and the certainty they leave."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from newsparse.extract.claims.tokens import column, positions, token_ids
from newsparse.extract.claims.tokindex import union
from newsparse.lexicon.claims import ClaimLexicon, lexicon, norm_word

if TYPE_CHECKING:
    from spacy.tokens import Token

Certainty = Literal["high", "medium", "low"]


def _norm(tok: Token) -> str:
    return norm_word(tok.text)


def find_hedges(
    tokens: Sequence[Token], lex: ClaimLexicon | None = None
) -> list[tuple[str, str, int]]:
    """(phrase as written, kind, strength) for every hedge cue, in text order.

    Single words match the token's text or lemma; phrases match lower-case word sequences.
    Modals count only as auxiliaries, so "May" the month or the name is not a hedge.
    """
    lex = lex or lexicon()
    words = column(tokens, "text", norm_word)
    by_word = positions(tokens, "text", norm_word)
    by_lemma = positions(tokens, "lemma_", str.lower)
    words_as_written = column(tokens, "text")
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
            tok = tokens[i]
            if n == 1:
                if not _counts(tok, hedge.kind, parts[0], tokens):
                    continue
            elif words[i : i + n] != parts:
                continue
            taken.update(range(i, i + n))
            text = " ".join(words_as_written[i : i + n])
            found.append((i, text, hedge.kind, hedge.strength))
    found.sort()
    return [(text, kind, strength) for _, text, kind, strength in found]


_SUBORDINATE = frozenset({"relcl", "acl", "csubj", "pcomp", "pobj", "amod"})
_EPISTEMIC_VERBS = frozenset({"appear", "seem", "believe", "vary"})


def _main_clause(tok: Token, tokens: Sequence[Token]) -> bool:
    """True when the modal's verb is the claim's own predicate, not a clause inside it
    ('speech that might be illegal', 'what the science may say' do not hedge the claim)."""
    ids = token_ids(tokens)
    verb = tok.head
    for _ in range(4):
        if verb.dep_ in _SUBORDINATE:
            return False
        if verb.head.i == verb.i or verb.head.i not in ids:
            return True
        verb = verb.head
    return True


def _counts(tok: Token, kind: str, word: str, tokens: Sequence[Token]) -> bool:
    """Context rules that keep a cue word from hedging when it does not."""
    if kind == "modal":
        if tok.tag_ != "MD":
            return False
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.dep_ == "neg" and tok.lower_ in ("could", "can"):
            # "could not agree": past inability, not doubt
            return False
        return _main_clause(tok, tokens)
    if kind == "negation":
        return tok.dep_ in ("neg", "det") or tok.lower_ == "never"
    if word in _EPISTEMIC_VERBS:
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        if word in ("appear", "seem"):  # 'appeared to be', not 'appeared in two films'
            return any(
                c.dep_ in ("xcomp", "ccomp", "acomp", "attr")
                or (c.dep_ == "prep" and c.lower_ in ("like", "as"))
                for c in tok.children
            )
        if word == "believe":  # 'police believe him to be 25'; 'I believe' is an opinion
            return not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children)
        return True
    # 'the longest possible sentence' is not a possibility
    return not (word in ("possible", "potential") and tok.i > 0 and tok.nbor(-1).tag_ == "JJS")


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
