"""The label of one referent from all its mentions and their context, not from one tag.

spaCy's label is a guess per mention. A referent's label is corrected by what the words
around every mention say:

- a head word that ends the name, follows it as the noun it modifies, or names the category
  it is an instance of names its kind ("Cynthia Woods Mitchell Pavilion", "Hoa Lo prison",
  "Manchester United", "companies such as Gannett": resources/entity_heads.tsv);
- a lower-case noun the name is given as an instance of names its kind, before it ("its
  albums Toulouse Street", "companies such as Gannett"), after it as an apposition (works
  only: "The Palestine Laboratory, a book about ..."), or as the thing "known as", "dubbed" or
  "called" the name ("a strand of software known as Red Wolf"); the items of a list share it;
- a side of a match is a team: a name followed by a score ("Noosa 32–22"), modifying a
  player's or coach's role ("Wynnum coach Matt Myers"), one side of a contest verb;
- a "person" written like a thing — after a bare "the" ("the Lakers"), as the object of "on"
  or "via" ("on Instagram"), joined by "and" to an organisation, as one side of a match
  ("Caloundra defeated Wynnum") — with nothing that marks a person (a title, an honorific, a
  role, a known first name) is an organisation;
- a "work" that is told something is an organisation ("Johnston told Billboard the ..."), a
  "person" whose name ends in a plural proper noun a band ("Goo Goo Dolls");
- a "person" followed by a market code is a traded good ("Brent LCOc1", "Sterling GBP=");
- a name of resources/celestial_bodies.txt ("the Moon") is a place; a place or building
  spelled with a capital inside a word ("MarketAxess") is a brand, an organisation;
- a name of resources/known_organisations.txt (online platforms) is an organisation, a name
  after a ship's prefix ("USS Cole") a vessel;
- a place named after another place of the article plus a people's ending is that people
  ("South Dakotans", tagged GPE, next to "South Dakota");
- an all-capitals name opening a paragraph before a comma, a bracket or a dash is a dateline
  place ("SIOUX FALLS, S.D. (AP) —");
- a lower-case category noun right before a name says it is a body ("energy company
  Burisma", tagged a place), and so does a legal form on one of its mentions ("Burisma
  Holdings"); a place name that is the surname of a person of the article,
  owned or a subject and never after "in"/"at", is that person ("Sondland's role"); so is
  a place-tagged name followed by an age or a "who" ("Sudesh Amman, 20,");
- a name right after a person's title is a person ("former co-star Hudson"); a building word
  one is "in" makes a place ("in KeyBank Center"); a league modifying a word of play is the
  competition ("Premier League titles"); a name whose every mention modifies a work noun is
  that work ("the Pegasus spyware"); a piece of a hyphenated route is a place when the other
  end is one ("Earth-Mars"); a place played "away to" or given a record is a team;
- mentions the rescan adds after labelling count too (``relabel_grown``: "Salesforce's
  Dreamforce conference").
"""

from __future__ import annotations

import re

from newsparse.docview import DocView
from newsparse.extract.entities.boundaries import HYPHENS, PLACE_KINDS, TICKER
from newsparse.extract.entities.raws import Group, Raw, majority_label
from newsparse.extract.entities.roles import title_before
from newsparse.lexicon import table
from newsparse.lexicon.entities import Lexicon
from newsparse.vocab import MODIFIER_DEPS, PLACE_LABELS

_CAMEL = re.compile(r"(?!(?:Mac|Mc|De|Di|Du|La|Le|Van|Von)[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]")
"""A word with a capital inside after three or more small letters ("MarketAxess"): brands
are spelled so, places are not; "McAllen", "DeKalb", "LaSalle" keep their prefixes."""
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
_HEAD_KEEPS["WORK"] = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
_HEAD_KEEPS["THING"] = _HEAD_KEEPS["WORK"]
_HEAD_KEEPS["LAW"] = _HEAD_KEEPS["WORK"]
_HEAD_KEEPS["DISEASE"] = PLACE_LABELS | {"GPE", "NORP", "EVENT"}
"""'the Wuhan virus' names a place, 'the COVID-19 pandemic' an illness."""
_HEAD_KEEPS["PLACE_OF"] = PLACE_LABELS | {"GPE", "NORP"}
_LABEL_OF_KIND = {
    "CLUB": "ORG",
    "WORK": "WORK_OF_ART",
    "THING": "PRODUCT",
    "DISEASE": "EVENT",
    "PLACE_OF": "GPE",
}
THING_KINDS = frozenset({"EVENT", "LAW", "WORK", "THING", "PRODUCT"})
"""Kinds of things that are no body: when the head word agrees with such a label, it stays."""
MODIFIED_ONLY = frozenset({"GPE", "PLACE_OF"})
"""Kinds never named by a capitalised last word ("Islamic State", "Legislative Assembly")."""
CATEGORY_ONLY = frozenset({"WORK", "THING"})
"""Kinds named only by a category noun ("the album X", "X, a book"), never by a last word or
a noun the name modifies: "the Beatles album", "Microsoft software" name the maker; but after
an owner ("its Blue Moon lander", "NASA's VIPER mission") the name is the owned thing."""
NAMING_VERBS = frozenset({"know", "dub", "call", "nickname", "name", "brand", "title"})
"""'a noun known as / dubbed / called X': X names that noun."""


