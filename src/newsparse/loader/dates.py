"""Date strings as news pages write them -> datetime (timezone-aware when the string has one),
or a plain date when the string gives no time: no fake midnight."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from newsparse.lexicon import table

_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = (
    r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?)?"
)
_TZ = r"(?:\s*(?P<tz>[A-Z]{1,5})?\s*(?P<offset>[+-]\d{2}:?\d{2})?)?"

_ISO = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2})?)(?P<frac>\.\d+)?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)
_US = re.compile(
    r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})" + _TIME + _TZ,
    re.IGNORECASE,
)
_MDY = re.compile(
    _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME + _TZ,
    re.IGNORECASE,
)
_DMY = re.compile(
    _WEEKDAY
    + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
    + _MONTH
    + r",?\s+(?P<year>\d{4})"
    + _TIME
    + _TZ,
    re.IGNORECASE,
)
_JS = re.compile(  # Tue Nov 19 2019 03:05:46 GMT+0000
    _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})\s+(?P<year>\d{4})" + _TIME + _TZ,
    re.IGNORECASE,
)

MIN_YEAR = 1900
"""Earlier years are placeholders (``0001-01-01T00:00:00Z``), not publication dates."""


def _offset(tz: str | None, offset: str | None) -> timezone | None:
    if offset:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))
    if tz:
        hours = table("timezones.tsv").get(tz.upper())
        if hours is not None:
            return timezone(timedelta(hours=float(hours)))
    return None


def _clock(m: re.Match[str]) -> tuple[int, int, int] | None:
    if not m.group("hour"):
        return None
    hour, minute = int(m.group("hour")), int(m.group("minute"))
    second = int(m.group("second") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return hour, minute, second


def _build(
    year: int, month: int, day: int, clock: tuple[int, int, int] | None, tz: timezone | None
) -> datetime | date | None:
    """A datetime, or a date when no clock time was given (a zone alone means nothing then)."""
    if year < MIN_YEAR:
        return None
    try:
        if clock is None:
            return date(year, month, day)
        return datetime(year, month, day, *clock, tzinfo=tz)
    except ValueError:
        return None


def _iso(m: re.Match[str]) -> datetime | date | None:
    y, mo, d = (int(x) for x in m.group("date").split("-"))
    clock = None
    if m.group("time"):
        parts = [int(x) for x in m.group("time").split(":")]
        clock = (parts[0], parts[1], parts[2] if len(parts) > 2 else 0)
    zone = m.group("zone")
    tz = None
    if zone:
        tz = timezone.utc if zone.upper() == "Z" else _offset(None, zone)
    value = _build(y, mo, d, clock, tz)
    if isinstance(value, datetime) and m.group("frac"):
        micro = int((m.group("frac")[1:] + "000000")[:6])
        value = value.replace(microsecond=micro)
    return value


def _named(m: re.Match[str]) -> datetime | date | None:
    month = _MONTHS[m.group("month").lower()]
    return _build(
        int(m.group("year")),
        month,
        int(m.group("day")),
        _clock(m),
        _offset(m.group("tz"), m.group("offset")),
    )


def _us(m: re.Match[str]) -> datetime | date | None:
    return _build(
        int(m.group("y")),
        int(m.group("m")),
        int(m.group("d")),
        _clock(m),
        _offset(m.group("tz"), m.group("offset")),
    )


def parse_date(value: str, *, whole: bool = True) -> datetime | date | None:
    """Parse one date string; None when it is not a (plausible) date.

    With ``whole`` the string must be only the date (header lines); otherwise a date is searched
    for at its start. Time zones are kept when given as an offset or a known abbreviation;
    a date without one stays naive rather than guessing, and a date without a time is a
    ``date``.
    """
    s = value.strip().strip("\u00a0").strip()
    if not s or len(s) > 80:
        return None
    for regex, build in ((_ISO, _iso), (_US, _us), (_MDY, _named), (_DMY, _named), (_JS, _named)):
        m = regex.fullmatch(s) if whole else regex.match(s)
        if m:
            return build(m)
    if whole and "," in s[:5]:
        try:  # RFC 2822: Mon, 18 Nov 2019 16:07:38 -0600
            value_ = parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            return None
        return value_ if value_.year >= MIN_YEAR else None
    return None
