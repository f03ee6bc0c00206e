"""Entity merging, trimming and ranking on hand-built Docs (no model, milliseconds)."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from newsparse.docview import DocView
from newsparse.extract.entities.mentions import (
    entity_at,
    entity_by_role,
    extract_entities,
    person_gender_hint,
    salience,
)
from newsparse.models import Entity

NLP = spacy.blank("en")


def make_doc(text: str, ents: list[tuple[str, str]]) -> Doc:
    """A blank-pipeline Doc with entities set by hand: every occurrence of each string."""
    doc = NLP(text)
    spans = []
    taken: set[int] = set()
    for surface, label in sorted(ents, key=lambda e: -len(e[0])):
        for m in re.finditer(re.escape(surface), text):
            span = doc.char_span(m.start(), m.end(), label=label)
            assert span is not None, surface
            if taken.isdisjoint(range(span.start, span.end)):
                spans.append(span)
                taken.update(range(span.start, span.end))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in entities}


def test_one_person_with_every_mention() -> None:
    text = (
        "Officials met President Volodymyr Zelenskyy in Kyiv. Zelenskyy's office said little. "
        "Later Zelenskyy spoke."
    )
    doc = make_doc(text, [("Volodymyr Zelenskyy", "PERSON"), ("Zelenskyy", "PERSON")])
    ents = extract_entities(DocView.of(doc))
    assert [e.name for e in ents] == ["Volodymyr Zelenskyy"]
    person = ents[0]
    assert person.count == text.count("Zelenskyy") == len(person.mentions)
    for m in person.mentions:
        assert text[m.start : m.end] == m.text
        assert not m.text.endswith("'s")
    assert person.roles == ["President"]
    assert person.mentions[0].title == "President"
    assert person.first_mention == text.index("Volodymyr")


def test_title_inside_the_entity_is_stripped_and_kept_as_role() -> None:
    text = "President Volodymyr Zelenskyy spoke. Zelenskyy left."
    doc = make_doc(text, [("President Volodymyr Zelenskyy", "PERSON"), ("Zelenskyy", "PERSON")])
    (person,) = extract_entities(DocView.of(doc))
    assert person.name == "Volodymyr Zelenskyy"
    assert person.mentions[0].text == "Volodymyr Zelenskyy"
    assert "President" in person.roles


def test_title_words_alone_are_junk() -> None:
    text = "The President spoke , and the mayor agreed with Mr. Smith."
    doc = make_doc(text, [("President", "PERSON"), (",", "ORG"), ("the mayor", "PERSON")])
    assert extract_entities(DocView.of(doc)) == []


def test_surname_stays_apart_when_two_people_share_it() -> None:
    text = "Joe Biden and Hunter Biden flew out. Biden said nothing."
    doc = make_doc(text, [("Joe Biden", "PERSON"), ("Hunter Biden", "PERSON"), ("Biden", "PERSON")])
    names = by_name(extract_entities(DocView.of(doc)))
    assert set(names) == {"Joe Biden", "Hunter Biden", "Biden"}
    assert names["Joe Biden"].count == 1


def test_place_short_form_is_not_a_surname() -> None:
    text = "George Washington slept here. Washington is far away."
    doc = make_doc(text, [("George Washington", "PERSON"), ("Washington", "GPE")])
    names = by_name(extract_entities(DocView.of(doc)))
    assert names["Washington"].label == "GPE"
    assert names["George Washington"].count == 1


def test_first_name_merges_only_when_unambiguous() -> None:
    text = "Jamal Khashoggi wrote. Jamal was a journalist. Dan Fried and Dan Driscoll met Dan."
    doc = make_doc(
        text,
        [
            ("Jamal Khashoggi", "PERSON"),
            ("Jamal", "PERSON"),
            ("Dan Fried", "PERSON"),
            ("Dan Driscoll", "PERSON"),
            ("Dan", "PERSON"),
        ],
    )
    names = by_name(extract_entities(DocView.of(doc)))
    assert names["Jamal Khashoggi"].count == 2
    assert names["Dan"].count == 1


def test_diacritics_do_not_split_a_person() -> None:
    text = "Recep Tayyip Erdoğan spoke. Erdogan left."
    doc = make_doc(text, [("Recep Tayyip Erdoğan", "PERSON"), ("Erdogan", "PERSON")])
    (person,) = extract_entities(DocView.of(doc))
    assert person.name == "Recep Tayyip Erdoğan" and person.count == 2


@pytest.mark.parametrize(
    ("forms", "label"),
    [
        (["the Kremlin", "Kremlin"], "ORG"),
        (["US", "U.S.", "United States", "the United States of America"], "GPE"),
        (["EU", "European Union"], "ORG"),
        (["Facebook Inc.", "Facebook"], "ORG"),
    ],
)
def test_organisations_and_places_merge_by_normalised_form(forms: list[str], label: str) -> None:
    text = " ".join(f"Sentence {i} mentions {f} here." for i, f in enumerate(forms))
    doc = make_doc(text, [(f, label) for f in forms])
    (entity,) = extract_entities(DocView.of(doc))
    assert entity.count == len(forms)
    assert entity.name in {m.text for m in entity.mentions}  # shown as written
    assert not entity.name.startswith("the ")


def test_acronym_merges_into_the_name_it_abbreviates() -> None:
    text = "The World Health Organization (WHO) met. WHO said so."
    doc = make_doc(text, [("World Health Organization", "ORG"), ("WHO", "ORG")])
    (entity,) = extract_entities(DocView.of(doc))
    assert entity.name == "World Health Organization" and entity.count == 3


def test_label_disagreement_is_settled_by_majority() -> None:
    text = "A Ukrainian official. Ukrainian troops. Ukrainian soil. Ukrainians wait."
    doc = NLP(text)
    labels = ["NORP", "GPE", "NORP", "NORP"]
    spans = [
        doc.char_span(m.start(), m.end(), label=lab)
        for m, lab in zip(re.finditer(r"Ukrainians?", text), labels, strict=True)
    ]
    doc.ents = spans
    (entity,) = extract_entities(DocView.of(doc))
    assert entity.label == "NORP" and entity.count == 4


def test_org_word_inside_a_title_is_not_an_entity() -> None:
    text = "The talks include visiting Army Secretary Dan Driscoll and officers."
    doc = make_doc(text, [("Army", "ORG"), ("Dan Driscoll", "PERSON")])
    (person,) = extract_entities(DocView.of(doc))
    assert person.name == "Dan Driscoll"
    assert person.roles == ["Army Secretary"]


def test_employer_before_a_lower_case_role_is_an_entity() -> None:
    text = "Fox News host Jeanine Pirro and Police and Crime Commissioner Stephen Mold spoke."
    ents = [("Fox News", "ORG"), ("Police and Crime", "ORG")]
    ents += [("Jeanine Pirro", "PERSON"), ("Stephen Mold", "PERSON")]
    names = by_name(extract_entities(DocView.of(make_doc(text, ents))))
    assert set(names) == {"Fox News", "Jeanine Pirro", "Stephen Mold"}  # an office, a body
    assert names["Jeanine Pirro"].roles == ["Fox News host"]


def test_full_body_name_before_a_capitalised_title_is_an_entity() -> None:
    text = "Then Indiana State Teachers Association President Keith Gambill spoke."
    ents = [("Indiana State Teachers Association", "ORG"), ("Keith Gambill", "PERSON")]
    names = by_name(extract_entities(DocView.of(make_doc(text, ents))))
    assert set(names) == {"Indiana State Teachers Association", "Keith Gambill"}


def test_company_named_for_its_founder_is_one_with_the_surname() -> None:
    text = "Walt Disney Co. said sales rose. Later, Disney said more."
    doc = make_doc(text, [("Walt Disney Co.", "ORG"), ("Disney", "ORG")])
    (org,) = extract_entities(DocView.of(doc))
    assert org.name == "Walt Disney Co." and org.count == 2


def test_secretary_of_state_title() -> None:
    text = "Earlier, US Secretary of State Marco Rubio spoke."
    doc = make_doc(text, [("US", "GPE"), ("State", "ORG"), ("Marco Rubio", "PERSON")])
    names = by_name(extract_entities(DocView.of(doc)))
    assert set(names) == {"Marco Rubio", "US"}
    assert names["Marco Rubio"].roles == ["US Secretary of State"]


def test_missed_mentions_of_a_known_name_are_found() -> None:
    text = "Dan Driscoll arrived. Officials said Driscoll would stay."
    doc = make_doc(text, [("Dan Driscoll", "PERSON")])
    (person,) = extract_entities(DocView.of(doc))
    assert [m.text for m in person.mentions] == ["Dan Driscoll", "Driscoll"]


def test_dates_and_numbers_are_left_out() -> None:
    text = "On Monday 26 people met in Kyiv."
    doc = make_doc(text, [("Monday", "DATE"), ("26", "CARDINAL"), ("Kyiv", "GPE")])
    assert [e.name for e in extract_entities(DocView.of(doc))] == ["Kyiv"]


def test_salience_orders_and_numbers_entities() -> None:
    text = "Kyiv spoke first. Then Paris. Paris again. Later Berlin, Berlin and Berlin."
    doc = make_doc(text, [("Kyiv", "GPE"), ("Paris", "GPE"), ("Berlin", "GPE")])
    plain = extract_entities(DocView.of(doc))
    assert [e.name for e in plain] == ["Berlin", "Paris", "Kyiv"]
    assert [e.id for e in plain] == ["e1", "e2", "e3"]
    boosted = extract_entities(DocView.of(doc), headline="Kyiv talks collapse")
    assert boosted[0].name == "Kyiv"
    assert (
        extract_entities(DocView.of(doc), headline="Kyiv talks collapse") == boosted
    )  # deterministic


def test_salience_formula() -> None:
    base = salience(3, in_headline=False, in_lead=False, first=50, length=100)
    assert base == 3.5
    assert salience(3, in_headline=True, in_lead=True, first=50, length=100) == base + 3.5


def test_headline_us_is_not_the_pronoun() -> None:
    text = "The US said no. Kyiv said yes."
    doc = make_doc(text, [("US", "GPE"), ("Kyiv", "GPE")])
    us = by_name(extract_entities(DocView.of(doc), headline="Tell Us Why"))["US"]
    assert us.salience == salience(1, in_headline=False, in_lead=True, first=4, length=len(text))


def test_entity_at_and_gender_hint() -> None:
    text = "Mr. John Smith met Ms. Jane Doe. Smith left."
    doc = make_doc(text, [("John Smith", "PERSON"), ("Jane Doe", "PERSON"), ("Smith", "PERSON")])
    ents = extract_entities(DocView.of(doc))
    smith = entity_at(ents, text.rindex("Smith"), len(text) - 1)
    doe = entity_at(ents, text.index("Doe"), text.index("Doe") + 3)
    assert smith is not None and smith.name == "John Smith"
    assert doe is not None and doe.name == "Jane Doe"
    assert entity_at(ents, 0, 2) is None
    assert person_gender_hint(smith) == "m"
    assert person_gender_hint(doe) == "f"
    assert smith.roles == []  # courtesy forms are not roles


def test_gendered_role_word_gives_a_hint() -> None:
    text = "Spokeswoman Ann Lee declined."
    doc = make_doc(text, [("Ann Lee", "PERSON")])
    (person,) = extract_entities(DocView.of(doc))
    assert person.roles == ["Spokeswoman"]
    assert person_gender_hint(person) == "f"


def test_person_name_starts_at_a_capital() -> None:
    text = "They prayed to god Narsimha. Narsimha is revered."
    doc = make_doc(text, [("god Narsimha", "PERSON"), ("Narsimha", "PERSON")])
    (person,) = extract_entities(DocView.of(doc))
    assert person.name == "Narsimha" and person.count == 2


WORDS = ["Kyiv", "the", "President", "Zelenskyy", "Zelenskyy's", "U.S.", "said", ",", "Mr.", "Dan"]
LABELS = ["PERSON", "GPE", "ORG", "NORP", "DATE"]


@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=30),
    picks=st.lists(
        st.tuples(st.integers(0, 29), st.integers(1, 4), st.sampled_from(LABELS)), max_size=8
    ),
)
@settings(max_examples=150, deadline=None)
def test_invariants_on_random_docs(words: list[str], picks: list[tuple[int, int, str]]) -> None:
    doc = Doc(NLP.vocab, words=words)
    spans, taken = [], set()
    for start, width, label in picks:
        end = min(start + width, len(doc))
        if start < end and taken.isdisjoint(range(start, end)):
            spans.append(doc[start:end])
            spans[-1].label_ = label
            taken.update(range(start, end))
    doc.ents = sorted(spans, key=lambda s: s.start)
    ents = extract_entities(DocView.of(doc), headline="Zelenskyy in Kyiv")
    seen: list[tuple[int, int]] = []
    for i, e in enumerate(ents, 1):
        assert e.id == f"e{i}"
        assert e.count == len(e.mentions) > 0
        assert e.first_mention == e.mentions[0].start
        assert [m.start for m in e.mentions] == sorted(m.start for m in e.mentions)
        assert e.label not in {"DATE"}
        for m in e.mentions:
            assert doc.text[m.start : m.end] == m.text
            seen.append((m.start, m.end))
    seen.sort()
    assert all(a[1] <= b[0] for a, b in pairwise(seen))
    assert extract_entities(DocView.of(doc), headline="Zelenskyy in Kyiv") == ents


def parsed(words: list[str], heads: list[int], deps: list[str], ents: list[str]) -> Doc:
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, ents=ents)


def test_surname_tagged_as_place_joins_the_person_when_used_like_one() -> None:
    doc = parsed(
        ["Volodymyr", "Zelenskyy", "spoke", ".", "Zelenskyy", "said", "no", "."],
        [1, 2, 2, 2, 5, 5, 5, 5],
        ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"],
        ["B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O", "O"],
    )
    (person,) = extract_entities(DocView.of(doc))
    assert person.name == "Volodymyr Zelenskyy" and person.label == "PERSON"
    assert person.count == 2


def test_place_after_a_preposition_stays_a_place() -> None:
    doc = parsed(
        ["George", "Washington", "slept", ".", "Washington", "flew", "to", "Washington", "."],
        [1, 2, 2, 2, 5, 5, 5, 6, 5],
        ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "prep", "pobj", "punct"],
        ["B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O", "B-GPE", "O"],
    )
    names = by_name(extract_entities(DocView.of(doc)))
    assert names["Washington"].label == "GPE" and names["Washington"].count == 2
    assert names["George Washington"].count == 1


def _person(name: str, roles: list[str]) -> Entity:
    return Entity(id="e1", name=name, label="PERSON", count=1, roles=roles, first_mention=0)


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("the minister", "Yulia Svyrydenko"),
        ("the prime minister", "Yulia Svyrydenko"),
        ("the former diplomat", None),  # two former diplomats
        ("the former Russian diplomat", "Boris Bondarev"),
        ("the ambassador", "Michael McFaul"),
        ("his chief", "Andriy Yermak"),
        ("the Russian", None),
        ("the secretary", "Marco Rubio"),
        ("the", None),
    ],
)
def test_entity_by_role(description: str, expected: str | None) -> None:
    people = [
        _person("Yulia Svyrydenko", ["Prime Minister"]),
        _person("Boris Bondarev", ["former Russian diplomat"]),
        _person("Dan Fried", ["former US diplomat", "architect of US sanctions"]),
        _person("Michael McFaul", ["former US ambassador to Russia"]),
        _person("Andriy Yermak", ["chief of staff"]),
        _person("Marco Rubio", ["US Secretary of State"]),
    ]
    found = entity_by_role(people, description)
    assert (found.name if found else None) == expected


def test_shouted_names_join_a_known_person_or_go() -> None:
    text = "Mike Pence spoke first. PENCE: We will win. SEQUENCE follows."
    doc = make_doc(text, [("Mike Pence", "PERSON"), ("PENCE", "PERSON"), ("SEQUENCE", "PERSON")])
    (person,) = extract_entities(DocView.of(doc))
    assert person.name == "Mike Pence"
    assert [m.text for m in person.mentions] == ["Mike Pence", "PENCE"]


def test_surname_that_is_a_role_word_joins_its_person() -> None:
    text = "Mark Singer wrote it. Singer said so. Mr. Singer left. The President agreed."
    doc = make_doc(text, [("Mark Singer", "PERSON"), ("Singer", "PERSON"), ("President", "PERSON")])
    (person,) = extract_entities(DocView.of(doc))
    assert person.name == "Mark Singer" and person.count == 3


def test_transcript_speaker_labels_are_found() -> None:
    text = "Mike Pence debated Tim Kaine.\nPENCE: We will win.\nKAINE: No."
    doc = make_doc(text, [("Mike Pence", "PERSON"), ("Tim Kaine", "PERSON")])
    names = by_name(extract_entities(DocView.of(doc)))
    assert [m.text for m in names["Mike Pence"].mentions] == ["Mike Pence", "PENCE"]
    assert [m.text for m in names["Tim Kaine"].mentions] == ["Tim Kaine", "KAINE"]


def test_the_maker_after_an_article_is_the_product_it_named() -> None:
    text = "He was struck by a Volvo XC90. Police said the Volvo had come from the base."
    doc = make_doc(text, [("Volvo XC90", "PRODUCT"), ("Volvo", "ORG")])
    (car,) = extract_entities(DocView.of(doc))
    assert car.name == "Volvo XC90" and car.label == "PRODUCT" and car.count == 2


def test_the_maker_named_bare_is_the_company() -> None:
    text = "He was struck by a Volvo XC90. Volvo said it would help."
    doc = make_doc(text, [("Volvo XC90", "PRODUCT"), ("Volvo", "ORG")])
    assert {e.name for e in extract_entities(DocView.of(doc))} == {"Volvo XC90", "Volvo"}
