"""Check-worthiness: a 0-1 score from weighted features, with the features that fired as reasons."""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import compress

from newsparse.docview import DocView
from newsparse.extract.claims.shapes import shape_features
from newsparse.extract.claims.tokens import ClaimTokens
from newsparse.lexicon.claims import ClaimLexicon, lexicon
from newsparse.vocab import NAMED_LABELS, PUBLIC_ACTOR_LABELS

TYPE_FEATURES = {
    "quantity": "quantity_type",
    "law_or_rule": "law_or_rule",
    "causal": "causal",
    "comparison": "comparison",
    "opinion": "opinion",
    "prediction": "prediction",
    "personal_experience": "personal_experience",
}
"""Claim type -> the feature it fires (the type features are recomputed when types change)."""
FIRST_PERSON_WORDS = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves", "mine"})
SECOND_PERSON_WORDS = frozenset({"you", "your", "yours", "yourself", "yourselves"})
_FUTURE_WORDS = frozenset({"will", "'ll", "wo", "shall"})
_WHEN_LABELS = frozenset({"DATE", "TIME"})
_OTHER_NAMED_LABELS = NAMED_LABELS - PUBLIC_ACTOR_LABELS
"""Names besides people and organisations ('public_actor'): the two reasons never overlap, so
each weight says what its own kind of name adds."""
_MEASURE_LABELS = frozenset({"MONEY", "PERCENT"})


def _pronoun_in(words: frozenset[str], lower: list[str], pos: list[str]) -> bool:
    """A pronoun of ``words`` among the claim's tokens ('US' the country is no 'us')."""
    if words.isdisjoint(lower):
        return False
    return any(low in words and p == "PRON" for low, p in zip(lower, pos, strict=True))


def _root(tokens: ClaimTokens) -> int | None:
    """Position of the claim's main verb: the token whose head lies outside the claim (or is
    itself), preferring a verb."""
    view, ids = tokens.view, tokens.ids
    if not len(ids):
        return None
    lo, hi = ids[0], ids[-1]
    heads, pos = view.heads, tokens.column("pos_")
    tops = [k for k, i in enumerate(ids) if heads[i] == i or not lo <= heads[i] <= hi]
    verbs = [k for k in tops if pos[k] in ("VERB", "AUX")]
    return (verbs or tops or [0])[0]


def _tense(tokens: ClaimTokens, root: int | None) -> str | None:
    """'past' ('was killed', 'has said'), 'future' ('will', 'is going to') or 'present' of the
    claim's main verb; None when it has no verb."""
    if root is None:
        return None
    view = tokens.view
    i = tokens.ids[root]
    tags, deps = view.column("tag_"), view.column("dep_")
    if view.column("pos_")[i] not in ("VERB", "AUX"):
        return None
    auxes = [c for c in view.children(i) if deps[c] in ("aux", "auxpass")]
    lower = dict(zip(auxes, view.values_of("norm_", auxes), strict=True))  # no norm_ column
    if any(lower[c] in _FUTURE_WORDS for c in auxes):
        return "future"
    if tags[i] == "VBD" or any(tags[c] == "VBD" for c in auxes):
        return "past"
    if tags[i] == "VBN" and any(lower[c] in ("have", "has", "'ve", "'s") for c in auxes):
        return "past"
    if tags[i] == "VBG" and any(lower[c] == "going" for c in auxes):
        return "future"
    return "present"


_SENSE_OF_LYING = frozenset({"about", "to", "under"})


def _placed(view: DocView, verb: int, lemma: str) -> bool:
    """'lie' of where something is ('victims lying on the roadway', 'whatever lies beyond'),
    not of untruth ('he lied about it', 'lied to Congress')."""
    if lemma != "lie":
        return False
    deps, lower = view.column("dep_"), view.column("lower_")
    return any(
        (deps[c] == "prep" and lower[c] not in _SENSE_OF_LYING) or deps[c] in ("advmod", "prt")
        for c in view.children(verb)
    )


