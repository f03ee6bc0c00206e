"""URL inputs: the one place newsparse opens a socket, through trafilatura's downloader.

Only a URL the user gave is fetched, only when they gave it, and never with ``--offline``; the
command says on stderr that it goes to the network. Everything else about the page (format,
metadata, body) is then read exactly as a saved page would be.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

from newsparse.errors import InputError
from newsparse.models import Article, Failure

_URL = re.compile(r"https?://[^\s/]+(?:/\S*)?", re.IGNORECASE)
TIMEOUT_SECONDS = 30


def is_url(arg: str) -> bool:
    """``http://`` or ``https://`` and a host: an input to fetch, not a path."""
    return _URL.fullmatch(arg) is not None


def url_name(url: str) -> str:
    """A path-like name for a URL (``host/path``): output names and ids derive from it."""
    parts = urlsplit(url)
    return "/".join(p for p in (parts.netloc, *parts.path.split("/")) if p) or parts.netloc


class _Heard(logging.Handler):
    """Keeps trafilatura's download complaints (it logs them instead of raising)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(" ".join(record.getMessage().split()))


def fetch(url: str, *, max_bytes: int) -> bytes:
    """The page's bytes; InputError with a one-line reason when it cannot be had."""
    from trafilatura.downloads import fetch_response
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(TIMEOUT_SECONDS))
    config.set("DEFAULT", "MAX_FILE_SIZE", str(max_bytes))
    config.set("DEFAULT", "MAX_REDIRECTS", "5")
    # The user named this address; an intranet or local page is theirs to read.
    config.set("DEFAULT", "SSRF_PROTECTION", "off")
    heard = _Heard()
    logger = logging.getLogger("trafilatura")
    old = (logger.level, logger.propagate)
    logger.setLevel(logging.ERROR)
    logger.propagate = False  # trafilatura logs why a download failed; say it in our one line
    logger.addHandler(heard)
    try:
        response = fetch_response(url, decode=False, config=config)
    except Exception as err:  # third-party boundary: any failure is one line
        raise InputError(f"{url}: could not fetch the page ({type(err).__name__})") from None
    finally:
        logger.removeHandler(heard)
        logger.setLevel(old[0])
        logger.propagate = old[1]
    if response is None:
        if any("exceeds MAX_FILE_SIZE" in m for m in heard.messages):
            raise InputError(f"{url}: the page is over the {max_bytes:,}-byte limit (--max-bytes)")
        why = heard.messages[-1].split(url, 1)[-1].strip() if heard.messages else ""
        why = why[:160] or "no answer, refused or timed out"
        raise InputError(f"{url}: could not fetch the page ({why})")
    if response.status != 200:
        raise InputError(f"{url}: the server answered HTTP {response.status}")
    data = response.data or b""
    if not data:
        raise InputError(f"{url}: the server sent an empty page")
    if len(data) >= max_bytes:
        raise InputError(f"{url}: the page is over the {max_bytes:,}-byte limit (--max-bytes)")
    return bytes(data)


def load_url(
    url: str,
    *,
    max_bytes: int,
    input_format: str | None = None,
    offline: bool = False,
    notify: Callable[[str], None] | None = None,
) -> Iterator[Article | Failure]:
    """The articles of a web page: fetched, then loaded like the same page saved to a file."""
    from newsparse.loader import load_text

    if offline:
        raise InputError(f"{url}: not fetched: --offline forbids network access")
    if notify is not None:
        notify(f"newsparse: fetching {url} (network)")
    data = fetch(url, max_bytes=max_bytes)
    rid = re.sub(r"[^\w.-]+", "_", url_name(url)).strip("_")[:120] or "page"
    for item in load_text(data, name=url, input_format=input_format, max_bytes=max_bytes):
        if isinstance(item, Article):
            found = {**item.found, "url": item.found.get("url", "fetched")}
            item = item.model_copy(update={"id": rid, "url": item.url or url, "found": found})
        yield item
