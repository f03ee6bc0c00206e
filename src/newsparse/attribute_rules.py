"""spaCy's attribute ruler, its patterns answered once per distinct token instead of per token.

spaCy's ``AttributeRuler`` runs a ``Matcher`` of all its patterns (179 in the English pipelines)
over every token; their ``IN``/``NOT_IN``/``REGEX`` predicates are Python calls, so it costs
about 20 µs a token, a tenth of the md pipeline. Yet all but a few patterns read one token's
own features (TAG, LOWER, DEP, IS_SPACE), so what they write is a function of those features.
``MemoAttributeRuler`` reads the same patterns from the loaded ruler (never restated), evaluates
them once per distinct feature row (vectorised over a batch's new rows), and writes the columns
with one array call. Patterns of several tokens are matched as a run of such per-token results.

The outcome is spaCy's to the bit: every match is found against the features as the ruler saw
them (all matching happens before any writing, in spaCy too), and where matches disagree the
pattern added later wins, attribute by attribute, as spaCy's ``set_annotations`` applies them in
the order they were added. A ruler with any pattern shape this module does not understand
(operators, extension or MORPH attributes, fuzzy matching, callbacks, attributes that reach the
lexeme...) is left in place: a future model stays correct, only slower.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT = "newsparse_memo_attribute_ruler"
MAX_KEYS = 250_000
"""Memo rows kept before it starts again (~50 bytes each): distinct feature rows grow with the
vocabulary only (24k over 150 news articles)."""

WRITABLE = ("TAG", "POS", "MORPH", "LEMMA", "DEP")
"""Attributes a rule may set here: token fields only. spaCy also writes a rule's attributes to
the shared lexeme, which matters for lexical ones (LOWER, NORM, flags): those fall back."""

READABLE: tuple[str, ...] = ("ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LENGTH")
READABLE += ("TAG", "POS", "DEP", "LEMMA", "ENT_TYPE")
"""Attributes a pattern may read: ``Doc.to_array`` gives for them exactly the value spaCy's
matcher compares (both call ``get_token_attr``; SENT_START differs, MORPH is normalised)."""

STRING_VALUED = frozenset({"ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "TAG", "POS"})
STRING_VALUED |= {"DEP", "LEMMA", "ENT_TYPE"}
"""Readable attributes holding a string id: the ones a REGEX may search."""


class Unsupported(ValueError):
    """A ruler pattern or rule this module does not reproduce exactly: keep spaCy's component."""


# --------------------------------------------------------------------------- compiled patterns

Condition = tuple[int, str, Any]
"""(feature column, kind, operand): kind ``eq`` (an int), ``in`` / ``not_in`` (a uint64 array)
or ``regex`` (a compiled pattern searched in the string of the value)."""


@dataclass(frozen=True)
class Rule:
    """One ``AttributeRuler.add`` entry: its order, one pattern of it, its target and values."""

    order: int
    specs: tuple[int, ...]
    """Indices of the token specs, one per token of the pattern (for a rule of several tokens:
    indices into ``Compiled.multi_specs``)."""
    index: int
    sets: tuple[tuple[int, int], ...]
    """(column in ``writes``, value id) for each attribute the rule sets."""


