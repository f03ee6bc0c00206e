"""Check-worthiness: a 0-1 score from weighted features, with the features that fired as reasons."""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import compress

from newsparse.extract.claims.kinds import FIRST_PERSON
from newsparse.extract.claims.tokens import ClaimTokens
from newsparse.lexicon.claims import ClaimLexicon, lexicon
from newsparse.vocab import NAMED_LABELS, PAST_TAGS, PUBLIC_ACTOR_LABELS


def features(
    tokens: ClaimTokens,
    *,
    types: Sequence[str],
    hedged: bool,
    claimer_type: str,
    quoted: bool,
    lex: ClaimLexicon | None = None,
) -> list[str]:
    """Names of the features that fire for a claim (their weights live in checkworthiness.tsv)."""
    lex = lex or lexicon()
    col = tokens.column  # sliced once per claim and shared with hedges and types
    texts, ent_types, pos, tags = col("text"), col("ent_type_"), col("pos_"), col("tag_")
    lemmas = col("lemma_", str.lower)
    fired: list[str] = []
    if "quantity" in types or any(
        any(c.isdigit() for c in text) for text in compress(texts, col("like_num"))
    ):
        fired.append("number")
    if "quantity" in types:
        fired.append("quantity_type")
    # Set tests run in C; the per-token checks below run only when one of them passes.
    if not NAMED_LABELS.isdisjoint(ent_types):
        fired.append("named_entity")
    if not PUBLIC_ACTOR_LABELS.isdisjoint(ent_types):
        fired.append("public_actor")  # the claim is about a named actor (not merely by one)
    for kind in ("law_or_rule", "causal", "comparison", "opinion", "prediction"):
        if kind in types:
            fired.append(kind)
    if "personal_experience" in types:
        fired.append("personal_experience")
    accusations = lex.acts_of("accusation")
    if not accusations.isdisjoint(lemmas) and any(
        lemma in accusations and (not stop or p == "VERB")  # a content word or a verb
        for lemma, stop, p in zip(lemmas, col("is_stop"), pos, strict=True)
    ):
        fired.append("accusation")
    acts = lex.acts_of("act")
    if not acts.isdisjoint(lemmas) and any(
        lemma in acts and p == "VERB" for lemma, p in zip(lemmas, pos, strict=True)
    ):
        fired.append("consequential_act")
    if claimer_type == "organization":
        fired.append("official_source")
    if (
        "prediction" not in types
        and ("VBD" in tags or "VBN" in tags)
        and any(tag in PAST_TAGS and p == "VERB" for tag, p in zip(tags, pos, strict=True))
    ):
        fired.append("past_event")
    if hedged:
        fired.append("hedged")
    if not FIRST_PERSON.isdisjoint(col("lower_")):
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
    labels = lex.weight_labels
    for name in fired:
        w = weights.get(name, 0.0)
        if w:
            total += w
            reasons.append(labels[name])
    return round(1.0 / (1.0 + math.exp(-total)), 3), reasons
