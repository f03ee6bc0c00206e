"""Common words the tagger took for names: the article itself shows they are none.

- A capitalised word only where a clause begins ("Colorado: Marijuana becomes legal"), which
  the article also writes in lower case ("recreational marijuana"): a common noun.
- An acronym the article spells out in lower-case words near it ("a condition called HP ...
  hypersensitivity pneumonitis"): the short form of a common noun, like "CCTV".
- A name of geological time ("the Cenozoic", "the Pliocene"): an era, not an entity.
"""

from __future__ import annotations

import re

from newsparse.docview import DocView
from newsparse.extract.entities.raws import Group, Raw

GEOLOGIC_TIME = re.compile(r"^[A-Z][a-z]+(?:cene|zoic)$")
"""Epochs and eras end so: Pliocene, Holocene, Pleistocene, Cenozoic, Mesozoic."""
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", ":", "—", "–", "-", ";"})
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
_EXPANSION_POS = frozenset({"NOUN", "ADJ"})
_SHORTEST_WORD = {2: 5}
"""Two letters are matched by chance ("HP" by "hot products"): spelled out only by longer
words ("hypersensitivity pneumonitis", "prime minister")."""
_NEAR_SENTENCES = 1
"""How many sentences either side of a mention an acronym's spelling-out may stand."""


def common_word_group(view: DocView, group: Group, lower_words: frozenset[str]) -> bool:
    """Is every mention of ``group`` one of the common words above?"""
    raws = group.raws
    if all(GEOLOGIC_TIME.match(r.text) for r in raws):
        return True
    if all(r.end_tok - r.start_tok == 1 for r in raws):
        word = raws[0].text
        if word.lower() in lower_words and all(
            r.text == word and _clause_initial(view, r.start_tok) and not _quoted(view, r)
            for r in raws
        ):
            return True
    return all(_ACRONYM.match(r.text) for r in raws) and _spelled_out(view, raws[0])


def lower_case_words(view: DocView) -> frozenset[str]:
    """Every alphabetic word the article writes in lower case."""
    return frozenset(t for t in view.column("text") if t.isalpha() and t.islower())


_QUOTES = frozenset({'"', "“", "”", "‘", "’", "'"})


def _quoted(view: DocView, raw: Raw) -> bool:
    """A word alone in quotation marks (“Breathless”): a title, whatever its case elsewhere."""
    texts = view.column("text")
    s, e = raw.start_tok, raw.end_tok
    return s > 0 and e < len(view) and texts[s - 1] in _QUOTES and texts[e] in _QUOTES


def _clause_initial(view: DocView, i: int) -> bool:
    """First word of a sentence, a line, or after an opening mark or a colon."""
    if i == 0:
        return True
    if view.has_sents and view.column("is_sent_start")[i]:
        return True
    prev = view.column("text")[i - 1]
    return prev in _OPENERS or "\n" in prev or "\n" in view.column("whitespace_")[i - 1]


def _spelled_out(view: DocView, raw: Raw) -> bool:
    """Lower-case nouns and adjectives, one per letter, one phrase, near the acronym."""
    letters = raw.text.lower()
    at = raw.start_tok
    if view.has_sents:
        sents = view.sents
        k = next((n for n, (a, b) in enumerate(sents) if a <= at < b), 0)
        lo = sents[max(0, k - _NEAR_SENTENCES)][0]
        hi = sents[min(len(sents) - 1, k + _NEAR_SENTENCES)][1]
    else:
        lo, hi = max(0, at - 60), min(len(view), at + 60)
    texts = view.column("text")
    pos = view.column("pos_") if view.has_pos else None
    heads = view.heads if view.has_dep else None
    n = len(letters)
    shortest = _SHORTEST_WORD.get(n, 3)
    for s in range(lo, hi - n + 1):
        words = texts[s : s + n]
        if not all(w.isalpha() and w.islower() and len(w) >= shortest for w in words):
            continue
        if "".join(w[0] for w in words) != letters:
            continue
        if pos is not None and not all(pos[k] in _EXPANSION_POS for k in range(s, s + n)):
            continue
        if pos is not None and pos[s + n - 1] != "NOUN":
            continue
        if heads is not None and not all(s < heads[k] < s + n for k in range(s, s + n - 1)):
            continue
        return True
    return False
