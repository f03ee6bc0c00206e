"""Markdown articles -> plain paragraphs: markup removed, words kept (front matter: see text.py)."""

from __future__ import annotations

import re

_FENCE = re.compile(r"^(```|~~~)[^\n]*\n.*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)")
_LINK = re.compile(r"\[(?P<text>[^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_REF_LINK = re.compile(r"\[(?P<text>[^\]\n]{1,500})\]\[[^\]\n]{0,100}\]")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s+\S+.*$", re.MULTILINE)
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.*?)[ \t#]*$", re.MULTILINE)
_SETEXT = re.compile(r"^(?P<text>[^\n]+)\n(?:=+|-+)[ \t]*$", re.MULTILINE)
_QUOTE = re.compile(r"^ {0,3}>[ \t]?", re.MULTILINE)
_LIST = re.compile(r"^ {0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+", re.MULTILINE)
_RULE = re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE)
_STRONG = (  # the delimiter character is excluded inside, so each scan stops at the next one
    re.compile(r"\*\*(?=[^\s*])(?P<text>[^*\n]{0,300}?[^\s*])\*\*"),
    re.compile(r"__(?=[^\s_])(?P<text>[^_\n]{0,300}?[^\s_])__"),
)
_EM = re.compile(r"(?<![\w*])([*_])(?=\S)(?P<text>[^\n*_]{0,300}?\S)\1(?![\w*])")
_CODE = re.compile(r"`(?P<text>[^`\n]{1,2000})`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>\"'])")


def first_heading(text: str) -> str | None:
    """The first ``# Heading`` when it opens the document (the headline)."""
    m = _HEADING.match(text.lstrip("\n"))
    return m.group("text").strip() if m else None


def markdown_to_text(text: str) -> str:
    """Strip Markdown syntax; paragraphs stay separated by blank lines."""
    text = _FENCE.sub("", text)
    text = _COMMENT.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\g<text>", text)
    text = _REF_LINK.sub(r"\g<text>", text)
    text = _REF_DEF.sub("", text)
    text = _RULE.sub("", text)
    text = _HEADING.sub(lambda m: m.group("text") + "\n", text)
    text = _SETEXT.sub(lambda m: m.group("text") + "\n", text)
    text = _QUOTE.sub("", text)
    text = _LIST.sub("", text)
    for strong in _STRONG:
        text = strong.sub(r"\g<text>", text)
    text = _EM.sub(r"\g<text>", text)
    text = _CODE.sub(r"\g<text>", text)
    return _ESCAPE.sub(r"\1", text)
