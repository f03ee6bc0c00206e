"""The package face: every public name imports with ``from newsparse import ...`` and works on
every call (a submodule named like a public function once replaced it after its first use)."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SMALL = DATA / "wikinews_2020-02-14_world-health-organization-names-new-coronavirus-covid.txt"
FUNCTIONS = ("analyze", "analyze_many", "load_article")


def test_every_public_name_imports_from_the_package() -> None:
    import newsparse
    from newsparse import Article, Report, __version__, analyze, analyze_many, load_article

    assert isinstance(__version__, str) and __version__
    assert isinstance(Article, type) and isinstance(Report, type)
    for name, value in zip(FUNCTIONS, (analyze, analyze_many, load_article), strict=True):
        assert isinstance(value, types.FunctionType), name
        assert getattr(newsparse, name) is value
        assert getattr(newsparse, name) is value  # the second look-up too
    assert sorted(newsparse.__all__) == sorted([*FUNCTIONS, "Article", "Report", "__version__"])


def test_names_stay_functions_in_a_fresh_interpreter() -> None:
    """The failing sequence: attribute look-ups first, ``from newsparse import`` after them."""
    code = (
        "import types, newsparse\n"
        f"for name in {FUNCTIONS!r}:\n"
        "    for _ in range(2):\n"
        "        assert isinstance(getattr(newsparse, name), types.FunctionType), name\n"
        "from newsparse import analyze, analyze_many, load_article\n"
        "assert isinstance(analyze, types.FunctionType)\n"
        "assert isinstance(analyze_many, types.FunctionType)\n"
        "assert isinstance(load_article, types.FunctionType)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_load_article_works_twice() -> None:
    import newsparse
    from newsparse import Article, load_article

    first = load_article(SMALL)
    second = newsparse.load_article(SMALL)
    assert isinstance(first, Article) and first == second


@pytest.mark.model
def test_analyze_and_analyze_many_work_twice(nlp_md) -> None:
    import newsparse
    from newsparse import Report, analyze, analyze_many, load_article

    article = load_article(SMALL)
    reports = [analyze(article, nlp=nlp_md), newsparse.analyze(article, nlp=nlp_md)]
    assert all(isinstance(r, Report) for r in reports)
    assert reports[0] == reports[1]
    for call in (analyze_many, newsparse.analyze_many):
        (got,) = list(call([SMALL], nlp=nlp_md))
        assert isinstance(got, Report)
        assert got == reports[0]
