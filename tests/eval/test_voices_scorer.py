"""The voices scorer on hand-made gold and predictions: every count exact."""

from __future__ import annotations

from newsparse.eval.voices import score_voices, total_voices
from newsparse.models import Quote, Span, Voice


def _q(start: int, end: int) -> Quote:
    return Quote(text="x", kind="direct", spans=[Span(start=start, end=end)], paragraph=0)


def _v(vid: str, name: str, quotes: list[int], gender: str, st: str) -> Voice:
    return Voice(id=vid, name=name, type="person", quotes=quotes, gender=gender, source_type=st)  # type: ignore[arg-type]


def _g(start: int, end: int, name: str, gender: str, st: str) -> dict:
    return {
        "start": start,
        "end": end,
        "speaker_name": name,
        "speaker_gender": gender,
        "speaker_source_type": st,
    }


RECORD = {
    "quotes": [
        _g(0, 10, "Jane Doe", "female", "official"),
        _g(20, 30, "Jane Doe", "female", "official"),
        _g(40, 50, "Tom Roe", "male", "expert"),
        _g(60, 70, "Ann Poe", "unknown", "public"),
        _g(80, 90, "Bob Moe", "male", "public"),  # no prediction
        _g(100, 110, "Lee and Kim", "unknown", "official"),  # a group
    ]
}
QUOTES = [_q(0, 10), _q(20, 30), _q(40, 50), _q(60, 70), _q(100, 110)]
VOICES = [
    _v("v1", "Jane Doe", [0, 1], "female", "official"),
    _v("v2", "Tom Roe", [2], "unknown", "public"),
    _v("v3", "Ann Poe", [3], "female", "public"),
    _v("v4", "Lee", [4], "male", "official"),
]


def test_counts_per_gold_speaker() -> None:
    c = score_voices(RECORD, QUOTES, VOICES)
    assert (c.speakers, c.found) == (5, 3)  # Bob Moe unmatched; a group is not its member
    assert (c.gender_answered, c.gender_correct) == (2, 1)  # Ann Poe: gold unknown
    assert (c.gender_known, c.gender_covered) == (2, 1)  # Tom Roe not gendered
    assert c.type_correct == 2 and c.type_errors == {"expert -> public": 1}


def test_totals_and_no_gold() -> None:
    scores = total_voices([score_voices(RECORD, QUOTES, VOICES)] * 2)
    assert scores is not None
    assert (scores.found.correct, scores.found.total) == (6, 10)
    assert scores.gender_precision.rate == 0.5 and scores.gender_coverage.rate == 0.5
    assert round(scores.source_type_accuracy.rate, 3) == 0.667
    assert scores.source_type_errors == {"expert -> public": 2}
    plain = {"quotes": [{"start": 0, "end": 10, "speaker": "X"}]}
    assert total_voices([score_voices(plain, QUOTES, VOICES)]) is None


def test_a_voice_of_another_name_is_not_found() -> None:
    record = {"quotes": [_g(0, 10, "Jane Doe", "female", "official")]}
    c = score_voices(record, [_q(0, 10)], [_v("v1", "Tom Roe", [0], "female", "official")])
    assert (c.speakers, c.found, c.gender_answered) == (1, 0, 0)


def test_the_evaluate_table_shows_the_voice_scores() -> None:
    import io

    from newsparse.eval.quotes import aggregate
    from newsparse.render.eval import quotes_table

    result = aggregate([]).model_copy(
        update={"voices": total_voices([score_voices(RECORD, QUOTES, VOICES)])}
    )
    out = io.StringIO()
    quotes_table(result, out)
    text = out.getvalue()
    assert "voices: gender precision (answered)" in text and "1 / 2" in text
    assert "voices: source-type accuracy" in text and "2 / 3" in text
    assert "voices" not in _table_without_voices()


def _table_without_voices() -> str:
    import io

    from newsparse.eval.quotes import aggregate
    from newsparse.render.eval import quotes_table

    out = io.StringIO()
    quotes_table(aggregate([]), out)
    return out.getvalue()
