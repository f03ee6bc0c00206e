"""Claimers from the layout (no model): interview answers and embedded posts."""

from __future__ import annotations

from newsparse.extract.claims.layout import layout
from newsparse.models import Entity, Mention


def person(eid: str, name: str, text: str, label: str = "PERSON") -> Entity:
    spans = []
    pos = text.find(name)
    while pos != -1:
        spans.append(Mention(text=name, start=pos, end=pos + len(name)))
        pos = text.find(name, pos + 1)
    return Entity(
        id=eid,
        name=name,
        label=label,
        count=len(spans),
        mentions=spans,
        first_mention=spans[0].start,
    )


def starts_of(text: str) -> list[int]:
    starts, pos = [0], 0
    while (pos := text.find("\n\n", pos)) != -1:
        pos += 2
        starts.append(pos)
    return starts


INTERVIEW = (
    "Laura Bush wrote a book. Laura Bush spoke to us this week about Obama.\n\n"
    "QWhy did you adopt the cause?\n\n"
    "A: Because they needed help. Women were shocked.\n\n"
    "QObama kept troops there.\n\n"
    "A: Yes, that is really important."
)


def test_answers_go_to_the_interviewee_and_lose_their_label():
    entities = [person("e1", "Laura Bush", INTERVIEW), person("e2", "Obama", INTERVIEW)]
    marked = layout(INTERVIEW, starts_of(INTERVIEW), entities)
    first = INTERVIEW.index("Because")
    voice = marked.voice_at(first)
    assert voice is not None and voice.claimer.type == "person"
    assert voice.claimer.name == "Laura Bush" and voice.claimer.entity == "e1"
    assert marked.voice_at(INTERVIEW.index("Yes, that")) is not None
    assert marked.voice_at(INTERVIEW.index("Obama kept")) is None  # a question is the outlet's
    para = INTERVIEW.index("A: Because")
    assert marked.cut_in(para, para + 20) == first  # 'A: ' is cut from the claim


def test_no_questions_no_interview():
    text = "A: list of things.\n\nB: another thing."
    assert layout(text, starts_of(text), []).voices == []


POST = (
    "Others mocked the slogan.\n\n"
    "I love that they trademarked it. No one is going to take it. https://t.co/X\n\n"
    "— Robert Maguire (@RobertMaguire_) November 18, 2019\n\n"
    "The state struggles with meth."
)

INLINE_POST = (
    'He wrote: <tweet id="1" author="@SpeakerRyan">No one should be above the law. '
    "— Paul Ryan (@SpeakerRyan) July 5, 2016</tweet>."
)


def test_a_post_goes_to_the_name_on_its_credit_line():
    marked = layout(POST, starts_of(POST), [])
    voice = marked.voice_at(POST.index("I love"))
    assert voice is not None and voice.claimer.type == "person"
    assert voice.claimer.name == "Robert Maguire"
    assert marked.voice_at(POST.index("The state")) is None
    credit = POST.index("— Robert")
    assert any(a == credit for a, _ in marked.credits)  # the credit line is no claim


def test_an_inline_post_starts_after_its_markup():
    marked = layout(INLINE_POST, [0], [person("e1", "Paul Ryan", INLINE_POST)])
    body = INLINE_POST.index("No one")
    voice = marked.voice_at(body)
    assert voice is not None and voice.claimer.entity == "e1"
    assert marked.cut_in(0, body + 5) == body


LETTERS = (
    "Readers weigh in.\n\n"
    "LETTERS.\n\n"
    "The council wasted the budget. I have lived here for 30 years.\n\n"
    "Jane Roe.\n\n"
    "Miami Beach.\n\n"
    "Facebook.\n\n"
    "The mayor won.\n\n"
    "@reader_1.\n\n"
    "Taxes will rise.\n\n"
    "Sam Q. Public."
)


def test_each_letter_goes_to_the_name_signed_under_it():
    marked = layout(LETTERS, starts_of(LETTERS), [])
    first = marked.voice_at(LETTERS.index("I have lived"))
    assert first is not None and first.claimer.type == "person"
    assert first.claimer.name == "Jane Roe"
    assert LETTERS[first.claimer.start : first.claimer.end] == "Jane Roe"
    assert marked.voice_at(LETTERS.index("The council")) == first  # the label opens the letter
    tweet = marked.voice_at(LETTERS.index("The mayor won"))
    assert tweet is not None and tweet.claimer.name == "@reader_1"  # after the 'Facebook.' label
    last = marked.voice_at(LETTERS.index("Taxes"))
    assert last is not None and last.claimer.name == "Sam Q. Public"
    assert marked.voice_at(LETTERS.index("Readers weigh")) is None  # the headline
    for line in ("Jane Roe.", "Miami Beach.", "@reader_1."):  # sign-offs and towns: no claims
        at = LETTERS.index(line)
        assert marked.credit_near(at, at + len(line)) is not None


def test_one_name_alone_is_no_letters_page():
    text = "Headline\n\nThe mayor spoke on Monday.\n\nJohn Smith.\n\nTaxes will rise."
    assert layout(text, starts_of(text), []).voices == []
    labelled = "Headline\n\nLetters to the editor\n\nTaxes will rise.\n\nJohn Smith."
    voice = layout(labelled, starts_of(labelled), []).voice_at(labelled.index("Taxes"))
    assert voice is not None and voice.claimer.name == "John Smith"


def test_labels_and_capitals_are_no_signatures():
    text = "Headline\n\nUP NEXT\n\nThunder: At Lakers.\n\nFACEBOOK.\n\nSome text here."
    assert layout(text, starts_of(text), []).voices == []


def test_a_name_the_next_paragraph_speaks_of_is_a_caption():
    text = (
        "Headline\n\nThe victims were named.\n\nMarwa Hamdy.\n\nHamdy, a mother of three, flew."
        "\n\nJohn Osman.\n\nOsman was a geologist."
    )
    assert layout(text, starts_of(text), []).voices == []
