"""Where a name begins and ends inside a spaCy entity: split glued names, cut words that are
no part of any name.

The statistical tagger often runs an entity over a neighbouring word ("Mary Quant described",
"Welcome Jose", "Two United States"), over a list ("Porto, Real Madrid"), over a clause boundary
("told Billboard the Doobies have"), or over a score or ticker ("Federer 7-6", "Brent LCOc1").
A name's edge words are nouns or adjectives; the parse says which words are not.
"""

from __future__ import annotations

import re

from newsparse.docview import DocView, Ent
from newsparse.extract.entities.names import normalize_key
from newsparse.lexicon import table
from newsparse.lexicon.entities import Lexicon

TITLE_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
"""Titles of works and events may begin or end with any word ("Listen to the Music")."""
NOT_NAME_EDGE_POS = frozenset(
    {"VERB", "AUX", "INTJ", "PRON", "ADV", "SCONJ", "CCONJ", "PART", "ADP", "DET", "NUM", "SYM"}
)
"""Parts of speech that never open or close a name (the capitalised "The" aside: see below)."""
_SPLIT_DETERMINERS = frozenset({"the", "a", "an"})
"""Lower-case articles inside an entity start a new noun phrase ("Billboard the Doobies")."""
SCORE = re.compile(r"^\d+(?:[-–]\d+)+$")
"""'7-6', '6-4': a score line glued to a name."""
TICKER = re.compile(
    r"^(?:[A-Z]{2,}[a-z]\d|[A-Z0-9.]*[=^][A-Z0-9.]*|[A-Z]{2,}\.[A-Z]{1,2}|[A-Z]{3,}\d{1,2}"
    r"|[A-Z]{2}\d{1,2}[A-Z]{1,3})$"
)
"""Market codes as wires write them: 'LCOc1' (capitals, one lower-case letter, a digit),
'GBP=', 'AAPL.O', 'CMAL3', 'US10YT'. 'F-35', 'COVID-19', 'MH17' and 'B52' are no codes."""
CURRENCY_CODE = re.compile(r"^[A-Z]{3}=[A-Z]*$")
"""A wire's code of an exchange rate: 'GBP=', 'EUR=', 'JPY=EBS'."""
_NAME_PUNCT = frozenset({".", "!", "&", ")"})
"""Punctuation a name may end with ("Yahoo!", "Inc.", "(UK)")."""
_QUOTES = frozenset({'"', "“", "”", "‘", "’", "'"})


def name_pieces(
    view: DocView, start: int, end: int, label: str, lex: Lexicon
) -> list[tuple[int, int]]:
    """The names inside the token range ``[start, end)`` of an entity (often one, maybe none).

    See ``weak`` for pieces that are names only if the article names them again."""
    if not view.has_pos:
        return [(start, end)]
    titled = label in TITLE_LABELS
    if titled and _quoted(view, start, end):
        return [(start, end)]
    if label == "ORG":
        start = _after_role_of(view, start, end, lex)
    if label in ("ORG", "PERSON"):
        start = _after_opening_role(view, start, end, lex)
    pieces = []
    for a, b in _split(view, start, end, titled, lex, split_hyphens=titled or label == "NORP"):
        a, b = _trim_edges(view, a, b, titled)
        if a < b and not _date(view, a, b):
            pieces.append((a, _with_kind_noun(view, a, b, lex)))
    return pieces


def country_of_title(view: DocView, start: int, end: int, lex: Lexicon) -> int | None:
    """End of the country's name when the organisation ``[start, end)`` is the first part of
    a person's title, a country and an office ("the then UK Home Secretary", "US Defense
    Secretary"): the country is a name, the office words are part of the title."""
    if end >= len(view) or view.column("lower_")[end] not in lex.role_words:
        return None
    texts = view.column("text")
    if not texts[end][:1].isupper() or not all(t[:1].isupper() for t in texts[start:end]):
        return None
    countries = set(lex.capitals.values())
    for stop in range(end - 1, start, -1):
        key = normalize_key(view.span_text(start, stop))
        if normalize_key(lex.aliases.get(key, key)) in countries:
            return stop
    return None


