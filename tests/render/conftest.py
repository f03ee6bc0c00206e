"""The hand-made Report with one of everything: renderers are tested without a spaCy model."""

from __future__ import annotations

import pytest

from newsparse.models import Report
from report_factory import make_report


@pytest.fixture
def report() -> Report:
    return make_report()
