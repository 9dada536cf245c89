import json

from click.testing import CliRunner

from policykg.cli import EXIT_PARTIAL, main

NOTICE = """市人民政府关于印发示例市示例办法的通知

示政规〔2024〕1号

各县、市、区人民政府,市政府各部门:

现将《示例市示例办法》印发给你们,请认真贯彻执行。

示例市人民政府

2024年3月7日
"""


def _run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_build_writes_graph_records_and_index(tmp_path):
    source = tmp_path / "notice.txt"
    source.write_text(NOTICE, encoding="utf-8")
    out = tmp_path / "out"
    result = _run("build", str(source), "-o", str(out))
    assert result.exit_code == 0, result.output
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert any(n["id"] == "示政规〔2024〕1号" for n in graph["nodes"])
    record = json.loads((out / "records" / "notice.json").read_text(encoding="utf-8"))
    assert record["documents"][0]["date"] == "2024-03-07"
    assert (out / "index.html").exists()


def test_bad_file_is_reported_by_name_and_the_rest_is_built(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(NOTICE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(empty), str(good), "-o", str(out), "--no-views"])
    assert result.exit_code == EXIT_PARTIAL
    assert "empty.txt: empty file" in result.output
    assert (out / "records" / "good.json").exists()


def test_extract_writes_one_record_file_per_input_in_schema_shape(tmp_path):
    source = tmp_path / "notice.txt"
    source.write_text(NOTICE, encoding="utf-8")
    result = _run("extract", str(source), "-o", str(tmp_path / "records"))
    assert result.exit_code == 0
    record = json.loads((tmp_path / "records" / "notice.json").read_text(encoding="utf-8"))
    for section in ("gazette", "documents", "relations", "leading_groups", "responsibilities", "responsibilities_coverage", "renames"):
        assert section in record
    assert record["documents"][0]["doc_number"] == "示政规〔2024〕1号"
    assert record["documents"][0]["evidence"]["line"] == 1


def test_eval_on_shared_gold_prints_every_section(shared_gold, shared_corpus):
    result = _run("eval", str(shared_gold), "--texts", str(shared_corpus))
    assert result.exit_code == 0
    for section in ("documents", "lifecycle", "cites", "groups", "members", "responsibilities", "renames"):
        assert section in result.output


def test_eval_rejects_an_unknown_error_section_by_listing_the_sections(shared_gold, shared_corpus):
    result = _run("eval", str(shared_gold), "--texts", str(shared_corpus), "--show-errors", "leading_groups")
    assert result.exit_code == 2
    assert "'groups'" in result.output and "'renames'" in result.output


ROSTERS_WITH_NAMESAKES = """示例市人民政府办公室关于成立示例市河长制工作领导小组的通知
示政办函〔2024〕1号
各县、市、区人民政府:
市人民政府决定成立示例市河长制工作领导小组。
组  长:王  明  副市长
成  员:李  华  市财政局局长
示例市人民政府办公室
2024年3月1日


示例市人民政府办公室关于成立示例市城市更新工作领导小组的通知
示政办函〔2024〕2号
各县、市、区人民政府:
市人民政府决定成立示例市城市更新工作领导小组。
组  长:王  明  副市长
成  员:李  华  市教育局副局长
示例市人民政府办公室
2024年3月2日
"""


def test_build_reports_namesakes_it_keeps_apart(tmp_path):
    source = tmp_path / "rosters.txt"
    source.write_text(ROSTERS_WITH_NAMESAKES, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path / "out"), "--no-views"])
    assert result.exit_code == 0, result.output
    assert "namesakes kept apart: 李华 (示例市)" in result.output
    assert "王明" not in result.output  # one person on both groups: compatible posts