_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def _light_use(view: DocView, verb: int, lex: ClaimLexicon) -> bool:
    """An act verb whose object makes it no act ('raised a question', 'tributes were paid',
    'raise your children'): the object nouns of ``claim_acts.tsv`` of kind 'light'."""
    light = lex.acts_of("light")
    if not light:
        return False
    deps, lemmas = view.column("dep_"), view.column("lemma_", str.lower)
    if deps[verb] == "relcl" and lemmas[view.heads[verb]] in light:
        return True  # 'a point that we have raised'
    return any(deps[c] in _OBJECT_DEPS and lemmas[c] in light for c in view.children(verb))


def features(
    tokens: ClaimTokens,
    *,
    types: Sequence[str],
    hedged: bool,
    claimer_type: str,
    quoted: bool,
    lex: ClaimLexicon | None = None,
) -> list[str]:
    """Names of the features that fire for a claim, each true of it (their check-worthiness
    weights live in checkworthiness.tsv, their type weights in claim_type_weights.tsv)."""
    lex = lex or lexicon()
    col = tokens.column  # sliced once per claim and shared with hedges and types
    texts, ent_types, pos, tags = col("text"), col("ent_type_"), col("pos_"), col("tag_")
    lemmas, lower = col("lemma_", str.lower), col("lower_")
    fired: list[str] = []
    if "quantity" in types or any(
        any(c.isdigit() for c in text) for text in compress(texts, col("like_num"))
    ):
        fired.append("number")
    # Set tests run in C; the per-token checks below run only when one of them passes.
    if not _OTHER_NAMED_LABELS.isdisjoint(ent_types):
        fired.append("named_entity")  # a place, people, law, event or building named
    if not PUBLIC_ACTOR_LABELS.isdisjoint(ent_types):
        fired.append("public_actor")  # the claim is about a named actor (not merely by one)
    if not _WHEN_LABELS.isdisjoint(ent_types):
        fired.append("date_or_time")  # 'on Saturday, May 18', 'at 6:38 p.m.'
    if not _MEASURE_LABELS.isdisjoint(ent_types):
        fired.append("money_or_percent")
    fired.extend(TYPE_FEATURES[t] for t in types if t in TYPE_FEATURES)
    accusations = lex.acts_of("accusation")
    ids = tokens.ids
    if not accusations.isdisjoint(lemmas) and any(
        lemma in accusations
        and (not stop or p == "VERB")  # a content word or a verb
        and not (p == "VERB" and _placed(tokens.view, ids[k], lemma))
        for k, (lemma, stop, p) in enumerate(zip(lemmas, col("is_stop"), pos, strict=True))
    ):
        fired.append("accusation")
    acts = lex.acts_of("act")
    if not acts.isdisjoint(lemmas) and any(
        lemma in acts and p == "VERB" and not _light_use(tokens.view, ids[k], lex)
        for k, (lemma, p) in enumerate(zip(lemmas, pos, strict=True))
    ):
        fired.append("consequential_act")
    fired.append(CLAIMER_FEATURES.get(claimer_type, "article_voice"))
    root = _root(tokens)
    tense = _tense(tokens, root)
    if tense == "past":
        fired.append("past_event")
    elif tense == "present":
        fired.append("present_tense")
    elif tense == "future":
        fired.append("future_tense")
    if "MD" in tags:
        fired.append("modal")
    if hedged:
        fired.append("hedged")
    if _pronoun_in(FIRST_PERSON_WORDS, lower, pos):
        fired.append("first_person")
    if _pronoun_in(SECOND_PERSON_WORDS, lower, pos):
        fired.append("second_person")
    if "not" in lower or "n't" in lower or "never" in lower or "no" in lower:
        fired.append("negation")
    n_words = sum(col("is_alpha"))
    if n_words < 6:
        fired.append("short")
    elif n_words > 30:
        fired.append("long")
    if quoted:
        fired.append("direct_quote")
    fired.extend(shape_features(tokens, root))
    return fired


CLAIMER_FEATURES = {
    "organization": "official_source",
    "person": "person_source",
    "media": "media_source",
    "anonymous": "anonymous_source",
    "article": "article_voice",
}
"""Claimer type -> the feature naming it."""


def with_types(fired: Sequence[str], types: Sequence[str]) -> list[str]:
    """``fired`` with its type features replaced by those of ``types``."""
    type_names = set(TYPE_FEATURES.values())
    kept = [f for f in fired if f not in type_names]
    return kept[:1] + [TYPE_FEATURES[t] for t in types if t in TYPE_FEATURES] + kept[1:]


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
