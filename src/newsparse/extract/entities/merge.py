"""Mentions grouped per referent: normalised keys, majority labels, short forms and acronyms."""

from __future__ import annotations

from newsparse.docview import DocView
from newsparse.extract.entities.labels import relabel
from newsparse.extract.entities.names import initials, is_acronym, name_words, normalize_key
from newsparse.extract.entities.raws import Group, Raw, majority_label
from newsparse.extract.entities.variants import (
    apply_moves,
    extend_to_known_names,
    given_compatible,
    merge_acronym_variants,
    merge_aliases,
    merge_bracketed_given_names,
    merge_club_names,
    merge_defined_acronyms,
    merge_former_names,
    merge_name_variants,
    merge_plural_nicknames,
    merge_swapped_spellings,
    primary_person,
    strip_stray_openers,
)
from newsparse.lexicon.entities import Lexicon
from newsparse.vocab import PLACE_LABELS, POSSESSOR_DEPS, SUBJECT_DEPS

NOT_SURNAMES = PLACE_LABELS
"""A short form with these labels is a place, not folded into a person ("Washington"), unless
the parse uses it like a person (the small model tags "Zelenskyy" GPE)."""
LOCATIVE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "to",
        "from",
        "into",
        "near",
        "across",
        "within",
        "throughout",
        "outside",
        "toward",
    }
)


def group_and_merge(raws: list[Raw], view: DocView, lex: Lexicon) -> dict[str, Group]:
    """Group mentions by key, then fold plurals, short forms, first names and acronyms."""
    groups = _group(raws, lex)
    relabel(groups, view, lex)
    groups = strip_stray_openers(groups, view, lex)
    groups = merge_aliases(extend_to_known_names(groups, view, lex), view)
    groups = merge_bracketed_given_names(merge_name_variants(groups, lex), view)
    groups = merge_club_names(groups, lex)
    groups = merge_swapped_spellings(groups)
    groups = _merge_party_members(groups)
    groups = _merge_plurals(groups)
    groups = _merge_short_forms(groups, view, lex)
    groups = _merge_first_names(groups, lex)
    groups = merge_defined_acronyms(groups, view)
    groups = merge_acronym_variants(_merge_acronyms(groups), view, lex)
    groups = merge_former_names(groups, view)
    groups = merge_plural_nicknames(groups)
    groups = _merge_word_orders(_merge_qualifier_aliases(groups, lex), lex)
    groups = _merge_org_endings(groups, view, lex)
    groups = _merge_org_first_words(_merge_org_forms(groups, lex), lex)
    groups = _merge_products_by_maker(groups, view)
    return _merge_capitals(groups, view, lex)


def mention_key(text: str, lex: Lexicon) -> str:
    """The key a mention is grouped under: normalised, through the alias table, without a
    lower-case kind noun after the name ("Logar province" = "Logar")."""
    words = text.split()
    if len(words) > 1 and words[-1].islower() and words[-1] in lex.heads:
        text = " ".join(words[:-1])
    key = normalize_key(text, lex.org_suffixes)
    return normalize_key(lex.aliases[key]) if key in lex.aliases else key


def _group(raws: list[Raw], lex: Lexicon) -> dict[str, Group]:
    groups: dict[str, Group] = {}
    for raw in raws:
        key = mention_key(raw.text, lex)
        groups.setdefault(key, Group(key, [])).raws.append(raw)
    for g in groups.values():
        g.label = majority_label(g.raws)
    return groups


def _merge_into(groups: dict[str, Group], moves: dict[str, str]) -> dict[str, Group]:
    """Merge along ``moves`` (short key -> long key), following chains ("ryan" -> "paul
    ryan" -> "speaker paul ryan")."""
    return apply_moves(groups, moves)


_PERSON_DEPS = SUBJECT_DEPS | POSSESSOR_DEPS


def _acts_like_person(view: DocView, g: Group) -> bool:
    """A short form tagged as a place that the parse uses like a person: never "in/to/from X",
    at least once a subject or a possessor ("Zelenskyy said", "Zelenskyy's office")."""
    if not view.has_dep:
        return False
    deps, lowers, heads = view.column("dep_"), view.column("lower_"), view.heads
    person_like = False
    for r in g.raws:
        root = view.span_root(r.start_tok, r.end_tok)
        if deps[root] == "pobj" and lowers[heads[root]] in LOCATIVE_PREPOSITIONS:
            return False
        person_like = person_like or deps[root] in _PERSON_DEPS
    return person_like


