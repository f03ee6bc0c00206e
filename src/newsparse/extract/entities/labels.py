"""The label of one referent from all its mentions and their context, not from one tag.

spaCy's label is a guess per mention. A referent's label is corrected by what the words
around every mention say:

- a head word that ends the name, follows it as the noun it modifies, or names the category
  it is an instance of names its kind ("Cynthia Woods Mitchell Pavilion", "Hoa Lo prison",
  "Manchester United", "companies such as Gannett": resources/entity_heads.tsv);
- a "person" written like a thing — after a bare "the" ("the Lakers"), as the object of "on"
  or "via" ("on Instagram"), joined by "and" to an organisation, as one side of a match
  ("Caloundra defeated Wynnum") — with nothing that marks a person (a title, an honorific, a
  role, a known first name) is an organisation;
- a name of resources/known_organisations.txt (online platforms) is an organisation, a name
  after a ship's prefix ("USS Cole") a vessel;
- a place named after another place of the article plus a people's ending is that people
  ("South Dakotans", tagged GPE, next to "South Dakota");
- an all-capitals name opening a paragraph before a comma, a bracket or a dash is a dateline
  place ("SIOUX FALLS, S.D. (AP) —").
"""

from __future__ import annotations

from newsparse.docview import DocView
from newsparse.extract.entities.boundaries import PLACE_KINDS
from newsparse.extract.entities.raws import Group, Raw
from newsparse.lexicon.entities import Lexicon
from newsparse.vocab import MODIFIER_DEPS, PLACE_LABELS

