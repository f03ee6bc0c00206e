"""Hedges: modals, hedging words and negation in a claim, and the certainty they leave."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from newsparse.extract.claim_lexicon import ClaimLexicon, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

Certainty = Literal["high", "medium", "low"]


def _norm(tok: Token) -> str:
    return tok.text.lower().replace("’", "'")


def find_hedges(
    tokens: Sequence[Token], lex: ClaimLexicon | None = None
) -> list[tuple[str, str, int]]:
    """(phrase as written, kind, strength) for every hedge cue, in text order.

    Single words match the token's text or lemma; phrases match lower-case word sequences.
    Modals count only as auxiliaries, so "May" the month or the name is not a hedge.
    """
    lex = lex or lexicon()
    words = [_norm(t) for t in tokens]
    found: list[tuple[int, str, str, int]] = []
    taken: set[int] = set()
    for hedge in sorted(lex.hedges, key=lambda h: -len(h.phrase.split())):
        parts = hedge.phrase.split()
        n = len(parts)
        for i in range(len(tokens) - n + 1):
            if any(j in taken for j in range(i, i + n)):
                continue
            tok = tokens[i]
            if n == 1:
                if words[i] != parts[0] and tok.lemma_.lower() != parts[0]:
                    continue
                if hedge.kind == "modal" and tok.tag_ != "MD":
                    continue
                if (
                    hedge.kind == "negation"
                    and tok.dep_ not in ("neg", "det")
                    and words[i] != "never"
                ):
                    continue
            elif words[i : i + n] != parts:
                continue
            taken.update(range(i, i + n))
            text = " ".join(t.text for t in tokens[i : i + n])
            found.append((i, text, hedge.kind, hedge.strength))
    found.sort()
    return [(text, kind, strength) for _, text, kind, strength in found]


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