def _with_kind_noun(view: DocView, start: int, end: int, lex: Lexicon) -> int:
    """End of the name with the lower-case place noun it modifies: "Hoa Lo prison", "Belmarsh
    prison", "Kennedy airport" name the building (a place noun from resources/
    entity_heads.tsv, which the parse makes the head of the name)."""
    if end >= len(view) or not view.has_dep:
        return end
    text = view.column("text")[end]
    if not text.islower() or lex.heads.get(text) not in PLACE_KINDS:
        return end
    root = view.span_root(start, end)
    is_head = view.heads[root] == end and view.column("dep_")[root] == "compound"
    return end + 1 if is_head else end


_DESCRIBING_DETERMINERS = frozenset({"the", "this", "that", "its", "their", "our"})
PLACE_KINDS = frozenset({"FAC", "GPE"})
"""Kinds of resources/entity_heads.tsv whose lower-case noun is part of the name."""


def weak(view: DocView, start: int, end: int, label: str, lex: Lexicon) -> bool:
    """No proper noun and no capital but the sentence's first ("Today I am", "Reuters" tagged
    a plural noun at a sentence start), or one word after a determiner that only says what kind
    of thing it is ("the Agency"; a bare "University" may be a club's name): a name only when
    it joins a mention that is surely one.
    """
    if end < len(view) and CURRENCY_CODE.match(view.column("text")[end]):
        return True  # "Sterling GBP=": a currency, which no gold calls a name
    if not view.has_pos:
        return False
    if label in ADJECTIVE_LABELS:
        return _adjective(view, start, end)
    if label == "NORP":
        return False
    if label in TITLE_LABELS and _slogan(view, start):
        return True  # “Red for Ed”, chanted: a phrase in quotation marks, no title
    if label in TITLE_LABELS and _quoted(view, start, end):
        return False  # a title in quotation marks: “Breathless”
    if label in TITLE_LABELS and end - start == 1 and view.column("tag_")[start] == "NNS":
        return True  # a plural common noun ("recipients, or Dreamers"), no title
    lowers = view.column("lower_")
    kind_word = end - start == 1 and lowers[start] in lex.heads
    if kind_word and start > 0 and lowers[start - 1] in _DESCRIBING_DETERMINERS:
        return True
    return not _has_name_word(view, start, end)


ADJECTIVE_LABELS = frozenset({"NORP", "LOC"})
"""Labels the tagger gives to adjectives of peoples and regions ("Muslim women", "Western
hostages", "the first Southern primary", "Northern and central California")."""


def _adjective(view: DocView, start: int, end: int) -> bool:
    """One word tagged an adjective that modifies a noun: a description, not a name (the
    gold of every fixture leaves demonyms and adjectives out)."""
    if end - start != 1:
        return False
    return view.column("pos_")[start] == "ADJ" and view.column("tag_")[start] == "JJ"


_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTHS = (
    frozenset(_MONTH_NAMES.split())
    | {m[:3] for m in _MONTH_NAMES.split()}
    | {f"{m[:3]}." for m in _MONTH_NAMES.split()}
    | {"sept", "sept."}
)


def _date(view: DocView, start: int, end: int) -> bool:
    """Only month names and numbers ("September 11, 2001" as an EVENT): a date, not a name."""
    lowers, pos = view.column("lower_"), view.column("pos_")
    return any(lowers[k] in MONTHS for k in range(start, end)) and all(
        lowers[k] in MONTHS or pos[k] in ("NUM", "PUNCT") for k in range(start, end)
    )


def _has_name_word(view: DocView, start: int, end: int) -> bool:
    """A proper noun, or a capitalised word that does not open its sentence ("Today I am" has
    none)."""
    texts, pos = view.column("text"), view.column("pos_")
    opens = view.column("is_sent_start") if view.has_sents else None
    for k in range(start, end):
        if pos[k] == "PROPN" or (len(texts[k]) > 1 and texts[k].isupper()):
            return True
        if texts[k][:1].isupper() and pos[k] in ("NOUN", "ADJ"):
            first = (opens is not None and opens[k]) or k == 0
            if not first and texts[k - 1] not in _OPENERS and "\n" not in texts[k - 1]:
                return True
    return False


_OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", ":", "—", "–", "-"})
"""A capital after these proves nothing: it opens a quotation or a phrase."""


def _after_role_of(view: DocView, start: int, end: int, lex: Lexicon) -> int:
    """'Founder of Ceres Robotics Inc.' -> 'Ceres Robotics Inc.': a person's role before "of"
    is no part of the organisation's name ("Bank of America" keeps its "of")."""
    lowers = view.column("lower_")
    k = start
    while k < end - 1 and (lowers[k] in lex.role_words or lowers[k] in lex.role_modifiers):
        k += 1
    if k > start and k < end - 1 and lowers[k] == "of" and lowers[k - 1] in lex.role_words:
        return k + 1
    return start


def _after_opening_role(view: DocView, start: int, end: int, lex: Lexicon) -> int:
    """'Broadcaster Piers Morgan' opening a sentence -> 'Piers Morgan': a role word capitalised
    only because the sentence starts there is the person's description, not their name (the
    title finder reads it before the name, as it does mid-sentence)."""
    texts, lowers = view.column("text"), view.column("lower_")
    opens = start == 0 or view.sent_of(start)[0] == start or texts[start - 1] in _QUOTES
    if not opens or end - start < 3 or lowers[start] not in lex.role_words:
        return start
    rest = lowers[start + 1 : end]
    if any(w in lex.role_words or w.rstrip("s") in lex.role_words or w in lex.heads for w in rest):
        return start  # "National Nurses United": the word opens an organisation's name
    if texts[start][:1].isupper() and texts[start][1:].islower() and texts[start + 1].istitle():
        return start + 1
    return start


_LEAD_IN = frozenset({",", ":", "such", "as", "like", "the", "a", "of", "-", "—", "–"})
"""Words between a slogan's noun or verb and the opening mark ("sayings such as, “...")."""


def _slogan(view: DocView, start: int) -> bool:
    """A quotation opened right before the name, after a noun or verb of slogans and chants
    ("signs with sayings such as, “Less Money on Testing ...”", "chanted, “Red for Ed,”",
    "the caption: "Welcome Jose""; resources/entity_context_words.tsv): words someone
    shouts or writes, not the title of a work."""
    texts, lemmas = view.column("text"), view.column("lemma_")
    k = start - 1
    if k < 0 or texts[k] not in _QUOTES:
        return False
    k -= 1
    while k >= 0 and start - k < 6 and texts[k].lower() in _LEAD_IN:
        k -= 1
    if k < 0 or start - k >= 6:
        return False
    return table("entity_context_words.tsv").get(lemmas[k].lower()) in ("slogan", "chant")


def _quoted(view: DocView, start: int, end: int) -> bool:
    texts = view.column("text")
    return start > 0 and texts[start - 1] in _QUOTES and end < len(view) and texts[end] in _QUOTES


