"""What every human-facing renderer shows the same way."""

from __future__ import annotations

import io
from datetime import date, datetime, timezone

import pytest

from newsparse.render.common import format_published, isatty


@pytest.mark.parametrize(
    ("when", "shown"),
    [
        (date(2019, 1, 4), "2019-01-04"),
        (datetime(2019, 1, 4), "2019-01-04"),
        (datetime(2019, 1, 4, 5, 6, 7), "2019-01-04 05:06:07"),
        (datetime(2019, 1, 4, tzinfo=timezone.utc), "2019-01-04 00:00:00+00:00"),
    ],
)
def test_published_is_a_bare_date_only_without_time(when: date, shown: str) -> None:
    assert format_published(when) == shown


def test_isatty_is_false_for_what_cannot_tell() -> None:
    closed = io.StringIO()
    closed.close()
    assert not isatty(io.StringIO()) and not isatty(closed)
