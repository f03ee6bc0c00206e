"""The label of one referent from all its mentions and their context, not from one tag.

spaCy's label is a guess per mention. A referent's label is corrected by what the words
around every mention say:

- a head word that ends the name or follows it as the noun it modifies names its kind
  ("Cynthia Woods Mitchell Pavilion", "Hoa Lo prison", "Manchester United": resources/
  entity_heads.tsv);
- a "person" written like a thing — after a bare "the" ("the Lakers"), as the object of "on"
  or "via" ("on Instagram") — with nothing that marks a person (a title, an honorific, a
  role, a known first name) is an organisation;
- a place named after another place of the article plus a people's ending is that people
  ("South Dakotans", tagged GPE, next to "South Dakota");
- an all-capitals name opening a paragraph before a comma, a bracket or a dash is a dateline
  place ("SIOUX FALLS, S.D. (AP) —").
"""

from __future__ import annotations

from newsparse.docview import DocView
from newsparse.extract.entities.raws import Group, Raw
from newsparse.lexicon.entities import Lexicon
from newsparse.vocab import MODIFIER_DEPS, PLACE_LABELS

THING_PREPOSITIONS = frozenset({"on", "via"})
"""A person is rarely the object of these ("posted on Instagram", "via Zoom")."""
_DATELINE_NEXT = frozenset({",", "(", "—", "–", "-", "--"})
_HEAD_KEEPS = {
    "ORG": PLACE_LABELS | {"ORG", "GPE"},
    "CLUB": frozenset({"ORG"}),
    "FAC": PLACE_LABELS | {"GPE"},
    "GPE": PLACE_LABELS | {"GPE"},
}
"""Labels a head word leaves alone: "West Bank" stays a place, only a club word turns a place
into an organisation ("Manchester United")."""
_LABEL_OF_KIND = {"CLUB": "ORG"}


def relabel(groups: dict[str, Group], view: DocView, lex: Lexicon) -> None:
    """Set each group's label from the evidence of all its mentions."""
    surnames = {k.split(" ")[-1] for k, g in groups.items() if g.label == "PERSON" and " " in k}
    for key, g in groups.items():
        if not _family(key, surnames):  # "the Bidens" are people
            g.label = group_label(g, view, lex)
    places = {k for k, g in groups.items() if g.label in PLACE_LABELS}
    for key, g in groups.items():
        if g.label in PLACE_LABELS and _demonym_of(key, places):
            g.label = "NORP"


def _family(key: str, surnames: set[str]) -> bool:
    """'bidens', 'joneses': the plural of a surname of the article."""
    return (key.endswith("s") and key[:-1] in surnames) or (
        key.endswith("es") and key[:-2] in surnames
    )


DEMONYM_ENDINGS = ("ns", "ans", "ians", "n", "an", "ian", "ers", "er", "s")
"""'South Dakota' -> 'South Dakotans', 'Brazil' -> 'Brazilians', 'New York' -> 'New Yorkers'."""


def _demonym_of(key: str, places: set[str]) -> bool:
    """Is ``key`` a people named after another place of the article ("South Dakotans")?"""
    for ending in DEMONYM_ENDINGS:
        if key.endswith(ending) and key[: -len(ending)] in places - {key}:
            return True
        if key.endswith(ending) and key[: -len(ending)] + "a" in places - {key}:
            return True  # "Kenya" -> "Kenyans"
    return False


def group_label(g: Group, view: DocView, lex: Lexicon) -> str:
    """The label the mentions of ``g`` support (its current one when nothing speaks against)."""
    kind = _head_kind(g, view, lex)
    if kind and g.label not in _HEAD_KEEPS[kind] and not _marked_person(g, view, lex):
        return _LABEL_OF_KIND.get(kind, kind)
    if g.label == "PERSON" and not _marked_person(g, view, lex):
        things = sum(_written_like_thing(view, r) for r in g.raws)
        if things and 2 * things >= len(g.raws):
            return "ORG"
    if g.label != "GPE" and all(_dateline(view, r) for r in g.raws):
        return "GPE"
    return g.label


def _head_kind(g: Group, view: DocView, lex: Lexicon) -> str | None:
    """The kind named by the last word of the longest mention, or by a lower-case noun that a
    mention modifies ("Hoa Lo prison")."""
    texts, lowers, deps = view.column("text"), view.column("lower_"), view.column("dep_")
    longest = max(g.raws, key=lambda r: (r.end_tok - r.start_tok, -r.start))
    last = longest.end_tok - 1
    if longest.end_tok - longest.start_tok > 1 and texts[last][:1].isupper():
        kind = lex.heads.get(lowers[last])
        if kind and kind != "GPE":
            return kind
    if not view.has_dep:
        return None
    for r in g.raws:
        nxt = r.end_tok
        if nxt >= len(view) or not texts[nxt].islower():
            continue
        root = view.span_root(r.start_tok, r.end_tok)
        if deps[root] == "compound" and view.heads[root] == nxt and lex.heads.get(lowers[nxt]):
            return lex.heads[lowers[nxt]]
    return None


def _marked_person(g: Group, view: DocView, lex: Lexicon) -> bool:
    """A title, honorific or role, or a known first name opening a name of two words or more."""
    lowers = view.column("lower_")
    for r in g.raws:
        if r.title or r.roles:
            return True
        several = r.end_tok - r.start_tok > 1
        if r.label == "PERSON" and several and lowers[r.start_tok] in lex.first_names:
            return True
        if r.start_tok > 0 and lowers[r.start_tok - 1] in lex.honorifics:
            return True
    return False


def _written_like_thing(view: DocView, r: Raw) -> bool:
    """After a bare lower-case "the" ("the Lakers", not "the Lakers coach" nor "The X"), or the
    object of "on"/"via"."""
    if not view.has_dep:
        return False
    texts, lowers, deps = view.column("text"), view.column("lower_"), view.column("dep_")
    root = view.span_root(r.start_tok, r.end_tok)
    if deps[root] in MODIFIER_DEPS:
        return False  # "the Trump administration": the name modifies a noun
    before = r.start_tok - 1
    if before >= 0 and texts[before] == "the":
        return True
    return deps[root] == "pobj" and lowers[view.heads[root]] in THING_PREPOSITIONS


def _dateline(view: DocView, r: Raw) -> bool:
    """An all-capitals name that opens its line and is followed by a comma, bracket or dash."""
    if not (r.text.isupper() and len(r.text) > 2):
        return False
    text = view.text
    line_start = text.rfind("\n", 0, r.start) + 1
    if text[line_start : r.start].strip():
        return False
    after = view.column("text")[r.end_tok] if r.end_tok < len(view) else ""
    return after in _DATELINE_NEXT
