"""``policykg serve OUT``: the site on http://127.0.0.1:PORT/, standard library only."""

from __future__ import annotations

import functools
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from policykg.errors import UsageError


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without a log line per request; errors still reach stderr."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        return


def make_server(out_dir: str | Path, port: int, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    out = Path(out_dir)
    if not (out / "index.html").exists():
        raise UsageError(f"{out}: no index.html; run `policykg build PATHS -o {out}` first")
    handler = functools.partial(QuietHandler, directory=str(out))
    try:
        return ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def url_of(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}/"
