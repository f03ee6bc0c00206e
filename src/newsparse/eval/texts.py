"""Gold records whose article text lives elsewhere: ``file`` + ``sha256`` instead of ``text``.

Licences keep most outlets' texts out of a gold file, so a record may name the file (relative to
a texts folder, ``--texts``) and the SHA-256 of the exact text annotated: the offsets are then
checked against the very text they index, and a changed file is refused, never mis-scored.
How the text is built from the file:

- a text file: UTF-8 (byte-order mark dropped), else cp1252; CRLF -> LF, nothing else;
- ``path.jsonl#ID``: the ``text`` of the record whose ``id`` is ID;
- a JSON file with ``text_field``: that field (at the top, or inside the one object the file
  holds); ``a+b`` joins fields with a blank line.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsparse.errors import FormatError, InputError


def decode(data: bytes) -> str:
    """Bytes of a text file as annotators read them."""
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n")


@lru_cache(maxsize=4)
def _jsonl_texts(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                out[str(rec.get("id"))] = rec["text"]
    return out


def _field(data: Any, name: str) -> str:
    if isinstance(data, dict) and isinstance(data.get(name), str):
        return str(data[name])
    if isinstance(data, dict) and len(data) == 1:
        (inner,) = data.values()
        if isinstance(inner, dict) and isinstance(inner.get(name), str):
            return str(inner[name])
    raise KeyError(name)


def build_text(root: Path, file: str, text_field: str | None = None) -> str:
    """The text a record's ``file`` (and ``text_field``) names under ``root``."""
    name, _, rec_id = file.partition("#")
    path = root / name
    try:
        if rec_id:
            return _jsonl_texts(path)[rec_id]
        if text_field:
            data = json.loads(path.read_text(encoding="utf-8"))
            return "\n\n".join(_field(data, f) for f in text_field.split("+")).replace("\r\n", "\n")
        return decode(path.read_bytes())
    except FileNotFoundError:
        raise InputError(f"{path}: no such file (is --texts the right folder?)") from None
    except KeyError as err:
        raise FormatError(f"{file}: no {err.args[0]!r} in it") from None
    except (OSError, ValueError) as err:
        raise InputError(f"{path}: cannot read ({err})") from None


def with_text(record: dict[str, Any], texts: str | Path | None, where: str) -> dict[str, Any]:
    """The record itself when it has a ``text``; else a copy with its hash-checked text."""
    if "text" in record or "file" not in record:
        return record
    if texts is None:
        raise FormatError(
            f"{where}: the record has no text, only 'file'; "
            "pass --texts DIR (the folder its 'file' paths are relative to)"
        )
    text = build_text(Path(texts), str(record["file"]), record.get("text_field"))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if "sha256" in record and digest != record["sha256"]:
        raise FormatError(f"{where}: {record['file']} is not the text annotated (sha256 differs)")
    return {**record, "text": text}
