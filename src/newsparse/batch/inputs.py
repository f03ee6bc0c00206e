"""Inputs: files, folders, globs and stdin found in sorted order, and read into articles.

``load_pairs`` is the one reader from a path to articles: whatever goes wrong with an input
(missing, binary, empty, bad JSON, a loader bug) becomes a Failure in its place, so nothing
is lost silently and nothing stops the run.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO

from newsparse.errors import InputError
from newsparse.loader.fetch import is_url, url_name
from newsparse.models import Article, Failure

STDIN = "-"
DEFAULT_PATTERNS = ("*.txt", "*.md", "*.html", "*.htm", "*.json", "*.jsonl")
"""Files a folder contributes by default: the formats the loader reads."""
NOT_ARTICLES = ("readme*", "license*", "licence*", "copying*", "changelog*", "contributing*")
"""Names (lower-cased) the default patterns skip in folders: a project's notes, not news."""


@dataclass(frozen=True, order=True)
class Input:
    """One input file (or stdin); ``rel`` is the name it is known by in --output-dir."""

    path: str
    rel: str = field(compare=False)
    missing: bool = field(default=False, compare=False)
    problem: str | None = field(default=None, compare=False)
    """Why this path (a folder ``-r`` could not read, a symlink loop) gives no articles."""

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> Input:
        """A path given directly (not found by ``discover``): known by its file name."""
        if os.fspath(path) == STDIN:
            return cls(STDIN, "stdin")
        if is_url(os.fspath(path)):
            return cls(os.fspath(path), url_name(os.fspath(path)))
        as_path = Path(path)
        return cls(str(as_path), as_path.name)


def discover(
    args: Iterable[str],
    *,
    recursive: bool = False,
    patterns: Iterable[str] = DEFAULT_PATTERNS,
    exclude: str | os.PathLike[str] | None = None,
    skipped: list[str] | None = None,
) -> list[Input]:
    """Expand files, folders and globs into a sorted, de-duplicated list; stdin comes first.

    A path that does not exist and matches nothing is kept (``missing``) so it becomes an error
    record in its place rather than vanishing silently. Hidden files and folders are skipped
    inside folders, as is ``exclude`` (the output folder, so a rerun never reads its own output).
    With the default patterns, README/LICENSE-like files in folders are skipped too and their
    paths added to ``skipped`` (for the caller to say so); named directly, they are read.
    """
    pats = tuple(patterns) or DEFAULT_PATTERNS
    notes = skipped if pats == DEFAULT_PATTERNS else None
    skip = os.path.realpath(exclude) if exclude else None
    found: dict[str, Input] = {}
    stdin = False

    def add(path: str, rel: str, problem: str | None = None) -> None:
        key = os.path.normpath(path)
        if skip and _inside(os.path.realpath(key), skip):
            return
        found.setdefault(key, Input(key, rel, problem=problem))

    def walk(root: str, base: str) -> None:
        for path, problem in _walk(root, recursive=recursive, patterns=pats, skipped=notes):
            add(path, os.path.relpath(path, base), problem)

    for arg in args:
        if arg == STDIN:
            stdin = True
        elif is_url(arg):
            found.setdefault(arg, Input(arg, url_name(arg)))
        elif os.path.isdir(arg):
            walk(arg, arg)
        elif os.path.exists(arg):
            add(arg, os.path.basename(arg))
        elif glob.has_magic(arg):
            base = _static_prefix(arg)
            for match in sorted(glob.glob(arg, recursive=True)):
                if os.path.isdir(match):
                    walk(match, base)
                elif os.path.isfile(match):
                    add(match, os.path.relpath(match, base))
        else:
            key = os.path.normpath(arg)
            found.setdefault(key, Input(key, os.path.basename(arg), missing=True))
    inputs = sorted(found.values())
    return [Input(STDIN, "stdin"), *inputs] if stdin else inputs


