"""Entities merged per real-world referent, with every mention, roles and a salience order.

Pipeline over spaCy's ``doc.ents`` (dates and numbers left out):

1. (boundaries.py) rejoin a person's name the tagger cut into pieces of other labels, grow a
   "person" that opens an untagged body's name ("Gibson Southern" schools) into it, cut the
   names out of glued spans (a list "Porto, Real Madrid", a clause "Billboard the Doobies",
   edge words that are no name: "Mary Quant described", "Two United States", "Federer 7-6");
   join two places hyphened before a road noun ("the Baghdad-Damascus highway": one road);
   grow a place cut off before a body an acronym in brackets defines ("New York State Attorney
   General (NYAG)"), there and wherever the same words recur;
2. trim each entity to the name itself (no "the", possessive "'s", title or honorific) and keep
   the title before it as the mention's ``title`` and as a role (roles.py: titles before the
   name, appositions after it); drop junk (no capital, URLs) and organisation words that are
   part of a title ("Army" in "Army Secretary Dan Driscoll", "State" in "Secretary of State");
   a party-state tag ("D-N.Y.") is a mention of the state; a country, people or leader before
   a ruling body's noun names that body ("the Assad regime", "the Syrian government": ORG);
3. (merge.py) group mentions by a normalised key (names.normalize_key) and the alias table
   (resources/place_aliases.tsv): "the Kremlin" = "Kremlin", "U.S." = "US" = "United States";
   give each group the majority label of its mentions, then (labels.py) correct it from the
   context of all of them; (variants.py) drop stray openers ("Hosting Cook") and fold
   spellings of one person's name ("Pat Carlineo" = "Patrick W. Carlineo"); fold plurals of
   nationalities, short forms into the one longer person name they end ("Zelenskyy" ->
   "Volodymyr Zelenskyy"), lone first names, acronyms ("WHO"), a maker after an article into
   the one product it opens ("the Volvo" = "Volvo XC90") and organisation names into the
   one longer name they end ("Taliban" -> "Afghan Taliban"), only when unambiguous;
4. drop groups made only of doubtful mentions: a title alone ("President"), an all-capitals
   word ("SEQUENCE"), words with no proper noun ("Today I am"); such mentions survive when
   they joined a name ("Singer", "PENCE"); and (common_words.py) groups of common words: a
   clause-initial capital the article also writes in lower case ("Colorado: Marijuana"), an
   acronym spelled out in lower case ("HP" ... "hypersensitivity pneumonitis"), an epoch;
5. find the same names where spaCy missed them (a proper noun, not inside another entity; a
   surname that is a common word, capitalised mid-sentence after the full name: "Cook");
6. rank by salience (see ``salience``) and number e1, e2, ... in that order.

Helpers for other extractors (lookup.py, re-exported here): ``entity_at``, ``entity_by_role``,
``person_gender_hint``.
"""

from __future__ import annotations

import re
from typing import Any

from newsparse.docview import DocView, Ent
from newsparse.extract.entities.boundaries import (
    TITLE_LABELS,
    country_of_title,
    joined_names,
    name_pieces,
    weak,
)
from newsparse.extract.entities.common_words import common_word_group, lower_case_words
from newsparse.extract.entities.labels import relabel_grown
from newsparse.extract.entities.lookup import entity_at, entity_by_role, person_gender_hint
from newsparse.extract.entities.merge import group_and_merge
from newsparse.extract.entities.names import (
    GENERATIONAL,
    is_acronym,
    name_words,
    normalize_key,
)
from newsparse.extract.entities.raws import Group, Raw
from newsparse.extract.entities.roles import apposition_roles, title_before
from newsparse.extract.entities.variants import primary_person
from newsparse.extract.overlaps import Containment
from newsparse.lexicon import table
from newsparse.lexicon.entities import Lexicon, lexicon
from newsparse.models import Entity, Mention
from newsparse.vocab import NATION_LABELS, NUMERIC_LABELS

