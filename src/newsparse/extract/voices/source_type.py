"""What kind of source a voice is, from its roles, its titles and how the article frames it.

official (holders of public office and state bodies), organisation (non-state bodies and the
executives who speak for them), expert, spokesperson, public (people speaking for themselves),
media or anonymous; with the words that decided it. A word list
(``resources/voices_source_types.tsv``) maps role words to types; a role's head word decides
('senior military analyst' is an analyst). A word for whoever leads a body ('president',
'director') is official unless the body it names is no state body ('president of SpaceX'): the
body comes from the article's organisation entities and ``resources/voices_bodies.tsv``. The
frame decides the rest: an outlet is media, an unnamed source anonymous (unless it is a
spokesperson, or a group named by its role: 'Israeli officials', 'analysts'), an institution
official when it is a state body and an organisation otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from newsparse.extract.voices.words import STOP_WORDS, is_possessive, plain, words
from newsparse.lexicon.voices import HEAD, SOURCE_TYPES, VoiceLexicon
from newsparse.models import SourceType

Decision = tuple[SourceType, list[str]]
Bodies = Mapping[tuple[str, ...], str]
"""An article's organisation and place names (lower-case word tuples) -> 'state',
'organisation', 'media' or 'place' (``body_table``)."""
_POSSESSIVE_S = re.compile(r"['’]s$")
_CONJUNCTIONS = frozenset({"and", "or", "&"})
_SINGULAR = frozenset({"a", "an", "one", "another"})
_PERSON_TYPES = frozenset({"spokesperson", "expert", "media", "public", "organisation", HEAD})
"""Role types that only a person has: an 'organisation' entity with such a role is a person."""


def _seq(text: str) -> list[str]:
    """Plain lower-case words, a possessive's 's dropped ("PG&E's" names the body PG&E)."""
    return [plain(_POSSESSIVE_S.sub("", w)) for w, _, _ in words(text)]


def _longest(seq: list[str], k: int, table: Mapping[tuple[str, ...], str], longest: int) -> int:
    """Length of the longest listed phrase starting at ``seq[k]`` (0: none)."""
    for n in range(min(longest, len(seq) - k), 0, -1):
        if tuple(seq[k : k + n]) in table:
            return n
    return 0


def role_matches(texts: Iterable[str], lex: VoiceLexicon) -> dict[str, list[str]]:
    """Source type (or ``HEAD``) -> the words or phrases of ``texts`` that name it (longest
    phrase first, each word used once). A listed phrase counts anywhere ('Department of Health
    public information officer'); of single words only a role's head counts: the last listed
    one of each conjunct before the first preposition, no possessive ('senior military
    analyst' is an analyst, 'the singer and guitarist' both, 'lawyer for the widow' a lawyer)."""
    found: dict[str, list[str]] = {}

    def add(phrase: tuple[str, ...]) -> None:
        kind, text = lex.source_words[phrase], " ".join(phrase)
        if text not in found.setdefault(kind, []):
            found[kind].append(text)

    for text in texts:
        found_words = words(text)
        raw = [w for w, _, _ in found_words]
        seq = [plain(w) for w in raw]
        cut = next((k for k, w in enumerate(raw) if w in STOP_WORDS), len(raw))
        head: tuple[str, ...] | None = None
        k = 0
        while k < len(seq):
            gap = text[found_words[k - 1][2] : found_words[k][1]] if k else ""
            if k < cut and (raw[k] in _CONJUNCTIONS or "," in gap or "&" in gap):
                if head:
                    add(head)
                head = None
            n = _longest(seq, k, lex.source_words, lex.longest_phrase)
            if n > 1:
                add(tuple(seq[k : k + n]))
                k += n
                continue
            if n == 1 and k < cut and not is_possessive(raw[k]):
                head = (seq[k],)
            k += 1
        if head:
            add(head)
    return found


def body_kinds(texts: Iterable[str], lex: VoiceLexicon, bodies: Bodies) -> dict[str, list[str]]:
    """Body kind -> the names or words in ``texts`` that name a body of that kind: an article
    entity's name ('SpaceX': organisation, 'Ukraine': place) or a listed word ('Co.',
    'Department', 'NASA')."""
    found: dict[str, list[str]] = {}
    longest = max((len(k) for k in bodies), default=0)
    for text in texts:
        seq = _seq(text)
        k = 0
        while k < len(seq):
            n = _longest(seq, k, bodies, longest) if bodies else 0
            table = bodies
            if not n:
                n, table = _longest(seq, k, lex.body_words, lex.longest_body), lex.body_words
            if n:
                key = tuple(seq[k : k + n])
                found.setdefault(table[key], []).append(" ".join(key))
                k += n
            else:
                k += 1
    return found


def name_kind(name: str, label: str, lex: VoiceLexicon) -> str:
    """The kind of body an organisation or place entity is: media, organisation or state by a
    listed word of its name (the non-state word wins), a place for places, else organisation."""
    kinds: set[str] = set()
    seq = _seq(name)
    k = 0
    while k < len(seq):
        n = _longest(seq, k, lex.body_words, lex.longest_body)
        if n:
            kinds.add(lex.body_words[tuple(seq[k : k + n])])
            k += n
        else:
            k += 1
    for kind in ("media", "organisation", "state"):
        if kind in kinds:
            return kind
    return "organisation" if label == "ORG" else "place"


def _resolve_heads(matches: dict[str, list[str]], kinds: dict[str, list[str]]) -> None:
    """A leading role serves the body the role names: a non-state body makes it
    'organisation' ('SpaceX president'), a state body, a place or none 'official'."""
    heads = matches.pop(HEAD, None)
    if not heads:
        return
    nonstate = ("organisation" in kinds or "media" in kinds) and "state" not in kinds
    kind = "organisation" if nonstate else "official"
    matches.setdefault(kind, []).extend(h for h in heads if h not in matches[kind])


def _group_role(names: Iterable[str], lex: VoiceLexicon) -> Decision | None:
    """An unnamed group named by its role ('Israeli officials', 'Washington-based analysts')
    has that role's type; a single unnamed source ('a Ukrainian official') stays anonymous, and
    so does a group that also holds role-less sources ('analysts and sources in the camp')."""
    for name in names:
        raw = [w for w, _, _ in words(name)]
        if not raw or raw[0] in _SINGULAR:
            continue
        matches = role_matches([name], lex)
        listed = {w for found in matches.values() for w in found}
        if any(w in lex.anonymous_nouns and w not in listed for w in raw):
            continue  # 'analysts and sources': the unnamed sources keep the group anonymous
        for kind in SOURCE_TYPES:
            plural = [w for w in matches.get(kind, []) if _plural(w)]
            if plural:
                return kind, plural  # type: ignore[return-value]
    return None


def _plural(word: str) -> bool:
    return " " not in word and word.endswith("s") and not word.endswith("ss")


def _anonymous_words(texts: Iterable[str], lex: VoiceLexicon) -> list[str]:
    out: list[str] = []
    for text in texts:
        low = text.lower()
        out += [p for p in lex.anonymous_phrases if p in low]
        out += [w for w, _, _ in words(text) if w in lex.anonymous_nouns]
    return list(dict.fromkeys(out))


def _media_words(texts: Iterable[str], lex: VoiceLexicon) -> list[str]:
    out = [w for text in texts for w, _, _ in words(text) if w.strip(".") in lex.media_words]
    return list(dict.fromkeys(out))


def _organisation(names: list[str], lex: VoiceLexicon, bodies: Bodies) -> Decision:
    """An institution's own voice: media, a non-state body or a state body by its name."""
    kinds = body_kinds(names, lex, {})
    if "media" in kinds:
        return "media", kinds["media"]
    if "organisation" in kinds:
        return "organisation", kinds["organisation"]
    official = role_matches(names, lex).get("official", [])
    if "state" in kinds or official:
        return "official", list(dict.fromkeys([*kinds.get("state", []), *official]))
    return "organisation", []


def source_type(
    voice_type: str,
    *,
    names: list[str],
    roles: list[str],
    lex: VoiceLexicon,
    bodies: Bodies | None = None,
) -> Decision:
    """The type of a voice and its deciding words.

    ``names`` are the voice's name and the speaker mentions as written ('Police spokesman
    Mariusz Ciarka', 'the company'); ``roles`` its roles from the entity ('former US ambassador
    to Russia'); ``bodies`` the article's organisation and place names (``body_table``).
    """
    bodies = bodies or {}
    texts = [*roles, *names]
    matches = role_matches(texts, lex)
    if voice_type == "media":
        studies = [
            w for w in role_matches(names, lex).get("expert", []) if w not in lex.media_words
        ]
        if studies:
            return "expert", studies  # a case report or study, not an outlet
        return "media", _media_words(names, lex)
    if "spokesperson" in matches:
        return "spokesperson", matches["spokesperson"]
    if voice_type == "anonymous":
        return _group_role(names, lex) or ("anonymous", _anonymous_words(names, lex))
    if voice_type == "organization" and not is_person_role(roles, lex):
        return _organisation(names, lex, bodies)
        # roles only a person has: a person the tagger called an organisation
    kinds = body_kinds(texts, lex, bodies)
    _resolve_heads(matches, kinds)
    for kind in SOURCE_TYPES:
        if kind in matches:
            return kind, matches[kind]  # type: ignore[return-value]
    # No role word: the body a role or description names ('specialist on the National
    # Security Council', 'teachers unions'); a person's own name says nothing.
    own = body_kinds(roles if voice_type == "person" else texts, lex, bodies)
    if "state" in own:
        return "official", own["state"]
    if "organisation" in own and voice_type != "person":
        return "organisation", own["organisation"]
    return "public", []


def is_person_role(roles: Iterable[str], lex: VoiceLexicon) -> bool:
    """Does a role name what only a person is ('professor', 'president of X', 'CEO')?"""
    return bool(_PERSON_TYPES & role_matches(roles, lex).keys())


def body_table(
    entities: Iterable[tuple[str, str]], lex: VoiceLexicon
) -> dict[tuple[str, ...], str]:
    """``(name, label)`` of an article's organisation and place entities (every written form)
    -> their body kind, keyed by lower-case word tuples."""
    out: dict[tuple[str, ...], str] = {}
    for name, label in entities:
        key = tuple(_seq(name))
        if key:
            out.setdefault(key, name_kind(name, label, lex))
    return out
