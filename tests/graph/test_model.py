from policykg.graph.model import load_model


def test_every_edge_joins_declared_labels():
    model = load_model()
    for edge in model.edges.values():
        assert edge.source in model.nodes and edge.target in model.nodes, edge.type


def test_model_reference_lists_every_label_and_relationship():
    model = load_model()
    markdown = model.to_markdown()
    assert all(f":{label}" in markdown for label in model.nodes)
    assert all(f"[:{rel}]" in markdown for rel in model.edges)


def test_builder_uses_only_relationship_types_the_model_declares():
    from policykg.graph.build import ROLE_EDGE, RELATION_EDGE

    model = load_model()
    assert set(RELATION_EDGE.values()) <= set(model.edges)
    assert set(ROLE_EDGE.values()) <= set(model.edges)


def test_docs_model_reference_is_the_generated_one():
    from pathlib import Path

    docs = Path(__file__).resolve().parents[2] / "docs" / "MODEL.md"
    assert docs.read_text(encoding="utf-8").strip() == load_model().to_markdown().strip(), "regenerate with: policykg model > docs/MODEL.md"
