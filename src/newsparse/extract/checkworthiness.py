"""Check-worthiness: a 0-1 score from weighted features, with the features that fired as reasons."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsparse.extract.claim_lexicon import ClaimLexicon, lexicon
from newsparse.extract.claim_types import FIRST_PERSON

if TYPE_CHECKING:
    from spacy.tokens import Token

NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "LAW", "EVENT"})


def features(
    tokens: Sequence[Token],
    *,
    types: Sequence[str],
    hedged: bool,
    claimer_type: str,
    quoted: bool,
    lex: ClaimLexicon | None = None,
) -> list[str]:
    """Names of the features that fire for a claim (their weights live in checkworthiness.tsv)."""
    lex = lex or lexicon()
    fired: list[str] = []
    if any(t.like_num and any(c.isdigit() for c in t.text) for t in tokens) or (
        "quantity" in types
    ):
        fired.append("number")
    if "quantity" in types:
        fired.append("quantity_type")
    if any(t.ent_type_ in NAMED_LABELS for t in tokens):
        fired.append("named_entity")
    if any(t.ent_type_ in ("PERSON", "ORG") for t in tokens):
        fired.append("public_actor")  # the claim is about a named actor (not merely by one)
    for kind in ("law_or_rule", "causal", "comparison", "opinion", "prediction"):
        if kind in types:
            fired.append(kind)
    if "personal_experience" in types:
        fired.append("personal_experience")
    lemmas = {t.lemma_.lower() for t in tokens if not t.is_stop or t.pos_ == "VERB"}
    if any(lex.acts.get(lemma) == "accusation" for lemma in lemmas):
        fired.append("accusation")
    if any(lex.acts.get(t.lemma_.lower()) == "act" and t.pos_ == "VERB" for t in tokens):
        fired.append("consequential_act")
    if claimer_type == "organization":
        fired.append("official_source")
    if (
        any(t.tag_ in ("VBD", "VBN") and t.pos_ == "VERB" for t in tokens)
        and "prediction" not in types
    ):
        fired.append("past_event")
    if hedged:
        fired.append("hedged")
    if any(t.lower_ in FIRST_PERSON for t in tokens):
        fired.append("first_person")
    if sum(1 for t in tokens if t.is_alpha) < 6:
        fired.append("short")
    if quoted:
        fired.append("direct_quote")
    return fired


def score(fired: Sequence[str], lex: ClaimLexicon | None = None) -> tuple[float, list[str]]:
    """Logistic of bias + summed weights, rounded; reasons read 'number +1.2'."""
    lex = lex or lexicon()
    weights = lex.weights
    total = weights.get("bias", 0.0)
    reasons: list[str] = []
    for name in fired:
        w = weights.get(name, 0.0)
        if w:
            total += w
            reasons.append(f"{name} {w:+.1f}")
    return round(1.0 / (1.0 + math.exp(-total)), 3), reasons
