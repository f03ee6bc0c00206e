"""A long article analysed chunk by chunk: exact offsets, one entity per name, references kept."""

from __future__ import annotations

import pytest

from newsparse.chunked import is_long, report_in_chunks
from newsparse.loader import article_from_text
from newsparse.nlp import CHUNK_CHARS

pytestmark = pytest.mark.model

STORY = (
    "Mayor Jane Doe said bridge {i} would open in May. "
    '"We will finish on time," Doe told reporters on Monday. '
    "Critics said project {i} cost $3 million more than planned.\n\n"
    "The council, led by Tom Baker, approved budget {i}. Baker said it was fair.\n\n"
)


@pytest.fixture(scope="module")
def nlp_sm():
    from newsparse.nlp import load_pipeline

    return load_pipeline("sm")


def test_long_is_over_one_chunk() -> None:
    assert not is_long("x" * CHUNK_CHARS)
    assert is_long("x" * (CHUNK_CHARS + 1))


def test_chunks_give_exact_offsets_and_merged_entities(nlp_sm) -> None:
    text = "Bridge news\n\n" + "".join(STORY.format(i=i) for i in range(30))
    article = article_from_text(text, id="long")
    report = report_in_chunks(article, nlp=nlp_sm, model="m", max_chars=900)
    body = article.text
    assert len(body) > 4 * 900  # several chunks
    names = [(e.label, e.name) for e in report.entities]
    assert len(names) == len(set(names))  # one entity per name and label across the chunks
    doe = next(e for e in report.entities if e.name == "Jane Doe")
    assert doe.count >= 30 and doe.id == "e" + str(report.entities.index(doe) + 1)
    for entity in report.entities:
        assert all(body[m.start : m.end] == m.text for m in entity.mentions)
        assert entity.first_mention == min(m.start for m in entity.mentions)
    ids = {e.id for e in report.entities}
    assert report.quotes and report.claims
    for quote in report.quotes:
        assert quote.speaker is None or body[quote.speaker.start : quote.speaker.end] == (
            quote.speaker.text
        )
        assert quote.speaker is None or quote.speaker.entity in ids | {None}
        assert 0 <= quote.paragraph < len(article.paragraphs)
        assert body[quote.spans[0].start : quote.spans[0].end] in quote.text
    for claim in report.claims:
        assert claim.text == " … ".join(body[s.start : s.end] for s in claim.spans)
        assert claim.claimer.entity in ids | {None}
        assert claim.claimer.quote is None or claim.claimer.quote < len(report.quotes)
        para = article.paragraphs[claim.paragraph]
        assert body[claim.spans[0].start : claim.spans[0].end] in para
    assert report.summary and all(body[s.start : s.end] == s.text for s in report.summary)


def test_voices_of_a_chunked_article_are_of_the_merged_quotes(nlp_sm) -> None:
    text = "Bridge news\n\n" + "".join(STORY.format(i=i) for i in range(30))
    article = article_from_text(text, id="long")
    report = report_in_chunks(article, nlp=nlp_sm, model="m", max_chars=900)
    ids = {e.id for e in report.entities}
    doe = [v for v in report.voices if v.name == "Jane Doe"]
    assert len(doe) == 1 and doe[0].direct + doe[0].reported >= 30  # one voice across chunks
    seen = [k for v in report.voices for k in v.quotes]
    assert len(seen) == len(set(seen)) and all(0 <= k < len(report.quotes) for k in seen)
    assert all(v.entity in ids | {None} for v in report.voices)
    for voice in report.voices:
        for ev in voice.gender_evidence:
            assert report.article.text[ev.start : ev.end] == ev.text


def test_a_chunked_reports_output_is_the_built_reports_in_every_json_path(
    nlp_sm, tmp_path, monkeypatch
) -> None:
    """JSON Lines, --output-dir and one pretty --json report, streamed an item at a time, are
    the bytes of ``model_dump_json`` of the Report built whole."""
    import io

    from newsparse import chunked
    from newsparse.analysis import analyze
    from newsparse.batch import RunOptions, run
    from newsparse.batch.outdir import input_digest, with_digest
    from newsparse.loader import load_article

    monkeypatch.setattr(chunked, "CHUNK_CHARS", 900)  # several chunks, fast
    path = tmp_path / "long.txt"
    path.write_text("Bridge news\n\n" + "".join(STORY.format(i=i) for i in range(12)))
    article = load_article(path)
    expected = analyze(article, nlp=nlp_sm)
    assert is_long(article.text) and len(expected.claims) > 12

    def output(**options: object) -> str:
        out = io.StringIO()
        summary = run(RunOptions(inputs=[str(path)], model="sm", quiet=True, **options), out=out)  # type: ignore[arg-type]
        assert summary.exit_code == 0
        return out.getvalue()

    assert output(format="jsonl") == expected.model_dump_json() + "\n"
    assert output(format="json") == expected.model_dump_json(indent=2) + "\n"
    output(output_dir=str(tmp_path / "out"))
    written = (tmp_path / "out" / "long.txt.json").read_text(encoding="utf-8")
    assert written == with_digest(expected.model_dump_json(), input_digest(article)) + "\n"
