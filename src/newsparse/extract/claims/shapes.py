"""The grammatical shape of a claim, as features for the type weights only.

An opinion and a plain happening can share every cue the type rules read ('Trump won.' from a
reader's verdict, 'Stein left the area.' from a police account); what tells them apart in
general is how the sentence is built: a judgement predicates a quality of its subject ('She was
prepared, composed'), grades it ('really good', 'the worst'), or prescribes; a happening reports
an act. These features name that shape. They carry no check-worthiness weight, so they never
show as reasons.
"""

from __future__ import annotations

from newsparse.extract.claims.tokens import ClaimTokens

PREFIX = "shape_"
_COMPLEMENT_DEPS = frozenset({"acomp", "attr", "oprd"})
_DEGREE = frozenset(
    {
        "very",
        "really",
        "so",
        "too",
        "truly",
        "extremely",
        "pretty",
        "quite",
        "absolutely",
        "incredibly",
        "totally",
        "completely",
        "simply",
        "just",
        "obviously",
        "clearly",
        "certainly",
        "definitely",
        "hugely",
        "deeply",
        "terribly",
        "awfully",
        "remarkably",
    }
)
_PREFERENCE = frozenset({"want", "wish", "prefer", "like", "love", "plan", "intend", "hope"})
_COPULAS = frozenset({"be", "seem", "look", "sound", "feel", "remain", "become", "appear"})


def shape_features(tokens: ClaimTokens, root: int | None) -> list[str]:
    """Names (``shape_*``) of the shapes the claim has; ``root`` is the position of its main
    verb among ``tokens`` (``checkworthiness._root``)."""
    if root is None or not len(tokens):
        return []
    view, ids = tokens.view, tokens.ids
    i = ids[root]
    pos, tags, deps = view.column("pos_"), view.column("tag_"), view.column("dep_")
    lemma = view.column("lemma_", str.lower)
    inside = set(ids)
    fired: list[str] = []
    kids = [c for c in view.children(i) if c in inside]
    complement = [c for c in kids if deps[c] in _COMPLEMENT_DEPS]
    if lemma[i] in _COPULAS and complement:
        if any(pos[c] == "ADJ" for c in complement):
            fired.append(PREFIX + "quality")  # 'she was prepared', 'it is unfair'
        else:
            fired.append(PREFIX + "identity")  # 'he is a predator', 'that would be me'
    elif pos[i] == "VERB" and lemma[i] in _PREFERENCE:
        fired.append(PREFIX + "preference")  # 'I want to be a listener'
    elif pos[i] == "VERB" and (
        tags[i] == "VBD" or any(tags[c] == "VBD" for c in kids if deps[c] in ("aux", "auxpass"))
    ):
        fired.append(PREFIX + "past_act")  # 'Stein complied with police orders'
    elif pos[i] == "VERB":
        fired.append(PREFIX + "act")
    lowers = tokens.column("lower_")
    tok_deps = tokens.column("dep_")
    tok_tags = tokens.column("tag_")
    if any(w in _DEGREE and d == "advmod" for w, d in zip(lowers, tok_deps, strict=True)):
        fired.append(PREFIX + "degree")  # 'really good', 'obviously'
    if any(t in ("JJS", "RBS") for t in tok_tags):
        fired.append(PREFIX + "superlative")
    if "!" in lowers:
        fired.append(PREFIX + "exclamation")
    adjectives = sum(1 for p in tokens.column("pos_") if p == "ADJ")
    if adjectives >= 2:
        fired.append(PREFIX + "adjectives")
    return fired
