from __future__ import annotations

import threading
import urllib.request

import pytest

from policykg.errors import UsageError
from policykg.viz.serve import make_server, url_of


def test_serves_the_site_on_loopback(tmp_path) -> None:
    (tmp_path / "index.html").write_text("<p>示例</p>", encoding="utf-8")
    server = make_server(tmp_path, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = url_of(server)
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url + "index.html", timeout=10) as reply:
            assert reply.read().decode("utf-8") == "<p>示例</p>"
    finally:
        server.shutdown()
        server.server_close()


def test_refuses_a_directory_without_a_site(tmp_path) -> None:
    with pytest.raises(UsageError, match="no index.html"):
        make_server(tmp_path, 0)
