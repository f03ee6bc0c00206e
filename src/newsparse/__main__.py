"""``python -m newsparse`` and the ``newsparse`` script: the CLI, Ctrl-C handled from line one."""

from __future__ import annotations

import os
import signal
from typing import Any


def _interrupted(signum: int, frame: Any) -> None:
    """Ctrl-C outside a command's body (imports, option parsing, exit): nothing to clean up."""
    os.write(2, b"newsparse: interrupted\n")
    os._exit(130)


def main() -> None:
    """Console-script entry point: the handler goes in before the CLI (Click...) is imported;
    a command's body takes Ctrl-C as KeyboardInterrupt so it can stop its workers first."""
    signal.signal(signal.SIGINT, _interrupted)
    from newsparse.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
