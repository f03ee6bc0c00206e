"""Gold records that name their text (`file` + `sha256`) instead of holding it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from newsparse.errors import FormatError, InputError
from newsparse.eval.gold import read_quote_gold
from newsparse.eval.texts import build_text, decode, with_text


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_text_files_decode_as_annotators_read_them() -> None:
    assert decode(b"\xef\xbb\xbfA\r\nB") == "A\nB"
    assert decode("caf\xe9".encode("cp1252")) == "café"
    assert decode("no-break\u00a0space".encode()) == "no-break\u00a0space"


def test_every_way_of_naming_a_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"One.\r\n\r\nTwo.")
    (tmp_path / "g.jsonl").write_text(
        json.dumps({"id": "x", "text": "Ex."}) + "\n" + json.dumps({"id": "y", "text": "Why."})
    )
    (tmp_path / "p.json").write_text(json.dumps({"k": {"articleBody": "Body.", "title": "T"}}))
    (tmp_path / "q.json").write_text(json.dumps({"title": "T", "text": "Body."}))
    assert build_text(tmp_path, "a.txt") == "One.\n\nTwo."
    assert build_text(tmp_path, "g.jsonl#y") == "Why."
    assert build_text(tmp_path, "p.json", "articleBody") == "Body."
    assert build_text(tmp_path, "q.json", "title+text") == "T\n\nBody."
    with pytest.raises(FormatError, match="no 'byline'"):
        build_text(tmp_path, "q.json", "byline")
    with pytest.raises(InputError, match="no such file"):
        build_text(tmp_path, "missing.txt")


def test_the_hash_guards_the_offsets(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.")
    good = {"id": "a", "file": "a.txt", "sha256": _sha("Text.")}
    assert with_text(good, tmp_path, "g:1")["text"] == "Text."
    assert "text" not in good  # the record itself is left as it was
    with pytest.raises(FormatError, match="sha256 differs"):
        with_text({**good, "sha256": _sha("Other.")}, tmp_path, "g:1")
    with pytest.raises(FormatError, match="pass --texts"):
        with_text(good, None, "g:1")
    kept = {"text": "Own.", "file": "a.txt"}
    assert with_text(kept, None, "g:1") is kept


def test_quote_gold_reads_named_texts_and_checks_offsets(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Short.")
    gold = tmp_path / "gold.jsonl"
    rec = {"id": "a", "file": "a.txt", "sha256": _sha("Short."), "quotes": []}
    bad = {**rec, "quotes": [{"start": 0, "end": 99}]}
    gold.write_text(json.dumps(rec) + "\n" + json.dumps(bad) + "\n")
    with pytest.raises(FormatError, match=r"gold.jsonl:2: .*past the end"):
        read_quote_gold(gold, texts=tmp_path)
    gold.write_text(json.dumps(rec) + "\n")
    assert read_quote_gold(gold, texts=tmp_path)[0]["text"] == "Short."


def test_claims_gold_reads_named_texts_and_the_outlets_field_names(tmp_path: Path) -> None:
    from newsparse.eval.claims import read_gold

    (tmp_path / "a.txt").write_text("Prices rose 5%, the bank said.")
    claim = {"start": 0, "end": 14, "excerpt": "Prices rose 5%", "claimer_type": "organization"}
    rec = {"id": "a", "file": "a.txt", "sha256": _sha("Prices rose 5%, the bank said.")}
    gold = tmp_path / "claims.jsonl"
    gold.write_text(json.dumps({**rec, "half": "dev", "claims": [{**claim, "checkworthy": 1}]}))
    (article,) = read_gold(gold, texts=tmp_path)
    assert article.claims[0].claimer == "organization"
    assert article.claims[0].checkworthy is True
    assert article.half == "dev"