def _merge_short_forms(groups: dict[str, Group], view: DocView, lex: Lexicon) -> dict[str, Group]:
    """Fold 'Zelenskyy' into 'Volodymyr Zelenskyy' when one person name ends so, or into the
    article's main bearer of the surname when several do (``primary_person``)."""
    endings: dict[str, set[str]] = {}
    shaped: set[str] = set()
    """Names tagged otherwise that read as a person's: a known first name and a surname."""
    for key, g in groups.items():
        words = name_words(key)
        if len(words) > 1 and g.label != "PERSON" and _person_shaped(g, words, lex):
            shaped.add(key)
        if (g.label == "PERSON" or key in shaped) and len(words) > 1:
            for n in range(1, len(words)):
                endings.setdefault(" ".join(words[-n:]), set()).add(key)
    moves: dict[str, str] = {}
    for key, g in groups.items():
        size = len(name_words(key))
        targets = [t for t in endings.get(key, ()) if len(name_words(t)) > size]
        if g.label != "PERSON":
            targets = [t for t in targets if t not in shaped]
        if not targets or (g.label in NOT_SURNAMES and not _acts_like_person(view, g)):
            continue
        main = primary_person([groups[t] for t in targets], view)
        if main is not None:
            moves[key] = main.key
            if main.key in shaped:  # "Abernathy" (a person) names "Penelope Muse Abernathy"
                main.label = "PERSON"
    return _merge_into(groups, moves)


def _person_shaped(g: Group, words: list[str], lex: Lexicon) -> bool:
    """Two or three capitalised words opening with a known first name, as every mention
    writes it: 'Penelope Muse Abernathy' tagged an organisation."""
    return (
        len(words) <= 3
        and words[0] in lex.given_names
        and all(len(r.text.split()) == len(words) and r.text.istitle() for r in g.raws)
    )


def _merge_plurals(groups: dict[str, Group]) -> dict[str, Group]:
    """'Ukrainians' and 'Ukrainian' name one group of people (NORP only)."""
    moves = {
        key: key[:-1]
        for key, g in groups.items()
        if g.label == "NORP"
        and key.endswith("s")
        and groups.get(key[:-1], g).label == "NORP"
        and key[:-1] in groups
    }
    return _merge_into(groups, moves)


PARTY_FORMS = ("{} party", "{}ic party")
"""The party a plural of its members names: "Republicans" -> "Republican Party", "Democrats"
-> "Democratic Party", "Conservatives" -> "Conservative Party"."""


def _merge_party_members(groups: dict[str, Group]) -> dict[str, Group]:
    """'Republicans' are the party when the article names it ("the GOP", through the alias
    table): the gold counts the members' plural as the party, never the adjective, which
    stays a group of people ("Republican lawmakers")."""
    moves: dict[str, str] = {}
    for key, g in groups.items():
        if g.label != "NORP" or " " in key or not key.endswith("s"):
            continue
        plural = [r for r in g.raws if normalize_key(r.text).endswith("s")]
        if len(plural) != len(g.raws):
            continue
        for form in PARTY_FORMS:
            party = groups.get(form.format(key[:-1]))
            if party is not None and party.label == "ORG":
                moves[key] = party.key
                break
    return _merge_into(groups, moves)


def _merge_first_names(groups: dict[str, Group], lex: Lexicon) -> dict[str, Group]:
    """Fold 'Jamal' into 'Jamal Khashoggi' when one person has that first name and none ends
    so; a lone short given name into the one person whose given name it stands for ("Jim's
    analysis" after "James Hansen", resources/hypocorisms.tsv), when no other person's does."""
    starts: dict[str, set[str]] = {}
    ends: set[str] = set()
    for key, g in groups.items():
        words = name_words(key)
        if g.label == "PERSON" and len(words) > 1:
            starts.setdefault(words[0], set()).add(key)
            ends.add(words[-1])
    moves: dict[str, str] = {}
    for key, g in groups.items():
        if " " in key or key in ends or g.label in NOT_SURNAMES:
            continue
        targets = starts.get(key, set())
        if not targets and g.label == "PERSON" and len(key) > 1:
            targets = {
                t
                for given, keys in starts.items()
                if len(given) > 1 and given_compatible(key, given, lex)
                for t in keys
            }
        if len(targets) == 1:
            moves[key] = next(iter(targets))
    return _merge_into(groups, moves)


