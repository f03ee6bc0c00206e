"""newsparse: who is in a news article, who said what, and what is claimed on whose word.

The public API is imported lazily so ``import newsparse`` (and ``newsparse --help``) stays fast.
No submodule is named like a public function: importing ``newsparse.<name>`` sets that attribute
on the package, and a module called ``analyze`` would replace the function after its first use.
Code inside the package imports from the modules themselves, never from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsparse.version import __version__

__all__ = ["Article", "Report", "__version__", "analyze", "analyze_many", "load_article"]

if TYPE_CHECKING:
    from newsparse.analysis import analyze
    from newsparse.batch import analyze_many
    from newsparse.loader import load_article
    from newsparse.models import Article, Report

_LAZY = {
    "analyze": "newsparse.analysis",
    "analyze_many": "newsparse.batch",
    "load_article": "newsparse.loader",
    "Article": "newsparse.models",
    "Report": "newsparse.models",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value  # later look-ups are plain attribute reads
        return value
    raise AttributeError(f"module 'newsparse' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
