"""newsparse as spaCy components: ``nlp.add_pipe("newsparse")`` on any English pipeline with a
parser and NER adds entities, quotes and claims, computed by the same extractors as the CLI.

Results: ``doc.spans["newsparse_quotes"]`` (label = kind), ``doc.spans["newsparse_claims"]``
(label = claimer type), ``doc.spans["newsparse_entities"]`` (label = entity label, one span per
mention), and ``doc._.newsparse``: the plain report parts (entities, quotes, claims, summary) as
JSON-safe dicts, with offsets into ``doc.text``.

For exactly the CLI's sentences (none crosses a paragraph), add the paragraph-break component
before the parser too: ``nlp.add_pipe("newsparse_paragraph_breaks", before="parser")``.
Importing this module registers both factories.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsparse.nlp import PARAGRAPH_COMPONENT
from newsparse.nlp import _register_components as register_paragraph_breaks

if TYPE_CHECKING:
    from newsparse.extract import Extraction

EXTENSION = "newsparse"
PARAGRAPH_BREAKS = PARAGRAPH_COMPONENT
QUOTES_KEY = "newsparse_quotes"
CLAIMS_KEY = "newsparse_claims"
ENTITIES_KEY = "newsparse_entities"

if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)

register_paragraph_breaks()  # "newsparse_paragraph_breaks": the CLI's paragraph-safe sentences


@Language.factory(
    "newsparse",
    requires=["token.dep", "token.head", "token.pos", "token.lemma", "doc.ents", "doc.sents"],
    assigns=["doc.spans", f"doc._.{EXTENSION}"],
    default_config={"claims": True, "summary": False},
)
def make_newsparse(nlp: Language, name: str, claims: bool, summary: bool) -> NewsparseComponent:
    """The factory spaCy calls; ``claims``/``summary`` switch those steps on or off."""
    return NewsparseComponent(claims=claims, summary=summary)


class NewsparseComponent:
    """Match, then set annotations: ``extract()`` over the Doc, results written onto it."""

    def __init__(self, *, claims: bool = True, summary: bool = False) -> None:
        self.claims = claims
        self.summary = summary

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) and not doc.has_annotation("DEP"):
            raise ValueError(
                "newsparse needs a dependency parse and entities: add it after the parser and "
                "ner of an English pipeline (e.g. spacy.load('en_core_web_md'))"
            )
        found = self.extract(doc)
        doc.spans[QUOTES_KEY] = _spans(
            doc, [(q.spans[0].start, q.spans[-1].end, q.kind) for q in found.quotes]
        )
        doc.spans[CLAIMS_KEY] = _spans(
            doc, [(c.spans[0].start, c.spans[-1].end, c.claimer.type) for c in found.claims]
        )
        doc.spans[ENTITIES_KEY] = _spans(
            doc, [(m.start, m.end, e.label) for e in found.entities for m in e.mentions]
        )
        doc._.set(EXTENSION, _plain(found))
        return doc

    def extract(self, doc: Doc) -> Extraction:
        """The extractors over ``doc``, with the paragraphs the loader would see in its text."""
        from newsparse.analysis import paragraph_starts
        from newsparse.docview import DocView
        from newsparse.extract import extract
        from newsparse.loader import article_from_record

        starts = [0]
        if doc.text.strip():
            starts = paragraph_starts(article_from_record({"text": doc.text}))
        return extract(
            DocView.of(doc), paragraph_starts=starts, claims=self.claims, summary=self.summary
        )


def _spans(doc: Doc, ranges: list[tuple[int, int, str]]) -> list[Span]:
    out = []
    for start, end, label in ranges:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


def _plain(found: Extraction) -> dict[str, Any]:
    return {
        "entities": [e.model_dump(mode="json") for e in found.entities],
        "quotes": [q.model_dump(mode="json") for q in found.quotes],
        "claims": [c.model_dump(mode="json") for c in found.claims],
        "summary": [s.model_dump(mode="json") for s in found.summary],
    }
