"""Score reported entities against gold referents: precision, recall, split rate, merges.

Gold (``entities`` in an outlets record): one entry per real-world referent, ``{"name", "label":
person|organisation|place|other, "mentions": [[start, end], ...]}``, maximal names only, no
pronouns, no descriptions, no demonyms. Rules:

- **Coarse labels.** PERSON → person; ORG → organisation; GPE, LOC, FAC → place; every other
  named label (PRODUCT, EVENT, WORK_OF_ART, LAW, LANGUAGE, ...) → other. NORP (nationalities,
  religious and political groups) → organisation, *but a demonym-shaped NORP entity that matches
  no gold referent is not judged*: the gold by convention omits demonyms and nationality
  adjectives ("Polish", "South Dakotans", "Israeli", "Democrat"), the bulk of NORP entities, so
  it is silent on them and can call them neither right nor wrong; they are counted apart
  (``norp_unjudged``). A NORP that is not demonym-shaped ("Leszek", a first name; "LGBT") and
  matches nothing is a false positive like any other label; a NORP that matches a referent
  ("the Taliban") is judged like any other.
- **Mentions match** when they share ≥ 0.5 of the longer span, or one contains the other and
  both end on the same word, the longer adding only pre-modifiers (the head of an English name:
  "Mayor Paweł Adamowicz" ⊃ "Paweł Adamowicz", "Lakers" ⊂ "Los Angeles Lakers"; but "New York"
  is not the head of "Western District of New York", "Denis" not of "Saint-Denis"),
  a trailing possessive or stop left out.
- **A reported entity matches a referent** when any of its mentions matches any of the
  referent's mentions. Its *primary* referent is the one most of its mentions match.
- **precision** = reported entities whose primary referent has the entity's coarse label /
  judged reported entities; **recall** = referents matched by at least one reported entity /
  referents; **split rate** = referents matched by two or more reported entities / referents
  matched; **merge errors** = reported entities matching two or more referents.

Mentions inside ``ignore_spans`` (headline, bylines, captions) count neither way; a reported
entity with no mention left is not judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from pydantic import ConfigDict, ValidationError

from newsparse.errors import FormatError
from newsparse.eval.matching import MIN_OVERLAP, overlap_ratio
from newsparse.eval.measures import Accuracy, accuracy
from newsparse.models import Entity, FrozenModel

CoarseLabel = Literal["person", "organisation", "place", "other"]
SpanT = tuple[int, int]

COARSE_LABELS: dict[str, CoarseLabel] = {
    "PERSON": "person",
    "ORG": "organisation",
    "NORP": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
"""spaCy label → coarse label; anything not listed is ``other``."""
UNJUDGED_WHEN_UNMATCHED = frozenset({"NORP"})
"""Labels the gold is silent on when no referent matches, if demonym-shaped."""
_DEMONYM = re.compile(r"(?:an|ish|ese|i|ic|ch|crat|ist)s?$")
"""Endings of nationality and group words: American(s), Polish, Japanese, Israeli(s), Arabic,
French, Democrat(s), Communist(s). (A rarer shape, "Greek", "Swiss", is then judged.)"""

_TRAILING = re.compile(r"(?:[’']s?|[.,;:!?\s])+$")
_POST_MODIFIER = re.compile(r"\b(?:of|for|in|at|on|to|from|by|with|and)\b|[&,(]", re.IGNORECASE)
"""Words that make what follows them a post-modifier, not the head of the name."""


class GoldEntity(FrozenModel):
    """One gold referent (annotation extras are ignored, not refused)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    name: str
    label: CoarseLabel
    mentions: tuple[SpanT, ...]


class PredEntity(FrozenModel):
    """One reported entity, reduced to what scoring needs."""

    name: str
    label: str
    mentions: tuple[SpanT, ...]


class EntityCounts(FrozenModel):
    """Raw counts for one article; summed over articles before ratios are taken."""

    reported: int = 0
    correct: int = 0
    matched_pred: int = 0
    merges: int = 0
    norp_unjudged: int = 0
    gold: int = 0
    gold_matched: int = 0
    gold_split: int = 0


class EntityResult(FrozenModel):
    """Entity scores over a gold file (see the module docstring for the rules)."""

    articles: int
    precision: Accuracy
    precision_any_label: Accuracy
    recall: Accuracy
    split_rate: Accuracy
    merge_errors: int
    norp_unjudged: int


def coarse_label(label: str) -> CoarseLabel:
    """The gold's four-way label for a spaCy entity label."""
    return COARSE_LABELS.get(label, "other")


def is_demonym_shaped(name: str) -> bool:
    """'South Dakotans', 'Polish', 'Israeli': a nationality or group word by its ending, not
    an acronym ('LGBT') nor a name such as 'Leszek'."""
    last = name.split()[-1] if name.split() else ""
    return len(last) > 2 and not last.isupper() and bool(_DEMONYM.search(last.lower()))


def _trimmed_end(span: SpanT, text: str) -> int:
    """The span's end with a trailing possessive, punctuation or space left out."""
    start, end = span
    piece = text[start:end]
    cut = _TRAILING.search(piece)
    return start + cut.start() if cut and cut.start() > 0 else end


