"""A web server on 127.0.0.1 (port chosen by the OS) serving one article page, for URL tests."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = b"""<!DOCTYPE html><html><head><title>Bridge opens | The Daily</title>
<meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2024-03-01T10:00:00+01:00">
</head><body><article><h1>Bridge opens</h1>
<p>The new bridge over the river opened on Friday after three years of building work.</p>
<p>"It is a great day for the town," said Mayor Jane Doe at the ceremony on the north bank.</p>
</article></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/story":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(PAGE)
        else:
            self.send_response(404)
            self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serving() -> Iterator[str]:
    """The base URL of a local server: ``/story`` is the page, anything else a 404."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