def relabel(groups: dict[str, Group], view: DocView, lex: Lexicon) -> None:
    """Set each group's label from the evidence of all its mentions."""
    surnames = {k.split(" ")[-1] for k, g in groups.items() if g.label == "PERSON" and " " in k}
    for key, g in groups.items():
        if _family(key, surnames):  # "the Bidens" are people, whatever the tag
            g.label = "PERSON"
        else:
            g.label = group_label(g, view, lex, surnames=surnames)
    places = {k for k, g in groups.items() if g.label in PLACE_LABELS}
    for key, g in groups.items():
        if g.label in PLACE_LABELS and _demonym_of(key, places):
            g.label = "NORP"
    _pair_places(groups, view)


def _pair_places(groups: dict[str, Group], view: DocView) -> None:
    """A piece cut out of a title-tagged pair ("the Earth-Mars cruise", "a London-Paris
    flight") is a place when the other piece is one: the pair was a route, not a title."""
    pieces = {r.start_tok: g for g in groups.values() for r in g.raws if r.vote < 1}
    ends = {r.end_tok: g for g in groups.values() for r in g.raws if r.vote < 1}
    texts = view.column("text")
    for g in groups.values():
        if g.label not in THING_LABELS or any(r.vote == 1 for r in g.raws):
            continue
        for r in g.raws:
            after = pieces.get(r.end_tok + 1) if r.end_tok < len(view) else None
            before = ends.get(r.start_tok - 1) if r.start_tok > 0 else None
            if after is not None and texts[r.end_tok] not in HYPHENS:
                after = None
            if before is not None and texts[r.start_tok - 1] not in HYPHENS:
                before = None
            other = next((o for o in (after, before) if o is not None and o is not g), None)
            if other is not None and other.label in PLACE_LABELS:
                g.label = other.label
                break


def relabel_grown(
    groups: dict[str, Group], added: dict[str, list[Raw]], view: DocView, lex: Lexicon
) -> None:
    """Label again the groups that gained mentions after labelling: the rescan finds names
    spaCy did not tag, and their context counts too ("Salesforce's Dreamforce conference").

    Only the change the new mentions make is taken: the group is labelled from its tagged
    mentions' vote with and without them, so a label set by merging stays."""
    if not added:
        return
    surnames = {k.split(" ")[-1] for k, g in groups.items() if g.label == "PERSON" and " " in k}
    for key, new in added.items():
        g = groups[key]
        fresh = {id(r) for r in new}
        old = [r for r in g.raws if id(r) not in fresh]
        if not old or _family(key, surnames):
            continue
        start = majority_label(old)
        before = group_label(Group(key, old, start), view, lex, surnames=surnames)
        after = group_label(Group(key, g.raws, start), view, lex, surnames=surnames)
        if after != before:
            g.label = after


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


