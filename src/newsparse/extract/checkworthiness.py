"""Check-worthiness: a 0-1 score from weighted features, with the features that fired as reasons."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from newsparse.extract.claim_lexicon import ClaimLexicon, lexicon
from newsparse.extract.claim_tokens import column
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
    col = partial(column, tokens)  # a claim's tokens are consecutive: sliced columns
    texts, ent_types, pos, tags = col("text"), col("ent_type_"), col("pos_"), col("tag_")
    lemmas = col("lemma_", str.lower)
    fired: list[str] = []
    if any(
        like_num and any(c.isdigit() for c in text)
        for like_num, text in zip(col("like_num"), texts, strict=True)
    ) or ("quantity" in types):
        fired.append("number")
    if "quantity" in types:
        fired.append("quantity_type")
    if any(e in NAMED_LABELS for e in ent_types):
        fired.append("named_entity")
    if any(e in ("PERSON", "ORG") for e in ent_types):
        fired.append("public_actor")  # the claim is about a named actor (not merely by one)
    for kind in ("law_or_rule", "causal", "comparison", "opinion", "prediction"):
        if kind in types:
            fired.append(kind)
    if "personal_experience" in types:
        fired.append("personal_experience")
    content_lemmas = {
        lemma
        for lemma, stop, p in zip(lemmas, col("is_stop"), pos, strict=True)
        if not stop or p == "VERB"
    }
    if any(lex.acts.get(lemma) == "accusation" for lemma in content_lemmas):
        fired.append("accusation")
    verbs = [lemma for lemma, p in zip(lemmas, pos, strict=True) if p == "VERB"]
    if any(lex.acts.get(lemma) == "act" for lemma in verbs):
        fired.append("consequential_act")
    if claimer_type == "organization":
        fired.append("official_source")
    if (
        any(tag in ("VBD", "VBN") and p == "VERB" for tag, p in zip(tags, pos, strict=True))
        and "prediction" not in types
    ):
        fired.append("past_event")
    if hedged:
        fired.append("hedged")
    if any(low in FIRST_PERSON for low in col("lower_")):
        fired.append("first_person")
    if sum(col("is_alpha")) < 6:
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
