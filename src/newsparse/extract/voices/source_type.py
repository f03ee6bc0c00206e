"""What kind of source a voice is, from its roles, its titles and how the article frames it.

official (office-holders and state bodies), expert, spokesperson, public (people speaking for
themselves), organisation, media or anonymous; with the words that decided it. A word list
(``resources/voices_source_types.tsv``) maps role words to types; the frame decides the rest:
an outlet is media, an unnamed source anonymous (unless it is a spokesperson), an institution
an organisation unless its name or description makes it a state body.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsparse.extract.voices.words import STOP_WORDS, is_possessive, plain, words
from newsparse.lexicon.voices import SOURCE_TYPES, VoiceLexicon
from newsparse.models import SourceType

Decision = tuple[SourceType, list[str]]


def role_matches(texts: Iterable[str], lex: VoiceLexicon) -> dict[str, list[str]]:
    """Source type -> the words or phrases of ``texts`` that name it (longest phrase first,
    each word used once). A single word counts only when it is about the person themselves
    (before the first preposition, no possessive: 'lawyer for the widow' is a lawyer); a
    listed phrase counts anywhere ('Department of Health public information officer')."""
    found: dict[str, list[str]] = {}
    for text in texts:
        seq = [w for w, _, _ in words(text)]
        cut = next((k for k, w in enumerate(seq) if w in STOP_WORDS), len(seq))
        k = 0
        while k < len(seq):
            n = _match(seq, k, lex)
            if n > 1 or (n == 1 and k < cut and not is_possessive(seq[k])):
                key = tuple(plain(w) for w in seq[k : k + n])
                phrase = " ".join(key)
                kind = lex.source_words[key]
                if phrase not in found.setdefault(kind, []):
                    found[kind].append(phrase)
                k += n
            else:
                k += 1
    return found


def _match(seq: list[str], k: int, lex: VoiceLexicon) -> int:
    """Length of the longest listed phrase starting at ``seq[k]`` (0: none)."""
    for n in range(min(lex.longest_phrase, len(seq) - k), 0, -1):
        if tuple(plain(w) for w in seq[k : k + n]) in lex.source_words:
            return n
    return 0


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


def source_type(
    voice_type: str, *, names: list[str], roles: list[str], lex: VoiceLexicon
) -> Decision:
    """The type of a voice and its deciding words.

    ``names`` are the voice's name and the speaker mentions as written ('Police spokesman
    Mariusz Ciarka', 'the company'); ``roles`` its roles from the entity ('former US ambassador
    to Russia').
    """
    texts = [*roles, *names]
    matches = role_matches(texts, lex)
    if voice_type == "media":
        return "media", _media_words(names, lex)
    if "spokesperson" in matches:
        return "spokesperson", matches["spokesperson"]
    if voice_type == "anonymous":
        return "anonymous", _anonymous_words(names, lex)
    if voice_type == "organization":
        if "official" in matches:
            return "official", matches["official"]
        return "organisation", []
    for kind in SOURCE_TYPES:
        if kind in matches:
            return kind, matches[kind]  # type: ignore[return-value]
    return "public", []
