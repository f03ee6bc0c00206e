"""Pair quotation marks in plain text: curly, straight, NYT ``''``, guillemets, nested singles.

Pure string work, no spaCy: the result is a list of quoted pieces (one per paragraph piece),
grouped when a quotation runs over several paragraphs, plus warnings for marks left unpaired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPENERS = {"“": "curly", "«": "guillemet", "„": "curly", "‘‘": "curly"}
CLOSERS = {"”": "curly", "»": "guillemet", "’’": "curly"}
"""AP wire copy writes double marks as two single ones (‘‘…’’): the pair is one mark."""
AMBIGUOUS = {'"': "straight", "''": "nyt"}
"""Marks that open or close by context."""

QUOTE_MARKS = frozenset("“”„«»\"‘’'`")
"""Every character that can open or close a quotation (the one mark set)."""
_MARK = re.compile(r"''|‘‘|’’|[“”«»„\"]")
_MARKUP = re.compile(r"<[^<>\n]{1,300}>")
"""HTML-ish tags left in a text (embedded tweets): their attribute quotes are not quotations."""
_OPEN_BEFORE = set(" \t\u00a0([{—–-/\n")
"""Characters after which an ambiguous mark opens."""
_CLOSE_AFTER = set(" \t\u00a0)]}.,;:!?—–-/\n…")
"""Characters before which an ambiguous mark closes."""


@dataclass
class MarkedQuote:
    """One quotation: ``pieces`` are (start, end) per paragraph, marks included."""

    pieces: list[tuple[int, int]] = field(default_factory=list)
    closed: bool = True


def _direction(text: str, pos: int, length: int, is_open: bool) -> str:
    """'open', 'close' or '?' for an ambiguous mark, from its neighbours."""
    before = text[pos - 1] if pos > 0 else "\n"
    after = text[pos + length] if pos + length < len(text) else "\n"
    opens = before in _OPEN_BEFORE or before in OPENERS or before == "‘"
    closes = after in _CLOSE_AFTER or after in CLOSERS or after in "’'"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if opens and closes:
        # Free-standing mark (' " '): close one that is open, else open.
        return "close" if is_open else "open"
    # Glued on both sides (word"word): rare; follow the state.
    return "close" if is_open else "open"


def _looks_closing(text: str, pos: int) -> bool:
    """An opening-shaped mark that closes: after a word, before a space, a stop or a bracket
    ('…, the headline.“[HuffPost.]'), or last in its paragraph, where it can open nothing."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else "\n"
    if after == "\n":
        return True
    return not before.isspace() and (after in _CLOSE_AFTER or after == "[")


def _looks_opening(text: str, pos: int) -> bool:
    """A closing-shaped mark that opens: before a word, or first in a paragraph before an
    ellipsis or a space ('” … in the case of Wyoming, …,” wrote Time')."""
    before = text[pos - 1] if pos > 0 else "\n"
    after = text[pos + 1] if pos + 1 < len(text) else "\n"
    if before == "\n" and after in " \u00a0…":
        return True
    return before in _OPEN_BEFORE and after.isalnum()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line: newsparse paragraphs are newline-separated."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _first_char(text: str, start: int, end: int) -> int:
    """Offset of the first non-space character of text[start:end] (end when blank)."""
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i


def _last_char_end(text: str, start: int, end: int) -> int:
    j = end
    while j > start and text[j - 1].isspace():
        j -= 1
    return j


def _opens_paragraph(text: str, start: int, end: int) -> bool:
    i = _first_char(text, start, end)
    m = _MARK.match(text, i)
    if not m:
        return False
    mark = m.group()
    if mark in OPENERS:
        return True
    return mark in AMBIGUOUS and _direction(text, i, len(mark), False) == "open"


