"""Shared fixtures: paths to the bundled sample and the shared corpus, and cached pipelines."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SHARED = ROOT.parent / "shared"
SAMPLE = DATA / "amn-2025-11-20-us-russia-peace-plan.txt"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def nlp_md():
    """The default pipeline, loaded once for the whole run."""
    from newsparse.nlp import load_pipeline

    return load_pipeline("md")


@pytest.fixture(scope="session")
def sample_report(nlp_md):
    """The sample article analysed once with the default model."""
    from newsparse.analysis import analyze
    from newsparse.loader import load_article

    return analyze(load_article(SAMPLE), nlp=nlp_md)
