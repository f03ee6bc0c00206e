"""Does a reported speaker name the gold ``speaker_name``? (outlets guide: resolved speakers)

The guide's rule: same head word, or containment, case-insensitive; a bare pronoun never matches.
Two refinements keep the rule from rewarding the errors it is meant to catch:

- The *head* of a phrase is its last word before a post-modifier (a comma, a preposition, a
  relative word, a participle: "two people familiar with the matter" → "people"), after dropping
  possessives and name suffixes ("James P. Kennedy Jr." → "kennedy").
- Containment counts freely when the gold is a *name* (its head is capitalised: "Tom Johnston"
  ⊃ "Tom", "Big Machine Label Group" ⊃ "Big Machine"). When the gold is a *description* (its head
  is a common noun: "a WeWork spokesperson", "a Ukrainian official"), the contained side must keep
  that head, so the bare modifier ("WeWork", "Ukrainian") does not pass for the source.
- An acronym names what its capitalised words' initials spell ("LN" = "Live Nation", "PETA").
- A joint gold source ("Nick Adderley and Stephen Mold", "James Hansen and his collaborators")
  is named only when every one of its parts is named by a part of the report's speaker: one of
  several signatories is not the source.
"""

from __future__ import annotations

import re

from newsparse.lexicon.entities import lexicon as entity_lexicon
from newsparse.vocab import PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS

_ACRONYM = re.compile(r"[A-Z]{2,6}")
_TOKEN = re.compile(r"[\w’'.\-]+(?:&[\w’'.\-]+)*|,", re.UNICODE)
_POSSESSIVE = re.compile(r"[’']s?$")
_ARTICLES = frozenset({"a", "an", "the"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_POSTMODIFIERS = frozenset(
    {
        ",",
        "of",
        "for",
        "with",
        "from",
        "at",
        "in",
        "on",
        "to",
        "by",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "familiar",
        "close",
        "involved",
        "responsible",
        "aware",
    }
)
"""Words after a head noun that start its post-modifier ('officials familiar with ...')."""
_PRONOUNS = (
    PERSON_PRONOUNS
    | PLURAL_PRONOUNS
    | THING_PRONOUNS
    | frozenset({"i", "me", "you", "one", "others", "some", "someone", "this", "that"})
)


def _tokens(text: str) -> list[str]:
    """Words as written (case kept), possessive endings and edge punctuation removed."""
    out: list[str] = []
    for raw in _TOKEN.findall(text):
        word = raw if raw == "," else _POSSESSIVE.sub("", raw.strip(".’'-"))
        if word:
            out.append(word)
    return out


def _is_participle(words: list[str], k: int) -> bool:
    """'evidence presented at trial', 'a group representing rural counties', 'the man
    arrested': a verb form after the head that opens a post-modifier. Before the head a
    participle is followed by just that noun ('the newly appointed spokesman')."""
    word = words[k]
    if not (word.islower() and word.endswith(("ed", "ing")) and len(word) > 4):
        return False
    following = 0
    for w in words[k + 1 :]:
        if w.lower() in _POSTMODIFIERS:
            break
        following += 1
    return following != 1


def head_word(text: str) -> tuple[str, bool] | None:
    """The head word (lower case) and whether it is capitalised (a name) — None if no words."""
    words = [w for w in _tokens(text) if w.lower() not in _ARTICLES]
    core: list[str] = []
    for k, w in enumerate(words):
        if core and (w.lower() in _POSTMODIFIERS or _is_participle(words, k)):
            break
        if w != ",":
            core.append(w)
    while len(core) > 1 and core[-1].lower().strip(".") in _SUFFIXES:
        core.pop()
    if not core:
        return None
    head = core[-1]
    return head.lower(), head[:1].isupper() or head.isupper()


def _words(text: str) -> list[str]:
    return [w.lower() for w in _tokens(text) if w != "," and w.lower() not in _ARTICLES]


def _contains(outer: list[str], inner: list[str]) -> bool:
    n = len(inner)
    return 0 < n <= len(outer) and any(outer[k : k + n] == inner for k in range(len(outer) - n + 1))


def is_bare_pronoun(text: str) -> bool:
    """'he', 'They', 'it': a mention that names nobody by itself."""
    words = _words(text)
    return len(words) == 1 and words[0] in _PRONOUNS


def conjuncts(text: str) -> list[str]:
    """'A and B' → ['A', 'B'] when each part starts like a noun phrase of its own (a capital
    or a determiner: 'his collaborators'); else the whole phrase ('Police and Crime')."""
    parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", text)]
    if len(parts) < 2 or not all(parts):
        return [text]
    starts = ("his ", "her ", "their ", "its ", "the ", "a ", "an ")
    if all(p[0].isupper() or p.lower().startswith(starts) for p in parts[1:]):
        return parts
    return [text]


def names_speaker(gold_name: str, pred: str | None) -> bool:
    """Whether the reported speaker ``pred`` (its resolved name, else its text) names
    ``gold_name`` (see the module docstring)."""
    if not pred or is_bare_pronoun(pred):
        return False
    if _is_acronym_of(pred, gold_name):  # 'PG&E' before 'Gas & Electric' reads as two
        return True
    gold_parts = conjuncts(gold_name)
    if len(gold_parts) > 1:
        pred_parts = conjuncts(pred)
        return all(any(_names_one(g, p) for p in pred_parts) for g in gold_parts)
    return _names_one(gold_name, pred)


def _initials(text: str) -> str:
    """'People for the Ethical Treatment of Animals' → 'PETA' (capitalised words only; a
    legal-form suffix such as 'Co.' or 'Inc.' is no part of the name: 'Pacific Gas &
    Electric Co.' → 'PGE')."""
    suffixes = entity_lexicon().org_suffixes
    words = [w for w in _tokens(text) if w[:1].isupper()]
    while len(words) > 1 and (words[-1].lower() in suffixes or words[-1].lower() + "." in suffixes):
        words.pop()
    return "".join(w[0] for w in words)


def _is_acronym_of(short: str, long: str) -> bool:
    """'LN' = 'Live Nation'; an ampersand inside the acronym joins its letters ('PG&E')."""
    words = _tokens(short)
    if len(words) != 1 or len(_tokens(long)) <= 1:
        return False
    letters = words[0].replace("&", "")
    return bool(_ACRONYM.fullmatch(letters)) and _initials(long) == letters


def _names_one(gold_name: str, pred: str) -> bool:
    if is_bare_pronoun(pred):
        return False
    if _is_acronym_of(pred, gold_name) or _is_acronym_of(gold_name, pred):
        return True
    gold_head, pred_head = head_word(gold_name), head_word(pred)
    if gold_head is None or pred_head is None:
        return False
    if gold_head[0] == pred_head[0]:
        return True
    g, p = _words(gold_name), _words(pred)
    if _contains(p, g):  # the report says more than the gold: "Tom Johnston, the singer"
        return True
    if _contains(g, p):  # the report says less: fine for a name, not for a bare modifier
        return gold_head[1] or gold_head[0] in p
    return False
