"""Polarity, scope, claimers and honest reasons on small real sentences (real model)."""

from __future__ import annotations

import pytest

from newsparse.models import Claim, Report

pytestmark = pytest.mark.model


def report_of(nlp_md, text: str) -> Report:
    from newsparse.analysis import analyze
    from newsparse.loader import article_from_record

    return analyze(article_from_record({"id": "t", "text": text}), nlp=nlp_md)


def claim_with(report: Report, words: str) -> Claim:
    found = [c for c in report.claims if words in c.text]
    assert len(found) == 1, [c.text for c in report.claims]
    return found[0]


def test_questioned_whether_keeps_its_polarity(nlp_md):
    r = report_of(
        nlp_md,
        "Boris Bondarev, a former Russian diplomat, questioned whether the Kremlin is actually "
        "willing to negotiate.",
    )
    claim = claim_with(r, "Kremlin")
    assert claim.text.startswith("questioned whether")
    assert claim.claimer.type == "person" and "Bondarev" in (claim.claimer.text or "")


def test_a_denial_keeps_its_cue(nlp_md):
    r = report_of(
        nlp_md, "Both Roger Stone and Mike Pence have denied any connection to the hacking."
    )
    claim = claim_with(r, "connection")
    assert claim.text.startswith("have denied")
    assert claim.claimer.type == "person"


def test_asked_whether_is_no_claim(nlp_md):
    r = report_of(
        nlp_md, "The senator asked whether the plan would pass the House. The plan failed."
    )
    assert [c.text for c in r.claims] == ["The plan failed."]


def test_a_condition_stays_in_the_span(nlp_md):
    r = report_of(nlp_md, "If convicted, he could face decades in jail.")
    assert [c.text for c in r.claims] == ["If convicted, he could face decades in jail."]


def test_a_quoted_noun_phrase_is_not_a_claim_alone(nlp_md):
    r = report_of(
        nlp_md,
        "He also praised the “decisive steps and leadership of President Trump and every strong "
        "proposal to end this war.”",
    )
    claim = claim_with(r, "decisive steps")
    assert claim.text.startswith("He also praised")
    assert "opinion" in claim.types  # praising is judging


def test_an_outlet_is_media(nlp_md):
    r = report_of(nlp_md, "According to The Argus Leader, the state paid $449,000 for the ads.")
    assert claim_with(r, "449,000").claimer.type == "media"


def test_reasons_are_true_of_the_claim(nlp_md):
    r = report_of(
        nlp_md,
        "The exact terms of the US-drafted proposal were unclear. “We’ll know more soon,” he said.",
    )
    terms = claim_with(r, "US-drafted")
    assert not any(reason.startswith("first_person") for reason in terms.reasons)
    soon = claim_with(r, "know more soon")
    assert "personal_experience" not in soon.types  # a forecast, not something lived
    assert any(reason.startswith("first_person") for reason in soon.reasons)


def test_negation_alone_is_no_hedge(nlp_md):
    r = report_of(nlp_md, "The mayor did not attend the meeting. The plan may fail.")
    assert not claim_with(r, "did not attend").hedged
    assert claim_with(r, "may fail").hedged


def test_interview_answers_go_to_the_interviewee(nlp_md):
    r = report_of(
        nlp_md,
        "Laura Bush wrote the introduction for a new book. Laura Bush sat down this week to "
        "discuss the war.\n\nQWhy did you adopt this cause?\n\n"
        "A: Women in Afghanistan were brutalized and marginalized for years.",
    )
    claim = claim_with(r, "brutalized")
    assert claim.text.startswith("Women")
    assert claim.claimer.type == "person" and claim.claimer.name == "Laura Bush"


def test_an_embedded_post_goes_to_its_author(nlp_md):
    r = report_of(
        nlp_md,
        "Some users mocked the slogan online.\n\nThe state trademarked the slogan last year, "
        "which is absurd.\n\n— Robert Maguire (@RobertMaguire_) November 18, 2019\n\n"
        "The campaign cost the state $449,000.",
    )
    claim = claim_with(r, "trademarked")
    assert claim.claimer.type == "person" and claim.claimer.name == "Robert Maguire"
    assert not any("@RobertMaguire_" in c.text for c in r.claims)


def test_a_headline_left_in_the_text_is_no_claim(nlp_md):
    r = report_of(
        nlp_md,
        "Clinton unveils first Spanish campaign ad.\n\nClinton unveiled her first Spanish-language "
        "campaign ad on Friday, criticizing the immigration proposals of her rival.",
    )
    assert [c.text[:17] for c in r.claims] == ["Clinton unveiled "]
    r = report_of(
        nlp_md,
        "Dramatic video shows rescue of 8-year-old girl in hotel\nBy CBS News\n\n"
        "Police released a video of the rescue on Monday.",
    )
    assert [c.text for c in r.claims] == ["Police released a video of the rescue on Monday."]


def test_first_person_belief_hedges_a_reported_one_does_not(nlp_md):
    r = report_of(
        nlp_md,
        "“I just think it is a pretty cool stat,” James said. “We believe that justice has been "
        "served,” the family said. He thinks the plan is sound. “I thought he was joking about "
        "my turnovers,” James said. The ad features people with varying heritage.",
    )
    assert claim_with(r, "cool stat").hedged
    assert claim_with(r, "justice has been served").hedged
    assert not claim_with(r, "plan is sound").hedged
    assert not claim_with(r, "joking").hedged  # a past belief tells what was
    assert not claim_with(r, "varying heritage").hedged


def test_a_quoted_title_in_the_frame_is_not_part_of_the_quote(nlp_md):
    r = report_of(
        nlp_md,
        '"Hearing the heartbeat was something we never take for granted," the "Pose" actor '
        'previously said on "DWTS." His wife has suffered several miscarriages.',
    )
    claim = claim_with(r, "heartbeat")
    assert claim.text == "Hearing the heartbeat was something we never take for granted"


def test_a_claim_needs_content(nlp_md):
    r = report_of(
        nlp_md,
        "Brooke offered her spot to Van Der Beek. Bergeron chimed in, noting that Brooke’s offer "
        "was “a lovely gesture.” The news came a month after Van Der Beek announced that Kimberly "
        "was expecting. He declined to say when the baby was due.",
    )
    texts = [c.text for c in r.claims]
    assert not any(t.startswith("Bergeron") for t in texts), texts
    assert claim_with(r, "lovely gesture").claimer.type != "article"  # Bergeron's
    assert claim_with(r, "news came").text.endswith("was expecting.")  # one article claim
    assert not any("declined" in t for t in texts)


def test_a_long_first_line_with_no_stop_is_the_headline(nlp_md):
    r = report_of(
        nlp_md,
        "James Van Der Beek eliminated from 'Dancing with the Stars' after announcing wife "
        "suffered miscarriage\nBy Andy Sahadeo\n\nVan Der Beek was voted off the show on Monday.",
    )
    assert [c.text for c in r.claims] == ["Van Der Beek was voted off the show on Monday."]


def test_a_short_quote_before_its_frame_is_the_claim(nlp_md):
    r = report_of(nlp_md, "He was unable to find a single taker. “Not even one,” he said.")
    assert claim_with(r, "Not even").text == "Not even one"


def test_a_quoted_word_in_the_object_leaves_the_sentence_a_claim(nlp_md):
    r = report_of(
        nlp_md,
        'Another eyewitness, Nicole Towarek, described extensive tire marks and "insane" heat.',
    )
    assert claim_with(r, "tire marks").text.startswith("Another eyewitness")