def _merge_acronyms(groups: dict[str, Group]) -> dict[str, Group]:
    """Fold 'WHO' into 'World Health Organization' when exactly one name has those initials."""
    by_initials: dict[str, set[str]] = {}
    for key, g in groups.items():
        name = max((r.text for r in g.raws), key=len)
        if g.label != "PERSON" and len(key.split()) > 1 and not is_acronym(name):
            by_initials.setdefault(initials(name), set()).add(key)
    moves: dict[str, str] = {}
    for key, g in groups.items():
        if g.label == "PERSON" or not all(is_acronym(r.text) for r in g.raws):
            continue
        targets = by_initials.get(g.raws[0].text.replace(".", "").replace(" ", ""), set())
        if len(targets) == 1:
            moves[key] = next(iter(targets))
    return _merge_into(groups, moves)


_NOT_ORG_ENDINGS = PLACE_LABELS | {"PERSON", "NORP"}
_ENDED_LABELS = frozenset({"ORG", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "FAC"})
"""Labels of the longer name an organisation's short name may end ("UEFA Champions League"
is tagged an event, "Champions League" an organisation; "Indiana Statehouse" is a building,
"the Statehouse" tagged an organisation)."""


def _merge_org_endings(groups: dict[str, Group], view: DocView, lex: Lexicon) -> dict[str, Group]:
    """Fold 'Taliban' into 'Afghan Taliban', 'Champions League' into 'UEFA Champions League':
    an organisation's name that ends exactly one longer organisation name whose extra words
    only say whose or which it is (a place or people, an acronym, a club word); "House" is
    not "White House", and places are left alone ("Virginia" is not "West Virginia"), but a
    building is not a place: "Belmarsh prison" is "HMP Belmarsh", the label of the one named
    more often."""
    places = {k for k, g in groups.items() if g.label in PLACE_LABELS | {"NORP"}}
    endings: dict[str, set[str]] = {}
    for key, g in groups.items():
        words = key.split(" ")
        if g.label not in _ENDED_LABELS or len(words) < 2:
            continue
        longest = max(g.raws, key=lambda r: r.end_tok - r.start_tok)
        qualifiers = _qualifier_count(view, longest, lex, places)
        if len(words) == 2 and _founders_name(longest.text, lex):
            qualifiers = max(qualifiers, 1)
        for n in range(max(1, len(words) - qualifiers), len(words)):
            endings.setdefault(" ".join(words[-n:]), set()).add(key)
    moves: dict[str, str] = {}
    for key, g in groups.items():
        targets = endings.get(key, set()) - {key}
        building = g.label == "FAC"  # "Belmarsh prison" = "HMP Belmarsh"
        if (building or g.label not in _NOT_ORG_ENDINGS) and len(targets) == 1:
            target = next(iter(targets))
            moves[key] = target
            if building and len(g.raws) > len(groups[target].raws):
                groups[target].label = g.label  # a building named mostly as one
    return _merge_into(groups, moves)


def _merge_qualifier_aliases(groups: dict[str, Group], lex: Lexicon) -> dict[str, Group]:
    """'NY Daily News' = 'New York Daily News', 'United States Navy' = 'US Navy': names that
    differ only by how the place that opens them is written (resources/place_aliases.tsv)."""
    by_form: dict[str, list[str]] = {}
    for key, g in groups.items():
        words = key.split(" ")
        if g.label == "PERSON" or len(words) < 2:
            continue
        for size in range(min(3, len(words) - 1), 0, -1):
            place = lex.aliases.get(" ".join(words[:size]))
            if place is not None:
                form = " ".join([normalize_key(place), *words[size:]])
                by_form.setdefault(form, []).append(key)
                break
    moves: dict[str, str] = {}
    for keys in by_form.values():
        if len(keys) > 1:
            main = max(keys, key=lambda k: (len(groups[k].raws), len(k), k))
            moves.update({k: main for k in keys if k != main})
    return _merge_into(groups, moves)


