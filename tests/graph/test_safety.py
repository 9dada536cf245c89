"""Safety: the managed Neo4j listens on 127.0.0.1 only with auth on, no secret is committed, and
every Cypher statement takes values only as parameters (hostile values included)."""

from __future__ import annotations

import ipaddress
import json
import os
import re
import subprocess
from pathlib import Path

import neo4j
import pytest
from click.testing import CliRunner
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

from policykg.cli import main
from policykg.graph import neo4j_server
from policykg.graph.embedded import load_graph
from policykg.graph.graph_rows import IDENTIFIER, edge_rows, node_rows
from policykg.graph.neo4j_store import count_graph, load_graph_into, read_graph
from policykg.graph.query import load_packs, run_neo4j
from tests.bad_inputs import BACKTICK_INJECTION, CASES, CYPHER_INJECTION, GOOD
from tests.graph.synthetic_graph import synthetic_graph

REPO = Path(__file__).resolve().parents[2]
PLACEHOLDERS = {"<password>", "choose-a-password"}


# -- the managed server ---------------------------------------------------------------------------
def conf_of(conf_dir: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in (conf_dir / "neo4j.conf").read_text(encoding="utf-8").splitlines())


def test_managed_neo4j_config_listens_on_loopback_only_with_auth_on(tmp_path):
    settings = conf_of(neo4j_server.write_config(tmp_path, 7999, None, "256m", "64m"))
    assert settings["dbms.security.auth_enabled"] == "true"
    assert settings["server.default_listen_address"] == "127.0.0.1"
    assert settings["server.bolt.listen_address"] == "127.0.0.1:7999"
    assert (settings["server.http.enabled"], settings["server.https.enabled"]) == ("false", "false")
    with_http = conf_of(neo4j_server.write_config(tmp_path / "http", 7999, 7998, "256m", "64m"))
    assert with_http["server.http.listen_address"] == "127.0.0.1:7998"
    listening = [value for key, value in with_http.items() if key.endswith("listen_address")]
    assert len(listening) == 3 and all(value.split(":")[0] == "127.0.0.1" for value in listening)


def test_server_credentials_file_is_readable_by_its_owner_only(tmp_path):
    info = neo4j_server.ServerInfo("bolt://127.0.0.1:7999", "neo4j", "generated", 1, str(tmp_path))
    info.write()
    assert (tmp_path / "server.json").stat().st_mode & 0o777 == 0o600


