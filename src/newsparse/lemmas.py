"""spaCy's own lemmatizer, asked once per distinct (form, POS, morphology) instead of per token.

spaCy's ``Lemmatizer`` walks every token in Python and sets ``token.lemma_`` one by one: about a
tenth of the md pipeline's time on news, more than all of newsparse's extractors. Its lemma is a
function of the token's form, coarse part of speech and morphology alone (the key of spaCy's own
cache), so ``MemoLemmatizer`` asks the wrapped lemmatizer once per distinct key and writes the
whole column with one array call: the same lemmas (tested against the wrapped component), in a
fraction of the time. Tokens that already have a lemma (from the attribute ruler) are kept,
exactly as spaCy does unless the lemmatizer is set to overwrite.

Each new key is still answered by spaCy's own ``rule_lemmatize``, but through ``set_indexed``:
its ``form in index`` test scans a list of up to 57k words (the lookups' ``lemma_index``) for
every candidate form, most of the cost of a new key; with the same lists as sets the same code
gives the same lemmas (membership of a string is the same in a list and a set) many times faster.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

COMPONENT = "newsparse_memo_lemmatizer"
MAX_KEYS = 1_000_000
"""Memo entries kept before it starts again: distinct keys grow with the vocabulary only."""


class MemoLemmatizer:
    """A pipeline component wrapping a spaCy lemmatizer (its tables, mode and rules)."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.lemmatize = set_indexed(lemmatizer)
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        import numpy as np
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        overwrite = bool(getattr(self.lemmatizer, "overwrite", False))
        strings = doc.vocab.strings
        memo = self.memo
        if len(memo) > MAX_KEYS:
            memo.clear()
            self.lemmatize = set_indexed(self.lemmatizer)  # its own cache goes too
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                value = memo[key] = strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(np.uint64))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class _SetIndexed:
    """The wrapped lemmatizer as ``rule_lemmatize`` sees it, but with its ``lemma_index`` lists
    as frozensets and a cache of its own; every other attribute is the wrapped one's."""

    def __init__(self, lemmatizer: Any, lookups: Any) -> None:
        self._wrapped = lemmatizer
        self.lookups = lookups
        self.cache: dict[Any, list[str]] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._wrapped, name)


def set_indexed(lemmatizer: Any) -> Callable[[Token], list[str]]:
    """``lemmatizer.lemmatize``, run by spaCy's own ``rule_lemmatize`` over set-valued index
    tables when that is what it is (rule mode, the method not overridden); else it unchanged.

    The wrapped component and its tables are not touched (they may still be saved)."""
    from spacy.lookups import Lookups, Table
    from spacy.pipeline import Lemmatizer

    lemmatize: Callable[[Token], list[str]] = lemmatizer.lemmatize
    rule = Lemmatizer.rule_lemmatize
    if (
        getattr(lemmatize, "__func__", None) is not rule
        or type(lemmatizer).rule_lemmatize is not rule
    ):
        return lemmatize
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            fast = Table(name=name)
            for key, words in table.items():
                strings = isinstance(words, list) and all(isinstance(w, str) for w in words)
                fast[key] = frozenset(words) if strings else words
            table = fast
        lookups.set_table(name, table)
    return functools.partial(rule, _SetIndexed(lemmatizer, lookups))


def register() -> None:
    """The factory, registered once; it wraps the pipeline's own ``lemmatizer``."""
    from spacy.language import Language

    if COMPONENT in Language.factories:
        return

    @Language.factory(COMPONENT, assigns=["token.lemma"])
    def make(nlp: Language, name: str) -> MemoLemmatizer:
        return MemoLemmatizer(nlp.get_pipe("lemmatizer"))


def use_memo_lemmatizer(nlp: Language) -> None:
    """Swap the pipeline's ``lemmatizer`` for its memoised wrapper, under the same name."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    register()
    nlp.add_pipe(COMPONENT, after="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    nlp.rename_pipe(COMPONENT, "lemmatizer")
