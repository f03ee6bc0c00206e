"""The word lists claims rest on, read once from package data (resources/*.tsv)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from newsparse.lexicon import rows as _rows


def norm_word(text: str) -> str:
    """How cue words are matched: lower case, curly apostrophe straightened ('they’ll')."""
    return text.lower().replace("’", "'")


@dataclass(frozen=True)
class TypeCue:
    type: str
    match: str
    cue: str
    pos: frozenset[str]


@dataclass(frozen=True)
class Hedge:
    phrase: str
    kind: str
    strength: int


@dataclass
class ClaimLexicon:
    """Everything the claim extractor looks words up in."""

    stances: dict[str, str] = field(default_factory=dict)
    nocomp_frames: dict[str, str] = field(default_factory=dict)
    hedges: list[Hedge] = field(default_factory=list)
    type_cues: list[TypeCue] = field(default_factory=list)
    claimer_words: dict[str, frozenset[str]] = field(default_factory=dict)
    not_claims: list[re.Pattern[str]] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)
    acts: dict[str, str] = field(default_factory=dict)
    polarity: dict[str, str] = field(default_factory=dict)
    evaluations: dict[str, str] = field(default_factory=dict)
    """Frame verbs that make their claim an opinion: lemma -> 'always' | 'complement'."""
    intensifiers: frozenset[str] = frozenset()
    type_weights: dict[str, dict[str, float]] = field(default_factory=dict)
    """Claim type -> feature -> learned weight ('bias' included); empty: the cue types stand."""
    legal_heads: frozenset[str] = frozenset()
    """Nouns a legal word may modify and still frame a law ('a homicide probe')."""
    """Frame lemmas that bear on polarity: 'denial' (kept in the span) or 'question' (no claim)."""

    def words(self, category: str) -> frozenset[str]:
        return self.claimer_words.get(category, frozenset())

    @cached_property
    def hedge_order(self) -> list[Hedge]:
        """Hedges longest phrase first (ties in file order), so 'may well' wins over 'may'."""
        return sorted(self.hedges, key=lambda h: -len(h.phrase.split()))

    @cached_property
    def hedge_keys(self) -> dict[str, list[int]]:
        """First word of a hedge -> its indexes in ``hedge_order``."""
        keyed: dict[str, list[int]] = {}
        for n, hedge in enumerate(self.hedge_order):
            keyed.setdefault(hedge.phrase.split()[0], []).append(n)
        return keyed

    @cached_property
    def weight_labels(self) -> dict[str, str]:
        """Each feature's reason as shown ('number +1.2'), formatted once, not once per claim."""
        return {name: f"{name} {w:+.1f}" for name, w in self.weights.items()}

    def acts_of(self, kind: str) -> frozenset[str]:
        """Lemmas of one kind of act ('accusation', 'act'): a set to intersect a claim with."""
        return self.act_kinds.get(kind, frozenset())

    @cached_property
    def act_kinds(self) -> dict[str, frozenset[str]]:
        """``acts`` inverted: kind -> its lemmas."""
        kinds: dict[str, set[str]] = {}
        for lemma, kind in self.acts.items():
            kinds.setdefault(kind, set()).add(lemma)
        return {kind: frozenset(lemmas) for kind, lemmas in kinds.items()}

    @cached_property
    def law_words(self) -> frozenset[str]:
        """The lemmas that cue law_or_rule: a legal frame around a word that alone is none."""
        return frozenset(c.cue for c in self.type_cues if c.type == "law_or_rule")

    @cached_property
    def type_cue_keys(self) -> dict[str, list[int]]:
        """Word, lemma or tag (a phrase's first word) -> indexes of the type cues it triggers."""
        keyed: dict[str, list[int]] = {}
        for n, cue in enumerate(self.type_cues):
            key = cue.cue.split()[0] if cue.match == "phrase" else cue.cue
            keyed.setdefault(key, []).append(n)
        return keyed


def _type_weights() -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for kind, feature, weight in _rows("claim_type_weights.tsv"):
        out.setdefault(kind, {})[feature] = float(weight)
    return out


@lru_cache(maxsize=1)
def lexicon() -> ClaimLexicon:
    """Load every claim resource once per process."""
    from newsparse.lexicon.attribution import reporting_verbs

    stances = dict(reporting_verbs())  # the quote attribution's verbs, stances and precedence
    for row in _rows("claim_frames.tsv"):
        stances.setdefault(row[0].strip(), row[1].strip() if len(row) > 1 else "neutral")
    words: dict[str, set[str]] = {}
    for row in _rows("claimer_words.tsv"):
        words.setdefault(row[0].strip(), set()).add(row[1].strip().lower())
    return ClaimLexicon(
        stances=stances,
        nocomp_frames={
            r[0].strip(): (r[1].strip() if len(r) > 1 else "always")
            for r in _rows("claim_frames_nocomp.tsv")
        },
        hedges=[Hedge(r[0], r[1], int(r[2])) for r in _rows("claim_hedges.tsv")],
        type_cues=[
            TypeCue(
                r[0], r[1], r[2], frozenset(p for p in (r[3] if len(r) > 3 else "").split("|") if p)
            )
            for r in _rows("claim_types.tsv")
        ],
        claimer_words={k: frozenset(v) for k, v in words.items()},
        not_claims=[re.compile(r[0], re.IGNORECASE) for r in _rows("not_claims.tsv")],
        weights={r[0]: float(r[1]) for r in _rows("checkworthiness.tsv")},
        acts={r[0]: r[1] for r in _rows("claim_acts.tsv")},
        polarity={r[0]: r[1] for r in _rows("claim_polarity.tsv")},
        evaluations={r[0]: r[1] for r in _rows("claim_evaluations.tsv")},
        intensifiers=frozenset(r[0] for r in _rows("claim_intensifiers.tsv")),
        type_weights=_type_weights(),
        legal_heads=frozenset(r[0] for r in _rows("claim_legal_heads.tsv")),
    )
