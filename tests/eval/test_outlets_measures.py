"""Resolved-speaker accuracy, per-half totals and their table, on hand-made gold and predictions
(no model): each count must be exact."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from newsparse.errors import InputError
from newsparse.eval.entities import EntityCounts
from newsparse.eval.quotes import (
    GoldSegment,
    PredSegment,
    gold_from_record,
    pred_segments,
    score_article,
    score_record,
    select_half,
    summarise,
)
from newsparse.models import Entity, Mention, Quote, Span, Speaker
from newsparse.render.eval import quotes_table


def seg(start: int, end: int, kind: str = "direct", name: str | None = None) -> GoldSegment:
    return GoldSegment(start=start, end=end, kind=kind, speaker_name=name)


def pred(start: int, end: int, kind: str = "direct", resolved: str | None = None) -> PredSegment:
    return PredSegment(start=start, end=end, kind=kind, resolved=resolved)


def test_resolved_speaker_direct_and_reported() -> None:
    gold = [
        seg(0, 10, name="Charlotte Charles"),
        seg(20, 30, name="Charlotte Charles"),  # a continuation: no mention, a name
        seg(40, 50, name=None),  # no speaker_name: not judged
        seg(60, 90, "indirect", name="a Ukrainian official"),
        seg(100, 130, "mixed", name="Tom Johnston"),
        seg(140, 150, name="Tom Johnston"),  # unmatched: not judged
    ]
    preds = [
        pred(0, 10, resolved="Charles"),
        pred(20, 30, resolved="Harry Dunn"),
        pred(40, 50, resolved="X"),
        pred(60, 90, "indirect", resolved="Ukrainian"),
        pred(100, 128, "mixed", resolved="Johnston"),
    ]
    counts = score_article(gold, preds)
    assert counts.resolved_direct == (1, 2)
    assert counts.resolved_reported == (1, 2)


def test_gold_and_pred_carry_the_names() -> None:
    gold, _ = gold_from_record(
        {"quotes": [{"start": 0, "end": 5, "speaker": None, "speaker_name": "Ann Lee"}]}
    )
    assert gold[0].speaker_name == "Ann Lee"
    speaker = Speaker(text="she", name="Ann Lee", start=9, end=12)
    unresolved = Speaker(text="the nurse", start=9, end=18)
    quotes = [
        Quote(text="x", kind="direct", spans=[Span(start=0, end=5)], speaker=s, paragraph=0)
        for s in (speaker, unresolved, None)
    ]
    assert [p.resolved for p in pred_segments(quotes)] == ["Ann Lee", "the nurse", None]


TEXT = "“Go,” Ann Lee said in Paris."


def record(half: str | None, **extra: object) -> dict:
    r: dict = {
        "id": f"r-{half}",
        "text": TEXT,
        "quotes": [{"start": 0, "end": 5, "speaker": "Ann Lee", "speaker_name": "Ann Lee"}],
        "entities": [
            {"name": "Ann Lee", "label": "person", "mentions": [[6, 13]]},
            {"name": "Paris", "label": "place", "mentions": [[22, 27]]},
        ],
        **extra,
    }
    if half:
        r["half"] = half
    return r


def report_parts(name: str = "Ann Lee") -> tuple[list[Quote], list[Entity]]:
    speaker = Speaker(text="Ann Lee", name=name, start=6, end=13)
    quote = Quote(
        text="Go,", kind="direct", spans=[Span(start=0, end=5)], speaker=speaker, paragraph=0
    )
    ann = Entity(
        id="e1",
        name="Ann Lee",
        label="PERSON",
        count=1,
        mentions=[Mention(start=6, end=13, text="Ann Lee")],
        first_mention=6,
    )
    return [quote], [ann]


def test_score_record_and_halves() -> None:
    quotes, entities = report_parts()
    dev = score_record(record("dev"), TEXT, quotes, entities)
    assert dev.half == "dev"
    assert dev.entities == EntityCounts(
        reported=1, correct=1, matched_pred=1, gold=2, gold_matched=1
    )
    wrong_quotes, _ = report_parts(name="Bob")
    check = score_record(record("check"), TEXT, wrong_quotes, [])
    result = summarise([check, dev])
    assert list(result.halves) == ["dev", "check"]
    assert result.resolved_speaker_direct.correct == 1
    assert result.resolved_speaker_direct.total == 2
    assert result.halves["dev"].resolved_speaker_direct.accuracy == 1.0
    assert result.halves["check"].resolved_speaker_direct.accuracy == 0.0
    assert result.entities is not None
    assert (result.entities.recall.correct, result.entities.recall.total) == (1, 4)
    assert result.halves["check"].entities is not None
    assert result.halves["check"].entities.recall.correct == 0


def test_no_entities_no_halves() -> None:
    quotes, entities = report_parts()
    plain = record(None)
    del plain["entities"]
    score = score_record(plain, TEXT, quotes, entities)
    assert score.entities is None
    result = summarise([score])
    assert result.entities is None
    assert result.halves == {}


def test_select_half() -> None:
    records = [record("dev"), record("check"), record("dev")]
    assert [r["half"] for r in select_half(records, "dev", "g.jsonl")] == ["dev", "dev"]
    assert select_half(records, None, "g.jsonl", by_half=True) == records
    with pytest.raises(InputError, match="no record has a 'half' field \\(--half"):
        select_half([record(None)], "dev", "g.jsonl")
    plain = [record(None), record(None), record(None)]
    split = select_half(plain, None, "g.jsonl", by_half=True)
    assert [r["half"] for r in split] == ["even", "odd", "even"]
    assert "half" not in plain[0]  # the caller's records are not changed
    assert len(select_half(plain, "odd", "g.jsonl")) == 1
    assert len(select_half(plain, "even", "g.jsonl")) == 2
    assert select_half(plain, None, "g.jsonl") == plain


def _table(result, **kw) -> str:
    out = io.StringIO()
    quotes_table(result, out, **kw)
    return out.getvalue()


def test_table_rows_follow_the_gold() -> None:
    quotes, entities = report_parts()
    with_all = summarise(
        [
            score_record(record("dev"), TEXT, quotes, entities),
            score_record(record("check"), TEXT, [], []),
        ]
    )
    text = _table(with_all)
    assert "resolved speaker, direct" in text
    assert "entity precision" in text
    assert "entity split rate" in text
    halves = _table(with_all, by_half=True)
    assert "dev" in halves and "check" in halves
    assert "1.000 (1/1)" in halves  # dev's resolved speaker
    plain = record(None)
    del plain["entities"]
    del plain["quotes"][0]["speaker_name"]
    bare = summarise([score_record(plain, TEXT, quotes, entities)])
    text = _table(bare)
    assert "resolved speaker" not in text  # PolNeAR-like gold: no speaker_name
    assert "entity" not in text


def test_cli_half_without_halves_is_one_line(tmp_path) -> None:
    from newsparse.cli import cli

    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record(None)) + "\n")
    result = CliRunner().invoke(cli, ["evaluate", str(path), "--half", "dev"])
    assert result.exit_code == 1
    assert "no record has a 'half' field" in result.output
    assert "Traceback" not in result.output


def test_cli_by_half_splits_a_file_without_halves_by_position(tmp_path) -> None:
    from newsparse.cli import cli

    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps(record(None, id="a")) + "\n" + json.dumps(record(None, id="b")) + "\n"
    )
    result = CliRunner().invoke(cli, ["evaluate", str(path), "--by-half", "--json", "-q"])
    assert result.exit_code == 0, result.output
    halves = json.loads(result.output)["halves"]
    assert sorted(halves) == ["even", "odd"]
    assert (
        halves["even"]["direct"]["tp"] + halves["odd"]["direct"]["tp"]
        == json.loads(result.output)["direct"]["tp"]
    )


def test_cli_bad_entity_gold_is_one_line(tmp_path) -> None:
    from newsparse.cli import cli

    path = tmp_path / "gold.jsonl"
    bad = record("dev", entities=[{"name": "X", "label": "ORG", "mentions": [[0, 1]]}])
    path.write_text(json.dumps(bad) + "\n")
    result = CliRunner().invoke(cli, ["evaluate", str(path)])
    assert result.exit_code == 1
    assert "entities[0].label" in result.output
    assert "Traceback" not in result.output
