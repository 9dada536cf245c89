import csv
import json
import re
from importlib import resources

import networkx as nx

from policykg.graph.exports import export, popolo
from policykg.graph.model import load_model
from tests.graph.synthetic_graph import synthetic_graph


def test_graphml_keeps_every_node_and_edge_with_list_values_as_json(tmp_path):
    graph = synthetic_graph()
    [path] = export(graph, "graphml", tmp_path)
    loaded = nx.read_graphml(path, force_multigraph=True)
    assert set(loaded.nodes) == set(graph.nodes)
    assert loaded.number_of_edges() == graph.number_of_edges()
    zhang = loaded.nodes["Person:示例市|张三"]
    assert zhang["type"] == "Person" and zhang["label"] == "张三"
    assert json.loads(zhang["sources"]) == ["shili_2023.txt", "shili_2024.txt"]


def test_neo4j_csv_headers_name_id_spaces_labels_and_types(tmp_path):
    export(synthetic_graph(), "neo4j-csv", tmp_path)
    with (tmp_path / "nodes_Document.csv").open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header[:2] == ["id:ID(Document)", ":LABEL"]
    assert "line:long" in header and "stub:boolean" in header and "issuer:string[]" in header
    with (tmp_path / "relationships_MEMBER_OF.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == [":START_ID(Person)", ":END_ID(LeadingGroup)", ":TYPE"]
    assert {row[2] for row in rows[1:]} == {"MEMBER_OF"}


def test_neo4j_csv_writes_one_file_per_label_and_type_and_an_import_command(tmp_path):
    graph = synthetic_graph()
    export(graph, "neo4j-csv", tmp_path)
    model = load_model()
    for label in model.nodes:
        assert (tmp_path / f"nodes_{label}.csv").exists()
    relationship_rows = 0
    for rel in model.edges:
        with (tmp_path / f"relationships_{rel}.csv").open(encoding="utf-8") as handle:
            relationship_rows += sum(1 for _ in handle) - 1
    assert relationship_rows == graph.number_of_edges()
    command = (tmp_path / "import.sh").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in command and "--nodes=nodes_Person.csv" in command


def test_popolo_holds_agencies_and_groups_as_organizations_with_memberships_of_people_and_units():
    data = popolo(synthetic_graph())
    organizations = {o["id"]: o for o in data["organizations"]}
    assert organizations["示例市示例工作专班"]["parent_id"] == "示例市示例工作领导小组"
    assert organizations["示例市示例工作领导小组"]["dissolution_date"] == "2024-05-20"
    assert {p["name"] for p in data["persons"]} == {"张三", "李四", "王五"}
    zhang_roles = {(m["organization_id"], m["role"]) for m in data["memberships"] if m.get("person_id") == "示例市|张三"}
    assert ("示例市应急指挥部", "指挥长") in zhang_roles and ("示例市|示例市人民政府", "副市长") in zhang_roles
    unit = next(m for m in data["memberships"] if m.get("member", {}).get("id") == "示例市|市财政局" and m["organization_id"] == "示例市应急指挥部")
    assert unit["member"]["@type"] == "Organization"
    assert unit["sources"][0]["note"] == "shili_2024.txt:44"


def test_grass_style_gives_every_label_a_colour_and_a_caption_the_model_declares():
    grass = resources.files("policykg.graph").joinpath("policykg.grass").read_text(encoding="utf-8")
    for label, node in load_model().nodes.items():
        block = re.search(r"node\." + label + r" \{(.*?)\n\}", grass, re.S)
        assert block, f"no style for {label}"
        assert re.search(r"color: #[0-9A-F]{6};", block.group(1))
        caption = re.search(r'caption: "\{(\w+)\}"', block.group(1)).group(1)
        assert caption == "id" or caption in node.properties


def test_popolo_memberships_end_when_the_graph_says_the_member_left():
    data = popolo(synthetic_graph())
    li_si = {m["role"]: m.get("end_date") for m in data["memberships"]
             if m.get("person_id") == "示例市|李四" and m["organization_id"] == "示例市示例工作领导小组"}
    assert li_si == {"副组长": "2024-03-07", "办公室主任": "2024-05-20"}
