"""Pydantic models: the Article going in, the Report coming out, and nothing spaCy."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "2"
"""Bump when a field in the JSON contract is renamed, removed or changes meaning."""

_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte Python could not decode (surrogateescape): \xNN
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def safe_text(text: str) -> str:
    """``text`` that UTF-8 can encode: lone surrogates (a JSON ``"\\ud800"``, an undecodable
    byte in a file name) become visible escapes instead of aborting serialisation later."""
    if text.isascii():  # C-speed checks first: a regex scan costs ~20 us per 1,000 chars
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub(_escape, text)
    return text


def safe_data(value: Any) -> Any:
    """``safe_text`` through strings, lists and dict keys/values; anything else as is."""
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, list):
        return [safe_data(v) for v in value]
    if isinstance(value, dict):
        return {safe_data(k): safe_data(v) for k, v in value.items()}
    return value


class _SafeText:
    """Mixin: the model's input strings are made ``safe_text`` before validation, so a record
    built from hostile input always serialises (nested models were made safe when built)."""

    @model_validator(mode="before")
    @classmethod
    def _safe_strings(cls, data: Any) -> Any:
        return safe_data(data) if isinstance(data, dict) else data


class FrozenModel(BaseModel):
    """Frozen and strict: a report is a value, and unknown fields are errors at the boundary."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(FrozenModel):
    """End-exclusive character offsets into ``article.text``."""

    start: int
    end: int


# --------------------------------------------------------------------------- article


class Article(_SafeText, FrozenModel):
    """One news article as the loader understood it; ``text`` is what gets analysed."""

    id: str
    path: str | None = None
    headline: str | None = None
    source: str | None = Field(None, description="Publication name.")
    published: datetime | date | None = Field(
        None,
        description="Publication date and time, timezone-aware when the input gives a zone; "
        "a plain date (YYYY-MM-DD) when the input gives no time.",
    )
    authors: list[str] = Field(default_factory=list)
    dateline: str | None = None
    original_source: str | None = Field(
        None, description="Reprint or syndication credit: who published it first."
    )
    credits: list[str] = Field(
        default_factory=list, description="Credit and trailer notes kept out of the body."
    )
    boilerplate: list[str] = Field(
        default_factory=list,
        description="Paragraphs dropped as page furniture (promos, pull-quote attributions...).",
    )
    url: str | None = None
    language: str | None = None
    paragraphs: list[str] = Field(default_factory=list)
    text: str
    word_count: int = 0
    found: dict[str, str] = Field(
        default_factory=dict,
        description="For each metadata field, where it was found (e.g. 'header line', 'byline').",
    )
    format: str = Field("text", description="Input format the loader read: text, html, json...")


# --------------------------------------------------------------------------- entities


class Mention(FrozenModel):
    """One mention of an entity: the name as written, without title, "the" or possessive."""

    start: int
    end: int
    text: str
    title: str | None = Field(
        None, description="Title or honorific written right before it ('President', 'Mr.')."
    )


class Entity(FrozenModel):
    """One real-world referent with every mention of it."""

    id: str = Field(description="Stable within one report: 'e1', 'e2', ... in salience order.")
    name: str
    label: str
    count: int
    roles: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    first_mention: int = Field(description="Character offset of the first mention.")
    salience: float = 0.0


# --------------------------------------------------------------------------- quotes

Stance = Literal["neutral", "assertive", "distancing"]


class Speaker(FrozenModel):
    text: str = Field(description="The mention as written ('he', 'the spokesman').")
    name: str | None = Field(None, description="The resolved person or organisation.")
    start: int
    end: int
    entity: str | None = Field(None, description="Id of the resolved entry in `entities`.")
    kind: Literal["person", "organization", "pronoun", "description", "media", "other"] = "other"
    anonymous: bool = False


class Cue(FrozenModel):
    text: str
    lemma: str
    start: int
    end: int
    stance: Stance = "neutral"


class Quote(FrozenModel):
    text: str
    kind: Literal["direct", "mixed", "indirect"]
    spans: list[Span]
    speaker: Speaker | None = None
    cue: Cue | None = None
    venue: str | None = None
    paragraph: int


# --------------------------------------------------------------------------- claims

ClaimerType = Literal["article", "person", "organization", "media", "anonymous"]
ClaimType = Literal[
    "quantity",
    "causal",
    "prediction",
    "law_or_rule",
    "comparison",
    "personal_experience",
    "opinion",
    "other",
]


class Claimer(FrozenModel):
    type: ClaimerType
    text: str | None = None
    name: str | None = None
    start: int | None = None
    end: int | None = None
    entity: str | None = None
    quote: int | None = Field(None, description="Index into `quotes` when from reported speech.")