def group_label(
    g: Group, view: DocView, lex: Lexicon, *, surnames: frozenset[str] | set[str] = frozenset()
) -> str:
    """The label the mentions of ``g`` support (its current one when nothing speaks against).

    ``surnames``: last words of the article's people's full names (lower-cased keys)."""
    if g.key in lex.known_organisations and not _marked_person(g, view, lex):
        return "ORG"
    sky = g.key in lex.celestial_bodies and g.label not in PLACE_LABELS
    if sky and not _marked_person(g, view, lex):
        return "LOC"  # "on the Moon", tagged ORG: a body of the sky is a place
    if g.label in ("GPE", "FAC") and any(_CAMEL.match(w) for r in g.raws for w in r.text.split()):
        return "ORG"  # "MarketAxess", "WoodSpring Suites": a brand's spelling, not a place's
    if g.key.split(" ", 1)[0] in SHIP_PREFIXES and " " in g.key:
        return "PRODUCT"  # "USS Cole", "HMS Queen Elizabeth": ships, not people
    if g.label not in PLACE_LABELS and any(_place_prefix(view, r) for r in g.raws):
        return "FAC"  # "HMP Belmarsh", "RAF Croughton": a prison, a base
    kind = _head_kind(g, view, lex)
    if kind and g.label not in _HEAD_KEEPS[kind] and not _marked_person(g, view, lex):
        return _LABEL_OF_KIND.get(kind, kind)
    if g.label != "ORG" and any(_legal_form(r, lex) for r in g.raws):
        return "ORG"  # "Burisma Holdings" beside "Burisma" tagged a place: a company
    if g.label != "ORG" and any(_category_before(view, r, lex) == "ORG" for r in g.raws):
        return "ORG"  # "energy company Burisma", tagged a place: the noun says what it is
    work = _always_of_a_work(g, view, lex)
    if work and g.label not in _HEAD_KEEPS[work] and not _marked_person(g, view, lex):
        return _LABEL_OF_KIND[work]  # "the Pegasus spyware" ... "by Pegasus software"
    if g.label == "ORG" and any(_competition(view, r) for r in g.raws):
        return "EVENT"  # "three Premier League titles": the league played for, not a body
    if kind in THING_KINDS and g.label in THING_LABELS:
        return g.label  # "an Iraq War veteran": the head word says it is a war, not a body
    described = _apposition_label(g, view, lex)
    if described:
        return described
    untitled = g.label in ("PERSON", "NORP") or kind
    if not untitled and any(_titled(view, r, lex) for r in g.raws):
        return "PERSON"  # "former co-star Hudson", "WHO director-general Tedros Adhanom"
    if g.label not in PLACE_LABELS and any(_after_compass(view, r) for r in g.raws):
        return "LOC"  # "the northern Sierra Nevada", "southern Syria"
    if g.label in PLACE_LABELS and g.key in surnames and _speaks(g, view):
        return "PERSON"  # "Givati says", after "Ori Givati"
    if g.label not in PLACE_LABELS | {"PERSON"} and g.key in surnames:
        return "PERSON"  # "former co-star Hudson", after "Rock Hudson"
    if (
        g.label in PLACE_LABELS
        and not _known_place(g.key, lex)
        and any(_age_or_who_after(view, r) for r in g.raws)
    ):
        return "PERSON"  # "Sudesh Amman, 20,", "Amman, who was described": a person
    if g.label in PLACE_LABELS and g.key in surnames and _surname_used(g, view, lex):
        return "PERSON"  # "Sondland's role", after "Gordon Sondland": no place is owned so
    if g.label in THING_LABELS and all(_bare_name(view, r) for r in g.raws) and _speaks(g, view):
        return "PERSON"  # "Kino Gabriel said", "Eyamba Sowers didn't know": no title speaks
    venue = g.label == "ORG" and any(_in_venue(view, r) for r in g.raws)
    if venue and not any(_acts_as_body(view, r, lex) for r in g.raws):
        return "FAC"  # "in front of 15,522 in KeyBank Center": an arena
    if g.label in THING_LABELS | {"FAC"} and any(_acts_as_body(view, r, lex) for r in g.raws):
        return "ORG"  # "a WeWork spokesperson", "WeWork declined to comment"
    if g.label in ("ORG", "PERSON") and all(r.text.endswith("+") for r in g.raws):
        return "PRODUCT"  # "Disney+", "ESPN+": a streaming service
    ill = g.label in ("ORG", "PERSON", "PRODUCT") and not _marked_person(g, view, lex)
    if ill and any(_illness_context(view, r) for r in g.raws):
        return "EVENT"  # "symptoms of COVID-19", "a cure for COVID-19"
    if g.label in THING_LABELS and any(_told(view, r) for r in g.raws):
        return "ORG"  # "Johnston told Billboard": one is told things by people or bodies
    if g.label == "PERSON" and _plural_name(g, view) and not _marked_person(g, view, lex):
        return "ORG"  # "Goo Goo Dolls": a band, not a person
    if g.label == "PERSON" and any(_before_ticker(view, r) for r in g.raws):
        return "PRODUCT"  # "Brent LCOc1", "Sterling GBP=": a traded good, not a person
    if g.label == "PRODUCT" and all(_the_plural(view, r) for r in g.raws):
        return "ORG"  # "the Clippers", "the Rockets": a team or band, not a product
    if g.label == "PERSON" and not _marked_person(g, view, lex):
        things = sum(_written_like_thing(view, r, lex) for r in g.raws)
        if things and 2 * things >= len(g.raws):
            return "ORG"
    if g.label in ("GPE", "LOC"):
        sides = sum(_team_side(view, r) for r in g.raws)
        if sides and 2 * sides >= len(g.raws):
            return "ORG"  # "Noosa 32–22", "Denver coach Michael Malone": the city's team
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
        if kind == "EVENT" and _post_modified(view, longest.start_tok, last):
            kind = None  # "Iraq Veterans Against the War": the war is no head of the name
        if kind and texts[last][:1].isupper() and kind not in MODIFIED_ONLY | CATEGORY_ONLY:
            return kind
        if kind in PLACE_KINDS and texts[last].islower():
            return kind  # "Hoa Lo prison" (boundaries kept the noun in the name)
    if not view.has_dep:
        return None
    lemmas = view.column("lemma_")
    for r in g.raws:
        root = view.span_root(r.start_tok, r.end_tok)
        nxt = r.end_tok
        modifies = deps[root] == "compound" and view.heads[root] == nxt and not _one_of(view, r)
        kind = _kind_of_noun(lowers[nxt], lex) if modifies and texts[nxt].islower() else None
        if kind == "EVENT" and g.label in PLACE_LABELS:
            kind = None  # "the Cairo summit", "the Boston marathon": where it was held
        if kind and (kind not in CATEGORY_ONLY or _owned(view, r)):
            return kind
        for noun in _category_nouns(view, root):
            if kind := _kind_of_noun(lemmas[noun].lower(), lex):
                return kind
        for noun in _described_after(view, root):
            if (kind := lex.heads.get(lemmas[noun].lower())) in CATEGORY_ONLY:
                return kind
    return None