SHIP_PREFIXES = frozenset({"uss", "hms", "rms", "mv", "hmcs", "hmas", "ins"})
"""Prefixes of ships' names."""
THING_PREPOSITIONS = frozenset({"on", "via"})
"""A person is rarely the object of these ("posted on Instagram", "via Zoom")."""
_DATELINE_NEXT = frozenset({",", "(", "—", "–", "-", "--"})
_HEAD_KEEPS = {
    "ORG": PLACE_LABELS | {"ORG", "GPE"},
    "CLUB": frozenset({"ORG"}),
    "FAC": PLACE_LABELS | {"GPE"},
    "GPE": PLACE_LABELS | {"GPE"},
    "PRODUCT": frozenset({"PRODUCT"}),
    "EVENT": frozenset({"EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}),
}
"""Labels a head word leaves alone: "West Bank" stays a place, only a club word turns a place
into an organisation ("Manchester United")."""
_LABEL_OF_KIND = {"CLUB": "ORG"}


def relabel(groups: dict[str, Group], view: DocView, lex: Lexicon) -> None:
    """Set each group's label from the evidence of all its mentions."""
    surnames = {k.split(" ")[-1] for k, g in groups.items() if g.label == "PERSON" and " " in k}
    for key, g in groups.items():
        if _family(key, surnames):  # "the Bidens" are people, whatever the tag
            g.label = "PERSON"
        else:
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
    if g.key in lex.known_organisations and not _marked_person(g, view, lex):
        return "ORG"
    if g.key.split(" ", 1)[0] in SHIP_PREFIXES and " " in g.key:
        return "PRODUCT"  # "USS Cole", "HMS Queen Elizabeth": ships, not people
    kind = _head_kind(g, view, lex)
    if kind and g.label not in _HEAD_KEEPS[kind] and not _marked_person(g, view, lex):
        return _LABEL_OF_KIND.get(kind, kind)
    if g.label == "PERSON" and not _marked_person(g, view, lex):
        things = sum(_written_like_thing(view, r, lex) for r in g.raws)
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
    if longest.end_tok - longest.start_tok > 1:
        kind = lex.heads.get(lowers[last])
        if kind and texts[last][:1].isupper() and kind != "GPE":
            return kind
        if kind in PLACE_KINDS and texts[last].islower():
            return kind  # "Hoa Lo prison" (boundaries kept the noun in the name)
    if not view.has_dep:
        return None
    lemmas = view.column("lemma_")
    for r in g.raws:
        root = view.span_root(r.start_tok, r.end_tok)
        nxt = r.end_tok
        modifies = deps[root] == "compound" and view.heads[root] == nxt
        if modifies and texts[nxt].islower() and lex.heads.get(lowers[nxt]):
            return lex.heads[lowers[nxt]]
        noun = _category_noun(view, root)
        if noun is not None and (kind := lex.heads.get(lemmas[noun].lower())):
            return kind
    return None


def _category_noun(view: DocView, root: int) -> int | None:
    """The lower-case noun a name is given as an instance of: "the newspaper chains Gannett"
    (apposition), "companies such as Gannett", "firms like Alden"."""
    texts, lowers, deps = view.column("text"), view.column("lower_"), view.column("dep_")
    head = view.heads[root]
    if head == root:
        return None
    if deps[root] == "appos" and head < root and texts[head].islower():
        return head
    if deps[root] == "pobj" and lowers[head] in ("as", "like"):
        noun = view.heads[head]
        if noun != head and texts[noun].islower() and view.column("pos_")[noun] == "NOUN":
            return noun
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


def _written_like_thing(view: DocView, r: Raw, lex: Lexicon) -> bool:
    """After a bare lower-case "the" ("the Lakers", "the merged Gannett"; not "the Lakers
    coach", "the late Doris Day" nor "The X"), the object of "on"/"via", or coordinated with an
    organisation ("Gannett and GateHouse Media")."""
    if not view.has_dep:
        return False
    texts, lowers, deps = view.column("text"), view.column("lower_"), view.column("dep_")
    root = view.span_root(r.start_tok, r.end_tok)
    if deps[root] in MODIFIER_DEPS:
        return False  # "the Trump administration": the name modifies a noun
    before = r.start_tok - 1
    pos = view.column("pos_")
    while before >= 0 and pos[before] == "ADJ" and texts[before].islower():
        before -= 1  # "the merged Gannett", "the new Gannett"
    if before >= 0 and texts[before] == "the" and not _after_role_modifier(view, r, lex):
        return True
    if deps[root] == "pobj" and lowers[view.heads[root]] in THING_PREPOSITIONS:
        return True
    return _coordinated_with_organisation(view, root) or _team_in_a_contest(view, root)


CONTEST_VERBS = frozenset(
    {"beat", "defeat", "edge", "rout", "thrash", "trounce", "outscore", "outplay", "overpower"}
)
"""Verbs of one side winning a match: their subject and object are teams when both are
names ("Caloundra defeated Wynnum 45 points to 24")."""


def _team_in_a_contest(view: DocView, root: int) -> bool:
    """Subject or object of a contest verb whose other side is a name too."""
    deps, lemmas, ent_types = view.column("dep_"), view.column("lemma_"), view.column("ent_type_")
    if deps[root] not in ("nsubj", "dobj"):
        return False
    verb = view.heads[root]
    if lemmas[verb].lower() not in CONTEST_VERBS:
        return False
    other = "dobj" if deps[root] == "nsubj" else "nsubj"
    return any(deps[c] == other and ent_types[c] for c in view.children(verb))


def _after_role_modifier(view: DocView, r: Raw, lex: Lexicon) -> bool:
    """'the late Doris Day', 'the former Kennedy': a person's modifiers."""
    return r.start_tok > 0 and view.column("lower_")[r.start_tok - 1] in lex.role_modifiers


def _coordinated_with_organisation(view: DocView, root: int) -> bool:
    """'Gannett and GateHouse Media': a name joined by "and" to an organisation's name."""
    deps, ent_types = view.column("dep_"), view.column("ent_type_")
    if deps[root] == "conj" and ent_types[view.heads[root]] == "ORG":
        return True
    return any(deps[c] == "conj" and ent_types[c] == "ORG" for c in view.children(root))


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