def listening_addresses(port: int) -> set[ipaddress._BaseAddress]:
    """Addresses with a socket listening on ``port``, from /proc/net/tcp and tcp6 (Linux)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state != "0A" or int(hex_port, 16) != port:  # 0A: LISTEN
                continue
            raw = bytes.fromhex(address)
            # The kernel prints each 32-bit word in host (little-endian) order.
            words = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
            ip = ipaddress.ip_address(words)
            found.add(ip.ipv4_mapped or ip if isinstance(ip, ipaddress.IPv6Address) else ip)
    return found


@pytest.mark.neo4j
def test_the_running_managed_server_listens_on_loopback_only_and_refuses_the_initial_password(neo4j_server_info):
    if not os.path.exists("/proc/net/tcp"):
        pytest.skip("no /proc/net/tcp to read listening sockets from")
    port = int(neo4j_server_info.uri.rsplit(":", 1)[1])
    addresses = listening_addresses(port)
    assert addresses and all(address.is_loopback for address in addresses), addresses
    with GraphDatabase.driver(neo4j_server_info.uri, auth=("neo4j", "neo4j")) as driver, pytest.raises(AuthError):
        driver.verify_connectivity()
    assert len(neo4j_server_info.password) >= 20


@pytest.fixture(scope="module")
def neo4j_server_info(neo4j_server):
    if os.environ.get("NEO4J_URI"):
        pytest.skip("NEO4J_URI names a server policykg does not manage")
    return neo4j_server


# -- secrets --------------------------------------------------------------------------------------
def tracked_files() -> list[Path]:
    done = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("not a git checkout")
    return [REPO / name for name in done.stdout.decode().split("\0") if name and (REPO / name).is_file()]


def tracked_texts() -> list[tuple[Path, str]]:
    texts = []
    for path in tracked_files():
        data = path.read_bytes()
        if b"\0" not in data[:4096]:
            texts.append((path, data.decode("utf-8", errors="replace")))
    return texts


def test_no_credentials_file_is_committed():
    risky = re.compile(r"(^|/)(server\.json|\.env(\..*)?|id_rsa.*|.*\.(pem|key|p12|pfx|keystore))$")
    assert [p for p in tracked_files() if risky.search(p.relative_to(REPO).as_posix())] == []


def test_passwords_in_committed_files_are_placeholders_or_come_from_the_environment():
    assignment = re.compile(r"(?:NEO4J_PASSWORD|NEO4J_AUTH)\s*[=:]\s*(?:neo4j/)?([^\s`'\"]+)")
    for path, text in tracked_texts():
        for value in assignment.findall(text):
            assert value in PLACEHOLDERS or value.startswith(("${", "<")), f"{path.relative_to(REPO)}: {value}"
    compose = (REPO / "docker-compose.yml").read_text(encoding="utf-8")
    assert "NEO4J_AUTH: ${NEO4J_AUTH:?" in compose  # no default: compose refuses to start without one


@pytest.mark.neo4j
def test_the_test_servers_generated_password_is_in_no_committed_file(neo4j_server):
    assert neo4j_server.password and all(neo4j_server.password not in text for _, text in tracked_texts())


# -- Cypher takes values as parameters ----------------------------------------------------------------
def test_every_pack_uses_exactly_the_parameters_it_declares():
    for pack in load_packs().values():
        used = set(re.findall(r"\$(\w+)", pack.cypher))
        assert used == {parameter.name for parameter in pack.parameters}, pack.name


@pytest.fixture
def statements(monkeypatch) -> list[tuple[str, dict]]:
    """Every statement the driver sends to the real server, with its parameters."""
    sent: list[tuple[str, dict]] = []

    def recording(original):
        def run(self, query, parameters=None, **kwargs):
            sent.append((str(query), {**(parameters or {}), **kwargs}))
            return original(self, query, parameters, **kwargs)
        return run

    monkeypatch.setattr(neo4j.Session, "run", recording(neo4j.Session.run))
    monkeypatch.setattr(neo4j.ManagedTransaction, "run", recording(neo4j.ManagedTransaction.run))
    return sent


@pytest.fixture(scope="module")
def hostile_graph(tmp_path_factory):
    """Every bad-input case that carries an injection, built into one graph."""
    folder = tmp_path_factory.mktemp("hostile")
    inputs = [case.write(folder) for case in CASES if not case.reject and ("injection" in case.name or "script" in case.name)]
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", *map(str, inputs), str(folder / "good.txt"), "-o", str(folder / "out"), "--no-views"])
    assert result.exit_code == 0, result.output
    return load_graph(folder / "out")


def stored_values(graph) -> set[str]:
    """The graph's text values that could not pass for a label, type or property name."""
    values = set()
    for rows in [*node_rows(graph).values(), *edge_rows(graph).values()]:
        for row in rows:
            for value in row.props.values():
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, str) and len(item) > 1 and not IDENTIFIER.match(item):
                        values.add(item)
    return values


@pytest.mark.neo4j
def test_loading_counting_and_reading_back_put_no_value_into_a_statement(hostile_graph, clean_neo4j, statements):
    load_graph_into(clean_neo4j, hostile_graph, batch_size=50)
    count_graph(clean_neo4j)
    read_graph(clean_neo4j)
    values = stored_values(hostile_graph)
    assert any(CYPHER_INJECTION in value for value in values) and any(BACKTICK_INJECTION in value for value in values)
    assert len(statements) > 20
    for statement, _ in statements:
        leaked = [value for value in values if value in statement]
        assert not leaked, (statement, leaked[:3])
        assert "'}" not in statement and "`" not in statement


@pytest.mark.neo4j
def test_query_packs_send_their_text_unchanged_and_hostile_parameters_change_nothing(clean_neo4j, statements):
    load_graph_into(clean_neo4j, synthetic_graph())
    before = json.dumps(sorted(map(str, read_graph(clean_neo4j).nodes(data=True))), ensure_ascii=False)
    del statements[:]
    for pack in load_packs().values():
        raw = {p.name: CYPHER_INJECTION for p in pack.parameters if p.type == "str"}
        raw |= {p.name: "2024-06-30" for p in pack.parameters if p.type == "date" and p.required}
        run_neo4j(clean_neo4j, pack, pack.bind(raw))
        statement, parameters = statements[-1]
        assert statement == pack.cypher
        assert all(parameters[name] == CYPHER_INJECTION for name in raw if raw[name] == CYPHER_INJECTION)
    after = json.dumps(sorted(map(str, read_graph(clean_neo4j).nodes(data=True))), ensure_ascii=False)
    assert after == before
