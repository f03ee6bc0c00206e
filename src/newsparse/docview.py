"""One read-only view of a parsed Doc, made once per analysis and handed to every extractor.

spaCy builds a new Token, Span or string on every attribute access, and the rules ask the same
few questions of the same tokens again and again. The view reads each attribute for the whole
Doc once, through ``Doc.to_array`` (in C), and keeps plain lists of ints, strings and bools.
It keeps no Tokens or Spans (each points back at its Doc, and a Doc's worth of them is work for
the garbage collector), writes nothing into ``doc.user_data`` and shares nothing of a Doc with
another (only the id -> string table of their vocabulary, plain strings): it goes when the
analysis of its Doc lets go of it, and there is nothing to release.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cached_property
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

import numpy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_ASCII,
    IS_BRACKET,
    IS_CURRENCY,
    IS_DIGIT,
    IS_LEFT_PUNCT,
    IS_LOWER,
    IS_PUNCT,
    IS_QUOTE,
    IS_RIGHT_PUNCT,
    IS_SPACE,
    IS_STOP,
    IS_TITLE,
    IS_UPPER,
    LEMMA,
    LENGTH,
    LIKE_EMAIL,
    LIKE_NUM,
    LIKE_URL,
    LOWER,
    NORM,
    ORTH,
    POS,
    PREFIX,
    SENT_START,
    SHAPE,
    SPACY,
    SUFFIX,
    TAG,
)

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.strings import StringStore
    from spacy.tokens import Doc

T = TypeVar("T")

FLAGS = {
    "is_alpha": IS_ALPHA, "is_ascii": IS_ASCII, "is_digit": IS_DIGIT, "is_lower": IS_LOWER,
    "is_upper": IS_UPPER, "is_title": IS_TITLE, "is_punct": IS_PUNCT, "is_space": IS_SPACE,
    "is_stop": IS_STOP, "is_bracket": IS_BRACKET, "is_quote": IS_QUOTE,
    "is_left_punct": IS_LEFT_PUNCT, "is_right_punct": IS_RIGHT_PUNCT,
    "is_currency": IS_CURRENCY, "like_num": LIKE_NUM, "like_url": LIKE_URL,
    "like_email": LIKE_EMAIL,
}  # fmt: skip
"""Boolean Token attributes ``Doc.to_array`` reads in C (lexeme flags)."""
LABELS = {
    "text": ORTH, "orth_": ORTH, "lower_": LOWER, "norm_": NORM, "lemma_": LEMMA,
    "shape_": SHAPE, "prefix_": PREFIX, "suffix_": SUFFIX, "pos_": POS, "tag_": TAG,
    "dep_": DEP, "ent_type_": ENT_TYPE,
}  # fmt: skip
"""String Token attributes stored as a symbol id or string hash: read as ids in C, decoded in
the view (each distinct id once)."""
_OTHER = {"idx": IDX, "whitespace_": SPACY, "is_sent_start": SENT_START}


class _Names(dict[int, str]):
    """Id -> string, each looked up in the StringStore on its first use only: a miss calls
    ``__missing__``, a hit stays in C (no set of a column's ids is built to find the new)."""

    __slots__ = ("strings",)

    def __init__(self, strings: StringStore) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, key: int) -> str:
        value: str = self.strings[key]
        self[key] = value
        return value


_SHARED_NAMES: dict[int, _Names] = {}
"""One ``_Names`` per StringStore (by id; it keeps its store alive), shared by the views of
its Docs: an id names the same string in every Doc of a vocabulary (it is the string's hash),
and most of an article's words were seen in the articles before, so each is decoded once per
process, not once per Doc. Plain strings only, nothing of a Doc."""
_MAX_NAMES = 1 << 20
"""Past this many strings a store's table starts afresh: memory stays bounded in a long run."""


def _names_of(strings: StringStore) -> _Names:
    names = _SHARED_NAMES.get(id(strings))
    if names is None or names.strings is not strings or len(names) > _MAX_NAMES:
        names = _SHARED_NAMES[id(strings)] = _Names(strings)
    return names


class Ent(NamedTuple):
    """A named entity as plain data: token bounds and label (``label_id`` is spaCy's id)."""

    start: int
    end: int
    label: str
    label_id: int


