"""Label sets of spaCy's English pipelines, by name and as spaCy ids, in one place.

The names read well in rules over string columns (``view.column("dep_")[i] in SUBJECT_DEPS``);
the ids compare with ``view.ids("dep_")`` with no string decoded. An id is what spaCy stores: a
symbol's number for the labels spaCy knows by name, else the string's hash (as
``spacy.strings.get_string_id`` gives it), so one id names a label in every vocab.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.strings import get_string_id


def ids(names: Iterable[str]) -> frozenset[int]:
    """The spaCy ids of ``names``."""
    return frozenset(map(get_string_id, names))


# --------------------------------------------------------------------------- entity labels

PERSON_LABELS = frozenset({"PERSON"})
ORG_LABELS = frozenset({"ORG"})
PUBLIC_ACTOR_LABELS = PERSON_LABELS | ORG_LABELS
"""Who can be held to a claim: a named person or organisation."""
COLLECTIVE_LABELS = frozenset({"ORG", "NORP", "GPE", "FAC"})
"""Entities that can speak as a body (an organisation, a country, a people, a building's owner)."""
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NATION_LABELS = frozenset({"GPE", "NORP", "LOC"})
"""Countries, places and peoples: inside a title "US" and "Russian" still name one."""
NAME_MODIFIER_LABELS = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})
"""Names that may modify a title ("US ambassador", "Army Secretary")."""
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "LAW", "EVENT"})
"""Entities that name something in the world (not a date or a number)."""
NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
"""Dates, times and numbers: not names."""
NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
"""Entities that state an amount."""
TEMPORAL_LABELS = frozenset({"DATE", "TIME"})
ROLE_STOP_LABELS = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "MONEY"})
"""Entities that end a role phrase ("a former US ambassador, 52, ...")."""

PERSON_LABEL_IDS = ids(PERSON_LABELS)
ORG_LABEL_IDS = ids(ORG_LABELS)
NUMERIC_LABEL_IDS = ids(NUMERIC_LABELS)

# --------------------------------------------------------------------------- dependency labels

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
POSSESSOR_DEPS = frozenset({"poss"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
"""A verb form in one of these is part of a noun phrase ("the acting minister")."""
SUBORDINATE_DEPS = frozenset({"relcl", "acl", "csubj", "pcomp", "pobj", "amod"})
"""A clause inside another: a modal there does not hedge the sentence's own predicate."""
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acomp", "attr"})
PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd", "xcomp", "ROOT"})
"""Where an adjective is said of the subject ("he was calm")."""
NEGATION_DEPS = frozenset({"neg", "det"})
"""'not', and 'no' as a determiner."""
NUMBER_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "npadvmod", "compound", "amod"})
"""How a number attaches to the noun it counts ("26 people", "28-point")."""
BARE_NUMBER_DEPS = frozenset({"appos", "npadvmod", "attr", "dobj"})
"""Where a bare numeral outside an entity still states an amount ("a brother, 22,")."""

SUBJECT_DEP_IDS = ids(SUBJECT_DEPS)

# --------------------------------------------------------------------------- part-of-speech tags

VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
MODIFIER_POS = frozenset({"ADJ", "ADV"})
DETERMINER_POS = frozenset({"DET", "PRON"})
FUNCTION_POS = frozenset({"ADP", "CCONJ", "DET", "PART", "PUNCT", "SCONJ"})
"""Words a phrase does not end with."""

WH_TAGS = frozenset({"WDT", "WP", "WP$"})
POSSESSIVE_TAGS = frozenset({"PRP$", "POS"})
PAST_TAGS = frozenset({"VBD", "VBN"})
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})


# --------------------------------------------------------------------------- pronouns
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
"""'it said', 'it added': an organisation, a country or a document speaks, never a person."""
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
