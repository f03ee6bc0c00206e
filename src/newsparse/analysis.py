"""Article -> Report: parse with spaCy, then run the pure extractors over the Doc."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newsparse.models import Article, Report
from newsparse.version import __version__

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def paragraph_starts(article: Article) -> list[int]:
    """Character offset in ``article.text`` where each paragraph begins."""
    starts: list[int] = []
    pos = 0
    for para in article.paragraphs:
        found = article.text.find(para, pos)
        if found == -1:
            found = pos
        starts.append(found)
        pos = found + len(para)
    return starts


_OFFSET = re.compile(r"\bat (?:offset )?(\d+)\b")
SNIPPET_CHARS = 40


def with_snippet(warning: str, text: str) -> str:
    """A warning that names an offset also quotes the text there, so a reader can find it."""
    m = _OFFSET.search(warning)
    if not m or int(m.group(1)) >= len(text):
        return warning
    at = int(m.group(1))
    piece = " ".join(text[at : at + SNIPPET_CHARS].split())
    cut = "…" if at + SNIPPET_CHARS < len(text) else ""
    return f"{warning}: {piece}{cut}"


def report_from_doc(article: Article, doc: Doc, *, model: str) -> Report:
    """The pure step: a parsed Doc and its Article become a Report of plain data."""
    from newsparse.docview import DocView
    from newsparse.extract import extract, sourcing_profile

    view = DocView.of(doc, text=article.text)  # read once, handed to every extractor
    found = extract(view, paragraph_starts=paragraph_starts(article), headline=article.headline)
    return Report(
        id=article.id,
        model=model,
        newsparse_version=__version__,
        article=article,
        entities=found.entities,
        quotes=found.quotes,
        claims=found.claims,
        sourcing=sourcing_profile(found.claims),
        summary=found.summary,
        voices=found.voices,
        warnings=[with_snippet(w, article.text) for w in found.warnings],
    )


def analyze(article: Article, *, model: str | None = None, nlp: Language | None = None) -> Report:
    """Analyse one article with the named (or default) pipeline."""
    return next(iter(analyze_stream([article], model=model, nlp=nlp)))


def analyze_stream(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    nlp: Language | None = None,
    batch_size: int = 16,
) -> Iterator[Report]:
    """Analyse articles in one process, streaming, in input order (a long one in chunks)."""
    from newsparse.chunked import is_long, report_in_chunks
    from newsparse.nlp import load_pipeline, model_label, parse_many

    nlp = nlp or load_pipeline(model)
    label = model_label(nlp)
    buffered: list[Article] = []

    def texts() -> Iterator[str]:
        for article in articles:
            buffered.append(article)
            yield "" if is_long(article.text) else article.text  # parsed in chunks below

    for doc in parse_many(nlp, texts(), batch_size=batch_size):
        article = buffered.pop(0)
        if is_long(article.text):
            yield report_in_chunks(article, nlp=nlp, model=label)
        else:
            yield report_from_doc(article, doc, model=label)