def _split(
    view: DocView, start: int, end: int, titled: bool, lex: Lexicon, *, split_hyphens: bool
) -> list[tuple[int, int]]:
    """Cut at commas between names ("Porto, Real Madrid"; not "Apple, Inc." or "King, Jr."),
    at "and" between names that share the plural kind noun after them ("Orange and Riverside
    counties"), and at a lower-case article that opens a phrase of its own ("told Billboard
    the Doobies have": both sides hang on words outside the entity); with ``split_hyphens``,
    at a hyphen
    between two capitalised words (a route or a pair of peoples tagged as one event or group;
    organisations keep theirs: "Rolls-Royce")."""
    texts, lowers = view.column("text"), view.column("lower_")
    cuts: list[tuple[int, int]] = []
    begin = start
    shared = not titled and _before_shared_kind(view, end, lex)
    for k in range(start + 1, end - 1):
        after = lowers[k + 1]
        if texts[k] in ("and", "or") and _capitalised_pair(texts, k) and not titled:
            if shared or _both_named_alone(view, begin, k, end):
                cuts.append((begin, k))  # "Orange and Riverside counties", "McClatchy and
                begin = k + 1  # Tribune" where each is named on its own
        elif texts[k] == "," and not titled:
            if after.rstrip(".") in lex.org_suffixes or after in lex.org_suffixes:
                continue
            if after in _GENERATIONAL:
                continue
            cuts.append((begin, k))
            begin = k + 1
        elif texts[k] == "and" and lowers[k + 1] == "the" and not titled and begin < k:
            cuts.append((begin, k))  # "the Bureau of Prisons and the Department of Justice"
            begin = k + 2
        elif (
            texts[k] in _POSSESSIVES
            and k - begin >= 2
            and texts[k + 1][:1].isupper()
            and lowers[k - 1] not in lex.role_words
        ):
            cuts.append((begin, k))  # "Vox Media's Code Media": the owner, then its own
            # (not "Alachua Sheriff's Office": an office's title, inside the body's name)
            begin = k + 1
        elif texts[k] in HYPHENS and split_hyphens and _capitalised_pair(texts, k):
            cuts.append((begin, k))  # "Earth-Mars" route, "Israeli-Palestinian" talks
            begin = k + 1
        elif (
            texts[k] in _SPLIT_DETERMINERS
            and begin < k
            and _hangs_outside(view, begin, k, start, end)
            and _hangs_outside(view, k, end, start, end)
        ):
            cuts.append((begin, k))
            begin = k + 1  # the article itself belongs to no name
    cuts.append((begin, end))
    return [(a, b) for a, b in cuts if a < b]


def _both_named_alone(view: DocView, a: int, k: int, b: int) -> bool:
    """Are both sides of the "and" at ``k`` inside ``[a, b)`` entities of their own elsewhere in
    the article ("talks between McClatchy and Tribune", after "McClatchy" and "Tribune")?
    "Johnson & Johnson", "Procter and Gamble" are not."""
    left, right = view.span_text(a, k), view.span_text(k + 1, b)
    alone = {view.span_text(e.start, e.end).removeprefix("the ") for e in view.ents}
    return left in alone and right in alone


def _before_shared_kind(view: DocView, end: int, lex: Lexicon) -> bool:
    """Right before a plural kind noun that the names of a list share ("Orange and Riverside
    counties", "the Senate and House committees"; resources/entity_heads.tsv)."""
    if end >= len(view) or view.column("tag_")[end] != "NNS":
        return False
    return view.column("lemma_")[end].lower() in lex.heads


_GENERATIONAL = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_POSSESSIVES = frozenset({"'s", "’s"})


HYPHENS = frozenset({"-", "–", "—"})


def _capitalised_pair(texts: list[str], k: int) -> bool:
    return texts[k - 1][:1].isupper() and texts[k + 1][:1].isupper()


def _hangs_outside(view: DocView, a: int, b: int, start: int, end: int) -> bool:
    """Does the part ``[a, b)`` hang on a word outside the entity ``[start, end)``? Two such
    parts are two phrases glued together, not one name ("Bank of the West" hangs together)."""
    if not view.has_dep:
        return False
    root = view.span_root(a, b)
    head = view.heads[root]
    return not (start <= head < end) and head != root


def _trim_edges(view: DocView, start: int, end: int, titled: bool) -> tuple[int, int]:
    """Drop words at either edge that cannot be part of a name: verbs, pronouns, numbers...
    A title ("Love Me or Leave Me") loses only a glued score or ticker."""
    texts, pos = view.column("text"), view.column("pos_")
    while start < end and _not_name_edge(texts[start], pos[start], titled, leading=True):
        start += 1
    while end > start and _not_name_edge(texts[end - 1], pos[end - 1], titled, leading=False):
        end -= 1
    return start, end


def _not_name_edge(text: str, pos: str, titled: bool, *, leading: bool) -> bool:
    if SCORE.match(text):
        return True
    if TICKER.match(text):
        return True  # a code alone ("US10YT") is no name either
    if titled or (len(text) > 1 and text.isupper() and text.isalpha()):
        return False  # an acronym is a name whatever its tag ("WHO" as a pronoun)
    if pos == "DET" and text[:1].isupper():
        return False  # "The Hague", "The Doobie Brothers": the caller decides on "The"
    if pos == "NUM":
        return leading or not text.isdigit() or len(text) > 3  # "Apollo 11" keeps its number
    if pos == "PUNCT":
        return text not in _NAME_PUNCT
    if pos == "ADP" and text.islower():
        return True
    return pos in NOT_NAME_EDGE_POS and pos not in ("ADP", "NUM")


