"""The --output-dir folder: one plain, unique file name per article, every file written atomically.

Names come from the input's path relative to what was asked for, extension included
(``sub__dir__file.txt``), so a name never depends on which other inputs exist: adding ``a.md``
beside ``a.txt`` moves no report. They never leave the folder and fit in 255 bytes. A write is
temp file, fsync, rename, so a killed run leaves no half-written report (and the next run
clears what it left); ``--skip-existing`` trusts a file only if it is a valid report of this
schema version made from the same input (``input_sha256``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from newsparse.errors import OutputError, UsageError
from newsparse.models import SCHEMA_VERSION, Article, Report, safe_data, safe_text

SUMMARY_NAME = "_summary.json"
AGGREGATE_NAME = "_aggregate.json"
TEMP_PREFIX = ".newsparse-tmp-"
MAX_NAME_BYTES = 200
"""Name stems are cut to this many UTF-8 bytes (file systems allow 255 for ``<stem>.json``)."""
DIGEST_FIELD = "input_sha256"

_UNSAFE = re.compile(r"[^\w.\-]+")
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(10)}
_OURS = {Path(SUMMARY_NAME).stem, Path(AGGREGATE_NAME).stem}
"""Stems of the run's own files: no article may be written over them."""


def own_name(name: str, tag: str | None) -> str:
    """One of the run's own files; a shard's (``tag`` ``1-of-3``) is its own, so shards
    sharing a folder keep every summary: ``_summary-1-of-3.json``."""
    if tag is None:
        return name
    stem, suffix = os.path.splitext(name)
    return f"{stem}-{tag}{suffix}"


def safe_name(raw: str) -> str:
    """A file-name stem that is one plain component: no separators, no dot-dot, no device."""
    text = unicodedata.normalize("NFKC", raw)
    stem = _UNSAFE.sub("_", text.replace(os.sep, "__").replace("/", "__")).strip("._-")
    stem = re.sub(r"\.{2,}", ".", stem) or "article"
    if stem.split(".")[0].lower() in _RESERVED or stem.lower() in _OURS:
        stem = "x" + stem
    encoded = stem.encode("utf-8", "surrogatepass")
    if len(encoded) > MAX_NAME_BYTES:
        cut = encoded[: MAX_NAME_BYTES - 11].decode("utf-8", "ignore")
        stem = f"{cut}-{_digest(raw)}"
    return stem


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def raw_name(rel: str, article: Article) -> str:
    """``sub__dir__file.txt`` for a one-article file; ``file.jsonl__<id>`` for a record."""
    return raw_stem(rel, article.id)


def raw_stem(rel: str, rid: str | None) -> str:
    """``raw_name`` from the id alone (None: the file's one article, named by the file)."""
    raw = rel.replace(os.sep, "__").replace("/", "__")
    if rid is not None and safe_text(rid) != safe_text(Path(os.path.splitext(rel)[0]).name):
        raw = f"{raw}__{rid}"
    return raw


def base_name(rel: str, article: Article) -> str:
    """The safe file-name stem for one article of the input known as ``rel``."""
    return safe_name(raw_name(rel, article))


def input_digest(article: Article) -> str:
    """Hash of the article as read (its path aside): a report of it is still its report."""
    data = safe_data(article.model_dump(mode="json", exclude={"path"}))
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def with_digest(report_json: str, digest: str) -> str:
    """The report's JSON with ``input_sha256`` set (it is the last field, null until now)."""
    tail = f',"{DIGEST_FIELD}":null}}'
    if report_json.endswith(tail):
        return f'{report_json[: -len(tail)]},"{DIGEST_FIELD}":"{digest}"}}'
    data = json.loads(report_json)
    data[DIGEST_FIELD] = digest
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def digested(pieces: Iterable[str], digest: str) -> Iterator[str]:
    """``with_digest`` of a report's compact JSON in pieces: only its end is held back."""
    tail = f',"{DIGEST_FIELD}":null}}'
    held = ""
    for piece in pieces:
        held += piece
        if len(held) > len(tail):
            yield held[: -len(tail)]
            held = held[-len(tail) :]
    if held != tail:
        raise ValueError(f"not a report's JSON (it does not end with {tail})")
    yield f',"{DIGEST_FIELD}":"{digest}"}}'


class OutputDir:
    """``<name>.json`` per article, written atomically; names unique in input order."""

    def __init__(self, root: str | os.PathLike[str], *, skip_existing: bool = False) -> None:
        self.root = Path(root)
        self.skip_existing = skip_existing
        self._used: set[str] = set()
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            why = err.strerror or err
            raise UsageError(f"--output-dir {root}: cannot create ({why})") from None
        if not self.root.is_dir():
            raise UsageError(f"--output-dir {root}: not a folder")
        for leftover in self.root.glob(TEMP_PREFIX + "*"):
            # an interrupted run's half-written file: never renamed, so never a result
            if _stale(leftover):
                leftover.unlink(missing_ok=True)

    def claim(self, base: str, raw: str | None = None) -> str:
        """``base``, or when two inputs clean to the same name (case-insensitively: macOS,
        Windows) ``base-<hash of raw>``: derived from the input, not from who came first; only
        a record id repeated within one file falls back to ``-2``, ``-3``."""
        name = base
        if name.lower() in self._used or name.lower() in _OURS:
            name = f"{base}-{_digest(raw if raw is not None else base)}"
        unique, n = name, 1
        while unique.lower() in self._used or unique.lower() in _OURS:
            n += 1
            unique = f"{name}-{n}"
        self._used.add(unique.lower())
        return unique

    def path(self, name: str) -> Path:
        return self.root / f"{name}.json"

    def exists(self, name: str) -> bool:
        return self.path(name).is_file()

    def done(self, name: str, digest: str) -> dict[str, Any] | None:
        """The report an earlier run wrote, when ``--skip-existing`` may keep it: valid JSON of
        this schema version, a valid Report, made from the same input. Else None (redo it)."""
        if not self.skip_existing or not self.exists(name):
            return None
        try:
            data = json.loads(self.path(name).read_bytes().decode("utf-8"))
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
            return None
        if data.get(DIGEST_FIELD) != digest:
            return None
        try:
            Report.model_validate(data)
        except (ValidationError, RecursionError):
            return None
        return data

    def write(self, name: str, text: str | Iterable[str]) -> Path:
        return write_atomic(self.path(name), text)

    def write_own(self, file_name: str, text: str) -> Path:
        """One of the run's own files (``_summary.json``, ``_aggregate.json``)."""
        return write_atomic(self.root / file_name, text)


def _stale(temp: Path) -> bool:
    """A temp file whose writer (pid in its name) is gone; another live run's is left alone."""
    pid = temp.name[len(TEMP_PREFIX) :].split("-")[0]
    if not pid.isdigit():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(target: Path, text: str | Iterable[str]) -> Path:
    """Temp file in the same folder, fsync, rename: readers see the whole file or none.

    ``text`` may come in pieces (a long report's JSON), written as they come.
    The file gets the user's umask (mkstemp makes it 0600); a failure is an ``OutputError``
    that names the file and says what to do.
    """
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            os.fchmod(fh.fileno(), 0o666 & ~_umask())
            for piece in [text] if isinstance(text, str) else text:
                fh.write(piece)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as err:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        why = err.strerror or type(err).__name__
        raise OutputError(
            f"{target}: cannot write ({why}); free some space or check the folder's "
            "permissions, or choose another --output-dir"
        ) from None
    except BaseException:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise
    return target