__all__ = [
    "entity_at",
    "entity_by_role",
    "extract_entities",
    "person_gender_hint",
    "salience",
]

PARTICLES = frozenset({"de", "da", "di", "del", "van", "von", "der", "bin", "al", "el", "le", "la"})
"""Lower-case name particles that may open a name ("van Gogh", "al-Assad")."""
HEADLINE_WEIGHT = 2.0
LEAD_WEIGHT = 1.5
LEAD_SENTENCES = 2
PARTY_STATE = re.compile(r"^([DRI]-)(\S+)$")
"""A party and state tag as US papers write it after a politician's name: "D-N.Y.", "R-Texas"."""
_TRAIL = frozenset({"'s", "’s", "'", "’"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_ODD = re.compile(r"[\[\]()\"“”{}<>]")
_WORD = re.compile(r"[\w][\w.'’&-]*")
_COLUMNS = ("text", "lower_", "whitespace_", "is_punct", "is_space", "is_alpha", "ent_type_")
"""The columns every article's entities read, read in one pass."""


# --------------------------------------------------------------------------- extraction


def extract_entities(view: DocView, *, headline: str | None = None) -> list[Entity]:
    """Named entities (not dates or numbers), one per referent, in salience order."""
    lex = lexicon()
    view.read(*_COLUMNS)
    raws, title_spans = _collect(view, lex)
    groups = group_and_merge(raws, view, lex)
    lower = lower_case_words(view)
    groups = {
        k: g
        for k, g in groups.items()
        if not all(r.doubtful for r in g.raws) and not common_word_group(view, g, lower)
    }
    grown = _rescan(view, groups, title_spans, lex)
    relabel_grown(groups, grown, view, lex)  # "Salesforce's Dreamforce conference", untagged
    length = len(view.text)
    lead_end = _lead_end(view, length)
    headline_keys = _headline_keys(headline, lex) if headline else set()
    built = [_fields(g, length, lead_end, headline_keys, lex) for g in groups.values()]
    built.sort(key=lambda e: (-e["salience"], e["first_mention"], e["name"]))
    return [Entity(id=f"e{i}", **fields) for i, fields in enumerate(built, 1)]  # made once


def _trim(view: DocView, ent: Ent) -> tuple[int, int]:
    """Token range of the name inside a spaCy entity: no edge punctuation, 'the' or "'s"."""
    texts = view.column("text")
    punct, space = view.column("is_punct"), view.column("is_space")
    spaces = view.column("whitespace_")
    s, e = ent.start, ent.end
    for k in range(s, e):  # an entity across a line break keeps its first line
        if "\n" in texts[k] or ("\n" in spaces[k] and k < e - 1):
            e = k + (0 if "\n" in texts[k] else 1)
            break
    while s < e and (
        punct[s]
        or space[s]
        or texts[s] == "the"
        or (
            texts[s] == "The"
            and (view.column("is_sent_start")[s] or view.span_text(s + 1, s + 2) in _QUOTES)
        )
    ):
        s += 1
    while e > s and (punct[e - 1] or space[e - 1] or texts[e - 1] in _TRAIL):
        e -= 1
    return s, e


def _strip_inner_title(view: DocView, s: int, e: int, lex: Lexicon) -> int:
    """First token of the name when a PERSON entity starts with its title."""
    texts, lowers = view.column("text"), view.column("lower_")
    last = None
    for k in range(s, e - 1):
        low = lowers[k]
        if low in lex.honorifics or low in lex.role_words:
            last = k
        elif not (low in lex.role_modifiers or low == "of" or texts[k][:1].isupper()):
            break
    return s if last is None else last + 1


def _junk(view: DocView, s: int, e: int, lex: Lexicon) -> bool:
    text = view.span_text(s, e)
    if not any(map(str.isupper, text)) or sum(map(str.isalpha, text)) < 2:
        return True
    if common_acronym(text):
        return True
    return "@" in text or "://" in text or text.lower().startswith("www.")


def common_acronym(text: str) -> bool:
    """An acronym of a common noun ("CCTV", "CEOs", "LGBT"): resources/entity_context_words.tsv."""
    if not text[:1].isupper() or text.rstrip("s").upper() != text.rstrip("s"):
        return False
    words = table("entity_context_words.tsv")
    low = text.lower()
    return "common_acronym" in (words.get(low), words.get(low[:-1]) if low.endswith("s") else None)


def _title_only(view: DocView, s: int, e: int, lex: Lexicon) -> bool:
    """Only title words ("President", "Secretary of State"): a name only after an honorific
    ("Mr. Singer") or when it joins a known person's name."""
    lowers = view.column("lower_")
    if s > 0 and lowers[s - 1] in lex.honorifics:
        return False
    return all(
        low in lex.role_words or low in lex.honorifics or low in lex.role_modifiers or low == "of"
        for low in lowers[s:e]
    )


def _raw(view: DocView, s: int, e: int, label: str) -> Raw:
    starts, ends = view.starts, view.ends
    text = view.span_text(s, e)
    start = starts[s]
    if text.endswith(("’s", "'s")) and ends[e - 1] - starts[e - 1] > 2:  # "Zelenskyy’s": 1 token
        text = text[:-2]
    return Raw(s, e, start, start + len(text), text, label)


_RULERS = frozenset({"GPE", "NORP", "PERSON"})


def _ruling_body(view: DocView, s: int, e: int, label: str) -> int | None:
    """End of "<country, people or leader> government" when the name ``[s, e)`` modifies a
    lower-case noun of a ruling body (resources/entity_context_words.tsv government): "the
    Syrian government", "the Assad regime", "the Trump administration", "the US military"
    said. A leader by one word only ("the George W. Bush administration" names the man's
    years); "military" as a noun only ("US military aid" is the country's)."""
    if label not in _RULERS or e >= len(view) or not view.has_dep:
        return None
    if label == "PERSON" and e - s > 1:
        return None
    word = view.column("text")[e]
    if not word.islower() or table("entity_context_words.tsv").get(word) != "government":
        return None
    if word == "military" and view.column("pos_")[e] != "NOUN":
        return None
    return e + 1 if view.heads[view.span_root(s, e)] == e else None


def _person_context(view: DocView, raw: Raw, floor: int | None, lex: Lexicon) -> tuple[int, int]:
    """Fill title and roles of a person mention; returns the token span of its title."""
    before = title_before(view, raw.start_tok, lex=lex, floor=floor)
    if before.start < raw.start_tok:
        raw.title = view.span_text(before.start, raw.start_tok)
    raw.roles.extend(before.roles)
    raw.roles.extend(apposition_roles(view, raw.start_tok, raw.end_tok, lex=lex))
    return before.start, raw.start_tok


def _collect(view: DocView, lex: Lexicon) -> tuple[list[Raw], list[tuple[int, int]]]:
    raws: list[Raw] = []
    title_spans: list[tuple[int, int]] = []
    for ent in joined_names(view, lex):
        label = ent.label
        if label in NUMERIC_LABELS:
            continue
        first, stop = _trim(view, ent)
        pieces = name_pieces(view, first, stop, label, lex)
        for s, e in pieces:
            title_spans.extend(_collect_one(view, s, e, label, raws, lex))
            if len(pieces) > 1 and label in TITLE_LABELS and raws and raws[-1].start_tok == s:
                raws[-1].vote = 0.5
    titles = Containment(title_spans)
    kept = [
        r
        for r in raws
        if r.label in NATION_LABELS  # in a title "US" still names a country, "Army" not
        or r.label == "PERSON"
        or not titles.contains(r.start_tok, r.end_tok)
        or _affiliation(view, r, lex)
    ]
    return kept, title_spans


def _affiliation(view: DocView, raw: Raw, lex: Lexicon) -> bool:
    """An organisation inside a title that names the body the person works for, not an office:
    before a lower-case role noun ("Fox News host", "Commerzbank analyst", "State Department
    official"), or a full body's name, several words ending in an organisation noun, before a
    capitalised one ("Indiana State Teachers Association President"). "Army Secretary",
    "Police and Crime Commissioner" and "Secretary of State" name an office: their words are
    part of the title."""
    if raw.label != "ORG" or raw.end_tok >= len(view):
        return False
    texts, lowers = view.column("text"), view.column("lower_")
    role = lowers[raw.end_tok]
    if role not in lex.role_words:
        return False
    if texts[raw.end_tok].islower():
        return True
    last = lowers[raw.end_tok - 1]
    return raw.end_tok - raw.start_tok > 1 and lex.heads.get(last) == "ORG"


def _collect_one(
    view: DocView, s: int, e: int, label: str, raws: list[Raw], lex: Lexicon
) -> list[tuple[int, int]]:
    """Add the mention of one name piece to ``raws``; returns its title span, if a person."""
    texts, lowers = view.column("text"), view.column("lower_")
    floor = None
    if label == "PERSON":  # names start with a capital: "god Narsimha" -> "Narsimha"
        while e - s > 1 and texts[s][:1].islower() and lowers[s] not in PARTICLES:
            s += 1
    if label == "PERSON" and e - s > 1:
        name_start = _strip_inner_title(view, s, e, lex)
        floor, s = (s, name_start) if name_start > s else (None, s)
    if s >= e or _junk(view, s, e, lex):
        return []
    body_end = _ruling_body(view, s, e, label)
    if body_end is not None:
        e, label = body_end, "ORG"  # "the Assad regime": the government, not the man
    country_end = country_of_title(view, s, e, lex) if label == "ORG" else None
    if country_end is not None:
        e, label = country_end, "GPE"  # "UK Home Secretary": the country, not an office
    raw = _raw(view, s, e, label)
    party = PARTY_STATE.match(raw.text)  # "(D-Minn.)": the place of a politician
    if party and normalize_key(party.group(2)) in lex.aliases:
        raw.start += len(party.group(1))
        raw.text, raw.label = party.group(2), "GPE"
        label = "GPE"
    raw.shouted = label == "PERSON" and raw.text.isupper() and "." not in raw.text
    raw.title_only = _title_only(view, s, e, lex)
    raw.weak = weak(view, s, e, label, lex)
    raws.append(raw)
    if label == "PERSON":
        return [_person_context(view, raw, floor, lex)]
    if label == "ORG":
        raw.roles.extend(apposition_roles(view, s, e, lex=lex, agent=False))
    return []


def _rescan(
    view: DocView, groups: dict[str, Group], title_spans: list[tuple[int, int]], lex: Lexicon
) -> dict[str, list[Raw]]:
    """Add mentions spaCy missed: the same words as a known mention, or a person's surname.
    Returns the mentions added, by group key (their context may change the group's label)."""
    texts = view.column("text")
    forms: dict[tuple[str, ...], str] = {}
    surnames: dict[str, set[str]] = {}
    first_full: dict[str, int] = {}
    """Surname -> first token of the earliest full name that ends with it."""
    for key, g in groups.items():
        for r in g.raws:
            forms.setdefault(tuple(texts[r.start_tok : r.end_tok]), key)
            last = texts[r.end_tok - 1]
            if r.end_tok - r.start_tok > 1 and last.islower() and last in lex.heads:
                forms.setdefault(tuple(texts[r.start_tok : r.end_tok - 1]), key)  # "EastMed"
            words = texts[r.start_tok : r.end_tok]
            while len(words) > 1 and words[-1].lower() in GENERATIONAL:
                words.pop()
            if g.label == "PERSON" and len(words) > 1:
                surnames.setdefault(words[-1], set()).add(key)
                first_full[words[-1]] = min(first_full.get(words[-1], r.start_tok), r.start_tok)
    for surname, keys in surnames.items():
        main = primary_person([groups[k] for k in sorted(keys)], view)
        if main is not None:
            forms.setdefault((surname,), main.key)
    grown: dict[str, list[Raw]] = {}
    if not forms:
        return grown
    covered = bytearray(len(view))
    for ent in view.ents:
        covered[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
    for a, b in title_spans:
        covered[a:b] = b"\x01" * (b - a)
    longest = max(len(f) for f in forms)
    resume = 0
    for i in _possible_starts(view, forms):
        if i < resume or covered[i] or not texts[i][:1].isupper():
            continue
        for n in range(min(longest, len(texts) - i), 0, -1):
            window = tuple(texts[i : i + n])
            found = forms.get(window)
            if found is None and all(w.isupper() and len(w) > 2 for w in window):
                found = forms.get(tuple(w.title() for w in window))  # "PENCE:" in a transcript
            if found is None or any(covered[i : i + n]):
                continue
            after_full = n == 1 and i > first_full.get(window[0], len(texts))
            if not _standalone(view, i, i + n, lex, common_word_ok=after_full):
                continue
            g = groups[found]
            raw = _raw(view, i, i + n, g.label)
            if g.label == "PERSON":
                _person_context(view, raw, None, lex)
            g.raws.append(raw)
            grown.setdefault(found, []).append(raw)
            resume = i + n
            break
    for g in groups.values():
        g.raws.sort(key=lambda r: r.start)
    return grown


def _possible_starts(view: DocView, forms: dict[tuple[str, ...], str]) -> list[int]:
    """Token indices where a form may begin, ascending: its first word, or any word of three
    or more capitals (looked up title-cased). Read from the columns, so the rescan visits a
    few hundred tokens of a long article, not all of them."""
    firsts = {f[0] for f in forms}
    upper = view.column("is_upper")
    return [
        i
        for i, text in enumerate(view.column("text"))
        if text in firsts or (upper[i] and len(text) > 2)
    ]


def _proper(view: DocView, i: int) -> bool:
    """A capitalised proper noun (a capitalised word when the Doc is not tagged)."""
    if not view.column("text")[i][:1].isupper():
        return False
    return view.column("pos_")[i] == "PROPN" if view.has_pos else view.column("is_alpha")[i]


def _standalone(
    view: DocView, s: int, e: int, lex: Lexicon, *, common_word_ok: bool = False
) -> bool:
    """A found name must not be part of a longer unlabelled name, nor a common word.

    ``common_word_ok``: a surname that is also a common word ("Cook", "Jobs") is tagged a
    noun; after the full name has appeared, its capital mid-sentence makes it the name.
    """
    proper_or_linked = _proper(view, s) or (common_word_ok and _capital_mid_sentence(view, s))
    if e - s == 1 and not proper_or_linked:
        return False
    if e < len(view) and _proper(view, e):
        return False
    if s > 0 and _proper(view, s - 1):
        prev = view.column("lower_")[s - 1]
        if prev not in lex.role_words:
            return prev in lex.honorifics
    return True


def _capital_mid_sentence(view: DocView, i: int) -> bool:
    """A capitalised word that neither opens its sentence nor follows an opening mark."""
    texts = view.column("text")
    if not texts[i][:1].isupper() or i == 0:
        return False
    if view.has_sents and view.column("is_sent_start")[i]:
        return False
    return texts[i - 1] not in _OPENING_MARKS and "\n" not in texts[i - 1]


_OPENING_MARKS = frozenset({'"', "“", "‘", "'", "(", "[", ":", "—", "–", "-"})


def _lead_end(view: DocView, length: int) -> int:
    """Character offset where the lead (the first sentences of the body) ends."""
    if not view.has_sents:
        return min(length, 300)
    alpha = view.column("is_alpha")
    seen = 0
    end = 0
    for start, stop in view.sents:
        if sum(alpha[start:stop]) < 4:
            continue
        end = view.ends[stop - 1]
        seen += 1
        if seen == LEAD_SENTENCES:
            break
    return end


def _headline_keys(headline: str, lex: Lexicon) -> set[str]:
    """Normalised keys of every run of up to six words of the headline."""
    words = _WORD.findall(headline)
    keys: set[str] = set()
    for i in range(len(words)):
        for n in range(1, min(6, len(words) - i) + 1):
            chunk = words[i : i + n]
            if not chunk[0][:1].isupper():
                continue
            text = " ".join(chunk)
            key = normalize_key(text, lex.org_suffixes)
            if len(key) <= 3 and not text.replace(".", "").isupper():
                continue  # "Us" in a title-case headline is not the US
            keys.add(normalize_key(lex.aliases[key]) if key in lex.aliases else key)
    return keys


def salience_in(
    view: DocView, forms: list[str], count: int, first: int, headline: str | None
) -> float:
    """``salience`` of an entity made after the entity pass (speaker_names.py): its forms,
    mention count and first offset, read against the article's headline and lead."""
    lex = lexicon()
    length = len(view.text)
    keys = _headline_keys(headline, lex) if headline else set()
    mention_keys = {normalize_key(f, lex.org_suffixes) for f in forms}
    mention_keys |= {name_words(k)[-1] for k in list(mention_keys) if k}
    return salience(
        count,
        in_headline=bool(mention_keys & keys),
        in_lead=first < _lead_end(view, length),
        first=first,
        length=length,
    )


def salience(count: int, *, in_headline: bool, in_lead: bool, first: int, length: int) -> float:
    """count + 2.0·[named in the headline] + 1.5·[mentioned in the lead] + (1 − first/length).

    Frequency dominates; the headline and the lead (first two sentences) lift what the story
    is about; the last term, below 1, orders ties by first appearance.
    """
    score = count + HEADLINE_WEIGHT * in_headline + LEAD_WEIGHT * in_lead
    return round(score + (1.0 - first / max(length, 1)), 3)


def _display_name(g: Group) -> str:
    """A form written in the text: clean, not shouted, the fullest, the most frequent, the first.

    The alias table decides what merges, never what is shown: "US" stays "US".
    """
    named = [r for r in g.raws if not r.metonym] or g.raws  # "China", not "Beijing"
    counts: dict[str, int] = {}  # a plain dict: a Counter costs more to make than to fill
    first: dict[str, int] = {}
    for r in named:
        counts[r.text] = counts.get(r.text, 0) + 1
        first.setdefault(r.text, r.start)

    def rank(t: str) -> tuple[bool, bool, bool, int, int, int]:
        # a person by the fullest name, a group of people by the usual form, others by the
        # longest ("European Union" over "EU")
        size = {"PERSON": len(t.split()), "NORP": counts[t]}.get(g.label, len(t))
        return (
            not _ODD.search(t),
            not (t.isupper() and " " in t),
            not is_acronym(t),
            size,
            counts[t],
            -first[t],
        )

    return max(counts, key=rank)


def _fields(
    g: Group, length: int, lead_end: int, headline_keys: set[str], lex: Lexicon
) -> dict[str, Any]:
    """The fields of the group's Entity but its id, which comes with the salience order."""
    name = _display_name(g)
    roles: list[str] = []
    seen: set[str] = set()
    for r in g.raws:
        for role in r.roles:
            if role.lower() not in seen:
                seen.add(role.lower())
                roles.append(role)
    mention_keys = {g.key} | {normalize_key(r.text, lex.org_suffixes) for r in g.raws}
    if g.label == "PERSON":
        mention_keys.add(name_words(g.key)[-1])
    first = g.raws[0].start
    return {
        "name": name,
        "label": g.label,
        "count": len(g.raws),
        "roles": roles,
        "mentions": [Mention(start=r.start, end=r.end, text=r.text, title=r.title) for r in g.raws],
        "first_mention": first,
        "salience": salience(
            len(g.raws),
            in_headline=bool(mention_keys & headline_keys),
            in_lead=first < lead_end,
            first=first,
            length=length,
        ),
    }
