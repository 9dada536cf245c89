from __future__ import annotations

from click.testing import CliRunner

from policykg.cli import main
from policykg.graph.embedded import save_graph


def test_render_writes_one_focused_offline_page(graph, tmp_path) -> None:
    save_graph(graph, tmp_path / "out")
    target = tmp_path / "agency.html"
    result = CliRunner().invoke(main, ["render", "agency", "--param", "agency=县示例第1局", "-o", str(target), "--graph", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert "县示例第1局" in page and "vis.Network" in page


def test_render_reports_an_unknown_entity_in_one_line(graph, tmp_path) -> None:
    save_graph(graph, tmp_path / "out")
    result = CliRunner().invoke(main, ["render", "groups", "--param", "person=无此人", "-o", str(tmp_path / "x.html"), "--graph", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "no Person named '无此人'" in result.output
    assert not (tmp_path / "x.html").exists()


def test_render_takes_one_graph_source_and_without_one_says_how_to_give_it(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # no managed server there
    result = CliRunner().invoke(main, ["render", "amendments", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and "give --neo4j URI, set NEO4J_URI, or run `policykg neo4j start`" in result.output
    both = CliRunner().invoke(main, ["render", "amendments", "-o", str(tmp_path / "x.html"), "--graph", str(tmp_path), "--neo4j", "bolt://127.0.0.1:1"])
    assert both.exit_code == 1 and "give one of --graph OUT or --neo4j URI" in both.output