def _legal_form(r: Raw, lex: Lexicon) -> bool:
    """A mention of two words or more ending in a company's legal form ("Inc.", "Holdings")."""
    words = r.text.split()
    return len(words) > 1 and words[-1].lower().rstrip(".") in lex.org_suffixes


def _category_before(view: DocView, r: Raw, lex: Lexicon) -> str | None:
    """The kind a lower-case noun right before the name names, when the name is what it
    modifies: "energy company Burisma", "the newspaper chain Gannett" (the noun is the
    category the name is an instance of)."""
    before = r.start_tok - 1
    if not view.has_dep or before < 0 or view.column("dep_")[before] != "compound":
        return None
    if view.heads[before] != view.span_root(r.start_tok, r.end_tok):
        return None
    if not view.column("text")[before].islower() or view.column("pos_")[before] != "NOUN":
        return None
    return _kind_of_noun(view.column("lemma_")[before].lower(), lex)


def _post_modified(view: DocView, start: int, last: int) -> bool:
    """A preposition inside the name before its last word: the last word ends a phrase after
    the head ("Veterans Against the War"); "of" aside ("Battle of Britain")."""
    lowers, pos = view.column("lower_"), view.column("pos_")
    return any(pos[k] == "ADP" and lowers[k] != "of" for k in range(start + 1, last))


def _one_of(view: DocView, r: Raw) -> bool:
    """After "a"/"an": the name says whose or what kind the noun is, it does not name it ("a
    Wikileaks conference", "a Trump rally"; but "the Dreamforce conference")."""
    before = r.start_tok - 1
    return before >= 0 and view.column("lower_")[before] in ("a", "an")


def _owned(view: DocView, r: Raw) -> bool:
    """Right after an owner: a possessive determiner or a possessive "'s" ("its Blue Moon
    lander", "Salesforce's Dreamforce conference")."""
    before = r.start_tok - 1
    return before >= 0 and view.column("tag_")[before] in ("PRP$", "POS")


def _kind_of_noun(lemma: str, lex: Lexicon) -> str | None:
    """The kind a category noun names; a plural acronym by its singular ("NGOs")."""
    kind = lex.heads.get(lemma)
    if kind is None and lemma.endswith("s"):
        kind = lex.heads.get(lemma[:-1])
    return kind


def _category_nouns(view: DocView, root: int) -> list[int]:
    """The lower-case nouns a name is given as an instance of: "the newspaper chains Gannett"
    (apposition), "companies such as Gannett", "firms like Alden", "a strand of software known
    as Red Wolf" (the noun named, and the noun its "of" names)."""
    texts, lowers, deps = view.column("text"), view.column("lower_"), view.column("dep_")
    pos, ent_types = view.column("pos_"), view.column("ent_type_")
    out: list[int] = []

    def common(i: int) -> bool:
        """A common noun; "NGOs", a plural acronym, when it is no name."""
        if texts[i].islower():
            return pos[i] == "NOUN"
        return not ent_types[i] and texts[i][:-1].isupper() and texts[i].endswith("s")

    while deps[root] == "conj" and view.heads[root] < root:
        root = view.heads[root]  # "firms like Elbit, Candiru, and Rafael": the list's first
    head = view.heads[root]
    if head == root:
        return out
    if deps[root] == "appos" and head < root and texts[head].islower():
        out.append(head)
    if deps[root] == "pobj" and lowers[head] in ("as", "like"):
        noun = view.heads[head]
        if noun != head and lowers[noun] == "such":
            noun = view.heads[noun]  # "NGOs such as Al-Haq" parsed with "such" between
        if noun != head and common(noun):
            out.append(noun)
        elif _naming_verb(view, noun):
            out.extend(_named_nouns(view, noun))
    elif deps[root] in ("oprd", "dobj", "attr") and _naming_verb(view, head):
        out.extend(_named_nouns(view, head))  # "the prison, dubbed the Hanoi Hilton"
    return out


