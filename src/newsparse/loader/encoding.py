"""Bytes on disk -> one clean str: size limit, binary refusal, encoding detection, line ends."""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from newsparse.errors import InputError

MAX_BYTES = 20_000_000
"""Inputs above this size are refused (``--max-bytes`` raises it): spaCy needs ~1 GB per 1 MB."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""UTF-32 first: its little-endian BOM starts with the UTF-16 one."""

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.epub)"),
    (b"\x1f\x8b", "a gzip file (gunzip it first)"),
    (b"\x7fELF", "a program"),
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
"""Control characters that never appear in prose (tab, newline, CR and form feed excluded)."""

_LATIN_FAMILY = ("cp125", "latin", "iso8859", "mac_roman", "ascii", "cp850", "cp437")
"""Guesses charset-normalizer makes for Western text, where cp1252 is the better-known answer."""


def too_big_message(name: str, size: int, max_bytes: int) -> str:
    """The refusal message: names the limit and the option that raises it."""
    return f"{name}: {size:,} bytes is over the {max_bytes:,}-byte limit; raise it with --max-bytes"


def read_bytes(path: str | Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a regular file, turning every OS failure into a one-line InputError."""
    p = Path(path)
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{p}: is a directory (give files, or use it as a batch input)")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{p}: not a regular file")
        if st.st_size > max_bytes:
            raise InputError(too_big_message(str(p), st.st_size, max_bytes))
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:  # the file grew since stat()
            raise InputError(too_big_message(str(p), len(data), max_bytes))
        return data
    except FileNotFoundError:
        if os.path.islink(p):
            raise InputError(f"{p}: broken symbolic link (its target does not exist)") from None
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as err:
        raise InputError(f"{p}: cannot read ({err.strerror or err})") from None


def _refuse_binary(data: bytes, name: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: looks like {what}, not a text article")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks binary (NUL bytes), not a text article")


def _guess(data: bytes) -> str:
    """Decode non-UTF-8 bytes: charset-normalizer, preferring cp1252 for Western guesses."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    enc = (best.encoding if best else "cp1252").lower().replace("-", "_")
    if enc.startswith(_LATIN_FAMILY):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: Latin text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 8 or len(data) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) == 0:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (pasted from elsewhere): keep it UTF-8, mark the bad bytes.

    Decoding the whole file as cp1252 instead would garble every correct non-ASCII character.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if c > "\x7f" and c != "\ufffd")
    return text if good > 0 and bad <= good else None


def decode(data: bytes, *, name: str = "input") -> str:
    """Bytes -> str: BOMs (UTF-8/16/32), else UTF-8, else a detected legacy encoding.

    Line ends become ``\\n``. Binary input (known file signatures, NUL bytes, many control
    characters) is refused with an InputError rather than analysed as noise.
    """
    text: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(
                    f"{name}: has a {codec} byte-order mark but invalid bytes"
                ) from None
            break
    if text is None:
        text = _utf16_without_bom(data)
    if text is None:
        _refuse_binary(data, name)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _mostly_utf8(data) or _guess(data)
    text = text.lstrip("\ufeff")
    head = text[:8192]
    if head and len(_CONTROL.findall(head)) > max(8, len(head) // 20):
        raise InputError(f"{name}: looks binary (control characters), not a text article")
    return text.replace("\r\n", "\n").replace("\r", "\n")
