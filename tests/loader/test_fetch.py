"""URL inputs: fetched from a local server on 127.0.0.1 only, announced, refused --offline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from local_server import serving
from newsparse.errors import InputError
from newsparse.loader.fetch import is_url, load_url, url_name
from newsparse.models import Article


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving() as url:
        yield url


def test_urls_are_told_from_paths() -> None:
    assert is_url("https://example.org/a/b?c=1") and is_url("http://127.0.0.1:8000/x")
    assert not is_url("news/a.html") and not is_url("http:/broken") and not is_url("-")
    assert url_name("https://example.org/2024/story/") == "example.org/2024/story"


def test_a_page_is_fetched_announced_and_loaded_like_a_saved_one(server: str) -> None:
    said: list[str] = []
    (article,) = load_url(f"{server}/story", max_bytes=1_000_000, notify=said.append)
    assert isinstance(article, Article)
    assert said == [f"newsparse: fetching {server}/story (network)"]
    assert "great day for the town" in article.text and article.format == "html"
    assert article.url == f"{server}/story" and article.id.startswith("127.0.0.1")


def test_offline_refuses_and_errors_are_one_line(server: str) -> None:
    with pytest.raises(InputError, match="--offline forbids network access"):
        list(load_url(f"{server}/story", max_bytes=1_000_000, offline=True))
    with pytest.raises(InputError, match="HTTP 404"):
        list(load_url(f"{server}/missing", max_bytes=1_000_000))
    with pytest.raises(InputError, match="over the 100-byte limit"):
        list(load_url(f"{server}/story", max_bytes=100))