def _described_after(view: DocView, root: int) -> list[int]:
    """Lower-case nouns in apposition after a name: "The Palestine Laboratory, a book ...".
    Only a work is taken from them: "Smith, a company founder" is no company."""
    texts, deps, pos = view.column("text"), view.column("dep_"), view.column("pos_")
    return [
        c
        for c in view.children(root)
        if deps[c] == "appos" and c > root and texts[c].islower() and pos[c] == "NOUN"
    ]


def _naming_verb(view: DocView, i: int) -> bool:
    """A participle of naming that describes a noun: "known (as)", "dubbed", "called"."""
    lemmas, deps = view.column("lemma_"), view.column("dep_")
    return lemmas[i].lower() in NAMING_VERBS and deps[i] in ("acl", "relcl", "amod")


def _named_nouns(view: DocView, verb: int) -> list[int]:
    """The noun a naming participle describes, and the noun of its "of" ("a strand of
    software"), when lower-case."""
    texts, lowers, deps, pos = (
        view.column("text"),
        view.column("lower_"),
        view.column("dep_"),
        view.column("pos_"),
    )
    noun = view.heads[verb]
    if noun == verb or not texts[noun].islower() or pos[noun] != "NOUN":
        return []
    out = [noun]
    for c in view.children(noun):
        if lowers[c] == "of" and deps[c] == "prep":
            out.extend(g for g in view.children(c) if deps[g] == "pobj" and texts[g].islower())
    return out


def _marked_person(g: Group, view: DocView, lex: Lexicon) -> bool:
    """A title, honorific or role, or a known first name opening a name of two words or more."""
    lowers, spaces = view.column("lower_"), view.column("whitespace_")
    for r in g.raws:
        if r.title or (r.roles and r.label == "PERSON"):
            return True  # an organisation's apposition ("Al-Haq, an NGO") is no person's role
        several = r.end_tok - r.start_tok > 1 and bool(spaces[r.start_tok])  # not "Al-Haq"
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
    if _team_side(view, r):
        return True
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
    return _coordinated_with_organisation(view, root)


SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")
"""A match score written as one token: "32–22", "4-1"."""
TEAM_ROLES = frozenset(
    {
        "coach",
        "captain",
        "skipper",
        "goalkeeper",
        "goalie",
        "striker",
        "midfielder",
        "defender",
        "winger",
        "quarterback",
        "pitcher",
        "halfback",
        "fullback",
        "playmaker",
        "forward",
        "guard",
        "center",
        "centre",
        "rookie",
        "shortstop",
        "catcher",
        "outfielder",
        "infielder",
        "linebacker",
        "receiver",
        "defenseman",
        "defenceman",
        "keeper",
        "batsman",
        "bowler",
        "flanker",
        "manager",
        "boss",
    }
)
"""Roles in a team that a team's name modifies ("Wynnum coach Matt Myers")."""


THING_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _told(view: DocView, r: Raw) -> bool:
    """The one told, in "X told Billboard (that) ...": the object of "tell" followed by what
    was said."""
    if not view.has_dep:
        return False
    deps, lemmas = view.column("dep_"), view.column("lemma_")
    root = view.span_root(r.start_tok, r.end_tok)
    verb = view.heads[root]
    if deps[root] not in ("dobj", "dative") or lemmas[verb].lower() != "tell":
        return False
    return any(deps[c] in ("ccomp", "xcomp") for c in view.children(verb))


def _plural_name(g: Group, view: DocView) -> bool:
    """A name of two words or more ending in a plural proper noun ("Goo Goo Dolls")."""
    tags = view.column("tag_")
    return any(r.end_tok - r.start_tok > 1 and tags[r.end_tok - 1] == "NNPS" for r in g.raws)


def _the_plural(view: DocView, r: Raw) -> bool:
    """A plural proper noun right after "the" ("the Clippers")."""
    tags, texts = view.column("tag_"), view.column("text")
    return r.start_tok > 0 and texts[r.start_tok - 1] == "the" and tags[r.end_tok - 1] == "NNPS"


def _before_ticker(view: DocView, r: Raw) -> bool:
    """Followed by a market code ("Brent LCOc1", "Sterling GBP=")."""
    return r.end_tok < len(view) and bool(TICKER.match(view.column("text")[r.end_tok]))


def _team_side(view: DocView, r: Raw) -> bool:
    """A side of a match: followed by a score ("Noosa 32–22", "Wynnum 45 points to 24"),
    modifying a player's or coach's role ("Wynnum coach"), or one side of a contest verb."""
    texts, lowers, deps = view.column("text"), view.column("lower_"), view.column("dep_")
    nxt = r.end_tok
    if nxt < len(view) and (
        SCORE.match(texts[nxt])
        or (texts[nxt].isdigit() and lowers[nxt + 1 : nxt + 3] == ["points", "to"])
        or (texts[nxt] == "(" and nxt + 1 < len(view) and SCORE.match(texts[nxt + 1]))
    ):
        return True  # "Noosa 32–22", "Oklahoma City (5-7)": a score, a win-loss record
    if not view.has_dep:
        return False
    root = view.span_root(r.start_tok, r.end_tok)
    head = view.heads[root]
    if deps[root] == "compound" and head == nxt and lowers[head] in TEAM_ROLES:
        return True
    if deps[root] == "pobj" and lowers[head] == "to" and head != root:
        before = view.heads[head]
        if view.column("lemma_")[before].lower() in MATCH_TO_WORDS:
            return True  # "away to West Ham", "at home to Chelsea", "lost to Denver"
    return _team_in_a_contest(view, root)