class Compiled:
    """A ruler's patterns as per-token conditions over a few feature columns."""

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import IDS

        self.strings = ruler.vocab.strings
        flags = {name for name, i in IDS.items() if i < 64 and name.startswith(("IS_", "LIKE_"))}
        self.readable = {name: IDS[name] for name in (*READABLE, *sorted(flags))}
        self.readable.pop("IS_SENT_START", None)
        self.features: list[int | str] = []
        self.specs: list[tuple[Condition, ...]] = []
        self._spec_ids: dict[str, int] = {}
        self.writes: list[int | str] = [IDS[name] for name in WRITABLE]
        writable = set(self.writes)
        self.rules: list[Rule] = []
        if len(ruler.matcher) != len(ruler.attrs):
            raise Unsupported("the ruler's matcher holds keys of its own")
        for order, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            on_match, patterns = ruler.matcher.get(str(order))
            if on_match is not None:
                raise Unsupported("a pattern with a callback")
            if not all(isinstance(k, int) and k in writable for k in attrs):
                raise Unsupported(f"a rule sets {sorted(map(str, attrs))}")
            sets = tuple((self.writes.index(k), int(v)) for k, v in attrs.items())
            for pattern in patterns:
                if not pattern:
                    raise Unsupported("an empty pattern")
                if len(pattern) == 1 and index not in (0, -1):
                    raise Unsupported("a one-token pattern whose index is out of its span")
                specs = tuple(self._spec(token) for token in pattern)
                self.rules.append(Rule(order, specs, index, sets))
        self.single = [r for r in self.rules if len(r.specs) == 1]
        self.multi = [r for r in self.rules if len(r.specs) > 1]
        multi_specs = sorted({s for r in self.multi for s in r.specs})
        self.multi_specs = np.array(multi_specs, dtype=np.int64)
        """The specs that patterns of several tokens use: their hits are kept per memo row."""
        self.multi = [
            Rule(r.order, tuple(multi_specs.index(s) for s in r.specs), r.index, r.sets)
            for r in self.multi
        ]

    def _column(self, name: Any) -> int:
        if not isinstance(name, str) or name.upper() not in {*self.readable, "TEXT"}:
            raise Unsupported(f"a pattern reads {name!r}")
        name = name.upper()
        attr = self.readable["ORTH" if name == "TEXT" else name]
        if attr not in self.features:
            self.features.append(attr)
        return self.features.index(attr)

    def _spec(self, token: dict[Any, Any]) -> int:
        """The index of a token spec's conditions (shared by equal specs)."""
        import srsly

        key = srsly.json_dumps(token, sort_keys=True)
        if key in self._spec_ids:
            return self._spec_ids[key]
        conditions: list[Condition] = []
        for name, value in token.items():
            col = self._column(name)
            conditions.extend(self._conditions(col, str(name).upper(), value))
        self._spec_ids[key] = len(self.specs)
        self.specs.append(tuple(conditions))
        return self._spec_ids[key]

    def _conditions(self, col: int, name: str, value: Any) -> list[Condition]:
        """The matcher's reading of one attribute's value (``_get_attr_values``, predicates)."""
        from spacy.strings import get_string_id

        if isinstance(value, str):
            return [(col, "eq", self.strings.add(value))]
        if isinstance(value, bool):
            return [(col, "eq", int(value))]
        if isinstance(value, int):
            if not 0 <= value < 2**64:
                raise Unsupported(f"the value {value} can never be a token's")
            return [(col, "eq", value)]
        if not isinstance(value, dict) or not value:
            raise Unsupported(f"the value {value!r}")
        out: list[Condition] = []
        for op, operand in value.items():
            op = str(op).upper()
            if op in ("IN", "NOT_IN"):
                items = list(operand) if isinstance(operand, list | tuple) else None
                if items is None or not all(
                    isinstance(v, str) or (isinstance(v, int) and not isinstance(v, bool))
                    for v in items
                ):
                    raise Unsupported(f"the {op} operand {operand!r}")
                ids = np.array(sorted({int(get_string_id(v)) for v in items}), dtype=np.uint64)
                out.append((col, op.lower(), ids))
            elif op == "REGEX" and isinstance(operand, str) and name in STRING_VALUED:
                out.append((col, "regex", re.compile(operand)))
            else:
                raise Unsupported(f"the predicate {op} {operand!r} on {name}")
        return out

    # ----------------------------------------------------------------------- evaluation

    def hits(self, rows: np.ndarray) -> np.ndarray:
        """``hits[r, s]``: whether feature row ``r`` satisfies token spec ``s``."""
        out = np.ones((len(rows), len(self.specs)), dtype=bool)
        done: dict[tuple[int, str, int], np.ndarray] = {}
        texts: dict[int, tuple[list[str], np.ndarray]] = {}
        strings = self.strings
        for s, conditions in enumerate(self.specs):
            for col, kind, operand in conditions:
                key = (col, kind, id(operand) if kind != "eq" else operand)
                mask = done.get(key)
                if mask is None:
                    values = rows[:, col]
                    if kind == "eq":
                        mask = values == np.uint64(operand)
                    elif kind == "in":
                        mask = np.isin(values, operand)
                    elif kind == "not_in":
                        mask = ~np.isin(values, operand)
                    else:  # each distinct string searched once
                        if col not in texts:
                            distinct, where = np.unique(values, return_inverse=True)
                            texts[col] = ([strings[v] for v in distinct.tolist()], where)
                        words, where = texts[col]
                        found = [operand.search(w) is not None for w in words]
                        mask = np.array(found, dtype=bool)[where.ravel()]
                    done[key] = mask
                out[:, s] &= mask
        return out

    def winners(self, hits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per row and written attribute: the order of the last one-token rule that sets it
        (-1 for none) and its value. Rules are applied in order, so the later one wins."""
        n = len(hits)
        order = np.full((n, len(self.writes)), -1, dtype=np.int32)
        value = np.zeros((n, len(self.writes)), dtype=np.uint64)
        for rule in self.single:  # in order of addition
            mask = hits[:, rule.specs[0]]
            if not mask.any():
                continue
            for col, v in rule.sets:
                order[mask, col] = rule.order
                value[mask, col] = v
        return order, value


# --------------------------------------------------------------------------- the component


class MemoAttributeRuler:
    """A pipeline component giving exactly the wrapped ``AttributeRuler``'s annotations."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.compiled = Compiled(ruler)
        self._clear()

    def _clear(self) -> None:
        c = self.compiled
        self.memo: dict[bytes, int] = {}
        self.order = np.empty((0, len(c.writes)), dtype=np.int32)
        self.value = np.empty((0, len(c.writes)), dtype=np.uint64)
        self.multi_hits = np.empty((0, len(c.multi_specs)), dtype=bool)

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            ids = self._ids(batch)
            for doc, doc_ids in zip(batch, ids, strict=True):
                if len(doc):
                    self._annotate(doc, doc_ids)
                yield doc

    def _ids(self, docs: Sequence[Doc]) -> list[np.ndarray]:
        """Memo rows of every token of a batch of Docs; new feature rows are evaluated together.

        Rows are told apart as raw bytes (one ``np.unique`` over the batch), so Python touches
        each distinct row once, not each token."""
        c = self.compiled
        if len(self.memo) > MAX_KEYS:
            self._clear()
        memo = self.memo
        width = 8 * len(c.features)
        rows = np.concatenate(
            [doc.to_array(c.features).reshape(len(doc), len(c.features)) for doc in docs]
        ).astype(np.uint64, copy=False)
        raw = np.ascontiguousarray(rows).view(np.dtype((np.void, width))).ravel()
        unique, inverse = np.unique(raw, return_inverse=True)
        keys: list[bytes] = unique.tolist()
        new = [k for k in keys if k not in memo]
        if new:
            found = np.frombuffer(b"".join(new), dtype=np.uint64).reshape(len(new), -1)
            hits = c.hits(found)
            order, value = c.winners(hits)
            self.order = np.concatenate([self.order, order])
            self.value = np.concatenate([self.value, value])
            self.multi_hits = np.concatenate([self.multi_hits, hits[:, c.multi_specs]])
            memo.update(zip(new, range(len(memo), len(memo) + len(new)), strict=True))
        ids = np.fromiter(map(memo.__getitem__, keys), np.int64, len(keys))[inverse.ravel()]
        return np.split(ids, np.cumsum([len(doc) for doc in docs])[:-1])

    def _annotate(self, doc: Doc, ids: np.ndarray) -> None:
        c = self.compiled
        order = self.order[ids]
        value = self.value[ids]
        if c.multi:
            hits = self.multi_hits[ids]
            for rule in c.multi:
                self._apply_multi(doc, rule, hits, order, value)
        current = doc.to_array(c.writes)
        new = np.where(order >= 0, value, current)
        changed = [j for j in range(len(c.writes)) if not np.array_equal(new[:, j], current[:, j])]
        if changed:
            doc.from_array([c.writes[j] for j in changed], new[:, changed])  # type: ignore[arg-type]

    def _apply_multi(
        self, doc: Doc, rule: Rule, hits: np.ndarray, order: np.ndarray, value: np.ndarray
    ) -> None:
        """Every match of a pattern of several tokens, as spaCy's matcher finds them (a run of
        tokens each satisfying its spec), applied to its target where it is the later rule."""
        n, width = len(doc), len(rule.specs)
        if n < width:
            return
        starts = np.ones(n - width + 1, dtype=bool)
        for j, spec in enumerate(rule.specs):
            starts &= hits[j : n - width + 1 + j, spec]
        for start in starts.nonzero()[0].tolist():
            if not -width <= rule.index < width:
                from spacy.errors import Errors

                raise ValueError(
                    Errors.E1001.format(
                        patterns=self.ruler.matcher.get(str(rule.order)),
                        span=[t.text for t in doc[start : start + width]],
                        index=rule.index,
                    )
                )
            target = start + rule.index % width
            for col, v in rule.sets:
                if rule.order > order[target, col]:
                    order[target, col] = rule.order
                    value[target, col] = v


def register() -> None:
    """The factory, registered once; it wraps the pipeline's own ``attribute_ruler``."""
    from spacy.language import Language

    if COMPONENT in Language.factories:
        return

    @Language.factory(COMPONENT, assigns=["token.tag", "token.pos", "token.morph", "token.lemma"])
    def make(nlp: Language, name: str) -> MemoAttributeRuler:
        return MemoAttributeRuler(nlp.get_pipe("attribute_ruler"))


def use_memo_attribute_ruler(nlp: Language) -> bool:
    """Swap ``attribute_ruler`` for its memoised twin under the same name, if its patterns are
    all understood; otherwise leave spaCy's component. Returns whether it was swapped."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    try:
        Compiled(nlp.get_pipe("attribute_ruler"))
    except Unsupported:
        return False
    register()
    nlp.add_pipe(COMPONENT, after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.rename_pipe(COMPONENT, "attribute_ruler")
    return True