def mentions_match(a: SpanT, b: SpanT, text: str) -> bool:
    """Overlap ≥ 0.5 of the longer span, or containment ending on the same (head) word."""
    if overlap_ratio(a, b) >= MIN_OVERLAP:
        return True
    outer, inner = (a, b) if a[1] - a[0] >= b[1] - b[0] else (b, a)
    if not (outer[0] <= inner[0] and inner[1] <= outer[1]):
        return False
    if _trimmed_end(outer, text) != _trimmed_end(inner, text):
        return False
    prefix = text[outer[0] : inner[0]]
    # whole words before it ('Baghdad-Damascus' is no 'Damascus'), none opening a post-modifier
    return (not prefix or prefix[-1].isspace()) and not _POST_MODIFIER.search(prefix)


def _inside_any(span: SpanT, spans: Sequence[SpanT]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _outside(mentions: Iterable[SpanT], ignore: Sequence[SpanT]) -> tuple[SpanT, ...]:
    return tuple(m for m in mentions if not _inside_any(m, ignore))


def matched_referents(pred: PredEntity, gold: Sequence[GoldEntity], text: str) -> dict[int, int]:
    """Gold referent index → how many of ``pred``'s mentions match one of its mentions."""
    hits: dict[int, int] = {}
    for m in pred.mentions:
        for j, ref in enumerate(gold):
            if any(mentions_match(m, g, text) for g in ref.mentions):
                hits[j] = hits.get(j, 0) + 1
    return hits


def score_entities(
    gold: Sequence[GoldEntity],
    pred: Sequence[PredEntity],
    text: str,
    ignore: Sequence[SpanT] = (),
) -> EntityCounts:
    """Counts for one article (see the module docstring for the rules)."""
    gold = [
        g.model_copy(update={"mentions": kept})
        for g in gold
        if (kept := _outside(g.mentions, ignore))
    ]
    matches_per_ref = [0] * len(gold)
    reported = correct = matched_pred = merges = norp_unjudged = 0
    for p in pred:
        mentions = _outside(p.mentions, ignore)
        if not mentions:
            continue
        hits = matched_referents(p.model_copy(update={"mentions": mentions}), gold, text)
        if not hits:
            if p.label in UNJUDGED_WHEN_UNMATCHED and is_demonym_shaped(p.name):
                norp_unjudged += 1
            else:
                reported += 1
            continue
        reported += 1
        matched_pred += 1
        merges += len(hits) >= 2
        for j in hits:
            matches_per_ref[j] += 1
        primary = max(hits, key=lambda j: (hits[j], -j))
        correct += gold[primary].label == coarse_label(p.label)
    return EntityCounts(
        reported=reported,
        correct=correct,
        matched_pred=matched_pred,
        merges=merges,
        norp_unjudged=norp_unjudged,
        gold=len(gold),
        gold_matched=sum(1 for n in matches_per_ref if n >= 1),
        gold_split=sum(1 for n in matches_per_ref if n >= 2),
    )


def aggregate_entities(counts: Iterable[EntityCounts]) -> EntityResult:
    """Micro-averaged totals over articles."""
    items = list(counts)

    def total(name: str) -> int:
        return sum(getattr(c, name) for c in items)

    return EntityResult(
        articles=len(items),
        precision=accuracy(total("correct"), total("reported")),
        precision_any_label=accuracy(total("matched_pred"), total("reported")),
        recall=accuracy(total("gold_matched"), total("gold")),
        split_rate=accuracy(total("gold_split"), total("gold_matched")),
        merge_errors=total("merges"),
        norp_unjudged=total("norp_unjudged"),
    )


# --------------------------------------------------------------------------- reading


def gold_entities(record: dict[str, Any]) -> list[GoldEntity] | None:
    """The record's gold referents, or None when it carries no ``entities``; a malformed entry
    (or a mention outside the text) is a FormatError naming the record."""
    raw = record.get("entities")
    if raw is None:
        return None
    where = f"record {record.get('id', '?')}"
    if not isinstance(raw, list):
        raise FormatError(f"{where}: 'entities' is not a list")
    size = len(record["text"]) if isinstance(record.get("text"), str) else None
    out: list[GoldEntity] = []
    for k, item in enumerate(raw):
        try:
            entity = GoldEntity.model_validate(item)
        except ValidationError as err:
            first = err.errors()[0]
            loc = ".".join(str(x) for x in first["loc"])
            raise FormatError(f"{where}: entities[{k}].{loc}: {first['msg']}") from None
        for start, end in entity.mentions:
            if not 0 <= start < end or (size is not None and end > size):
                raise FormatError(f"{where}: entities[{k}]: bad mention [{start}, {end}]")
        out.append(entity)
    return out


def pred_entities(entities: Iterable[Entity]) -> list[PredEntity]:
    """Reported entities as scoring sees them: label and mention offsets."""
    return [
        PredEntity(name=e.name, label=e.label, mentions=tuple((m.start, m.end) for m in e.mentions))
        for e in entities
    ]