def _merge_word_orders(groups: dict[str, Group], lex: Lexicon) -> dict[str, Group]:
    """'Department of Justice' = 'Justice Department', 'Ministry of Defence' = 'Defence
    Ministry': a body's kind word before "of" or after its field (resources/entity_heads.tsv
    kinds of organisation); the form named less often joins the other."""
    kinds = {w for w, kind in lex.heads.items() if kind == "ORG"}
    moves: dict[str, str] = {}
    for key, g in groups.items():
        words = _without_place_opener(key.split(" "), lex)
        if g.label == "PERSON" or len(words) not in (3, 4) or words[1] != "of":
            continue
        if words[0] not in kinds or words[2] == "the":
            continue
        other = groups.get(" ".join([*words[2:], words[0]]))
        if other is None or other is g or other.label == "PERSON":
            continue
        if len(g.raws) > len(other.raws):
            moves[other.key] = key
        else:
            moves[key] = other.key
    return _merge_into(groups, moves)


def _founders_name(text: str, lex: Lexicon) -> bool:
    """'Walt Disney Co.', 'Charles Schwab Corp.': two words and a company suffix, a founder's
    name; the company is then called by the surname ("Disney")."""
    words = text.split()
    return len(words) == 3 and words[-1].lower().rstrip(".") in {
        w.rstrip(".") for w in lex.org_suffixes
    }


def _without_place_opener(words: list[str], lex: Lexicon) -> list[str]:
    """'united states department of state' -> 'department of state': the words after a place
    of the alias table that opens a body's name ("U.S. Department of Justice" is the
    "Justice Department" of an American paper)."""
    for size in range(min(3, len(words) - 3), 0, -1):
        if " ".join(words[:size]) in lex.aliases:
            return words[size:]
    return words


def _qualifier_count(view: DocView, r: Raw, lex: Lexicon, places: set[str]) -> int:
    """How many leading words of a mention only qualify the name after them: a place or
    people ("Afghan", "US", "Indiana" when the article names it), an acronym ("UEFA"), a club
    word ("FC")."""
    texts, ent_types = view.column("text"), view.column("ent_type_")
    n = 0
    k = r.start_tok + (texts[r.start_tok].lower() == "the")  # "The Washington Post"
    while k < r.end_tok - 1:
        word = texts[k]
        size = _place_words(texts, k, r.end_tok - 1, lex, places)  # "New York" Times
        if size:
            n, k = n + size, k + size
            continue
        place = ent_types[k] in ("GPE", "NORP")
        acronym = is_acronym(word)
        club = lex.heads.get(word.lower()) == "CLUB"
        if not (place or acronym or club):
            break
        n, k = n + 1, k + 1
    return n


def _place_words(texts: list[str], k: int, stop: int, lex: Lexicon, places: set[str]) -> int:
    """How many words from ``k`` (before ``stop``) spell a place of the article or of the
    alias table: the longest of up to three."""
    for size in range(min(3, stop - k), 0, -1):
        key = normalize_key(" ".join(texts[k : k + size]))
        if key in lex.aliases or key in places:
            return size
    return 0


_ACTOR_DEPS = SUBJECT_DEPS | POSSESSOR_DEPS | {"agent"}


def _merge_capitals(groups: dict[str, Group], view: DocView, lex: Lexicon) -> dict[str, Group]:
    """'Beijing said', 'Washington's sanctions', 'accused Beijing of': a capital that acts
    stands for its country's government; those mentions join the country when the article
    names it (resources/capitals.tsv). A capital as a place ("in Beijing") stays the city."""
    if not view.has_dep:
        return groups
    for key in [k for k, g in groups.items() if g.label in PLACE_LABELS and k in lex.capitals]:
        country = groups.get(lex.capitals[key])
        if country is None or country is groups[key]:
            continue
        acting = [r for r in groups[key].raws if _acts(view, r) and not r.text.isupper()]
        if not acting:
            continue  # an all-capitals "WASHINGTON —" is a dateline: where, not who
        for r in acting:
            r.metonym = True
        country.raws.extend(acting)
        country.raws.sort(key=lambda r: r.start)
        groups[key].raws = [r for r in groups[key].raws if r not in acting]
        if not groups[key].raws:
            del groups[key]
    return groups


COUNTERPARTY_PREPOSITIONS = frozenset({"with", "against"})
"""'a deal with Beijing', 'sanctions against Moscow': the other side of a dealing is a
government; a place is never met "with"."""


