"""newsparse: who is in a news article, who said what, and what is claimed on whose word.

The public API is imported lazily so ``import newsparse`` (and ``newsparse --help``) stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Article", "Report", "__version__", "analyze", "analyze_many", "load_article"]

if TYPE_CHECKING:
    from newsparse.analyze import analyze, analyze_many
    from newsparse.loader import load_article
    from newsparse.models import Article, Report

_LAZY = {
    "analyze": "newsparse.analyze",
    "analyze_many": "newsparse.analyze",
    "load_article": "newsparse.loader",
    "Article": "newsparse.models",
    "Report": "newsparse.models",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