def _with_head_word(view: DocView, ent: Ent, lex: Lexicon) -> Ent:
    """An organisation cut before the last word of its name ("the Argus Leader" tagged
    "Argus"): a capitalised proper noun right after it, in no entity, that the parse makes
    the head of the name, joins it, unless it is a role word ("UK Home Secretary", "Senate
    Majority Leader": a person's title, even when the paper is the "Argus Leader")."""
    end = ent.end
    if ent.label == "PERSON":
        return _person_named_body(view, ent, lex)
    defined = _defined_body(view, ent)
    if defined is not ent:
        return defined
    if ent.label != "ORG" or end >= len(view):
        return ent
    texts, pos, ent_types = view.column("text"), view.column("pos_"), view.column("ent_type_")
    if pos[end] != "PROPN" or not texts[end][:1].isupper() or ent_types[end]:
        return ent
    if view.column("lower_")[end] in lex.role_words:
        return ent
    root = view.span_root(ent.start, end)
    if view.heads[root] != end or view.column("dep_")[root] != "compound":
        return ent
    if end + 1 < len(view) and ent_types[end + 1] == "PERSON":
        return ent
    return ent._replace(end=end + 1)


def _defined_body(view: DocView, ent: Ent) -> Ent:
    """A place or body the tagger cut off before the rest of a name that an acronym in
    brackets then defines ("The New York State Attorney General (NYAG) is investigating"): up
    to four untagged capitalised proper nouns the entity modifies, then "(ACRONYM)" of the same
    first letter. The whole is the body the acronym names, an organisation."""
    if ent.label not in ("GPE", "ORG") or not view.has_pos:
        return ent
    texts, pos, ent_types = view.column("text"), view.column("pos_"), view.column("ent_type_")
    k = ent.end
    while k < len(view) and k - ent.end < 4 and pos[k] == "PROPN" and not ent_types[k]:
        if not texts[k][:1].isupper():
            return ent
        k += 1
    if k == ent.end or k + 2 >= len(view) or texts[k] != "(" or texts[k + 2] != ")":
        return ent
    acronym = texts[k + 1]
    if not (acronym.isupper() and acronym.isalpha() and acronym[0] == texts[ent.start][0]):
        return ent
    if view.heads[view.span_root(ent.start, ent.end)] not in range(ent.end, k):
        return ent
    return ent._replace(end=k, label="ORG")


def _as_defined_elsewhere(view: DocView, ents: list[Ent]) -> list[Ent]:
    """Every other place or body followed by the same words as a name an acronym defined
    (``_defined_body``): "the office of the New York State Attorney General" later is that
    body too."""
    texts, ent_types = view.column("text"), view.column("ent_type_")
    defined = {
        tuple(texts[e.start : e.end])
        for e, old in zip(ents, view.ents, strict=True)
        if e.end > old.end and e.label == "ORG" and old.label == "GPE"
    }
    if not defined:
        return ents
    out = []
    for e in ents:
        for words in defined:
            end = e.start + len(words)
            if (
                e.label in ("GPE", "ORG")
                and e.end < end <= len(view)
                and tuple(texts[e.start : end]) == words
                and not any(ent_types[e.end : end])
            ):
                e = e._replace(end=end, label="ORG")
                break
        out.append(e)
    return out


