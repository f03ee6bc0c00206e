"""The seed sample with the real model: who speaks, as what, with which roles."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _by_name(report):
    return {v.name: v for v in report.voices}


def test_seed_sample_voices(sample_report) -> None:
    voices = _by_name(sample_report)
    expected_roles = {
        "Michael McFaul": "former US ambassador to Russia",
        "Boris Bondarev": "former Russian diplomat",
        "Dan Fried": "former US diplomat",
        "Marco Rubio": "Secretary of State",
        "Volodymyr Zelenskyy": "President",
        "Yulia Svyrydenko": "Prime Minister",
    }
    for name, role in expected_roles.items():
        voice = voices[name]
        assert voice.type == "person" and voice.entity is not None
        assert any(role in r for r in voice.roles), (name, voice.roles)
        assert voice.source_type == "official", (name, voice.source_type)
        assert voice.words > 0 and voice.direct + voice.reported == len(voice.quotes)
    anonymous = [v for v in sample_report.voices if v.type == "anonymous"]
    official = [v for v in anonymous if "Ukrainian official" in v.name]
    assert official and all(v.source_type == "anonymous" for v in official)
    # An unnamed group named by its role takes the role's type ('Analysts said': expert), with
    # the words that decided it; every unnamed source stays without an entity.
    for voice in anonymous:
        assert voice.entity is None
        assert voice.source_type == "anonymous" or voice.source_type_words, voice
    media = " ".join(v.name for v in sample_report.voices if v.type == "media")
    for outlet in ("Reuters", "Financial Times", "Axios"):
        assert outlet in media
    assert all(v.source_type == "media" for v in sample_report.voices if v.type == "media")
    # Gender only where the text says it (a resolved "he"), never from a first name.
    assert voices["Boris Bondarev"].gender == "male"
    assert voices["Yulia Svyrydenko"].gender == "unknown"
    for voice in sample_report.voices:
        for ev in voice.gender_evidence:
            assert sample_report.article.text[ev.start : ev.end] == ev.text
    total = sum(v.share for v in sample_report.voices)
    assert 0 < total <= 1.0001