def _walk(
    root: str, *, recursive: bool, patterns: tuple[str, ...], skipped: list[str] | None = None
) -> Iterator[tuple[str, str | None]]:
    """Matching files under ``root`` as ``(path, None)``; a folder that cannot be read, or a
    symlink back into a folder already being walked, as ``(folder, why)``: an error record,
    not a silent gap. Symlinked folders are followed, each real folder once."""
    import fnmatch

    problems: list[tuple[str, str]] = []

    def unreadable(err: OSError) -> None:
        problems.append((err.filename or root, f"cannot read folder ({err.strerror or err})"))

    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError as err:
            unreadable(err)
            dirnames[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:
            dirnames[:] = []
            if os.path.islink(dirpath):
                problems.append((dirpath, "symlinked folder already read (a loop?): skipped"))
            continue
        seen.add((st.st_dev, st.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")) if recursive else []
        for name in sorted(filenames):
            if not name.startswith(".") and any(fnmatch.fnmatch(name, p) for p in patterns):
                if skipped is not None and _not_article(name):
                    skipped.append(os.path.join(dirpath, name))
                    continue
                yield os.path.join(dirpath, name), None
    yield from problems


def _not_article(name: str) -> bool:
    import fnmatch

    return any(fnmatch.fnmatch(name.lower(), p) for p in NOT_ARTICLES)


def _static_prefix(pattern: str) -> str:
    parts: list[str] = []
    for part in Path(pattern).parts:
        if glob.has_magic(part):
            break
        parts.append(part)
    return os.path.join(*parts) if parts else "."


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def load_inputs(
    inputs: Iterable[Input],
    *,
    max_bytes: int | None = None,
    input_format: str | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Article | Failure]:
    """Every article of every input, in order; what cannot be read becomes a Failure in place."""
    pairs = load_pairs(inputs, max_bytes=max_bytes, input_format=input_format, stdin=stdin)
    for _, item in pairs:
        yield item


def load_pairs(
    inputs: Iterable[Input],
    *,
    max_bytes: int | None = None,
    input_format: str | None = None,
    stdin: IO[bytes] | None = None,
    offline: bool = False,
    notify: Callable[[str], None] | None = None,
    stdin_id: str | None = None,
) -> Iterator[tuple[Input, Article | Failure]]:
    """``load_inputs`` with each item's input (output names derive from it).

    Whatever goes wrong with one input (missing, binary, empty, bad JSON, a parser bug) becomes
    one Failure in its place, and an input that yields nothing gives one too: nothing is lost
    silently and nothing stops the run. A URL is fetched (``notify`` is told first) unless
    ``offline``; ``stdin_id`` names the article read from stdin.
    """
    from newsparse.loader import MAX_BYTES, load_articles, load_text
    from newsparse.loader.fetch import load_url

    limit = max_bytes or MAX_BYTES
    for item in inputs:
        if item.missing:
            err = InputError(f"{item.path}: no such file, folder or matching glob")
            yield item, input_failure(item, err)
        elif item.problem is not None:
            yield item, input_failure(item, InputError(f"{item.path}: {item.problem}"))
        elif item.path == STDIN:
            data = (stdin or sys.stdin.buffer).read(limit + 1)
            if len(data) > limit:
                err = InputError(
                    f"<stdin>: over the {limit:,}-byte limit; raise it with --max-bytes"
                )
                yield item, input_failure(item, err)
                continue
            read = partial(load_text, data, name="<stdin>", input_format=input_format)
            yield from _guarded(item, partial(_named, read, stdin_id) if stdin_id else read)
        elif is_url(item.path):
            read = partial(
                load_url,
                item.path,
                max_bytes=limit,
                input_format=input_format,
                offline=offline,
                notify=notify,
            )
            yield from _guarded(item, read)
        else:
            read = partial(load_articles, item.path, max_bytes=limit, input_format=input_format)
            yield from _guarded(item, read)


def _named(
    load: Callable[[], Iterator[Article | Failure]], rid: str
) -> Iterator[Article | Failure]:
    """``--id``: the name of a stdin article (records that carry their own id keep it)."""
    for item in load():
        if isinstance(item, Article) and item.format in ("text", "html", "markdown"):
            item = item.model_copy(update={"id": rid})
        yield item


def input_failure(source: Input, err: BaseException) -> Failure:
    """The error record for an input that could not be read as articles."""
    stdin = source.path == STDIN
    return Failure.from_error(
        err,
        id=Path(source.rel).stem or "stdin",
        path=None if stdin else source.path,
        name="<stdin>" if stdin else None,
    )


def _guarded(
    source: Input, load: Callable[[], Iterator[Article | Failure]]
) -> Iterator[tuple[Input, Article | Failure]]:
    empty = True
    try:
        for loaded in load():
            empty = False
            yield source, loaded
    except Exception as err:  # one input's problem, never the run's
        yield source, input_failure(source, err)
        return
    if empty:
        yield source, input_failure(source, InputError("no articles found (empty input)"))


def expand(
    items: Iterable[Article | Failure | str | os.PathLike[str]], *, max_bytes: int | None = None
) -> Iterator[Article | Failure]:
    """``analyze_many``'s inputs: articles and failures pass through, a path is read in place."""
    for item in items:
        if isinstance(item, (Article, Failure)):
            yield item
        else:
            for _, loaded in load_pairs([Input.of(item)], max_bytes=max_bytes):
                yield loaded
