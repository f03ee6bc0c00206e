"""Two spellings of one name: nicknames, middle names and initials, transliterations, a stray
word glued before a name, a name cut short by the tagger, and a name given as another's alias.

"Pat Carlineo" = "Patrick W. Carlineo Jr." (a short given name from resources/hypocorisms.tsv,
a middle initial, a generational suffix); "Zelenskyy" = "Volodymyr Zelensky" (a surname one
edit away, when it is the only close one); "Hosting Cook" is "Cook" when "Hosting" is no name
word anywhere else in the article and the rest is a known person's name.

"PG&E" = "Pacific Gas & Electric Co." and "PUC" = "California Public Utilities Commission":
acronyms written with "&" or without the place that opens the full name.

"the Doobies" = "The Doobie Brothers": a plural of the first word of one organisation's name.

"Real Madrid" is the one name when the tagger took only "Madrid" of an untagged "Real Madrid"
that the article names elsewhere; "the Hanoi Hilton" is "Hoa Lo prison" when the text says
"Hoa Lo prison, dubbed the Hanoi Hilton" (a naming participle: known as, dubbed, called).

Every merge asks for exactly one candidate: two people who could both be meant stay apart.
Candidates are found through dicts keyed by surname (and by the surname's first letter for
near spellings), never by comparing every pair of names.
"""

from __future__ import annotations

import re

from newsparse.docview import DocView
from newsparse.extract.entities.names import initials, name_words, normalize_key
from newsparse.extract.entities.raws import Group, Raw
from newsparse.lexicon.entities import Lexicon
from newsparse.vocab import PLACE_LABELS

_OPENERS = frozenset({'"', "“", "‘", "'", "(", "—", "–", "-", ":"})
"""A word right after these opens a phrase like a sentence's first word does."""
MIN_NEAR_LENGTH = 5
"""Surnames shorter than this are never matched by spelling distance ("Li"/"Lu")."""


def given_compatible(a: str, b: str, lex: Lexicon) -> bool:
    """May the given names ``a`` and ``b`` name one person: equal, a short form of the other
    ("pat"/"patrick", "bill"/"will"), or an initial of it ("p"/"patrick")?"""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    full_a = lex.given_forms.get(a, frozenset())
    full_b = lex.given_forms.get(b, frozenset())
    return b in full_a or a in full_b or not full_a.isdisjoint(full_b) or _doubled(a, b)


def _doubled(a: str, b: str) -> bool:
    """'hilary'/'hillary', 'philip'/'phillip': one spelling doubles a letter of the other.
    (Other one-letter differences of given names are often two names: 'marie'/'mario'.)"""
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1 or len(short) < 3:
        return False
    return any(
        long[i] == long[i - 1] and long[:i] + long[i + 1 :] == short for i in range(1, len(long))
    )