MATCH_TO_WORDS = frozenset({"away", "home", "lose"})
"""Words whose "to" names the other side of a match."""


CONTEST_VERBS = frozenset(
    {"beat", "defeat", "edge", "rout", "thrash", "trounce", "outscore", "outplay", "overpower"}
)
"""Verbs of one side winning a match: their subject and object are teams when both are
names ("Caloundra defeated Wynnum 45 points to 24")."""


def _team_in_a_contest(view: DocView, root: int) -> bool:
    """Subject or object of a contest verb whose other side is a name too (tagged or not:
    "Maroochydore defeated Caboolture")."""
    deps, lemmas, ent_types = view.column("dep_"), view.column("lemma_"), view.column("ent_type_")
    if deps[root] not in ("nsubj", "dobj"):
        return False
    verb = view.heads[root]
    if lemmas[verb].lower() not in CONTEST_VERBS:
        return False
    other = "dobj" if deps[root] == "nsubj" else "nsubj"
    pos = view.column("pos_")
    return any(
        deps[c] == other and (ent_types[c] or pos[c] == "PROPN") for c in view.children(verb)
    )


def _after_role_modifier(view: DocView, r: Raw, lex: Lexicon) -> bool:
    """'the late Doris Day', 'the former Kennedy': a person's modifiers."""
    return r.start_tok > 0 and view.column("lower_")[r.start_tok - 1] in lex.role_modifiers


def _coordinated_with_organisation(view: DocView, root: int) -> bool:
    """'Gannett and GateHouse Media', 'Elbit, Candiru, and Rafael': a name in a list (joined
    by "and" or commas) with an organisation's name."""
    deps, ent_types = view.column("dep_"), view.column("ent_type_")
    first = root
    while deps[first] == "conj" and view.heads[first] < first:
        first = view.heads[first]
    items: list[int] = []
    todo = [first]
    while todo and len(items) < 20:
        item = todo.pop()
        items.append(item)
        todo.extend(c for c in view.children(item) if deps[c] == "conj")
    return any(ent_types[i] == "ORG" for i in items if i != root)


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


def _context_words() -> dict[str, str]:
    return table("entity_context_words.tsv")


def _place_prefix(view: DocView, r: Raw) -> bool:
    """A name of two words or more opened by a word of buildings and bases ("HMP Belmarsh",
    "RAF Croughton", "Mount Sinai"): resources/entity_context_words.tsv."""
    if r.end_tok - r.start_tok < 2:
        return False
    texts = view.column("text")
    return (
        _context_words().get(texts[r.start_tok].lower()) == "place_prefix"
        and texts[r.start_tok + 1][:1].isupper()
    )


def _after_compass(view: DocView, r: Raw) -> bool:
    """Right after a lower-case direction ("the northern Sierra Nevada", "southern Syria")."""
    before = r.start_tok - 1
    texts = view.column("text")
    return (
        before >= 0
        and texts[before].islower()
        and _context_words().get(texts[before]) == ("compass")
    )


INSIDE_PREPOSITIONS = frozenset({"in", "inside", "outside", "into", "near"})
"""One is in a building, not in a company ("in KeyBank Center"; "at" is said of both)."""


def _in_venue(view: DocView, r: Raw) -> bool:
    """A name ending in a word of buildings that bodies take too ("Center", "Garden", "Hall",
    "Field": resources/entity_context_words.tsv venue) as the object of "in" or "outside"."""
    if not view.has_dep or r.end_tok - r.start_tok < 2:
        return False
    if _context_words().get(view.column("lower_")[r.end_tok - 1]) != "venue":
        return False
    root = view.span_root(r.start_tok, r.end_tok)
    head = view.heads[root]
    inside = view.column("lower_")[head] in INSIDE_PREPOSITIONS
    return view.column("dep_")[root] == "pobj" and inside


