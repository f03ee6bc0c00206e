"""Parsed Docs kept on disk between evaluation runs, so rule changes re-score in seconds.

Parsing is most of an evaluation's time and does not change while extractor rules do. A Doc is
stored as a ``DocBin`` under a key of the pipeline (name, version, spaCy version, its newsparse
components), the chunk size and the text, so a different model or text never meets a stale
parse. Only ``evaluate`` uses it: the product itself never reads a cache.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from newsparse.errors import InputError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def pipeline_key(nlp: Language) -> str:
    """What a parse depends on besides its text."""
    import spacy

    from newsparse.nlp import CHUNK_CHARS, model_label

    return "|".join(
        [model_label(nlp), spacy.__version__, ",".join(nlp.pipe_names), str(CHUNK_CHARS)]
    )


def doc_key(pipeline: str, text: str) -> str:
    return hashlib.sha256(f"{pipeline}\0{text}".encode()).hexdigest()


def _store(path: Path, doc: Doc) -> None:
    from spacy.tokens import DocBin

    data = DocBin(docs=[doc], store_user_data=False).to_bytes()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def _load(path: Path, nlp: Language) -> Doc | None:
    from spacy.tokens import DocBin

    try:
        (doc,) = DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab)
    except (OSError, ValueError):
        return None  # unreadable: parsed again and rewritten
    return doc


def cached_parse_many(nlp: Language, texts: Iterable[str], cache: str | Path) -> Iterator[Doc]:
    """Docs for ``texts`` in order, as ``nlp.parse_many`` gives them, parsed only when unseen."""
    from newsparse.nlp import parse_many

    folder = Path(cache)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"{folder}: cannot use as a parse cache ({err.strerror or err})") from None
    items = list(texts)
    key = pipeline_key(nlp)
    paths = [folder / f"{doc_key(key, t)}.spacy" for t in items]
    hits = [p.exists() for p in paths]
    parsed = parse_many(nlp, (t for t, hit in zip(items, hits, strict=True) if not hit))
    for text, path, hit in zip(items, paths, hits, strict=True):
        doc = _load(path, nlp) if hit else None
        if doc is None or doc.text != text:
            doc = next(parsed) if not hit else next(parse_many(nlp, [text]))
            _store(path, doc)
        yield doc


def parse_docs(nlp: Language, texts: list[str], cache: str | Path | None) -> Iterator[Doc]:
    """Docs in order: through the cache when one is given, else parsed afresh."""
    from newsparse.nlp import parse_many

    return cached_parse_many(nlp, texts, cache) if cache else parse_many(nlp, texts)
