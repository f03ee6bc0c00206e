"""One error family, each with a message a user can act on; the CLI maps them to exit codes."""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class: ``str(err)`` is a complete one-line message for the user."""

    exit_code = 1


class InputError(NewsparseError):
    """An input could not be read or is not an article (missing, empty, binary, too large)."""


class FormatError(InputError):
    """An input was read but its format (JSON, HTML...) could not be parsed."""


class ModelError(NewsparseError):
    """The spaCy pipeline asked for is not installed or cannot be loaded: ``--model`` names
    nothing usable, a usage error (exit 2) like any other bad option."""

    exit_code = 2


class WorkerCrash(NewsparseError):
    """A worker process died (killed, out of memory, a crash) while it analysed an input."""


class OutputError(NewsparseError):
    """A result could not be written (disk full, read-only folder): the run stops, exit 3."""

    exit_code = 3


class ArticleTimeout(NewsparseError):
    """An article's analysis ran past its ``--timeout`` budget; its record's type is "timeout"."""

    record_type = "timeout"


class UsageError(NewsparseError):
    """Options that contradict each other or name nothing valid."""

    exit_code = 2
