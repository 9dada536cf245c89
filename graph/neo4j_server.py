"""A local Neo4j 5.26 community server without Docker: jars from Maven Central, one process per home.

``fetch_jars`` runs ``mvn dependency:copy-dependencies`` on the project's ``neo4j_server.pom.xml`` into a
cache shared by every home. ``start`` writes ``neo4j.conf`` (Bolt on 127.0.0.1 only, auth on, usage
reports off, a small page cache), launches ``org.neo4j.server.CommunityEntryPoint`` in the
background with its output in ``HOME/logs/console.log``, waits until Bolt answers and replaces the
initial ``neo4j`` password by a generated one kept in ``HOME/server.json`` (mode 0600).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable

from policykg.errors import Neo4jUnavailable

NEO4J_VERSION = "5.26.19"
USER = "neo4j"
INITIAL_PASSWORD = "neo4j"
START_TIMEOUT_SECONDS = 180
STOP_TIMEOUT_SECONDS = 60


def data_home() -> Path:
    """Where ``policykg neo4j start`` keeps its server unless told otherwise (XDG data directory)."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "policykg" / "neo4j"


def jar_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "policykg" / f"neo4j-{NEO4J_VERSION}" / "lib"


@dataclass(frozen=True)
class ServerInfo:
    """What a client needs to reach a managed server, persisted as ``HOME/server.json``."""

    uri: str
    user: str
    password: str
    pid: int
    home: str

    @classmethod
    def read(cls, home: Path) -> ServerInfo | None:
        path = home / "server.json"
        if not path.is_file():
            return None
        return cls(**json.loads(path.read_text(encoding="utf-8")))

    def write(self) -> None:
        path = Path(self.home) / "server.json"
        path.touch(mode=0o600, exist_ok=True)
        path.chmod(0o600)
        path.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")