def near(a: str, b: str) -> bool:
    """Spellings one edit apart (two for long names), an adjacent swap counting as one:
    'zelenskyy'/'zelensky', 'gaddafi'/'qaddafi'; a plural is no spelling ('bidens': a family)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if long in (short + "s", short + "es"):
        return False
    if min(len(a), len(b)) < MIN_NEAR_LENGTH:
        return False
    limit = 2 if min(len(a), len(b)) >= 8 else 1
    if abs(len(a) - len(b)) > limit:
        return False
    return _distance(a, b, limit) <= limit


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance, stopped early once past ``limit``."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def merge_name_variants(groups: dict[str, Group], lex: Lexicon) -> dict[str, Group]:
    """Fold person names that differ only by a given-name form, middle names or a near
    spelling of the surname into the fullest one."""
    people = {k: name_words(k) for k, g in groups.items() if g.label == "PERSON"}
    full = {k: w for k, w in people.items() if len(w) > 1}
    by_surname: dict[str, list[str]] = {}
    by_letter: dict[str, list[str]] = {}
    for key, words in full.items():
        by_surname.setdefault(words[-1], []).append(key)
        by_letter.setdefault(words[-1][:1], []).append(key)
    moves: dict[str, str] = {}
    for key, words in sorted(full.items(), key=lambda kv: len(kv[1])):
        same = [k for k in by_surname[words[-1]] if k != key]
        close = [
            k
            for k in by_letter.get(words[-1][:1], [])
            if k != key and full[k][-1] != words[-1] and near(full[k][-1], words[-1])
        ]
        fits = [k for k in same + close if given_compatible(full[k][0], words[0], lex)]
        # every other person of that surname must fit too: "Pat" and "Mary Carlineo" stay apart
        if not fits or len(fits) != len(same) + len(close):
            continue
        ranked = sorted(fits, key=lambda k: _fullness(full[k]), reverse=True)
        best = ranked[0]
        unique = len(ranked) == 1 or _fullness(full[ranked[1]]) < _fullness(full[best])
        if unique and _fullness(full[best]) > _fullness(words):
            moves[key] = best
        elif (
            len(ranked) == 1
            and _fullness(full[best]) == _fullness(words)
            and _middles_fit(full[best], words, lex)
            and _standing(groups[key]) < _standing(groups[best])
        ):
            moves[key] = best  # "Angela Correy" -> "Angela Corey", the form written more
    for key, words in people.items():
        if len(words) == 1 and key not in by_surname:
            close = [k for k in by_letter.get(key[:1], []) if near(full[k][-1], key)]
            if len({full[k][-1] for k in close}) == 1 and len(close) == 1:
                moves[key] = close[0]
    return apply_moves(groups, moves)


def primary_person(candidates: list[Group], view: DocView) -> Group | None:
    """The one of several people sharing a surname that the bare surname names: news names
    the main bearer first and most, and gives the others their first names ("Joe Biden" ...
    "Hunter Biden" ... "Biden"). None unless one candidate is named first, at least as often
    as each other one, and either more often or sentences before them ("Joe Biden and
    Hunter Biden flew out. Biden said": either)."""
    if len(candidates) == 1:
        return candidates[0]
    firsts = {id(g): min(r.start_tok for r in g.raws) for g in candidates}
    main = min(candidates, key=lambda g: firsts[id(g)])
    sentence = view.sent_of(firsts[id(main)])
    for g in candidates:
        if g is main:
            continue
        if len(g.raws) > len(main.raws):
            return None
        if len(g.raws) == len(main.raws) and view.sent_of(firsts[id(g)]) == sentence:
            return None
    return main


def _middles_fit(a: list[str], b: list[str], lex: Lexicon) -> bool:
    """Middle names of two equally full names that may be one person's: 'George W. Bush'
    is not 'George H.W. Bush'."""
    return all(given_compatible(x, y, lex) for x, y in zip(a[1:-1], b[1:-1], strict=True))


def _standing(g: Group) -> tuple[int, int]:
    """The more mentions, then the earlier first one: which of two spellings stays."""
    return len(g.raws), -min(r.start for r in g.raws)


def _fullness(words: list[str]) -> tuple[int, int]:
    """More words, then a longer given name: "patrick w carlineo" > "patrick carlineo" >
    "pat carlineo"."""
    return len(words), len(words[0])


def apply_moves(groups: dict[str, Group], moves: dict[str, str]) -> dict[str, Group]:
    """Merge along ``moves`` (short key -> long key), following chains."""
    for short in list(moves):
        target = moves[short]
        seen = {short}
        while target in moves and target not in seen:
            seen.add(target)
            target = moves[target]
        if target == short or short not in groups or target not in groups:
            continue
        groups[target].raws.extend(groups[short].raws)
        groups[target].raws.sort(key=lambda r: r.start)
        del groups[short]
    return groups


def strip_stray_openers(groups: dict[str, Group], view: DocView, lex: Lexicon) -> dict[str, Group]:
    """'Hosting Cook' -> 'Cook' when 'Cook' is part of another full name ('Tim Cook'), the
    first word opens its sentence or a quotation, is no known first name, and is a name word
    of no other mention; 'Ukraine Kurt Volker' -> 'Kurt Volker' (a place of the article after
    a preposition or before a known first name or a person's surname of the article: "envoy
    to Ukraine Kurt Volker", "the mayor of Koszalin Piotr Jedlinski"); an interjection before
    a person's name in a mention of another label is a greeting: '"Welcome Jose"' -> 'Jose'."""
    people = [g for g in groups.values() if g.label == "PERSON"]
    name_parts: dict[str, int] = {}
    for g in people:
        for r in g.raws:
            for w in set(normalize_key(r.text, lex.org_suffixes).split()):
                name_parts[w] = name_parts.get(w, 0) + 1
    known: dict[str, set[str]] = {}
    """A name, a first name or a surname -> the keys of the people it is part of."""
    for g in people:
        words = name_words(g.key)
        if len(words) > 1:  # a full name: "Brett McGurk" is not "McGurk" with a stray word
            known.setdefault(g.key, set()).add(g.key)
            known.setdefault(words[0], set()).add(g.key)
            known.setdefault(words[-1], set()).add(g.key)
    places = {k for k, g in groups.items() if g.label in PLACE_LABELS} | set(lex.aliases)
    person_keys = {g.key for g in people}
    pos = view.column("pos_") if view.has_pos else [""] * len(view)
    moved: list[tuple[Group, Raw, Raw]] = []
    for g in people:
        for r in g.raws:
            words = normalize_key(r.text, lex.org_suffixes).split()
            if len(words) < 2 or r.end_tok - r.start_tok < 2:
                continue
            first, rest = words[0], " ".join(words[1:])
            person_after = words[1] in lex.given_names or words[-1] in person_keys - {g.key}
            after_preposition = r.start_tok > 0 and pos[r.start_tok - 1] == "ADP"
            if first in places and len(words) > 2 and (person_after or after_preposition):
                moved.append((g, r, _without_first_word(view, r)))  # "Ukraine Kurt Volker"
                continue
            if not known.get(rest, set()) - {g.key} or name_parts.get(first, 0) > 1:
                continue  # the rest must name another person: "Tomasz Kubiak" alone stays
            if first in lex.given_names or first in lex.given_forms:  # a given name
                continue
            if not _opens_phrase(view, r.start_tok):
                continue
            moved.append((g, r, _without_first_word(view, r)))
    for g in groups.values():  # '"Welcome Jose"' tagged a work: a greeting to Jose
        if g.label == "PERSON":
            continue
        for r in g.raws:
            if r.end_tok - r.start_tok < 2 or pos[r.start_tok] != "INTJ":
                continue
            rest = normalize_key(view.span_text(r.start_tok + 1, r.end_tok), lex.org_suffixes)
            if rest in known and _opens_phrase(view, r.start_tok):
                person = _without_first_word(view, r)
                person.label = "PERSON"
                moved.append((g, r, person))
    for g, old, new in moved:
        g.raws.remove(old)
        key = normalize_key(new.text, lex.org_suffixes)
        target = groups.get(key)
        if target is None:
            target = groups.setdefault(key, Group(key, [], "PERSON"))
        target.raws.append(new)
        target.raws.sort(key=lambda r: r.start)
    return {k: g for k, g in groups.items() if g.raws}


def _opens_phrase(view: DocView, i: int) -> bool:
    if view.has_sents and view.column("is_sent_start")[i]:
        return True
    if i == 0:
        return True
    texts = view.column("text")
    return texts[i - 1] in _OPENERS or "\n" in texts[i - 1]


def _without_first_word(view: DocView, r: Raw) -> Raw:
    start_tok = r.start_tok + 1
    start = view.starts[start_tok]
    return Raw(
        start_tok,
        r.end_tok,
        start,
        r.end,
        view.text[start : r.end],
        r.label,
        title=r.title,
        roles=list(r.roles),
        shouted=r.shouted,
        title_only=r.title_only,
    )


def extend_to_known_names(
    groups: dict[str, Group], view: DocView, lex: Lexicon
) -> dict[str, Group]:
    """'Real Madrid' where the tagger took only 'Madrid': a mention right after untagged
    capitalised proper nouns that, with them, spell another referent's name of the article
    moves there with the longer span."""
    if not view.has_pos:
        return groups
    texts, pos, ent_types = view.column("text"), view.column("pos_"), view.column("ent_type_")
    moves: list[tuple[Group, Raw, Group, int]] = []
    for g in groups.values():
        for r in g.raws:
            k = r.start_tok - 1
            while k >= max(0, r.start_tok - 2) and _untagged_proper(texts, pos, ent_types, k):
                target = groups.get(_key(view.span_text(k, r.end_tok), lex))
                if target is not None and target is not g:
                    moves.append((g, r, target, k))
                    break
                k -= 1
    for g, r, target, k in moves:
        g.raws.remove(r)
        start = view.starts[k]
        longer = Raw(k, r.end_tok, start, r.end, view.text[start : r.end], target.label)
        target.raws.append(longer)
        target.raws.sort(key=lambda x: x.start)
    return {k: g for k, g in groups.items() if g.raws}


def _untagged_proper(texts: list[str], pos: list[str], ent_types: list[str], k: int) -> bool:
    return texts[k][:1].isupper() and pos[k] == "PROPN" and not ent_types[k]


def _key(text: str, lex: Lexicon) -> str:
    key = normalize_key(text, lex.org_suffixes)
    return normalize_key(lex.aliases[key]) if key in lex.aliases else key


NAMING_VERBS = frozenset({"know", "dub", "call", "nickname", "name"})
"""Participles that give a thing a second name: 'known as', 'dubbed', 'called'."""


def merge_aliases(groups: dict[str, Group], view: DocView) -> dict[str, Group]:
    """'Hoa Lo prison, dubbed the “Hanoi Hilton”', 'Robert, known as Bob': a name given by a
    naming participle to a word of another referent's mention is that referent."""
    if not view.has_dep:
        return groups
    owner: dict[int, Group] = {}
    for g in groups.values():
        for r in g.raws:
            for t in range(r.start_tok, r.end_tok):
                owner[t] = g
    moves: dict[int, tuple[Group, Group]] = {}
    for g in groups.values():
        for r in g.raws:
            named = _named_word(view, view.span_root(r.start_tok, r.end_tok))
            target = owner.get(named) if named is not None else None
            if target is not None and target is not g:
                moves[id(g)] = (g, target)
    for g, target in moves.values():
        if g.raws and target.raws:
            target.raws.extend(g.raws)
            target.raws.sort(key=lambda x: x.start)
            g.raws = []
    return {k: g for k, g in groups.items() if g.raws}


NAMING_ONLY = frozenset({"know", "dub", "nickname"})
"""Naming verbs that name whatever they take ('dubbed X'); 'called X', 'named X' may also
phone or appoint X, so they name only a quoted X when the parse gives no noun to name."""
_MARKS = frozenset({'"', "“", "‘", "'"})


def _named_word(view: DocView, root: int) -> int | None:
    """The word a naming participle gives this name to: "prison" in "prison, dubbed X"."""
    deps, lemmas, lowers = view.column("dep_"), view.column("lemma_"), view.column("lower_")
    head = view.heads[root]
    if deps[root] == "pobj" and lowers[head] == "as":
        head = view.heads[head]  # "known as X"
    elif deps[root] not in ("oprd", "dobj", "attr"):
        return None
    lemma = lemmas[head].lower()
    if lemma not in NAMING_VERBS:
        return None
    if deps[head] in ("acl", "relcl"):
        noun = view.heads[head]
        return noun if noun < root else None
    quoted = any(lowers[k] in _MARKS for k in range(max(head + 1, root - 2), root))
    if lemma in NAMING_ONLY or quoted:
        return _noun_before_comma(view, head)
    return None


def _noun_before_comma(view: DocView, participle: int) -> int | None:
    """'Hoa Lo prison, dubbed ...', 'X, also known as ...': the noun right before the comma
    that opens the naming participle, when the parse hung the participle elsewhere."""
    k = participle - 1
    pos = view.column("pos_")
    while k > 0 and pos[k] == "ADV":  # "also", "popularly"
        k -= 1
    if k < 1 or view.column("text")[k] != "," or pos[k - 1] not in ("NOUN", "PROPN"):
        return None
    return k - 1


_ACRONYM = re.compile(r"^[A-Z](?:[A-Z]|&[A-Z])+$")
"""Capitals with an optional "&" between two of them: 'PUC', 'PG&E', 'AT&T'."""


_MIXED_ACRONYM = re.compile(r"^(?=.*[a-z])[A-Z][A-Za-z]{1,4}[A-Z]$")
"""Initials that keep a small word's letter small: 'MaT' (Maghawir al Thawra), 'DoJ', 'MoMA';
matched only letter for letter, case and all, against the first letters of a name's words."""


def merge_acronym_variants(
    groups: dict[str, Group], view: DocView, lex: Lexicon
) -> dict[str, Group]:
    """Fold 'PG&E' into 'Pacific Gas & Electric Co.', 'MaT' into 'Maghawir al Thawra' and
    'PUC' into 'California Public Utilities Commission' (the initials without an opening
    place or people word, tagged or of the alias table) when exactly one name of the article
    has those initials."""
    ent_types, texts = view.column("ent_type_"), view.column("text")
    by_initials: dict[str, set[str]] = {}
    for key, g in groups.items():
        if g.label == "PERSON" or " " not in key:
            continue
        longest = max(g.raws, key=lambda r: r.end_tok - r.start_tok)
        words = [w for w in texts[longest.start_tok : longest.end_tok]]
        while len(words) > 1 and normalize_key(words[-1]) in lex.org_suffixes:
            words.pop()
        forms = {initials(" ".join(words))}
        cased = "".join(w[:1] for w in words)
        if _MIXED_ACRONYM.match(cased):
            forms.add(cased)  # "Maghawir al Thawra" -> "MaT"
        first = longest.start_tok
        if len(words) > 2 and (
            ent_types[first] in ("GPE", "NORP") or normalize_key(words[0]) in lex.aliases
        ):
            forms.add(initials(" ".join(words[1:])))
        for form in forms:
            if len(form) >= 2:
                by_initials.setdefault(form, set()).add(key)
    moves: dict[str, str] = {}
    for key, g in groups.items():
        capitals = all(_ACRONYM.match(r.text) for r in g.raws)
        mixed = all(r.text == g.raws[0].text and _MIXED_ACRONYM.match(r.text) for r in g.raws)
        if g.label == "PERSON" or not (capitals or mixed):
            continue
        targets = by_initials.get(g.raws[0].text.replace("&", ""), set()) - {key}
        if len(targets) == 1:
            moves[key] = next(iter(targets))
    return apply_moves(groups, moves)


def merge_defined_acronyms(groups: dict[str, Group], view: DocView) -> dict[str, Group]:
    """'the Democratic National Committee (DNC)': an acronym in brackets right after a name
    of the same first letter is that name's, however many other names share its initials
    ("Democratic National Convention")."""
    texts = view.column("text")
    ending: dict[int, Group] = {}
    for g in groups.values():
        if g.label != "PERSON":
            for r in g.raws:
                ending[r.end_tok] = g
    moves: dict[str, str] = {}
    for key, g in groups.items():
        if g.label == "PERSON" or not all(_ACRONYM.match(r.text) for r in g.raws):
            continue
        for r in g.raws:
            s, e = r.start_tok, r.end_tok
            if s < 2 or e >= len(texts) or texts[s - 1] != "(" or texts[e] != ")":
                continue
            named = ending.get(s - 1)
            if named is None or named is g:
                continue
            first = next(w for w in named.key.split(" ") if w)
            if first[:1] == r.text[:1].lower():
                moves[key] = named.key
                break
    return apply_moves(groups, moves)


PEOPLE_ENDINGS = ("an", "ese", "ish", "i")
"""Endings of a people's adjective ("American", "Japanese", "Israeli"): its plural names the
people, not an organisation whose name it opens."""


def merge_plural_nicknames(groups: dict[str, Group]) -> dict[str, Group]:
    """'the Doobies' = 'The Doobie Brothers': a one-word plural that is the first word of
    one longer organisation's name plus "s" names that organisation (the shortest, when the
    others only extend it)."""
    by_first: dict[str, set[str]] = {}
    for key, g in groups.items():
        words = key.split(" ")
        if g.label == "ORG" and len(words) > 1:
            by_first.setdefault(words[0] + "s", set()).add(key)
    moves: dict[str, str] = {}
    for key, g in groups.items():
        if g.label not in ("ORG", "NORP", "PERSON") or key not in by_first:
            continue
        if g.label == "NORP" and key[:-1].endswith(PEOPLE_ENDINGS):
            continue  # "Americans" are no nickname of "American Airlines"
        shortest = min(by_first[key], key=len)  # "doobie brothers", not "... 50th tour"
        if all(k.startswith(shortest) for k in by_first[key]):
            moves[key] = shortest
    return apply_moves(groups, moves)


_OPEN_BRACKETS = frozenset({"(", "["})
_CLOSE_BRACKETS = frozenset({")", "]"})


def merge_bracketed_given_names(groups: dict[str, Group], view: DocView) -> dict[str, Group]:
    """'Coach (Frank) Vogel', '[Joe] Biden': one word in brackets right before a person's
    name is the editor's insertion of that person's given name, not a second person."""
    texts = view.column("text")
    person_at: dict[int, Group] = {}
    for g in groups.values():
        if g.label == "PERSON":
            for r in g.raws:
                person_at[r.start_tok] = g
    moved: list[tuple[Group, Raw, Group]] = []
    for g in groups.values():
        if g.label != "PERSON":
            continue
        for r in g.raws:
            s, e = r.start_tok, r.end_tok
            if e - s != 1 or s < 1 or e + 1 >= len(texts):
                continue
            if texts[s - 1] not in _OPEN_BRACKETS or texts[e] not in _CLOSE_BRACKETS:
                continue
            target = person_at.get(e + 1)
            if target is not None and target is not g:
                moved.append((g, r, target))
    for g, r, target in moved:
        g.raws.remove(r)
        target.raws.append(r)
        target.raws.sort(key=lambda x: x.start)
    return {k: g for k, g in groups.items() if g.raws}


CLUB_LABELS = frozenset({"ORG", "NORP"})
"""Labels a club's mention carries (the small model tags "Spurs" either way)."""


def merge_club_names(groups: dict[str, Group], lex: Lexicon) -> dict[str, Group]:
    """'Tottenham' and 'Spurs' in one match report are one club: organisation names that
    are forms of one club (resources/club_names.tsv) join the one named most, when the
    article writes no form of another club they could also be ("Wolves")."""
    forms: dict[str, list[str]] = {}
    for key, g in groups.items():
        if g.label in CLUB_LABELS:
            for full in lex.club_names.get(key, ()):
                forms.setdefault(full, []).append(key)
    clubs = {full: keys for full, keys in forms.items() if len(keys) > 1}
    moves: dict[str, str] = {}
    for keys in clubs.values():
        if any(len([c for c in clubs if k in clubs[c]]) > 1 for k in keys):
            continue
        main = max(keys, key=lambda k: (len(groups[k].raws), len(k), k))
        moves.update({k: main for k in keys if k != main})
    return apply_moves(groups, moves)


FORMER_WORDS = frozenset({"formerly", "previously"})
"""'X, formerly Y': the name after these is the one X had before."""
_ASIDE_MARKS = frozenset({",", "(", "–", "—", "-"})


def merge_former_names(groups: dict[str, Group], view: DocView) -> dict[str, Group]:
    """'MaT – formerly the Free Syrian Army', 'Meta, formerly Facebook': a name after
    'formerly' that opens an aside right after another name is that referent's old name."""
    texts = view.column("text")
    ending: dict[int, Group] = {}
    for g in groups.values():
        for r in g.raws:
            ending[r.end_tok] = g
    moves: dict[int, tuple[Group, Group]] = {}
    for g in groups.values():
        for r in g.raws:
            k = r.start_tok - 1
            if k >= 0 and texts[k].lower() == "the":
                k -= 1
            if k < 2 or texts[k].lower() not in FORMER_WORDS or texts[k - 1] not in _ASIDE_MARKS:
                continue
            named = ending.get(k - 1)
            if named is not None and named is not g and id(g) not in moves:
                moves[id(g)] = (g, named)
    for g, target in moves.values():
        if g.raws and target.raws and g is not target:
            target.raws.extend(g.raws)
            target.raws.sort(key=lambda x: x.start)
            g.raws = []
    return {k: g for k, g in groups.items() if g.raws}


MIN_SWAP_LENGTH = 5
"""Words shorter than this are never read as a slip of two letters ("Iran" is no "Iarn")."""


def _swapped(a: str, b: str) -> bool:
    """'rubkan'/'rukban': one word of the same length with two letters swapped, however far
    apart (a slip of the keys or of a transliteration), nothing else changed."""
    if len(a) != len(b) or len(a) < MIN_SWAP_LENGTH:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def merge_swapped_spellings(groups: dict[str, Group]) -> dict[str, Group]:
    """'Rubkan camp' = 'Rukban camp': two names of one label (not people's: see
    ``merge_name_variants``) that differ by two swapped letters of one long word; the form
    written less joins the other. Candidates meet through their sorted letters."""
    by_letters: dict[tuple[str, str], list[str]] = {}
    for key, g in groups.items():
        if g.label != "PERSON":
            by_letters.setdefault((g.label, "".join(sorted(key))), []).append(key)
    moves: dict[str, str] = {}
    for keys in by_letters.values():
        if len(keys) != 2:
            continue
        a, b = (k.split(" ") for k in keys)
        if len(a) != len(b):
            continue
        diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        if len(diff) != 1 or not _swapped(*diff[0]):
            continue
        less, more = sorted(keys, key=lambda k: _standing(groups[k]))
        moves[less] = more
    return apply_moves(groups, moves)
