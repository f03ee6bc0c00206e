"""Score voices against gold speaker labels: gender precision and coverage, source-type accuracy.

Gold quote segments may carry ``speaker_name``, ``speaker_gender`` (female, male, unknown) and
``speaker_source_type`` (tests/fixtures/README.md). The unit is one gold speaker of one article
(its segments grouped by ``speaker_name``), so a much-quoted speaker counts once. A gold speaker
is *found* when quotes matched to its segments (overlap >= 0.5, one-to-one) belong to a voice
whose name matches ``speaker_name`` (the most such matches wins; a gold group 'A and B' is not
matched by a voice of A alone). Only found speakers are scored:

- gender precision: of the found speakers we gave a gender, how many have that gold gender
  (a gender where the gold says ``unknown`` counts as wrong);
- gender coverage: of the found speakers the text genders (gold male/female), how many we gave
  that gender;
- source-type accuracy: of the found speakers, how many have the gold source type.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from pydantic import Field

from newsparse.eval.matching import match_spans
from newsparse.models import FrozenModel, Quote, Voice


class Rate(FrozenModel):
    correct: int = 0
    total: int = 0
    rate: float = 0.0


class VoiceCounts(FrozenModel):
    """Raw counts for one article; summed before ratios are taken."""

    speakers: int = 0
    found: int = 0
    gender_answered: int = 0
    gender_correct: int = 0
    gender_known: int = 0
    gender_covered: int = 0
    type_correct: int = 0
    type_errors: dict[str, int] = Field(default_factory=dict)


class VoiceScores(FrozenModel):
    speakers: int = Field(description="Gold speakers (per article) with voice labels.")
    found: Rate = Field(description="Gold speakers matched to a voice of the same name.")
    gender_precision: Rate
    gender_coverage: Rate
    source_type_accuracy: Rate
    source_type_errors: dict[str, int] = Field(
        default_factory=dict, description="'gold -> predicted': count, most frequent first."
    )


def rate(correct: int, total: int) -> Rate:
    return Rate(correct=correct, total=total, rate=correct / total if total else 0.0)


def _units(record: dict[str, Any]) -> dict[str, list[int]]:
    """Gold speaker name (lower-cased) -> indexes of its labelled segments."""
    units: dict[str, list[int]] = {}
    for j, q in enumerate(record.get("quotes") or []):
        name = q.get("speaker_name")
        if name and q.get("speaker_gender") and q.get("speaker_source_type"):
            units.setdefault(str(name).lower(), []).append(j)
    return units


def _same_speaker(gold: str, voice: str, matches: Callable[[str, str], bool]) -> bool:
    """The quote scorer's lenient name match, except that a gold group ('A and B') is not
    one of its members: a voice of A alone is the wrong speaker, not a gender error."""
    if " and " in gold.lower() and " and " not in voice.lower():
        return False
    return matches(gold, voice)


def has_voice_gold(record: dict[str, Any]) -> bool:
    return bool(_units(record))


def score_voices(
    record: dict[str, Any], quotes: Sequence[Quote], voices: Sequence[Voice]
) -> VoiceCounts:
    """Counts for one gold article against its predicted quotes and voices."""
    from newsparse.eval.quotes import speaker_matches  # eval.quotes imports this module

    gold = record.get("quotes") or []
    units = _units(record)
    if not units:
        return VoiceCounts()
    pred: list[tuple[int, int]] = []
    owner: list[int] = []
    for k, q in enumerate(quotes):
        for s in q.spans:
            pred.append((s.start, s.end))
            owner.append(k)
    gold_spans = [(int(q["start"]), int(q["end"])) for q in gold]
    matched = {j: owner[i] for i, j in match_spans(pred, gold_spans)}
    voice_of = {k: v for v in voices for k in v.quotes}
    c = Counter[str]()
    errors: Counter[str] = Counter()
    for segs in units.values():
        c["speakers"] += 1
        gold_name = gold[segs[0]]["speaker_name"]
        hits = Counter[str]()
        by_id: dict[str, Voice] = {}
        for j in segs:
            v = voice_of.get(matched.get(j, -1))
            if v is not None and _same_speaker(gold_name, v.name, speaker_matches):
                hits[v.id] += 1
                by_id[v.id] = v
        if not hits:
            continue
        voice = by_id[min(hits, key=lambda vid: (-hits[vid], vid))]
        want_gender = gold[segs[0]]["speaker_gender"]
        want_type = Counter(gold[j]["speaker_source_type"] for j in segs).most_common(1)[0][0]
        c["found"] += 1
        if voice.gender != "unknown":
            c["gender_answered"] += 1
            c["gender_correct"] += voice.gender == want_gender
        if want_gender in ("female", "male"):
            c["gender_known"] += 1
            c["gender_covered"] += voice.gender == want_gender
        if voice.source_type == want_type:
            c["type_correct"] += 1
        else:
            errors[f"{want_type} -> {voice.source_type}"] += 1
    return VoiceCounts(**c, type_errors=dict(errors))


def total_voices(counts: Iterable[VoiceCounts]) -> VoiceScores | None:
    """Micro-averaged scores, or None when no article had voice labels."""
    items = list(counts)
    speakers = sum(c.speakers for c in items)
    if not speakers:
        return None

    def total(name: str) -> int:
        return sum(getattr(c, name) for c in items)

    errors: Counter[str] = Counter()
    for c in items:
        errors.update(c.type_errors)
    found = total("found")
    return VoiceScores(
        speakers=speakers,
        found=rate(found, speakers),
        gender_precision=rate(total("gender_correct"), total("gender_answered")),
        gender_coverage=rate(total("gender_covered"), total("gender_known")),
        source_type_accuracy=rate(total("type_correct"), found),
        source_type_errors=dict(sorted(errors.items(), key=lambda kv: (-kv[1], kv[0]))),
    )