def fetch_jars(cache: Path | None = None) -> Path:
    """The server's jars, downloaded by Maven on first use; later calls find them in the cache."""
    cache = cache or jar_cache()
    if (cache / f"neo4j-{NEO4J_VERSION}.jar").is_file():
        return cache
    for tool, package in (("mvn", "maven"), ("java", "openjdk-17-jre-headless")):
        if not shutil.which(tool):
            raise Neo4jUnavailable(f"cannot fetch Neo4j {NEO4J_VERSION}: `{tool}` is not on PATH (apt-get install {package})")
    pom = resources.files("policykg.graph").joinpath("neo4j_server.pom.xml")
    partial = cache.with_name(cache.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    with resources.as_file(pom) as pom_path:
        done = subprocess.run(
            ["mvn", "-B", "-q", "-f", str(pom_path), "dependency:copy-dependencies",
             f"-DoutputDirectory={partial}", "-DincludeScope=runtime", f"-Dneo4j.version={NEO4J_VERSION}"],
            capture_output=True, text=True, check=False,
        )
    if done.returncode != 0:
        tail = (done.stdout + done.stderr).strip().splitlines()[-3:]
        raise Neo4jUnavailable(f"mvn could not fetch Neo4j {NEO4J_VERSION}: {' / '.join(tail) or f'exit {done.returncode}'}")
    # Renamed only when complete, so an interrupted download is never mistaken for a cache.
    shutil.rmtree(cache, ignore_errors=True)
    partial.rename(cache)
    return cache


def write_config(home: Path, port: int, http_port: int | None, heap: str, page_cache: str) -> Path:
    conf_dir = home / "conf"
    conf_dir.mkdir(parents=True, exist_ok=True)
    lines = [
        "server.default_listen_address=127.0.0.1",
        f"server.bolt.listen_address=127.0.0.1:{port}",
        "server.bolt.tls_level=DISABLED",
        f"server.http.enabled={'true' if http_port else 'false'}",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        "dbms.usage_report.enabled=false",
        f"server.memory.heap.initial_size={heap}",
        f"server.memory.heap.max_size={heap}",
        f"server.memory.pagecache.size={page_cache}",
        f"server.directories.data={home / 'data'}",
        f"server.directories.logs={home / 'logs'}",
        f"server.directories.run={home / 'run'}",
        f"server.directories.import={home / 'import'}",
    ]
    if http_port:
        lines.append(f"server.http.listen_address=127.0.0.1:{http_port}")
    path = conf_dir / "neo4j.conf"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return conf_dir


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def status(home: Path | None = None) -> ServerInfo | None:
    """The managed server of ``home`` if its process is running, else None."""
    info = ServerInfo.read(home or data_home())
    return info if info and _alive(info.pid) else None


def start(
    home: Path | None = None,
    port: int = 7687,
    http_port: int | None = None,
    heap: str = "512m",
    page_cache: str = "128m",
    password: str | None = None,
) -> ServerInfo:
    """Start the server of ``home`` (or return the one already running) and wait until Bolt answers."""
    home = (home or data_home()).resolve()
    running = status(home)
    if running:
        return running
    java = shutil.which("java")
    if not java:
        raise Neo4jUnavailable("cannot start Neo4j: `java` is not on PATH (Neo4j 5.26 needs Java 17: apt-get install openjdk-17-jre-headless)")
    if _port_taken(port):
        raise Neo4jUnavailable(f"cannot start Neo4j: 127.0.0.1:{port} is already in use (choose another with --port)")
    lib = fetch_jars()
    conf_dir = write_config(home, port, http_port, heap, page_cache)
    previous = ServerInfo.read(home)
    password = password or (previous.password if previous else secrets.token_urlsafe(18))
    (home / "logs").mkdir(parents=True, exist_ok=True)
    with open(home / "logs" / "console.log", "ab") as log:
        process = subprocess.Popen(
            [java, f"-Xms{heap}", f"-Xmx{heap}", "-XX:+UseG1GC", "-Dfile.encoding=UTF-8", "-cp", f"{lib}/*",
             "org.neo4j.server.CommunityEntryPoint", f"--home-dir={home}", f"--config-dir={conf_dir}", "--console-mode"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    info = ServerInfo(f"bolt://127.0.0.1:{port}", USER, password, process.pid, str(home))
    info.write()
    try:
        _wait_for_bolt(info, process)
        _set_password(info)
    except Neo4jUnavailable:
        stop(home)
        raise
    return info


def _port_taken(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _wait_for_bolt(info: ServerInfo, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    port = int(info.uri.rsplit(":", 1)[1])
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise Neo4jUnavailable(f"Neo4j exited with status {process.returncode} while starting; see {info.home}/logs/console.log")
        if _port_taken(port):
            return
        time.sleep(0.5)
    raise Neo4jUnavailable(f"Neo4j did not open {info.uri} within {START_TIMEOUT_SECONDS} s; see {info.home}/logs/console.log")


def _set_password(info: ServerInfo) -> None:
    """A new database still has the password ``neo4j``, which must be changed before any query."""
    try:
        with GraphDatabase.driver(info.uri, auth=(info.user, info.password)) as driver:
            driver.verify_connectivity()
        return
    except AuthError:
        pass
    except ServiceUnavailable as exc:
        raise Neo4jUnavailable(f"{info.uri}: {exc}") from None
    try:
        with GraphDatabase.driver(info.uri, auth=(info.user, INITIAL_PASSWORD)) as driver, driver.session(database="system") as session:
            session.run("ALTER CURRENT USER SET PASSWORD FROM $old TO $new", old=INITIAL_PASSWORD, new=info.password).consume()
    except AuthError:
        raise Neo4jUnavailable(f"{info.uri}: the database in {info.home} has a password policykg does not know; "
                               "remove its data directory or set NEO4J_PASSWORD") from None


def stop(home: Path | None = None) -> bool:
    """Stop the managed server of ``home``; True if one was running."""
    home = home or data_home()
    info = ServerInfo.read(home)
    if not info or not _alive(info.pid):
        return False
    os.killpg(info.pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
    while _alive(info.pid) and time.monotonic() < deadline:
        _reap(info.pid)
        time.sleep(0.2)
    if _alive(info.pid):
        os.killpg(info.pid, signal.SIGKILL)
        _reap(info.pid)
    return True


def _reap(pid: int) -> None:
    """Collect our own child so that it does not linger as a zombie that still looks alive."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