def find_quotes(text: str, warnings: list[str] | None = None) -> list[MarkedQuote]:
    """Every quotation in ``text``; never raises on unbalanced marks (a warning is added).

    An opening mark left unclosed at the end of a paragraph continues into the next paragraph
    when that one starts with an opening mark (the newspaper convention); otherwise the piece
    ends at the paragraph end and a warning says so.
    """
    out: list[MarkedQuote] = []
    carry: MarkedQuote | None = None
    paragraphs = _paragraphs(text)
    for k, (p_start, p_end) in enumerate(paragraphs):
        open_at: int | None = None
        open_kind = ""
        inner = 0
        markup = [(t.start(), t.end()) for t in _MARKUP.finditer(text, p_start, p_end)]
        for m in _MARK.finditer(text, p_start, p_end):
            mark, pos = m.group(), m.start()
            if markup and any(a <= pos < b for a, b in markup):
                continue
            if mark == "''" and open_at is not None and text[pos + 2 : pos + 3] == "'":
                pos += 1  # NYT ''… 'old-school,''' : the nested single closes first, then ours
            if mark == "“" and open_at is not None and _looks_closing(text, pos):
                mark = "”"  # “…“ typed with the wrong mark
            elif mark == "”" and open_at is None and _looks_opening(text, pos):
                mark = "“"
            if mark in OPENERS:
                direction, kind = "open", OPENERS[mark]
            elif mark in CLOSERS:
                direction, kind = "close", CLOSERS[mark]
            else:
                kind = AMBIGUOUS[mark]
                direction = _direction(text, pos, len(mark), open_at is not None)
                if direction == "open" and open_at is not None and open_kind == kind:
                    direction = "close"  # a second straight mark of the same kind closes
            if direction == "open":
                if open_at is not None and open_kind != kind:
                    inner += 1  # “…” nested inside "…": its closer is not ours
                    continue
                if open_at is not None and open_kind == kind:
                    _warn(warnings, f"unclosed quotation mark at offset {open_at}")
                    if carry is not None:
                        _close_carry(out, carry, warnings)
                        carry = None
                if open_at is None or open_kind == kind:
                    open_at, open_kind = pos, kind
                continue
            # closing mark
            if inner and kind != open_kind:
                inner -= 1
                continue
            if open_at is None:
                if carry is not None and _first_char(text, p_start, p_end) < pos:
                    # Continuation paragraph that lost its opening mark: close it here.
                    carry.pieces.append((_first_char(text, p_start, p_end), pos + len(mark)))
                    out.append(carry)
                    carry = None
                else:
                    _warn(warnings, f"closing quotation mark without an opening one at {pos}")
                continue
            if kind == "guillemet" and open_kind != "guillemet":
                continue
            piece = (open_at, pos + len(mark))
            if carry is not None:
                carry.pieces.append(piece)
                out.append(carry)
                carry = None
            else:
                out.append(MarkedQuote(pieces=[piece]))
            open_at = None
            inner = 0
        # paragraph end
        if open_at is not None:
            piece = (open_at, _last_char_end(text, open_at, p_end))
            nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
            if carry is None:
                carry = MarkedQuote(pieces=[])
            carry.pieces.append(piece)
            if nxt is None or not _opens_paragraph(text, *nxt):
                _warn(warnings, f"quotation opened at offset {open_at} is never closed")
                carry.closed = False
                out.append(carry)
                carry = None
        elif carry is not None:
            _close_carry(out, carry, warnings)
            carry = None
    if carry is not None:
        _close_carry(out, carry, warnings)
    out.sort(key=lambda q: q.pieces[0][0])
    return [q for q in out if q.pieces]


def _close_carry(out: list[MarkedQuote], carry: MarkedQuote, warnings: list[str] | None) -> None:
    """An open quotation that never closed is kept, marked unclosed, with a warning."""
    carry.closed = False
    _warn(warnings, f"quotation opened at offset {carry.pieces[0][0]} is never closed")
    out.append(carry)


def _warn(warnings: list[str] | None, message: str) -> None:
    if warnings is not None and message not in warnings:
        warnings.append(message)


# --------------------------------------------------------------------------- single quotes


def find_single_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Top-level ‘…’ pairs in text[start:end] (headline style); apostrophes never count.

    ‘ opens only at a word start; ’ closes only when no letter follows it.
    """
    out: list[tuple[int, int]] = []
    i = start
    while True:
        o = text.find("‘", i, end)
        if o == -1:
            return out
        if o > start and text[o - 1].isalnum():
            i = o + 1
            continue
        if o + 1 >= end or not (text[o + 1].isalnum() or text[o + 1] in '“"$'):
            i = o + 1  # ‘90s or a stray mark
            continue
        c = o + 1
        found = -1
        while True:
            c = text.find("’", c, end)
            if c == -1:
                break
            nxt = text[c + 1] if c + 1 < end else " "
            if not nxt.isalpha() and text[c - 1] != " ":
                found = c
                break
            c += 1
        if found == -1:
            return out
        out.append((o, found + 1))
        i = found + 1