def _always_of_a_work(g: Group, view: DocView, lex: Lexicon) -> str | None:
    """The kind of work (WORK, THING) every mention, two or more, modifies as a category
    noun ("the Pegasus spyware", "Pegasus software"): one such mention may name the maker
    ("Microsoft software"), every mention of a name says what it is."""
    if len(g.raws) < 2 or not view.has_dep:
        return None
    texts, lowers, deps = view.column("text"), view.column("lower_"), view.column("dep_")
    kinds = set()
    for r in g.raws:
        root = view.span_root(r.start_tok, r.end_tok)
        nxt = r.end_tok
        if nxt >= len(view) or deps[root] != "compound" or view.heads[root] != nxt:
            return None
        kind = _kind_of_noun(lowers[nxt], lex) if texts[nxt].islower() else None
        if kind not in CATEGORY_ONLY:
            return None
        kinds.add(kind)
    return kinds.pop() if len(kinds) == 1 else None


COMPETITION_ENDS = frozenset({"league", "series"})
"""Last words of a competition's name that bodies' names end with too ("Premier League",
"World Series"; "Arab League" is a body)."""


def _competition(view: DocView, r: Raw) -> bool:
    """A league modifying a word of play ("Premier League titles", "the Champions League
    final": resources/entity_context_words.tsv play)."""
    if not view.has_dep or r.end_tok - r.start_tok < 2 or r.end_tok >= len(view):
        return False
    lowers = view.column("lower_")
    if lowers[r.end_tok - 1] not in COMPETITION_ENDS:
        return False
    root = view.span_root(r.start_tok, r.end_tok)
    noun = view.heads[root]
    if view.column("dep_")[root] != "compound" or noun != r.end_tok:
        return False
    return _context_words().get(view.column("lemma_")[noun].lower()) == "play"


def _titled(view: DocView, r: Raw, lex: Lexicon) -> bool:
    """Right after a person's title ("co-star", "director-general", "rapper"; not a word that
    names a body too, "the retailer Walmart", "the band Queen", "partner Microsoft")."""
    if r.start_tok == 0:
        return False
    before = view.column("text")[r.start_tok - 1]
    opening = view.sent_of(r.start_tok - 1)[0] == r.start_tok - 1 and before[1:].islower()
    if not before.islower() and not opening:
        return False
    if view.has_dep and view.column("dep_")[view.span_root(r.start_tok, r.end_tok)] == "compound":
        return False  # "deputy White House press secretary": the name modifies the title
    roles = title_before(view, r.start_tok, lex=lex).roles
    words = _context_words()
    return any(
        (last := role.lower().split()[-1]) not in lex.heads and words.get(last) != "body_role"
        for role in roles
    )


def _known_place(key: str, lex: Lexicon) -> bool:
    """A place our lists name: a country or body with its variants, or a capital."""
    return key in lex.aliases or key in lex.capitals


def _age_or_who_after(view: DocView, r: Raw) -> bool:
    """Right after the name, set off by a comma: an age (", 20,") or a relative "who" — what
    news writes of people, never of places ("Paris, which", "Paris, whose mayor")."""
    texts, lowers, tags = view.column("text"), view.column("lower_"), view.column("tag_")
    k = r.end_tok
    if k + 1 >= len(texts) or texts[k] != ",":
        return False
    if lowers[k + 1] == "who" and tags[k + 1] == "WP":
        return True
    age = texts[k + 1]
    closed = k + 2 < len(texts) and texts[k + 2] in (",", ".", ";", ")")
    return closed and age.isdigit() and 0 < int(age) < 120


_LOCATIVE = frozenset({"in", "at", "into", "across", "near", "throughout", "inside", "outside"})


def _surname_used(g: Group, view: DocView, lex: Lexicon) -> bool:
    """A name tagged as a place, also the last name of a person of the article, used as a
    person is and never as a place: an owner ("Sondland's role") or a subject, never after
    "in" or "at", and no place our lists know ("Washington" the capital stays a place)."""
    if _known_place(g.key, lex) or not view.has_dep:
        return False
    lowers, tags, deps = view.column("lower_"), view.column("tag_"), view.column("dep_")
    personal = False
    for r in g.raws:
        if r.start_tok > 0 and lowers[r.start_tok - 1] in _LOCATIVE:
            return False
        root = view.span_root(r.start_tok, r.end_tok)
        owner = r.end_tok < len(lowers) and tags[r.end_tok] == "POS"
        personal = personal or owner or deps[root] in ("nsubj", "nsubjpass")
    return personal


def _speaks(g: Group, view: DocView) -> bool:
    """A mention is the subject of a verb of speaking ("Givati says")."""
    if not view.has_dep:
        return False
    deps, lemmas = view.column("dep_"), view.column("lemma_")
    words = _context_words()
    for r in g.raws:
        root = view.span_root(r.start_tok, r.end_tok)
        verb = view.heads[root]
        if deps[root] == "nsubj" and words.get(lemmas[verb].lower()) in _PEOPLES_VERBS:
            return True
    return False


_PEOPLES_VERBS = frozenset({"speech", "person_verb"})