def _acts(view: DocView, r: Raw) -> bool:
    """Subject, possessor or agent; the other side of a dealing ("a deal is reached with
    Beijing", "talks with Beijing"); or the object of a verb that takes a complement about it
    ("accused Beijing of", "urged Washington to")."""
    deps, lowers = view.column("dep_"), view.column("lower_")
    root = view.span_root(r.start_tok, r.end_tok)
    if deps[root] in POSSESSOR_DEPS:  # "Beijing's claims", not "Washington's Reagan Airport"
        return view.column("ent_type_")[view.heads[root]] not in PLACE_LABELS
    if deps[root] in _ACTOR_DEPS:
        return True
    if deps[root] == "pobj" and lowers[view.heads[root]] in COUNTERPARTY_PREPOSITIONS:
        return view.column("pos_")[view.heads[view.heads[root]]] in ("VERB", "NOUN")
    if deps[root] != "dobj":
        return False
    verb = view.heads[root]
    return any(
        deps[c] == "xcomp" or (deps[c] == "prep" and lowers[c] in ("of", "for", "over"))
        for c in view.children(verb)
        if c > root
    )


GENERIC_ORG_WORDS = frozenset(
    {"media", "capital", "holdings", "magazine", "investment", "partners", "international"}
)
"""Words that end an organisation's full name but are left out when it is named short
("GateHouse Media" = "GateHouse", "Alden Capital" = "Alden"), beside the kind words of
resources/entity_heads.tsv and the legal suffixes."""


def _merge_org_forms(groups: dict[str, Group], lex: Lexicon) -> dict[str, Group]:
    """Fold an organisation's short name into the one longer name that only adds generic
    words ("Fortress" -> "Fortress Investment Group")."""
    generic = GENERIC_ORG_WORDS | {w for w, kind in lex.heads.items() if kind == "ORG"}
    short_of: dict[str, set[str]] = {}
    for key, g in groups.items():
        words = key.split(" ")
        if g.label != "ORG" or len(words) < 2:
            continue
        n = len(words)
        while n > 1 and (words[n - 1] in generic or words[n - 1] in lex.org_suffixes):
            n -= 1
        if n < len(words):
            short_of.setdefault(" ".join(words[:n]), set()).add(key)
    moves: dict[str, str] = {}
    for key, g in groups.items():
        targets = short_of.get(key, set()) - {key}
        if g.label == "ORG" and len(targets) == 1:
            moves[key] = next(iter(targets))
    return _merge_into(groups, moves)


def _merge_org_first_words(groups: dict[str, Group], lex: Lexicon) -> dict[str, Group]:
    """'Tyvak Nano-Satellite Systems' ... 'Tyvak': a one-word organisation name, every mention
    after the first of the one longer organisation name it opens, is that name cut short. The
    longer name's other words name no place ("Facebook Ireland" is a subsidiary), no other
    name of the article opens with the word, and an acronym is left to the acronym rules."""
    places = {k for k, g in groups.items() if g.label in PLACE_LABELS | {"NORP"}}
    places |= set(lex.aliases)
    openers: dict[str, list[str]] = {}
    for key in groups:
        words = key.split(" ")
        if len(words) > 1:
            openers.setdefault(words[0], []).append(key)
    moves: dict[str, str] = {}
    for key, g in groups.items():
        longer = openers.get(key, [])
        if g.label != "ORG" or " " in key or len(longer) != 1 or is_acronym(g.raws[0].text):
            continue
        target = groups[longer[0]]
        rest = longer[0].split(" ")[1:]
        if target.label != "ORG" or any(
            " ".join(rest[i:j]) in places
            for i in range(len(rest))
            for j in range(i + 1, len(rest) + 1)
        ):
            continue
        if min(r.start for r in g.raws) > min(r.start for r in target.raws):
            moves[key] = target.key
    return _merge_into(groups, moves)


_THING_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})


def _merge_products_by_maker(groups: dict[str, Group], view: DocView) -> dict[str, Group]:
    """'a Volvo XC90 ... the Volvo had come from the base': a maker's one-word name after an
    article, every time after the one product name it opens, is that product called by its
    maker. A maker named bare ("Volvo said") is the company and stays apart."""
    lowers = view.column("lower_")
    opened: dict[str, list[str]] = {}
    for key, g in groups.items():
        words = key.split(" ")
        if g.label == "PRODUCT" and len(words) > 1:
            opened.setdefault(words[0], []).append(key)
    moves: dict[str, str] = {}
    for key, g in groups.items():
        products = opened.get(key, [])
        if g.label != "ORG" or len(products) != 1:
            continue
        first = min(r.start for r in groups[products[0]].raws)
        if all(
            r.start > first and r.start_tok > 0 and lowers[r.start_tok - 1] in _THING_DETERMINERS
            for r in g.raws
        ):
            moves[key] = products[0]
    return _merge_into(groups, moves)