class Quantity(FrozenModel):
    text: str
    value: float | None = None
    counts: str | None = Field(None, description="What the number counts ('people').")
    start: int
    end: int


class Claim(FrozenModel):
    text: str
    spans: list[Span]
    paragraph: int
    claimer: Claimer
    cue: Cue | None = None
    types: list[ClaimType] = Field(default_factory=list)
    hedged: bool = False
    hedges: list[str] = Field(default_factory=list)
    certainty: Literal["high", "medium", "low"] = "high"
    quantities: list[Quantity] = Field(default_factory=list)
    checkworthiness: float = 0.0
    reasons: list[str] = Field(default_factory=list)


class SourcingProfile(FrozenModel):
    named: int = 0
    anonymous: int = 0
    media: int = 0
    none: int = 0


# --------------------------------------------------------------------------- voices

Gender = Literal["female", "male", "unknown"]
SourceType = Literal[
    "official", "expert", "spokesperson", "public", "organisation", "media", "anonymous"
]


class GenderEvidence(FrozenModel):
    """One thing in the text that says a voice's gender, where it is written."""

    kind: Literal["pronoun", "nearby_pronoun", "honorific", "word"] = Field(
        description="A pronoun the attribution core resolved to the voice ('she said'), a "
        "pronoun in a paragraph where the voice is the only person named before it, a "
        "courtesy title ('Mrs'), or a role or kin word for that one person ('spokeswoman')."
    )
    text: str
    gender: Literal["female", "male"]
    start: int
    end: int


class Voice(FrozenModel):
    """One source that speaks in the article, with how much it is quoted and why it is labelled
    the way it is."""

    id: str = Field(description="'v1', 'v2', ... most quoted words first.")
    entity: str | None = Field(None, description="Id of the entry in `entities`, when resolved.")
    name: str
    type: Literal["person", "organization", "media", "anonymous", "description"]
    roles: list[str] = Field(default_factory=list)
    direct: int = Field(0, description="Direct quotes.")
    reported: int = Field(0, description="Reported speech (indirect and mixed quotes).")
    quotes: list[int] = Field(default_factory=list, description="Indexes into `quotes`.")
    words: int = Field(0, description="Words in its quotes (quotation marks aside).")
    share: float = Field(0.0, description="`words` / all quoted words of the article.")
    first_paragraph: int = 0
    gender: Gender = "unknown"
    gender_evidence: list[GenderEvidence] = Field(default_factory=list)
    source_type: SourceType = "public"
    source_type_words: list[str] = Field(
        default_factory=list, description="The words that decided `source_type` (may be empty)."
    )


# --------------------------------------------------------------------------- report


class SummarySentence(FrozenModel):
    text: str
    start: int
    end: int
    paragraph: int


class Report(_SafeText, FrozenModel):
    """Everything newsparse found in one article; plain data, safe to serialise."""

    schema_version: str = SCHEMA_VERSION
    id: str
    model: str
    newsparse_version: str
    article: Article
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    sourcing: SourcingProfile = Field(default_factory=SourcingProfile)
    summary: list[SummarySentence] = Field(default_factory=list)
    voices: list[Voice] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    input_sha256: str | None = Field(
        None,
        description="In --output-dir files: hash of the article read, so --skip-existing can "
        "tell whether the report is still of this input.",
    )


class ErrorInfo(_SafeText, FrozenModel):
    type: str
    message: str


class Failure(_SafeText, FrozenModel):
    """The record written in place of a report when an input could not be analysed."""

    schema_version: str = SCHEMA_VERSION
    id: str
    path: str | None = None
    error: ErrorInfo

    @classmethod
    def from_error(
        cls, err: BaseException, *, id: str, path: str | None, name: str | None = None
    ) -> Failure:
        """The one place an exception becomes an error record, so every message reads alike.

        ``message`` is ``"<where>: <first line of the error>"``, where ``where`` is how the user
        knows the input: ``name`` (e.g. ``<stdin>``), else its path, else its id; an error that
        already starts with it is not prefixed twice. ``type`` is the exception's class name, or
        its ``record_type`` when it has one (``"timeout"``).
        """
        where = name or path or id
        first = (str(err).splitlines() or [""])[0] or type(err).__name__
        message = first if first.startswith(where) else f"{where}: {first}"
        kind = getattr(err, "record_type", None) or type(err).__name__  # e.g. "timeout"
        return cls(id=id, path=path, error=ErrorInfo(type=kind, message=message))