class DocView:
    """The token columns, tree, sentences and entities of one Doc, read once (see the module).

    Make it with ``DocView.of``. Every list it returns is shared: read it, never change it.
    Parts are read on first use, so a view costs only what its extractors ask for.
    """

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        """The Doc, for the rare rule that needs a Token or Span (made on demand, not kept)."""
        self._text = text
        self._ids: dict[str, list[int]] = {}
        self._columns: dict[Any, list[Any]] = {}
        self._names = _names_of(doc.vocab.strings)
        self._memo: dict[str, Any] = {}

    @classmethod
    def of(cls, doc: Doc, *, text: str | None = None) -> DocView:
        """The view of ``doc``. ``text`` is the string the Doc was parsed from: spaCy keeps it
        verbatim, and ``Doc.text`` would build every Token to join the same characters again.
        A text that does not end where the Doc's last token does is not the Doc's: ignored."""
        view = cls(doc)
        if text is not None and len(text) == view._end():
            view._text = text
        return view

    def __len__(self) -> int:
        return len(self.doc)

    # ------------------------------------------------------------------ text and offsets

    @property
    def text(self) -> str:
        """The Doc's text."""
        if self._text is None:
            self._text = self.doc.text
        return self._text

    @cached_property
    def _bounds(self) -> tuple[list[int], list[int], int]:
        """Token starts and ends, and where the text ends, from one array."""
        table = self._table([IDX, LENGTH, SPACY])
        starts, lengths = table[:, 0], table[:, 1]
        end = int(table[-1].sum()) if len(table) else 0  # after the last token and its space
        return starts.tolist(), (starts + lengths).tolist(), end

    def _end(self) -> int:
        """Where the Doc's text ends: after its last token and that token's whitespace."""
        return self._bounds[2]

    @cached_property
    def starts(self) -> list[int]:
        """Each token's first character (``Token.idx``)."""
        return self._bounds[0]

    @cached_property
    def ends(self) -> list[int]:
        """Each token's end character, whitespace excluded (``idx + len(text)``)."""
        return self._bounds[1]

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (0 <= start) cut from the text, with no Span built: tokens
        tile the text, so a span's text runs from its first token's start to its last's end."""
        end = min(end, len(self.starts))
        if start >= end:
            return ""
        return self.text[self.starts[start] : self.ends[end - 1]]

    def token_at_char(self, char: int) -> int:
        """The token whose characters or trailing space hold ``char``, or -1 (spaCy's
        ``token_by_char``): tokens tile the text, so it is the last one starting at or before."""
        i = bisect_right(self.starts, char) - 1
        return i if i >= 0 and char < self._end() else -1

    def char_span_bounds(self, start: int, end: int) -> tuple[int, int] | None:
        """``doc.char_span(start, end, alignment_mode="expand")`` as (start token, end token),
        no Span built: every token the characters touch, none only by its trailing space."""
        first, last = self.token_at_char(start), self.token_at_char(end - 1)
        if first < 0 or last < 0:
            return None
        if start == self.ends[first]:
            first += 1
        return first, last + 1

    # ------------------------------------------------------------------ annotation layers

    @cached_property
    def has_pos(self) -> bool:
        """Tagged (coarse or fine tags): checking is O(tokens), so it is asked once per Doc."""
        return self.doc.has_annotation("POS") or self.doc.has_annotation("TAG")

    @cached_property
    def has_dep(self) -> bool:
        """Parsed."""
        return self.doc.has_annotation("DEP")

    @cached_property
    def has_sents(self) -> bool:
        """Split into sentences (by the parser or a sentencizer)."""
        return self.has_dep or self.doc.has_annotation("SENT_START")

    # ------------------------------------------------------------------ sentences

    @cached_property
    def sent_starts(self) -> list[int]:
        """First token of every sentence, ascending (for bisect). A Doc with no sentence
        boundaries is one sentence; an empty Doc has none."""
        n = len(self.doc)
        if n == 0:
            return []
        if "sents" in self.doc.user_hooks:
            return [s.start for s in self.doc.sents]
        flags = self.column("is_sent_start")  # what ``Doc.sents`` cuts at: sent_start == 1
        return [0, *(i for i in range(1, n) if flags[i])]

    @cached_property
    def sents(self) -> list[tuple[int, int]]:
        """Every sentence as (start token, end token), in order: ``doc.sents`` without Spans."""
        starts = self.sent_starts
        ends = [*starts[1:], len(self.doc)] if starts else []
        return list(zip(starts, ends, strict=True))

    def sent_of(self, i: int) -> tuple[int, int]:
        """The sentence of token ``i``: ``doc[i].sent`` without its walk over the flags."""
        return self.sents[bisect_right(self.sent_starts, i) - 1]

    # ------------------------------------------------------------------ entities

    @cached_property
    def ents(self) -> list[Ent]:
        """``doc.ents`` as plain data, in order, read from the IOB column by spaCy's rule (no
        Span made): an entity starts at a labelled B and runs over the I tokens after it."""
        n = len(self.doc)
        if n == 0:
            return []
        table = self._table([ENT_IOB, ENT_TYPE])
        iob, types = table[:, 0], table[:, 1]
        starts = numpy.flatnonzero((iob == 3) & (types != 0))  # 3 is B, 1 is I
        stops = numpy.append(numpy.flatnonzero(iob != 1), n)  # each token no I continues
        ends = stops[numpy.searchsorted(stops, starts, side="right")]
        names = self._names
        return [
            Ent(start, end, names[label], label)
            for start, end, label in zip(
                starts.tolist(), ends.tolist(), types[starts].tolist(), strict=True
            )
        ]

    # ------------------------------------------------------------------ dependency tree

    @cached_property
    def heads(self) -> list[int]:
        """Each token's head index (a root is its own head)."""
        offsets = self.doc.to_array(HEAD).astype("int64")  # a head before its token is < 0
        return cast("list[int]", (offsets + numpy.arange(len(offsets))).tolist())

    @cached_property
    def _by_head(self) -> tuple[list[int], list[int]]:
        """Token indexes sorted by head (stable, so text order within a head), and where each
        head's run starts: two lists instead of a list per token, which costs more to build
        than it saves."""
        heads = numpy.asarray(self.heads, dtype="int64")
        order = numpy.argsort(heads, kind="stable").tolist()
        counts = numpy.bincount(heads, minlength=len(heads)) if len(heads) else heads
        return order, [0, *numpy.cumsum(counts).tolist()]

    def children(self, i: int) -> list[int]:
        """Token ``i``'s children, in text order (what ``Token.children`` yields)."""
        order, starts = self._by_head
        kids = order[starts[i] : starts[i + 1]]
        # only a root heads itself: any other token's run is its children, sliced in C
        return kids if self.heads[i] != i else [j for j in kids if j != i]

    def span_root(self, start: int, end: int) -> int:
        """``doc[start:end].root.i`` from the head column, by spaCy's rule: a sentence root
        inside, else the token nearest the root, the first on ties; a childless space or
        punctuation token counts as far away."""
        heads = self.heads
        for i in range(start, end):
            if heads[i] == i:
                return i
        far = len(heads) - 1
        best, root = len(heads), -1
        space, punct = self.column("is_space"), self.column("is_punct")
        for i in range(start, end):
            if start <= heads[i] < end:
                continue
            bare = (space[i] or punct[i]) and not self.children(i)  # a childless mark
            steps = far if bare else self._steps_to_root(i)
            if steps < best:
                best, root = steps, i
        return start if root == -1 else root

    def _steps_to_root(self, i: int) -> int:
        """How many heads up from token ``i`` to its root (capped, as a cycle guard)."""
        heads = self.heads
        steps = 0
        while heads[i] != i and steps < len(heads):
            i = heads[i]
            steps += 1
        return steps

    # ------------------------------------------------------------------ columns

    def column(self, attr: str, derive: Callable[[Any], Any] | None = None) -> list[Any]:
        """``getattr(token, attr)`` for every token ('lower_', 'dep_', 'is_alpha', ...), read
        once: ``view.column("dep_")[i]`` is a list index, not a Token and a StringStore
        look-up. With ``derive`` (a module-level function: it is part of the key), each
        distinct value mapped once, e.g. ``column("lemma_", str.lower)``."""
        if derive is None:  # the hot path: one dict look-up (a str key caches its hash)
            values = self._columns.get(attr)
            if values is None:
                self.read(attr)
                values = self._columns[attr]
            return values
        key = (attr, derive)
        values = self._columns.get(key)
        if values is None:
            plain = self.column(attr)
            mapped = {value: derive(value) for value in set(plain)}
            values = self._columns[key] = list(map(mapped.__getitem__, plain))
        return values

    def values_of(self, attr: str, indexes: Sequence[int]) -> list[Any]:
        """``getattr(token, attr)`` for a few tokens: from the column when it has been read,
        else from those Tokens alone (a column costs an array and a decode of every token)."""
        values = self._columns.get(attr)
        if values is not None:
            return [values[i] for i in indexes]
        doc = self.doc
        return [getattr(doc[i], attr) for i in indexes]

    def ids(self, attr: str) -> list[int]:
        """The spaCy ids of a string attribute ('dep_', 'pos_', 'ent_type_', 'lemma_', ...):
        compare them with the id sets of ``newsparse.vocab``, with no string decoded."""
        values = self._ids.get(attr)
        if values is None:
            if attr not in LABELS:
                raise KeyError(f"{attr!r} is not a string attribute read through ids")
            self._fetch([attr])
            values = self._ids[attr]
        return values

    def read(self, *attrs: str) -> None:
        """Read several columns in one pass: ids and flags through one ``Doc.to_array`` call,
        anything else with one Token made per token (not kept), not one per column."""
        missing = [a for a in attrs if a not in self._columns]
        if not missing:
            return
        arrayed = [a for a in missing if a in FLAGS or a in LABELS or a in _OTHER]
        self._fetch([a for a in arrayed if a not in self._ids])
        for attr in arrayed:
            if attr not in self._columns:  # a string column: its ids are read
                self._columns[attr] = self._decode(self._ids[attr])
        rest = [a for a in missing if a not in arrayed]
        if rest:
            get = attrgetter(*rest)
            rows = [get(t) for t in self.doc]
            if len(rest) == 1:
                self._columns[rest[0]] = rows
            else:
                for n, attr in enumerate(rest):
                    self._columns[attr] = [row[n] for row in rows]

    def _fetch(self, attrs: Sequence[str]) -> None:
        """Read ``attrs`` through one array: string attributes as ids (decoded by ``read``),
        the others straight into their columns."""
        if not attrs:
            return
        ids: list[int | str] = [FLAGS.get(a) or LABELS.get(a) or _OTHER[a] for a in attrs]
        table = self._table(ids)
        for attr, values in zip(attrs, table.T, strict=True):
            if attr in LABELS:
                self._ids[attr] = values.tolist()
            elif attr in FLAGS:
                self._columns[attr] = values.astype(bool).tolist()
            elif attr == "whitespace_":
                self._columns[attr] = [" " if v else "" for v in values.tolist()]
            elif attr == "is_sent_start":  # 1 starts a sentence, -1 does not, 0 is unknown
                self._columns[attr] = [
                    True if v == 1 else None if v == 0 else False for v in values.tolist()
                ]
            else:  # idx
                self._columns[attr] = values.tolist()

    def _table(self, ids: list[int | str]) -> NDArray[Any]:
        """One row per token, one column per attribute id, from one ``Doc.to_array`` call."""
        table: NDArray[Any] = self.doc.to_array(ids)
        return table.reshape(len(self.doc), len(ids))  # one attribute comes back 1-D

    def _decode(self, values: list[int]) -> list[str]:
        """The strings of ``values``, each distinct id looked up once for the whole view (the
        string columns share the table: 'text', 'lower_' and 'lemma_' overlap)."""
        return list(map(self._names.__getitem__, values))  # a miss decodes (``_Names``)

    # ------------------------------------------------------------------ memo

    def memo(self, name: str, build: Callable[[DocView], T]) -> T:
        """``build(view)``, computed once per view under ``name``: for a table an extractor
        would otherwise rebuild for every claim or sentence (e.g. where the entities end).
        It must not hold the view itself (that cycle would wait for the garbage collector)."""
        memo = self._memo
        if name not in memo:
            memo[name] = build(self)
        value: T = memo[name]
        return value