def _person_named_body(view: DocView, ent: Ent, lex: Lexicon) -> Ent:
    """A one-word "person" that is the first word of a body's name the tagger left untagged
    ("the Gibson Southern schools"): capitalised proper nouns right after it, in no entity,
    none a role word, the last the head the name hangs on, and a lower-case noun or no noun
    after them (so not "Gibson Jones", a name cut short). The whole is an organisation: a
    school, a foundation or a firm named after a person."""
    if ent.end - ent.start != 1:
        return ent
    texts, pos, ent_types = view.column("text"), view.column("pos_"), view.column("ent_type_")
    lowers = view.column("lower_")
    k = ent.end
    while (
        k < len(view)
        and k - ent.end < 3
        and pos[k] == "PROPN"
        and texts[k][:1].isupper()
        and not ent_types[k]
        and lowers[k] not in lex.role_words
        and lowers[k] not in lex.honorifics
    ):
        k += 1
    if k == ent.end or k >= len(view) or not texts[k].islower() or pos[k] != "NOUN":
        return ent
    heads, deps = view.heads, view.column("dep_")
    if not all(deps[j] == "compound" and ent.start < heads[j] <= k for j in range(ent.start, k)):
        return ent
    return ent._replace(end=k, label="ORG")


_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _route(view: DocView, first: Ent, second: Ent) -> bool:
    """Two places joined by a hyphen before a road's noun, a bracketed code between ("the
    Baghdad-Damascus (M2) highway"; resources/entity_context_words.tsv route): one road."""
    if first.label not in _PLACES or second.label not in _PLACES:
        return False
    texts = view.column("text")
    if second.start != first.end + 1 or texts[first.end] not in HYPHENS:
        return False
    k = second.end
    if k < len(view) and texts[k] == "(":
        close = next((j for j in range(k + 1, min(k + 5, len(view))) if texts[j] == ")"), None)
        k = close + 1 if close is not None else k
    return k < len(view) and table("entity_context_words.tsv").get(texts[k]) == "route"


def _maker_of_model(view: DocView, maker: Ent, model: Ent) -> bool:
    """An organisation right before a product that it modifies ("a Volvo XC90", "the Boeing
    737 Max"): the maker's name is part of the product's."""
    if maker.label != "ORG" or model.label != "PRODUCT" or maker.end != model.start:
        return False
    root = view.span_root(maker.start, maker.end)
    return model.start <= view.heads[root] < model.end


def _station_of(view: DocView, org: Ent, place: Ent) -> bool:
    """An organisation right before a one-word place that it modifies ("CBS DFW", "Yahoo
    Japan"): a branch's name, one organisation."""
    if org.label != "ORG" or place.label != "GPE" or org.end != place.start:
        return False
    if place.end - place.start != 1:
        return False
    return view.heads[view.span_root(org.start, org.end)] == place.start


def joined_names(view: DocView, lex: Lexicon) -> list[Ent]:
    """spaCy's entities, with a person's name put back together when the tagger cut it into
    pieces of other labels ("Sławoj"/GPE "Leszek"/NORP "Głódź"/PERSON): single proper nouns
    right before a PERSON entity that the parse makes compounds inside it; an organisation
    with the head word the tagger left out (``_with_head_word``)."""
    ents = [_with_head_word(view, e, lex) for e in view.ents] if view.has_dep else view.ents
    ents = _as_defined_elsewhere(view, ents)
    if not view.has_dep or not view.has_pos:
        return ents
    pos, deps, heads = view.column("pos_"), view.column("dep_"), view.heads
    out: list[Ent] = []
    for ent in reversed(ents):
        nxt = out[-1] if out else None
        if nxt is not None and _maker_of_model(view, ent, nxt):
            out[-1] = nxt._replace(start=ent.start)  # "a Volvo XC90": the car, not the maker
            continue
        if nxt is not None and _route(view, ent, nxt):
            out[-1] = nxt._replace(start=ent.start, label="FAC")  # "Baghdad-Damascus highway"
            continue
        if nxt is not None and _station_of(view, ent, nxt):
            out[-1] = ent._replace(end=nxt.end)  # "CBS DFW": the network's local station
            continue
        if (
            nxt is not None
            and nxt.label == "PERSON"
            and view.column("text")[nxt.start][:1].isupper()
            and pos[nxt.start] == "PROPN"
            and ent.label != "PERSON"
            and ent.end == nxt.start
            and ent.end - ent.start == 1
            and pos[ent.start] == "PROPN"
            and deps[ent.start] == "compound"
            and nxt.start <= heads[ent.start] < nxt.end
        ):
            out[-1] = nxt._replace(start=ent.start)
            continue
        out.append(ent)
    out.reverse()
    return out
