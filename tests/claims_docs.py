"""Hand-built annotated Docs for claim unit tests: no model needed."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from newsparse.docview import DocView
from newsparse.extract.claims.tokens import ClaimTokens

_NLP = spacy.blank("en")


def make_doc(rows: str, ents: list[tuple[int, int, str]] | None = None) -> Doc:
    """Build a Doc from lines 'word TAG POS dep head lemma [nospace]' (head: index, -1 = root).

    Keeps tests readable: one token a line, exactly the annotation the extractor looks at.
    """
    words, tags, pos, deps, heads, lemmas, spaces = [], [], [], [], [], [], []
    for i, line in enumerate(r for r in rows.strip().splitlines() if r.strip()):
        word, tag, p, dep, head, lemma, *rest = line.split()
        spaces.append(not rest)
        words.append(word)
        tags.append(tag)
        pos.append(p)
        deps.append(dep)
        heads.append(i if int(head) < 0 else int(head))
        lemmas.append(lemma)
    doc = Doc(
        _NLP.vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        deps=deps,
        heads=heads,
        lemmas=lemmas,
    )
    if ents:
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def claim_tokens(rows: str, start: int = 0, end: int | None = None) -> ClaimTokens:
    """The tokens ``[start, end)`` of ``make_doc(rows)`` as a claim's tokens on its view."""
    doc = make_doc(rows)
    return ClaimTokens(DocView.of(doc), range(start, len(doc) if end is None else end))


# “Q,” S said: the tag after a quotation, as the parser gives it
TAG_AFTER = """
“ `` PUNCT punct 8 “ nospace
We PRP PRON nsubj 3 we
will MD AUX aux 3 will
win VB VERB ccomp 8 win nospace
, , PUNCT punct 8 , nospace
” '' PUNCT punct 8 ”
Maria NNP PROPN compound 7 Maria
Lopez NNP PROPN nsubj 8 Lopez
said VBD VERB ROOT -1 say nospace
. . PUNCT punct 8 .
"""
