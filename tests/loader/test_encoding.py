"""Encodings: UTF-8 with or without BOM, UTF-16 and cp1252 load the same text."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse.loader import (
    load_article,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS_TEXT = ROOT.parent / "shared" / "corpus" / "text"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


def test_encodings_load_the_same(tmp_path: Path) -> None:
    text = "Café owners protest\n\nThe café’s owner said “no” — firmly.\u00a0Then left."
    variants = {
        "utf8.txt": text.encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "crlf.txt": text.replace("\n", "\r\n").encode("utf-8"),
        "bomcrlf.txt": b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"),
        "cp1252.txt": text.encode("cp1252"),
        "utf16.txt": text.encode("utf-16"),
        "utf16be.txt": b"\xfe\xff" + text.encode("utf-16-be"),
        "utf16le-nobom.txt": text.encode("utf-16-le"),
        "utf16be-nobom.txt": text.encode("utf-16-be"),
    }
    loaded = {name: load_article(write(tmp_path, name, data)) for name, data in variants.items()}
    for name, a in loaded.items():
        assert a.headline == "Café owners protest", name
        assert a.text == "The café’s owner said “no” — firmly. Then left.", name


@pytest.mark.skipif(not CORPUS_TEXT.is_dir(), reason="shared corpus absent")
def test_corpus_encodings_match_manifest() -> None:
    lebron = load_article(next(CORPUS_TEXT.glob("mysanantonio_*")))  # cp1252
    assert lebron.dateline == "LOS ANGELES (AP)"
    assert "didn’t" in lebron.text
    disney = load_article(next(CORPUS_TEXT.glob("latimes_*")))  # UTF-8 BOM + CRLF
    assert disney.headline and disney.headline.startswith("Disney+")
    assert "\r" not in disney.text
