"""Claimers the article's layout gives, with no speech verb to find: the answers of an interview
printed as questions and answers belong to the interviewee, an embedded social post belongs
to the author its credit line names ("— Robert Maguire (@RobertMaguire_) November 18, 2019"),
and on a letters page each letter belongs to the name signed under it ("Len Bennett." or a
reader's "@handle." on a line of its own)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from newsparse.models import Claimer, Entity

_ANSWER = re.compile(r"(?:A|Answer)\s*[:.—–-]\s+")
_QUESTION = re.compile(r"(?:Q|Question)\s*[:.—–-]?\s*(?=[A-Z“\"‘'])")
_CREDIT = re.compile(
    r"[—–-]{1,2}\s*(?P<name>[^\s()—–-][^()\n—–]{0,60}?)\s*\(@(?P<handle>\w{1,30})\)"
    r"(?:\s*[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?"
)
_POST_OPEN = re.compile(r"<tweet\b[^>]*>")
_SIGNATURE = re.compile(
    r"(?P<name>@\w{1,30}|(?:[A-Z][\w'’-]*\.?\s){1,3}(?:[A-Z][\w'’-]*[a-z][\w'’-]*))\.?"
)
"""A sign-off paragraph: two to four capitalised words ('Len Bennett.', 'Charles Edward Brown.',
'J. Smith.') or a handle ('@reba_sd.'); the last word has a lower-case letter ('FACEBOOK' and
'UP NEXT' are labels). One word alone ('Facebook.') is a section label."""
_LETTERS_LABEL = re.compile(r"(?i)letters(?: to the editor)?[.:]?")
_LABEL = re.compile(r"[A-Z][\w-]*[.:]?")
"""A section label of a letters page: one word alone ('LETTERS.', 'Facebook.', 'Twitters.')."""


@dataclass(frozen=True)
class Voice:
    """A stretch of the text whose claims have one claimer because of how the page is laid out."""

    start: int
    end: int
    claimer: Claimer


@dataclass
class Layout:
    """The voices of one article, looked up by offset."""

    voices: list[Voice] = field(default_factory=list)
    credits: list[tuple[int, int]] = field(default_factory=list)
    """Credit lines of embedded posts: never part of a claim."""
    cuts: list[int] = field(default_factory=list)
    """Where a label or markup ends ('A: ', 'Q', '<tweet ...>'): a claim that starts before one
    in the same paragraph starts there."""

    def __post_init__(self) -> None:
        self.voices.sort(key=lambda v: v.start)
        self._starts = [v.start for v in self.voices]
        self.cuts.sort()
        self.credits.sort()
        self._credit_starts = [a for a, _ in self.credits]

    def credit_near(self, start: int, end: int) -> tuple[int, int] | None:
        """The first credit line that holds ``start`` or begins inside (start, end)."""
        i = max(bisect_right(self._credit_starts, start) - 1, 0)
        for a, b in self.credits[i : i + 2]:
            if a <= start < b or start < a < end:
                return a, b
        return None

    def cut_in(self, start: int, end: int) -> int | None:
        """The last cut inside (start, end), if any."""
        i = bisect_right(self.cuts, end - 1) - 1
        return self.cuts[i] if i >= 0 and self.cuts[i] > start else None

    def voice_at(self, pos: int) -> Voice | None:
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and self.voices[i].start <= pos < self.voices[i].end:
            return self.voices[i]
        return None


def _paragraphs(text: str, starts: list[int]) -> list[tuple[int, int]]:
    bounds = [*starts[1:], len(text)]
    return [(a, b) for a, b in zip(starts, bounds, strict=True)]


def _mention_claimers(entity: Entity, text: str) -> list[tuple[int, Claimer]]:
    """The entity as a claimer at each of its mentions, by mention end (sorted once)."""
    kind = "person" if entity.label == "PERSON" else "organization"
    return [
        (
            m.end,
            Claimer(
                type=kind,
                text=text[m.start : m.end],
                name=entity.name,
                start=m.start,
                end=m.end,
                entity=entity.id,
            ),
        )
        for m in sorted(entity.mentions, key=lambda m: m.end)
    ]


def _claimer_before(claimers: list[tuple[int, Claimer]], ends: list[int], pos: int) -> Claimer:
    """The claimer at the last mention ending before ``pos`` (or at the first mention)."""
    return claimers[max(bisect_right(ends, pos) - 1, 0)][1]


def _interviewee(entities: list[Entity], first_question: int) -> Entity | None:
    """The person most mentioned before the first question (the interview's introduction);
    the article's most mentioned person when none is named there."""
    people = [e for e in entities if e.label == "PERSON" and e.mentions]
    if not people:
        return None

    def before(e: Entity) -> int:
        return sum(1 for m in e.mentions if m.start < first_question)

    best = max(people, key=lambda e: (before(e), len(e.mentions), -e.first_mention))
    return best


def _interview(
    text: str, paragraphs: list[tuple[int, int]], entities: list[Entity]
) -> tuple[list[Voice], list[int]]:
    answers = [(a, b, m.end()) for a, b in paragraphs if (m := _ANSWER.match(text, a))]
    questions = [
        m.end()
        for a, _ in paragraphs
        if not _ANSWER.match(text, a) and (m := _QUESTION.match(text, a))
    ]
    if not answers or not questions:
        return [], []
    who = _interviewee(entities, min(questions))
    if who is None:
        return [], []
    claimers = _mention_claimers(who, text)
    ends = [end for end, _ in claimers]
    voices = [
        Voice(label_end, b, _claimer_before(claimers, ends, a)) for a, b, label_end in answers
    ]
    return voices, questions + [label_end for _, _, label_end in answers]


def _author(name: str, start: int, handle: str, index: dict[str, Entity]) -> Claimer:
    entity = index.get(name)
    kind = "organization" if entity is not None and entity.label != "PERSON" else "person"
    return Claimer(
        type=kind,
        text=name,
        name=entity.name if entity is not None else name,
        start=start,
        end=start + len(name),
        entity=entity.id if entity is not None else None,
    )


def _posts(
    text: str, paragraphs: list[tuple[int, int]], entities: list[Entity]
) -> tuple[list[Voice], list[tuple[int, int]], list[int]]:
    """Embedded posts: the text before a credit line in its paragraph (from a ``<tweet>`` tag
    when there is one), or the paragraph before a credit line that stands alone."""
    index: dict[str, Entity] = {}
    for e in entities:
        for mention in e.mentions:
            index.setdefault(text[mention.start : mention.end], e)
    voices: list[Voice] = []
    credits: list[tuple[int, int]] = []
    cuts: list[int] = []
    for n, (a, b) in enumerate(paragraphs):
        if "(@" not in text[a:b]:
            continue  # most paragraphs: one scan in C
        since = a  # a post's body starts after the credit before it: each stretch read once
        for m in _CREDIT.finditer(text, a, b):
            claimer = _author(m.group("name"), m.start("name"), m.group("handle"), index)
            credits.append((m.start(), m.end()))
            opened = list(_POST_OPEN.finditer(text, since, m.start()))
            body_start = opened[-1].end() if opened else since
            since = m.end()
            if opened:
                cuts.append(body_start)
            if text[body_start : m.start()].strip():
                voices.append(Voice(body_start, m.start(), claimer))
            elif n > 0:  # the credit stands alone: the post is the paragraph before
                pa, pb = paragraphs[n - 1]
                voices.append(Voice(pa, pb, claimer))
    return voices, credits, cuts


def _signature(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The signed name of a paragraph that is only a name (its offsets), else None."""
    if b - a > 60:
        return None  # most paragraphs: no regex
    lead = len(text[a:b]) - len(text[a:b].lstrip())
    m = _SIGNATURE.fullmatch(text[a:b].strip())
    if m is None:
        return None
    return a + lead + m.start("name"), a + lead + m.end("name")


def _letters(
    text: str, paragraphs: list[tuple[int, int]]
) -> tuple[list[Voice], list[tuple[int, int]]]:
    """A letters page: each letter, from the end of the sign-off (or section label) before it
    to its signature, is the signer's; the signature and the place line under it are no claims.

    A page counts as letters when a paragraph says so ('LETTERS.') or two letters are signed;
    a sign-off is the first name-only paragraph of a run (the next one is the signer's town:
    'Miami Beach.')."""
    labelled = False
    signed: list[tuple[int, tuple[int, int]]] = []  # (paragraph number, name offsets)
    for n, (a, b) in enumerate(paragraphs[1:], start=1):  # line 1 is the headline
        if _LETTERS_LABEL.fullmatch(text[a:b].strip()):
            labelled = True
        elif (
            (name := _signature(text, a, b)) is not None
            and (not signed or signed[-1][0] != n - 1)
            and not _echoed(text, name, paragraphs, n)
        ):
            signed.append((n, name))
    if not signed or (not labelled and len(signed) < 2):
        return [], []
    voices: list[Voice] = []
    credits: list[tuple[int, int]] = []
    since_n = 1
    for n, (start, end) in signed:
        signer = text[start:end]
        claimer = Claimer(type="person", text=signer, name=signer, start=start, end=end)
        body = paragraphs[since_n][0]
        for a, b in paragraphs[since_n:n]:  # a section label ('LETTERS.', 'Facebook.') opens it
            if _LABEL.fullmatch(text[a:b].strip()):
                body = b
        if body < paragraphs[n][0]:
            voices.append(Voice(body, paragraphs[n][0], claimer))
        # the sign-off run: this signature and the place lines that follow it
        last = n
        while last + 1 < len(paragraphs) and _is_place(text, *paragraphs[last + 1]):
            last += 1
        credits.append((paragraphs[n][0], paragraphs[last][1]))
        since_n = last + 1
    return voices, credits


def _echoed(text: str, name: tuple[int, int], paragraphs: list[tuple[int, int]], n: int) -> bool:
    """Whether the paragraph after a name-only one (and its place line) speaks of that name: a
    subhead or photo caption ('Marwa Hamdy.' then 'Hamdy, a mother of three, ...'), no sign-off."""
    k = n + 1
    while k < len(paragraphs) and _is_place(text, *paragraphs[k]):
        k += 1
    if k >= len(paragraphs):
        return False
    after = text[paragraphs[k][0] : paragraphs[k][1]].lower()
    words = re.findall(r"[^\W\d_]{3,}", text[name[0] : name[1]].lower())
    return any(w in after for w in words if w not in ("the", "and"))


def _is_place(text: str, a: int, b: int) -> bool:
    """A signer's town under the name: short and capitalised ('Rochester, N.H.', 'Miami Beach.')
    with no verb-like lower-case word."""
    words = text[a:b].split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words) and b - a <= 40


def layout(text: str, starts: list[int], entities: list[Entity]) -> Layout:
    """The interview answers, embedded posts and signed letters of an article (usually none:
    a few scans)."""
    paragraphs = _paragraphs(text, starts or [0])
    voices, cuts = _interview(text, paragraphs, entities)
    letters, credits = _letters(text, paragraphs)
    voices += letters
    if "(@" in text:
        posts, post_credits, post_cuts = _posts(text, paragraphs, entities)
        return Layout(voices + posts, credits + post_credits, cuts + post_cuts)
    return Layout(voices, credits, cuts)
