"""Publication dates in the shapes news sites write them, with their timezones."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from newsparse.loader.dates import parse_date

EST = timezone(timedelta(hours=-5))


UTC = timezone.utc


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-11-20T05:52:20-05:00", datetime(2019, 11, 20, 5, 52, 20, tzinfo=EST)),
        ("2019-11-20T05:52:20+0000", datetime(2019, 11, 20, 5, 52, 20, tzinfo=UTC)),
        ("2019-11-20T01:50:59.403Z", datetime(2019, 11, 20, 1, 50, 59, 403000, tzinfo=UTC)),
        ("2019-11-19T18:18:25.828095", datetime(2019, 11, 19, 18, 18, 25, 828095)),
        ("2019-11-20 06:09:25", datetime(2019, 11, 20, 6, 9, 25)),
        ("2019-11-18", date(2019, 11, 18)),  # a date, no fake midnight
        ("19 Nov 2019 07:09 GMT", datetime(2019, 11, 19, 7, 9, tzinfo=UTC)),
        (
            "Mon, 18 Nov 2019 16:07:38 -0600",
            datetime(2019, 11, 18, 16, 7, 38, tzinfo=timezone(timedelta(hours=-6))),
        ),
        ("November 19, 2019, 07:47 PM EST", datetime(2019, 11, 19, 19, 47, tzinfo=EST)),
        ("Tue Nov 19 2019 03:05:46 GMT+0000", datetime(2019, 11, 19, 3, 5, 46, tzinfo=UTC)),
        ("Monday, January 14, 2019", date(2019, 1, 14)),
        ("11/20/2025 5:24:20 AM", datetime(2025, 11, 20, 5, 24, 20)),
        ("11/20/2025 5:24:20 PM", datetime(2025, 11, 20, 17, 24, 20)),
        ("0001-01-01T00:00:00Z", None),
        ("2019-02-30", None),
        ("yesterday", None),
    ],
)
def test_dates(value: str, expected: datetime | None) -> None:
    got = parse_date(value)
    assert got == expected and type(got) is type(expected)
