"""Byline lines -> author names ("By MEG KINNARD and ERRIN HAINES, Associated Press")."""

from __future__ import annotations

import re
from functools import cache

from newsparse.lexicon import lines
from newsparse.loader.meta import Meta

MAX_BYLINE = 200
"""A longer line is prose that happens to start with "By", not a byline."""


@cache
def _vocab(kind: str) -> frozenset[str]:
    return frozenset(
        line.partition("\t")[2].strip().lower()
        for line in lines("loader_bylines.tsv")
        if line.partition("\t")[0].strip() == kind
    )


@cache
def _byline_re() -> re.Pattern[str]:
    prefixes = "|".join(sorted((re.escape(p) for p in _vocab("prefix")), key=len, reverse=True))
    return re.compile(rf"(?:(?:{prefixes})\s+)?by[:\s]\s*(?P<names>\S.*)", re.IGNORECASE)


_SPLIT = re.compile(r"\s*(?:,|;|\||\s—\s|\s–\s|\s-\s|/)\s*")
_AND = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
_PARTICLES = r"de|del|della|van|von|der|da|di|du|le|la|al|bin|ibn"
_NAME_WORD = re.compile(rf"^(?:[A-Z][\w'’.-]*|(?:{_PARTICLES})|[A-Z]\.)$")


def is_byline(line: str) -> bool:
    """A short line that opens with "By" (optionally "Analysis by" ...)."""
    m = _byline_re().fullmatch(line.strip())
    if not m or len(line) > MAX_BYLINE:
        return False
    names = m.group("names")
    return names[0].isupper() and len(names.split()) <= 16 and not names.endswith((".", "?", "!"))


def is_agency(name: str) -> bool:
    """A wire service ("Reuters", "The Associated Press")."""
    return name.strip().lower() in _vocab("agency")


def proper_case(name: str) -> str:
    """ALL-CAPS names as written: "ERRIN HAINES" -> "Errin Haines", "MCDONALD" -> "McDonald".

    Mixed-case names are left as the page wrote them ("Lauren del Valle").
    """
    if any(c.islower() for c in name) or (len(name) <= 4 and " " not in name):
        return name  # mixed case as written; short all-caps words are acronyms ("PTI")

    def word(w: str) -> str:
        parts = re.split(r"([-'’])", w)
        out = "".join(p.capitalize() for p in parts)
        if len(out) > 3 and out.startswith("Mc"):
            out = "Mc" + out[2:].capitalize()
        return out

    return " ".join(word(w) for w in name.split())


def _drop_title(segment: str) -> str:
    """'Tom Gillespie News reporter' -> 'Tom Gillespie': cut at the first affiliation word."""
    tokens = segment.split()
    affiliation = _vocab("affiliation")
    for i, token in enumerate(tokens):
        if i >= 2 and token.lower().strip(".,") in affiliation:
            return " ".join(tokens[:i])
    return segment


def _looks_like_name(segment: str) -> bool:
    tokens = segment.split()
    if not 1 <= len(tokens) <= 5:
        return False
    affiliation = _vocab("affiliation")
    if any(t.lower().strip(".,") in affiliation for t in tokens):
        return False
    return all(_NAME_WORD.match(t) for t in tokens)


def parse_byline(line: str) -> list[str]:
    """Author names from a byline, properly cased; job titles and outlets are dropped.

    An outlet-only byline ("By Reuters", "By CBS News") is kept as written, since the outlet is
    then the author of record.
    """
    m = _byline_re().fullmatch(line.strip())
    body = m.group("names") if m else line.strip()
    return split_names(body)


def split_names(body: str, *, strict: bool = False) -> list[str]:
    """Split "A, B and C, Staff Writer" into ["A", "B", "C"].

    When nothing looks like a person's name the string is kept as one author (an outlet,
    "Science X staff"), unless ``strict``: then only a title-cased name ("CNN Wire") is kept,
    so page-meta noise ("The Russian, Syrian defense ministries") is dropped.
    """
    body = body.strip().rstrip(".")
    m = _byline_re().fullmatch(body)
    if m and m.group("names")[:1].isupper():
        body = m.group("names")
    names: list[str] = []
    for segment in _SPLIT.split(body):
        for part in _AND.split(segment):
            part = re.sub(r"^(?:and|&)\s+", "", part.strip(), flags=re.IGNORECASE)
            part = _drop_title(re.split(r"\s+is\s+(?:a|an|the)\s", part)[0].strip())
            if part and _looks_like_name(part):
                cased = proper_case(part)
                if cased not in names:
                    names.append(cased)
    if not names and body and len(body) <= 60:
        if strict and not all(w[:1].isupper() for w in body.split()):
            return []
        return [body]
    return names


_DIGIT = re.compile(r"\d")
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")


def is_outlet(name: str, publishers: list[str] = ()) -> bool:  # type: ignore[assignment]
    """A publication, not a person: the page's publisher or site, a wire service, or a name
    with an outlet word ("CBS News", "CNN Wire", "Science X staff")."""
    low = name.strip().lower()
    if is_agency(name) or any(low == p.strip().lower() for p in publishers if p):
        return True
    outlets = _vocab("outlet")
    words = [w.strip(".,") for w in low.split()]
    return low in outlets or any(w in outlets for w in words)


def clean_authors(
    raw: list[str],
    publishers: list[str] = (),  # type: ignore[assignment]
) -> tuple[list[str], str | None]:
    """People's names from author fields, and the wire service if one is named.

    Publishers, outlets, dates and URL slugs are not authors; initials keep their periods
    ("Dana A. Ford"); "By ..." prefixes and lists ("A, B and C") are split.
    """
    names: list[str] = []
    agency: str | None = None
    for value in raw:
        value = " ".join(value.split())
        if not value or "://" in value:
            continue
        parts = parse_byline(value) if is_byline(value) else split_names(value.replace(";", ","))
        for name in parts:
            if _DIGIT.search(name) or _SLUG.match(name):
                continue
            if is_agency(name):
                agency = agency or name
                continue
            if is_outlet(name, publishers):
                continue
            if name not in names:
                names.append(name)
    return names, agency


def take_byline(line: str, meta: Meta, where: str = "byline") -> None:
    """A byline into ``meta``: people as authors; a wire service as the original source; an
    outlet alone ("By CBS News") as the source, since no person is named."""
    names, agency = clean_authors([line])
    meta.set("authors", names, where)
    meta.set("original_source", agency, where)
    if not names and not agency:
        outlets = parse_byline(line)
        if len(outlets) == 1:
            meta.set("source", outlets[0], where)
