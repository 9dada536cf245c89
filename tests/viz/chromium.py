"""Headless Chromium over the DevTools protocol: open a page, record what it logged and fetched.

Used by the browser tests and by benchmarks/viz_still_frame.py. Talks CDP through
websocket-client, so nothing is downloaded at test time (no driver managers, no browser fetch).
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import websocket

CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,860", "--remote-debugging-port=0",
)


def find_chromium() -> str | None:
    return next((path for name in CANDIDATES if (path := shutil.which(name))), None)


@dataclass
class PageRecord:
    """What one page did while it loaded: console errors, uncaught exceptions, requests."""

    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        return [r for r in self.requests if r.split("#")[0] != self.url.split("#")[0]]


class Chromium:
    def __init__(self, binary: str) -> None:
        self.profile = tempfile.mkdtemp(prefix="policykg-chromium-")
        self.process = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and len(port_file.read_text().split()) >= 2):
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.close()
                raise RuntimeError("chromium did not open its DevTools port")
            time.sleep(0.05)
        port, path = port_file.read_text().split()[:2]
        self.socket = websocket.create_connection(f"ws://127.0.0.1:{port}{path}", timeout=60, suppress_origin=True)
        self.ids = itertools.count(1)
        self.session = ""
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable")
        self.record = PageRecord("about:blank")

    # -- protocol ---------------------------------------------------------------------------
    def call(self, method: str, timeout: float = 60, **params: Any) -> dict[str, Any]:
        ident = next(self.ids)
        message: dict[str, Any] = {"id": ident, "method": method, "params": params}
        if self.session:
            message["sessionId"] = self.session
        self.socket.send(json.dumps(message))
        deadline = time.monotonic() + timeout
        while True:
            reply = self._receive(deadline)
            if reply.get("id") == ident:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def _receive(self, deadline: float) -> dict[str, Any]:
        self.socket.settimeout(max(0.05, deadline - time.monotonic()))
        try:
            message = json.loads(self.socket.recv())
        except websocket.WebSocketTimeoutException:
            raise TimeoutError("no answer from chromium in time") from None
        self._observe(message)
        return message

    def _observe(self, message: dict[str, Any]) -> None:
        method, params = message.get("method"), message.get("params", {})
        if method == "Network.requestWillBeSent":
            self.record.requests.append(params["request"]["url"])
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.record.errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.record.errors.append(details.get("exception", {}).get("description") or details.get("text", "exception"))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            self.record.errors.append(params["entry"].get("text", ""))

    # -- pages ------------------------------------------------------------------------------
    def open(self, url: str, ready: str = "window.policykgReady", timeout: float = 60) -> PageRecord:
        """Navigate and wait until the expression ``ready`` is truthy; returns the page's record."""
        # Via about:blank, so that a URL differing only in its #fragment still loads afresh.
        self.call("Page.navigate", url="about:blank")
        self.wait_for("document.URL === 'about:blank' && !window.policykgReady", timeout)
        self.record = PageRecord(url)
        self.call("Page.navigate", url=url)
        self.wait_for(ready, timeout)
        return self.record

    def wait_for(self, expression: str, timeout: float = 60, poll: float = 0.05) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                value = self.evaluate(expression)
            except RuntimeError:
                value = None  # the page is between documents
            if value:
                return value
            time.sleep(poll)
        raise TimeoutError(f"{expression} still false after {timeout}s; errors: {self.record.errors}")

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"].get("exception", {}).get("description", "evaluation failed"))
        return result["result"].get("value")

    def hover(self, x: float, y: float) -> None:
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"]))
        return path

    def close(self) -> None:
        if getattr(self, "socket", None):
            self.socket.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def require_or_skip() -> str | None:
    """The chromium binary; None means skip. POLICYKG_REQUIRE_BROWSER=1 turns absence into failure."""
    binary = find_chromium()
    if binary is None and os.environ.get("POLICYKG_REQUIRE_BROWSER") == "1":
        raise RuntimeError("POLICYKG_REQUIRE_BROWSER=1 but no chromium on PATH (apt-get install chromium fonts-noto-cjk)")
    return binary
