"""The --output-dir folder: one plain, unique file name per article, every file written atomically.

Names come from the input's path relative to what was asked for (``sub__dir__file``) and never
leave the folder; a write is temp file, fsync, rename, so a killed run leaves no half-written
report (and the next run clears what it left).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from newsparse.errors import UsageError
from newsparse.models import Article

SUMMARY_NAME = "_summary.json"
AGGREGATE_NAME = "_aggregate.json"
TEMP_PREFIX = ".newsparse-tmp-"
MAX_NAME = 120

_UNSAFE = re.compile(r"[^\w.\-]+")
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(10)}
_OURS = {Path(SUMMARY_NAME).stem, Path(AGGREGATE_NAME).stem}
"""Stems of the run's own files: no article may be written over them."""


def safe_name(raw: str) -> str:
    """A file-name stem that is one plain component: no separators, no dot-dot, no device."""
    text = unicodedata.normalize("NFKC", raw)
    stem = _UNSAFE.sub("_", text.replace(os.sep, "__").replace("/", "__")).strip("._-")
    stem = re.sub(r"\.{2,}", ".", stem) or "article"
    if stem.split(".")[0].lower() in _RESERVED or stem.lower() in _OURS:
        stem = "x" + stem
    if len(stem) > MAX_NAME:
        digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        stem = f"{stem[: MAX_NAME - 11]}-{digest}"
    return stem


def base_name(rel: str, article: Article) -> str:
    """``sub__dir__file`` for a one-article file; ``file__<id>`` for a record in a JSON file."""
    stem = os.path.splitext(rel)[0]
    raw = stem.replace(os.sep, "__").replace("/", "__")
    if article.id != Path(stem).name:
        raw = f"{raw}__{article.id}"
    return safe_name(raw)


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

    def claim(self, base: str) -> str:
        """The first free ``base``, ``base-2``, ... (case-insensitively: macOS, Windows)."""
        name, n = base, 1
        while name.lower() in self._used or name.lower() in _OURS:
            n += 1
            name = f"{base}-{n}"
        self._used.add(name.lower())
        return name

    def path(self, name: str) -> Path:
        return self.root / f"{name}.json"

    def exists(self, name: str) -> bool:
        return self.path(name).is_file()

    def done(self, name: str) -> bool:
        """Written by an earlier run that ``--skip-existing`` resumes."""
        return self.skip_existing and self.exists(name)

    def write(self, name: str, text: str) -> Path:
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


def write_atomic(target: Path, text: str) -> Path:
    """Temp file in the same folder, fsync, rename: readers see the whole file or none."""
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
