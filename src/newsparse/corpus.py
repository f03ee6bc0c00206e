"""Corpus roll-up: who is mentioned and quoted most, how much sourcing is anonymous, and the
voices: shares of quotes and quoted words by gender, named or anonymous, and source type, over
the corpus, per outlet and per month.

Works on validated records (``reports.read_reports``), one at a time: memory grows with the
distinct names, not with the articles. A person written "Trump" in one article and "Donald
Trump" in another is one person here, when only one full name in the corpus ends that way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from pydantic import Field

from newsparse.errors import FormatError
from newsparse.models import Failure, FrozenModel, Report
from newsparse.reports import Bad, Record, validate

PERSON = "PERSON"


class EntityCount(FrozenModel):
    name: str
    label: str
    articles: int = Field(description="Articles that mention it.")
    mentions: int = Field(description="Mentions across all articles.")


class SpeakerCount(FrozenModel):
    name: str
    quotes: int
    articles: int


class Share(FrozenModel):
    count: int
    total: int
    share: float | None = Field(description="count / total, or null when total is 0.")


GENDERS = ("female", "male", "unknown")
NAMING = ("named", "anonymous", "description")
"""How a voice is identified: by a name (people, organisations, outlets), as an anonymous
source, or only by a description ('the patient')."""


class Tally(FrozenModel):
    voices: int = Field(0, description="Voice entries (one per article and source).")
    quotes: int = 0
    words: int = Field(0, description="Quoted words.")


class VoiceGroup(FrozenModel):
    """The voices of some articles: all of them, one outlet's or one month's."""

    key: str = Field(description="'all', the outlet (`article.source`) or the month (YYYY-MM).")
    articles: int = 0
    total: Tally = Field(default_factory=Tally)
    gender: dict[str, Tally] = Field(
        default_factory=dict, description="female, male, unknown -> tally."
    )
    female_share_of_known_quotes: float | None = Field(
        None, description="Female quotes / quotes of voices with a known gender."
    )
    female_share_of_known_words: float | None = None
    unknown_gender_share_of_quotes: float | None = None
    unknown_gender_share_of_words: float | None = None
    naming: dict[str, Tally] = Field(
        default_factory=dict, description="named, anonymous, description -> tally."
    )
    source_types: dict[str, Tally] = Field(default_factory=dict)


class TopVoice(FrozenModel):
    name: str
    type: str
    gender: str = Field(description="The known gender most of its articles give, else unknown.")
    source_type: str = Field(description="Its most frequent source type.")
    articles: int
    quotes: int
    words: int


class VoicesSummary(FrozenModel):
    all: VoiceGroup = Field(default_factory=lambda: VoiceGroup(key="all"))
    by_outlet: list[VoiceGroup] = Field(default_factory=list, description="Most quotes first.")
    by_month: list[VoiceGroup] = Field(default_factory=list, description="In month order.")
    top: list[TopVoice] = Field(default_factory=list, description="Most quotes first.")


class CorpusSummary(FrozenModel):
    """What ``newsparse aggregate`` reports; ``--json`` prints exactly this."""

    articles: int = Field(description="Reports read.")
    failed: int = Field(description="Error records read (inputs that could not be analysed).")
    invalid_lines: int = Field(0, description="Records that were not valid reports.")
    words: int = 0
    quotes: int = 0
    claims: int = 0
    entities: list[EntityCount] = Field(default_factory=list)
    speakers: list[SpeakerCount] = Field(default_factory=list)
    unattributed_quotes: int = Field(0, description="Quotes with no speaker, or an unresolved one.")
    anonymous_quotes: Share
    sourcing: dict[str, int] = Field(
        default_factory=dict, description="Sums of every report's sourcing profile."
    )
    anonymous_sourcing: Share = Field(description="Anonymous claims among all sourced claims.")
    voices: VoicesSummary = Field(default_factory=VoicesSummary)


def _share(count: int, total: int) -> Share:
    return Share(count=count, total=total, share=round(count / total, 4) if total else None)


def _norm(name: str) -> str:
    from newsparse.extract.entities.names import normalize_key
    from newsparse.lexicon.entities import lexicon

    norm = normalize_key(name)
    return lexicon().aliases.get(norm, norm)


def person_aliases(names: Iterable[str]) -> dict[str, str]:
    """Normalised one-word person names -> the one longer name in ``names`` ending with it.

    "trump" -> "donald trump" when that is the only such name; a surname two people share
    ("Trump": Donald and Ivanka) stays as it is, since either could be meant.
    """
    names = set(names)
    by_last: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) > 1:
            by_last.setdefault(words[-1], set()).add(name)
    return {
        name: next(iter(by_last[name]))
        for name in names
        if " " not in name and len(by_last.get(name, ())) == 1
    }


def _ratio(count: int, total: int) -> float | None:
    return round(count / total, 4) if total else None


def _month(report: Report) -> str:
    when = report.article.published
    return when.strftime("%Y-%m") if when is not None else "unknown"


class _VoiceTallies:
    """Running counts for one VoiceGroup."""

    def __init__(self) -> None:
        self.articles = 0
        self.counts: dict[
            tuple[str, str], list[int]
        ] = {}  # (facet, value) -> voices, quotes, words

    def add(self, facet: str, value: str, quotes: int, words: int) -> None:
        row = self.counts.setdefault((facet, value), [0, 0, 0])
        row[0] += 1
        row[1] += quotes
        row[2] += words

    def tally(self, facet: str, value: str) -> Tally:
        v, q, w = self.counts.get((facet, value), [0, 0, 0])
        return Tally(voices=v, quotes=q, words=w)

    def group(self, key: str) -> VoiceGroup:
        gender = {g: self.tally("gender", g) for g in GENDERS}
        known_q = gender["female"].quotes + gender["male"].quotes
        known_w = gender["female"].words + gender["male"].words
        total = self.tally("all", "")
        types = sorted(v for f, v in self.counts if f == "source_type")
        return VoiceGroup(
            key=key,
            articles=self.articles,
            total=total,
            gender=gender,
            female_share_of_known_quotes=_ratio(gender["female"].quotes, known_q),
            female_share_of_known_words=_ratio(gender["female"].words, known_w),
            unknown_gender_share_of_quotes=_ratio(gender["unknown"].quotes, total.quotes),
            unknown_gender_share_of_words=_ratio(gender["unknown"].words, total.words),
            naming={n: self.tally("naming", n) for n in NAMING},
            source_types={t: self.tally("source_type", t) for t in types},
        )


class Aggregator:
    """Add records one by one; ``result`` merges aliases and ranks."""

    def __init__(self) -> None:
        self.articles = self.failed = self.invalid = self.words = 0
        self.quotes = self.claims = self.anonymous = self.unattributed = 0
        self.mentions: Counter[tuple[str, str]] = Counter()
        self.entity_articles: dict[tuple[str, str], set[int]] = {}
        self.speaker_quotes: Counter[str] = Counter()
        self.speaker_articles: dict[str, set[int]] = {}
        self.sourcing: Counter[str] = Counter()
        self.forms: dict[tuple[str, str], Counter[str]] = {}
        self.voice_tallies: dict[tuple[str, str], _VoiceTallies] = {}  # (scope, key)
        self.top_voices: dict[tuple[str, str], dict[str, Any]] = {}  # (norm name, type)

    def add(self, record: Record | dict[str, Any]) -> None:
        """One record: a report, an error record (counted), or a bad one (counted as invalid).

        A plain dict (a report's JSON, as the batch sink has it) is validated first.
        """
        if isinstance(record, dict):
            record = validate(record, "record")
        if isinstance(record, Bad):
            self.invalid += 1
        elif isinstance(record, Failure):
            self.failed += 1
        else:
            self._report(record)

    def _report(self, report: Report) -> None:
        n = self.articles
        self.articles += 1
        self.words += report.article.word_count
        for ent in report.entities:
            key = (_norm(ent.name), ent.label)
            self.forms.setdefault(key, Counter())[ent.name] += 1
            self.mentions[key] += ent.count or 1
            self.entity_articles.setdefault(key, set()).add(n)
        for quote in report.quotes:
            self.quotes += 1
            speaker = quote.speaker
            if speaker is not None and speaker.anonymous:
                self.anonymous += 1
                continue
            if speaker is None or not speaker.name:
                self.unattributed += 1
                continue
            key = (_norm(speaker.name), "speaker")
            self.forms.setdefault(key, Counter())[speaker.name] += 1
            self.speaker_quotes[key[0]] += 1
            self.speaker_articles.setdefault(key[0], set()).add(n)
        self.claims += len(report.claims)
        for field, value in report.sourcing.model_dump().items():
            self.sourcing[field] += value
        self._voices(report, n)

    def _voices(self, report: Report, n: int) -> None:
        """The report's voices into the corpus, its outlet's and its month's tallies."""
        scopes = [
            ("all", "all"),
            ("outlet", report.article.source or "unknown"),
            ("month", _month(report)),
        ]
        tallies = [self.voice_tallies.setdefault(s, _VoiceTallies()) for s in scopes]
        for t in tallies:
            t.articles += 1
        for voice in report.voices:
            quotes = voice.direct + voice.reported
            naming = (
                "anonymous"
                if voice.type == "anonymous"
                else "description"
                if voice.type == "description"
                else "named"
            )
            for t in tallies:
                t.add("all", "", quotes, voice.words)
                t.add("gender", voice.gender, quotes, voice.words)
                t.add("naming", naming, quotes, voice.words)
                t.add("source_type", voice.source_type, quotes, voice.words)
            if naming != "named":
                continue
            key = (_norm(voice.name), voice.type)
            self.forms.setdefault((key[0], f"voice:{voice.type}"), Counter())[voice.name] += 1
            top = self.top_voices.setdefault(
                key,
                {"articles": set(), "quotes": 0, "words": 0, "gender": Counter(), "st": Counter()},
            )
            top["articles"].add(n)
            top["quotes"] += quotes
            top["words"] += voice.words
            top["gender"][voice.gender] += 1
            top["st"][voice.source_type] += 1

    def _voices_summary(self, top: int | None, aliases: dict[str, str]) -> VoicesSummary:
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        members: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for (norm, kind), data in self.top_voices.items():
            key = (aliases.get(norm, norm) if kind == "person" else norm, kind)
            have = merged.setdefault(
                key,
                {"articles": set(), "quotes": 0, "words": 0, "gender": Counter(), "st": Counter()},
            )
            have["articles"] |= data["articles"]
            have["quotes"] += data["quotes"]
            have["words"] += data["words"]
            have["gender"].update(data["gender"])
            have["st"].update(data["st"])
            members.setdefault(key, []).append((norm, f"voice:{kind}"))

        def gender_of(counts: Counter[str]) -> str:
            known = [(c, g) for g, c in counts.items() if g != "unknown"]
            if not known:
                return "unknown"
            known.sort(reverse=True)
            return known[0][1] if len(known) == 1 or known[0][0] > known[1][0] else "unknown"

        ranked = sorted(merged, key=lambda k: (-merged[k]["quotes"], -merged[k]["words"], k))[:top]
        tops = [
            TopVoice(
                name=self._display(members[k]),
                type=k[1],
                gender=gender_of(merged[k]["gender"]),
                source_type=min(merged[k]["st"], key=lambda t: (-merged[k]["st"][t], t)),
                articles=len(merged[k]["articles"]),
                quotes=merged[k]["quotes"],
                words=merged[k]["words"],
            )
            for k in ranked
        ]
        groups = {s: t.group(s[1]) for s, t in self.voice_tallies.items()}
        outlets = sorted(
            (g for (scope, _), g in groups.items() if scope == "outlet"),
            key=lambda g: (-g.total.quotes, g.key),
        )
        months = sorted(
            (g for (scope, _), g in groups.items() if scope == "month"),
            key=lambda g: (g.key == "unknown", g.key),
        )
        return VoicesSummary(
            all=groups.get(("all", "all"), VoiceGroup(key="all")),
            by_outlet=outlets,
            by_month=months,
            top=tops,
        )

    def _display(self, keys: list[tuple[str, str]]) -> str:
        """The form most reports used (ties: the longest, then alphabetical); for merged
        aliases, a form of the full name they were merged into ("Donald Trump", not "Trump")."""
        full = max(keys, key=lambda k: len(k[0]))
        forms = self.forms.get(full) or Counter()
        if not forms:
            for key in keys:
                forms.update(self.forms.get(key, Counter()))
        return min(forms, key=lambda f: (-forms[f], -len(f), f))

    def result(self, *, top: int | None = None) -> CorpusSummary:
        """The roll-up; ``top`` keeps that many entities and speakers (all when None)."""
        people = {norm for norm, label in self.mentions if label == PERSON}
        voiced = {norm for norm, kind in self.top_voices if kind == "person"}
        aliases = person_aliases(people | set(self.speaker_quotes) | voiced)

        mentions: Counter[tuple[str, str]] = Counter()
        articles: dict[tuple[str, str], set[int]] = {}
        members: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for key, count in self.mentions.items():
            norm, label = key
            merged = (aliases.get(norm, norm), label) if label == PERSON else key
            mentions[merged] += count
            articles.setdefault(merged, set()).update(self.entity_articles[key])
            members.setdefault(merged, []).append(key)
        ranked = sorted(
            mentions,
            key=lambda k: (-len(articles[k]), -mentions[k], self._display(members[k]), k),
        )[:top]

        quotes: Counter[str] = Counter()
        spoke: dict[str, set[int]] = {}
        voices: dict[str, list[tuple[str, str]]] = {}
        for norm, count in self.speaker_quotes.items():
            merged_name = aliases.get(norm, norm)
            quotes[merged_name] += count
            spoke.setdefault(merged_name, set()).update(self.speaker_articles[norm])
            voices.setdefault(merged_name, []).append((norm, "speaker"))
        speakers = sorted(quotes, key=lambda n: (-quotes[n], self._display(voices[n]), n))[:top]

        sourced = sum(v for k, v in self.sourcing.items() if k != "none")
        return CorpusSummary(
            articles=self.articles,
            failed=self.failed,
            invalid_lines=self.invalid,
            words=self.words,
            quotes=self.quotes,
            claims=self.claims,
            entities=[
                EntityCount(
                    name=self._display(members[key]),
                    label=key[1],
                    articles=len(articles[key]),
                    mentions=mentions[key],
                )
                for key in ranked
            ],
            speakers=[
                SpeakerCount(
                    name=self._display(voices[n]), quotes=quotes[n], articles=len(spoke[n])
                )
                for n in speakers
            ],
            unattributed_quotes=self.unattributed,
            anonymous_quotes=_share(self.anonymous, self.quotes),
            sourcing=dict(sorted(self.sourcing.items())),
            anonymous_sourcing=_share(self.sourcing.get("anonymous", 0), sourced),
            voices=self._voices_summary(top, aliases),
        )


def aggregate(records: Iterable[Record], *, top: int | None = None) -> CorpusSummary:
    """Roll up validated records; FormatError when none of them is a report or error record."""
    agg = Aggregator()
    for record in records:
        agg.add(record)
    if agg.articles == 0 and agg.failed == 0:
        if agg.invalid:
            raise FormatError(
                f"no valid report records among {agg.invalid} (expected the output of summarize)"
            )
        raise FormatError("no report records found (expected the output of summarize)")
    return agg.result(top=top)
