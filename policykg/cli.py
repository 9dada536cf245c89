"""The ``policykg`` command line: build, extract, eval, load, query, render, status, serve, neo4j."""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from policykg import __version__
from policykg.extract.evaluate import SECTIONS
from policykg.errors import InputError, Neo4jUnavailable, PolicyKGError

EXIT_PARTIAL = 3
TEXT_SUFFIXES = {".txt", ".text", ".html", ".htm"}


def fail(message: str) -> None:
    click.secho(f"Error: {message}", fg="red", err=True)


def expand_paths(paths: tuple[str, ...]) -> tuple[list[Path], list[InputError]]:
    """Files as given; directories expand to their text and HTML files, sorted. A directory that
    holds none is an error of its own, so that a wrong folder is not silently an empty one."""
    found: list[Path] = []
    problems: list[InputError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not files:
                problems.append(InputError(str(path), f"folder holds no text or HTML files ({', '.join(sorted(TEXT_SUFFIXES))})"))
            found.extend(files)
        else:
            found.append(path)
    return found, problems


def extract_all(paths: list[Path], label: str = "Extracting") -> Iterator[tuple[Path, object, tuple[str, ...]]]:
    """Yield (path, ExtractionResult | InputError, the reader's warnings) per file; one bad file
    never stops the batch."""
    from policykg.extract.pipeline import build_pipeline, result_of, run
    from policykg.extract.read import read_file

    nlp = build_pipeline()
    with click.progressbar(paths, label=label, file=sys.stderr, item_show_func=lambda p: p.name if p else "") as bar:
        for path in bar:
            try:
                decoded = read_file(path)
                yield path, result_of(run(nlp, decoded)), decoded.warnings
            except InputError as exc:
                yield path, exc, ()
            except Exception as exc:  # noqa: BLE001  (an extractor bug on one file must not lose the others)
                yield path, InputError(str(path), f"extraction failed: {type(exc).__name__}: {exc}"), ()


_LINE_PREFIX = re.compile(r"line (\d+): ")


def warn(path: Path, message: str) -> None:
    """One yellow line ``Warning: <path>[:line]: reason``; reader warnings start ``line N: ``."""
    m = _LINE_PREFIX.match(message)
    where = f"{path}:{m.group(1)}" if m else str(path)
    click.secho(f"Warning: {where}: {message[m.end():] if m else message}", fg="yellow", err=True)


def write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


neo4j_option = click.option("--neo4j", "neo4j_uri", metavar="URI", default=None, help="Bolt URI of a Neo4j server (default: NEO4J_URI, else the server started by `policykg neo4j start`).")


class Group(click.Group):
    """Print PolicyKGError as one red line and exit non-zero, never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except PolicyKGError as exc:
            fail(str(exc))
            sys.exit(1)


@click.group(cls=Group)
@click.version_option(__version__, prog_name="policykg")
def main() -> None:
    """Knowledge graph of Chinese local-government policies, agencies, leading groups and programs."""
    # The Neo4j driver logs each retry and server notification to stderr; errors reach the user as
    # one line of ours instead.
    driver_log = logging.getLogger("neo4j")
    if not any(isinstance(handler, logging.NullHandler) for handler in driver_log.handlers):
        driver_log.addHandler(logging.NullHandler())


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Output directory for graph.json, records/ and the HTML views.")
@click.option("--views/--no-views", default=True, show_default=True, help="Write index.html and the browser views.")
def build(paths: tuple[str, ...], out_dir: str, views: bool) -> None:
    """Extract PATHS (files or folders), build the graph and write it with records and views to OUT.

    An input that cannot be read (binary, over 16 MiB, missing …) is one error line; the others are
    still built and the exit status is 3. When no input can be read, nothing is written (status 1).
    """
    from policykg.graph.build import build_graph
    from policykg.graph.embedded import save_graph

    out = Path(out_dir)
    results, failures = _extract_to_records(paths, out / "records")
    graph = build_graph(results)
    save_graph(graph, out)
    if views:
        from policykg.viz.site import write_site

        write_site(graph, out)
    click.echo(f"{len(results)} file(s) → {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges in {out / 'graph.json'}", err=True)
    for conflict in graph.graph.get("person_conflicts", []):
        click.echo(f"namesakes kept apart: {conflict['name']} ({conflict['jurisdiction']}): {conflict['reason']}", err=True)
    if views:
        click.echo(f"open {out / 'index.html'}", err=True)
    if failures:
        sys.exit(EXIT_PARTIAL)


def _extract_to_records(given: tuple[str, ...], records_dir: Path) -> tuple[list, int]:
    """Extract every input, write one record file each; errors and warnings are one line per file.

    Raises when no input could be read, so that a failed run never replaces earlier output."""
    paths, problems = expand_paths(given)
    for problem in problems:
        fail(str(problem))
    if not paths and not problems:
        raise PolicyKGError("no input files (looked for " + ", ".join(sorted(TEXT_SUFFIXES)) + ")")
    results = []
    failures = len(problems)
    for path, outcome, read_warnings in extract_all(paths):
        if isinstance(outcome, InputError):
            fail(str(outcome))
            failures += 1
            continue
        for message in read_warnings:
            warn(path, message)
        for problem in outcome.problems:
            if problem.severity == "error":
                warn(path, f"line {problem.line}: {problem.reason}" if problem.line else problem.reason)
        unfinished = _unfinished_document(outcome)
        if unfinished:
            warn(path, unfinished)
        results.append((path, outcome))
    if not results:
        raise PolicyKGError(f"none of the {failures} input(s) could be read; nothing written")
    for path, outcome in results:
        write_json(records_dir / f"{path.stem}.json", outcome.to_json())
    return [outcome for _, outcome in results], failures


def _unfinished_document(result) -> str | None:
    """A file that ends inside a document (a cut download) leaves its last document without any
    signature date; documents in full gazettes always have one."""
    if not result.documents:
        return None
    last = max(result.documents, key=lambda document: document.start)
    if last.date or last.date_as_printed or last.date_candidates:
        return None
    return f"line {last.line}: the file ends inside this document ({last.title or last.doc_number}): no signature date follows; was the file cut short?"


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Directory for one <stem>.json record file per input (SCHEMA.md shape).")
def extract(paths: tuple[str, ...], out_dir: str) -> None:
    """Extract PATHS into flat JSON records, one file per input."""
    results, failures = _extract_to_records(paths, Path(out_dir))
    click.echo(f"{len(results)} record file(s) in {out_dir}", err=True)
    if failures:
        sys.exit(EXIT_PARTIAL)


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--texts", "texts_dir", required=True, type=click.Path(exists=True, file_okay=False), help="Folder holding the source texts the gold files annotate.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--per-file", is_flag=True, help="Also print one table per file.")
@click.option("--show-errors", "show_errors", type=click.Choice(list(SECTIONS)), default=None, help="List missed and spurious keys of this section.")
def evaluate(gold_dir: str, texts_dir: str, as_json: bool, per_file: bool, show_errors: str | None) -> None:
    """Score extraction of --texts against the gold annotations in GOLD_DIR."""
    from policykg.extract import evaluate as scoring

    gold = scoring.load_gold_dir(gold_dir)
    paths = []
    for stem in gold:
        matches = [p for p in Path(texts_dir).iterdir() if p.stem == stem and p.suffix.lower() in TEXT_SUFFIXES]
        if not matches:
            raise PolicyKGError(f"{texts_dir}: no text for gold file {stem}.json")
        paths.append(matches[0])
    predicted = {}
    for path, outcome, _ in extract_all(paths, "Scoring"):
        if isinstance(outcome, InputError):
            fail(str(outcome))
            continue
        predicted[path.stem] = outcome.to_json()
    report = scoring.score(gold, predicted)
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    else:
        click.echo(scoring.format_table(report, per_file=per_file))
    if show_errors:
        for stem in gold:
            missed, spurious = scoring.diff(gold[stem], predicted.get(stem), show_errors)
            for key in missed:
                click.echo(f"{stem}\tmissed\t{' | '.join(key)}")
            for key in spurious:
                click.echo(f"{stem}\tspurious\t{' | '.join(key)}")


def load_records(out_dir: str) -> list:
    """The extraction results a build wrote under OUT/records/."""
    from policykg.extract.records import ExtractionResult

    records = Path(out_dir) / "records"
    files = sorted(records.glob("*.json"))
    if not files:
        raise PolicyKGError(f"{records}: no record files; run `policykg build PATHS -o {out_dir}` first")
    return [ExtractionResult.from_json(json.loads(f.read_text(encoding="utf-8"))) for f in files]


@main.command()
@click.argument("document")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, help="Date to report the status on (YYYY-MM-DD; default today).")
@click.option("--graph", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False), help="Output directory of `policykg build`.")
def status(document: str, as_of, out_dir: str) -> None:
    """Status of DOCUMENT (number or title) as of a date, with the evidence chain."""
    import datetime as dt

    from policykg.graph.status import format_status, status_of

    day = as_of.date() if as_of else dt.date.today()
    click.echo(format_status(status_of(load_records(out_dir), document, day)))


@main.command()
def model() -> None:
    """Print the graph model reference (Markdown), generated from graph/model.json."""
    from policykg.graph.model import load_model

    click.echo(load_model().to_markdown(), nl=False)


class ParamPair(click.ParamType):
    """``key=value``, as in ``--param agency=市发改委``."""

    name = "key=value"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> tuple[str, str]:
        key, sep, rest = str(value).partition("=")
        if not sep or not key:
            self.fail(f"{value!r} is not key=value", param, ctx)
        return key.strip(), rest.strip()


@main.command()
@click.argument("view", type=click.Choice(["responsibility", "amendments", "groups", "agency"]))
@click.option("--param", "params", multiple=True, type=ParamPair(), help="Centre the view on one entity: agency=…, document=…, group=… or person=… (a node key, id, name, title or number).")
@click.option("-o", "--out", "out_file", required=True, type=click.Path(dir_okay=False), help="HTML file to write (self-contained, opens offline).")
@click.option("--graph", "graph_dir", default=None, type=click.Path(exists=True), help="Output directory of `policykg build` (or its graph.json).")
@neo4j_option
def render(view: str, params: tuple[tuple[str, str], ...], out_file: str, graph_dir: str | None, neo4j_uri: str | None) -> None:
    """Render one browser VIEW of the graph as a single offline HTML file (from --graph OUT, else Neo4j)."""
    from policykg.viz.page import render_page
    from policykg.viz.registry import build_view

    if graph_dir and neo4j_uri:
        raise PolicyKGError("give one of --graph OUT or --neo4j URI")
    if not graph_dir:
        from policykg.graph.neo4j_connect import open_driver
        from policykg.graph.neo4j_store import read_graph

        with open_driver(neo4j_uri) as driver:
            graph = read_graph(driver)
    else:
        from policykg.graph.embedded import load_graph

        graph = load_graph(graph_dir)
    page = build_view(graph, view, dict(params))
    Path(out_file).parent.mkdir(parents=True, exist_ok=True)
    Path(out_file).write_text(render_page(page), encoding="utf-8")
    click.echo(f"{len(page.nodes)} nodes, {len(page.edges)} edges → {out_file}", err=True)


@main.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False))
@click.option("-p", "--port", default=8765, show_default=True, type=click.IntRange(0, 65535), help="Port on 127.0.0.1 (0 picks a free one).")
def serve(out_dir: str, port: int) -> None:
    """Serve the site written by `policykg build` (OUT_DIR/index.html) on 127.0.0.1."""
    from policykg.viz.serve import make_server, url_of

    server = make_server(out_dir, port)
    click.echo(f"Serving {out_dir} at {url_of(server)} (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command()
@click.argument("out_dir", type=click.Path(exists=True))
@neo4j_option
@click.option("--batch-size", default=1000, show_default=True, type=click.IntRange(1), help="Rows per UNWIND batch; each batch is one transaction.")
@click.option("--retry-for", "retry_seconds", default=30.0, show_default=True, type=click.FloatRange(0), metavar="SECONDS",
              help="How long a batch is retried while the server is unreachable or busy before the load stops.")
def load(out_dir: str, neo4j_uri: str | None, batch_size: int, retry_seconds: float) -> None:
    """Load OUT_DIR/graph.json into Neo4j: idempotent, and each file's facts replace what it said before."""
    from policykg.graph.embedded import load_graph
    from policykg.graph.neo4j_connect import open_driver
    from policykg.graph.neo4j_store import load_graph_into

    graph = load_graph(out_dir)
    total = graph.number_of_nodes() + graph.number_of_edges()
    sent = 0
    connected = False

    def advance(rows: int) -> None:
        nonlocal sent
        sent += rows
        bar.update(rows)

    try:
        with open_driver(neo4j_uri, retry_seconds) as driver, click.progressbar(length=total, label="Loading", file=sys.stderr) as bar:
            connected = True
            report = load_graph_into(driver, graph, batch_size=batch_size, progress=advance)
    except Neo4jUnavailable as exc:
        if not connected:
            raise
        raise Neo4jUnavailable(f"{exc}; {sent:,} of {total:,} nodes and relationships were confirmed before the load stopped: "
                               "run `policykg load` again to finish (loading is idempotent)") from None
    nodes, edges = report.counts.total()
    click.echo(f"sent {report.nodes_sent} nodes, {report.edges_sent} edges; removed {report.stale_edges_removed} stale edges, {report.orphan_nodes_removed} orphan nodes", err=True)
    click.echo(f"Neo4j now holds {nodes} nodes, {edges} relationships")
    for name, count in {**report.counts.nodes, **report.counts.edges}.items():
        click.echo(f"  {name:<20} {count}")


@main.command()
@click.argument("pack_name", metavar="PACK", required=False)
@click.option("--list", "list_packs", is_flag=True, help="List the query packs with their parameters.")
@click.option("--param", "params", multiple=True, type=ParamPair(), help="A pack parameter, e.g. --param agency=市发改委 (see --list).")
@click.option("--graph", "graph_dir", default=None, type=click.Path(exists=True), help="Query the embedded graph in this `policykg build` output.")
@neo4j_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True, help="Output format.")
def query(pack_name: str | None, list_packs: bool, params: tuple[tuple[str, str], ...], graph_dir: str | None, neo4j_uri: str | None, fmt: str) -> None:
    """Run query PACK on the embedded graph (--graph OUT) or on Neo4j (--neo4j URI); same rows either way."""
    from policykg.graph.query import format_result, get_pack, load_packs, run_embedded, run_neo4j

    if list_packs:
        for pack in load_packs().values():
            click.echo(f"{pack.name}\n  {pack.description}")
            for param in pack.parameters:
                click.echo(f"  --param {param.describe()}")
            click.echo(f"  e.g. {pack.example}")
        return
    if not pack_name:
        raise PolicyKGError("name a PACK (policykg query --list shows them)")
    if graph_dir and neo4j_uri:
        raise PolicyKGError("give one of --graph OUT or --neo4j URI")
    pack = get_pack(pack_name)
    bound = pack.bind(dict(params))
    if graph_dir:
        from policykg.graph.embedded import load_graph

        result = run_embedded(load_graph(graph_dir), pack, bound)
    else:
        from policykg.graph.neo4j_connect import open_driver

        with open_driver(neo4j_uri) as driver:
            result = run_neo4j(driver, pack, bound)
    click.echo(format_result(result, fmt))


