"""What every command shares: error handling to exit codes, and the --model option."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from newsparse.errors import NewsparseError

F = TypeVar("F", bound=Callable[..., Any])

INPUT_FORMATS = ["text", "html", "json", "jsonl", "markdown"]
"""The loader's formats (``loader.FORMATS``; a test keeps them equal) without importing it."""


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"newsparse: {message}", err=True)
    sys.exit(code)


def handle_errors(func: F) -> F:
    """Turn library errors into one stderr line and an exit code; never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        previous = _sigint(signal.default_int_handler)  # the body cleans up on Ctrl-C
        interrupted = False
        try:
            return func(*args, **kwargs)
        except NewsparseError as err:
            _fail(str(err), err.exit_code)
        except BrokenPipeError:
            # `newsparse ... | head`: the reader left; end quietly without a second error.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        except KeyboardInterrupt:
            interrupted = True
            _sigint(signal.SIG_IGN)  # a second Ctrl-C must not cut the exit short
            _fail("interrupted", 130)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as err:  # last resort: one line, not a traceback
            if os.environ.get("NEWSPARSE_DEBUG"):
                raise
            _fail(f"internal error: {type(err).__name__}: {err} (NEWSPARSE_DEBUG=1 shows more)")
        finally:
            if not interrupted:
                _sigint(previous)

    return wrapper  # type: ignore[return-value]


def _sigint(handler: Any) -> Any:
    """Install a SIGINT handler (main thread only); the one it replaces."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGINT, handler) if handler is not None else None


def model_option(func: F) -> F:
    return click.option(
        "--model",
        "-m",
        envvar="NEWSPARSE_MODEL",
        default="md",
        show_default=True,
        help="spaCy pipeline: md, sm, an installed package name (en_core_web_lg...) or a path.",
    )(func)