def _acts_as_body(view: DocView, r: Raw, lex: Lexicon) -> bool:
    """What a body does, never a work or a building: it declines, announces, denies
    ("WeWork declined to comment"; a work "says" things too), or it has a spokesperson, a
    founder, a chief ("a WeWork spokesperson", "WeWork's founder")."""
    if not view.has_dep:
        return False
    deps, lemmas = view.column("dep_"), view.column("lemma_")
    root = view.span_root(r.start_tok, r.end_tok)
    head = view.heads[root]
    if head == root:
        return False
    if deps[root] == "nsubj":
        return _context_words().get(lemmas[head].lower()) == "body_verb"
    return deps[root] in ("poss", "compound") and lemmas[head].lower() in lex.role_words


def _bare_name(view: DocView, r: Raw) -> bool:
    """Two or more capitalised words, no article, number or mark before or inside ("Kino
    Gabriel"; not "The Bible", "Article 50", “Breathless”)."""
    texts = view.column("text")
    if r.end_tok - r.start_tok < 2:
        return False
    before = texts[r.start_tok - 1] if r.start_tok > 0 else ""
    after = texts[r.end_tok] if r.end_tok < len(view) else ""
    if before.lower() == "the" or (before in _MARKS and after in _MARKS):
        return False
    return all(w[:1].isupper() and w.isalpha() for w in texts[r.start_tok : r.end_tok])


_MARKS = frozenset({'"', "“", "”", "‘", "’", "'"})


ILLNESS_PREPOSITIONS = frozenset({"of", "for", "with", "against", "from"})


def _illness_context(view: DocView, r: Raw) -> bool:
    """The object of "of"/"for"/"with"/"against" after a word of illness ("symptoms of
    COVID-19", "a cure for X", "infected with X", "fight off X")."""
    if not view.has_dep:
        return False
    deps, lemmas, lowers = view.column("dep_"), view.column("lemma_"), view.column("lower_")
    words = _context_words()
    root = view.span_root(r.start_tok, r.end_tok)
    head = view.heads[root]
    if deps[root] == "pobj" and lowers[head] in ILLNESS_PREPOSITIONS:
        word = view.heads[head]
        return word != head and words.get(lemmas[word].lower()) == "disease"
    if deps[root] == "dobj" and lemmas[head].lower() == "fight":
        return any(lowers[c] == "off" for c in view.children(head))
    return False


_APPOSITION_OPENERS = frozenset({",", "—", "–", "("})
_APPOSITION_DETERMINERS = frozenset({"a", "an", "the"})


def _apposition_head(view: DocView, r: Raw) -> int | None:
    """The head noun of a description right after the name: "Eswar Prasad, a trade professor
    at Cornell", "Breaking the Silence, an NGO made up of ...", "Al-Haq—one of the key human
    rights organizations", "Addison, a village southwest of Ithaca". Read from the words, not
    the parse (which often misses these appositions); none when the description is owned
    ("Smith, the company's founder")."""
    texts, lowers, pos = view.column("text"), view.column("lower_"), view.column("pos_")
    k = r.end_tok
    if k >= len(view) or texts[k] not in _APPOSITION_OPENERS:
        return None
    k += 1
    if lowers[k : k + 2] == ["one", "of"]:
        k += 2
    if k >= len(view) or lowers[k] not in _APPOSITION_DETERMINERS:
        return None
    k += 1
    head = None
    words = _context_words()
    while k < len(view) and k < r.end_tok + 10:
        word = texts[k]
        if words.get(word) == "compass":
            break  # "a village southwest of Ithaca"
        if pos[k] == "NOUN" and word.islower():
            head = k
        elif pos[k] == "PROPN" and len(word) > 1 and word.rstrip("s").isupper():
            head = k  # "an NGO"
        elif not (pos[k] == "ADJ" or (pos[k] == "PUNCT" and word in ("-", "–"))):
            break
        k += 1
    if head is None or (k < len(view) and texts[k] in ("'s", "’s")):
        return None
    return head


def _apposition_label(g: Group, view: DocView, lex: Lexicon) -> str | None:
    """What a description after the name says it is: a person's role makes a person of a name
    tagged otherwise; an organisation's or a place's noun makes a thing or an unmarked
    "person" that body or place ("Breaking the Silence, an NGO"; "Addison, a village")."""
    if not view.has_pos:
        return None
    lemmas = view.column("lemma_")
    for r in g.raws:
        head = _apposition_head(view, r)
        if head is None:
            continue
        lemma = lemmas[head].lower()
        person_role = lemma in lex.role_words and _context_words().get(lemma) != "body_role"
        if g.label != "PERSON" and person_role and lemma not in lex.heads:
            return "PERSON"
        kind = _kind_of_noun(lemma, lex)
        body = kind in ("ORG", "CLUB", "GPE", "FAC") and g.label not in _HEAD_KEEPS[kind]
        if body and (g.label != "PERSON" or not _marked_person(g, view, lex)):
            return _LABEL_OF_KIND.get(kind or "", kind or "")
    return None