@main.command()
@click.argument("out_dir", type=click.Path(exists=True))
@click.option("--format", "fmt", required=True, type=click.Choice(["graphml", "neo4j-csv", "popolo"]), help="graphml (Gephi), neo4j-csv (neo4j-admin import) or popolo (organizations, persons, memberships).")
@click.option("-o", "--out", "target", required=True, type=click.Path(file_okay=False), help="Directory to write the export into.")
def export(out_dir: str, fmt: str, target: str) -> None:
    """Export the graph in OUT_DIR for other tools."""
    from policykg.graph.embedded import load_graph
    from policykg.graph.exports import export as write_export

    for path in write_export(load_graph(out_dir), fmt, target):
        click.echo(str(path))


@main.group()
def neo4j() -> None:
    """Run a local Neo4j 5.26 server without Docker (jars from Maven Central, Java 17)."""


home_option = click.option("--home", "home", default=None, type=click.Path(file_okay=False, path_type=Path), help="Server directory (data, logs, conf, credentials); default ~/.local/share/policykg/neo4j.")


@neo4j.command(name="start")
@home_option
@click.option("--port", default=7687, show_default=True, type=click.IntRange(1, 65535), help="Bolt port on 127.0.0.1.")
@click.option("--http-port", default=None, type=click.IntRange(1, 65535), help="Also serve HTTP (Neo4j Browser) on this port of 127.0.0.1.")
@click.option("--heap", default="512m", show_default=True, help="Java heap size.")
def neo4j_start(home: Path | None, port: int, http_port: int | None, heap: str) -> None:
    """Start the server in the background (fetching it on first use) and print its Bolt URI."""
    from policykg.graph import neo4j_server

    click.echo(f"Starting Neo4j {neo4j_server.NEO4J_VERSION} (the first start downloads it with mvn)…", err=True)
    info = neo4j_server.start(home, port=port, http_port=http_port, heap=heap)
    click.echo(info.uri)
    click.echo(f"user {info.user}; password in {Path(info.home) / 'server.json'}; logs in {Path(info.home) / 'logs'}", err=True)


@neo4j.command(name="stop")
@home_option
def neo4j_stop(home: Path | None) -> None:
    """Stop the server started by `policykg neo4j start`."""
    from policykg.graph import neo4j_server

    click.echo("stopped" if neo4j_server.stop(home) else "not running")


@neo4j.command(name="status")
@home_option
def neo4j_status(home: Path | None) -> None:
    """Say whether the managed server runs, and where; exit status 1 when it does not."""
    from policykg.graph import neo4j_server

    info = neo4j_server.status(home)
    if not info:
        click.echo("not running")
        sys.exit(1)
    click.echo(f"running: {info.uri} (pid {info.pid}, home {info.home})")
