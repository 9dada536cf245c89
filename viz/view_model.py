"""What a view is before it becomes HTML: positioned nodes, typed edges, facets and foci.

View builders fill these; ``page.py`` turns them into a page. Keeping the view as plain data
lets tests check what a view contains without a browser, and lets one builder serve both a
whole-graph page and a single-entity render.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

Position = tuple[float, float]


@dataclass(frozen=True)
class ViewNode:
    key: str
    kind: str  # a NODE_STYLES key: the model label, or StubDocument
    label: str  # short text drawn on the canvas
    name: str  # full name, matched by the search box
    tooltip: str  # plain text, shown with innerText
    jurisdiction: str | None
    documents: tuple[str, ...]  # document keys the node is stated in, for the document filter
    position: Position


@dataclass(frozen=True)
class ViewEdge:
    source: str
    target: str
    relation: str  # an EDGE_STYLES key
    tooltip: str
    documents: tuple[str, ...]
    label: str = ""  # short text on the edge, e.g. a member's role
    weight: float = 1.0
    arrows: bool = True


@dataclass(frozen=True)
class Focus:
    """One entity's neighbourhood inside a larger view: the nodes to keep and where to put them."""

    title: str
    nodes: tuple[str, ...]
    positions: dict[str, Position] = field(default_factory=dict)


@dataclass(frozen=True)
class AxisTick:
    x: float
    label: str


@dataclass
class View:
    name: str
    title: str
    description: str
    nodes: list[ViewNode]
    edges: list[ViewEdge]
    document_names: dict[str, str] = field(default_factory=dict)
    foci: dict[str, Focus] = field(default_factory=dict)
    axis: list[AxisTick] = field(default_factory=list)
    curved_edges: bool = False
    selected: str | None = None  # node selected when the page opens

    def restricted_to(self, key: str) -> View:
        """The standalone page of one focus: only its nodes, at its positions, and no other foci."""
        focus = self.foci[key]
        keep = set(focus.nodes)
        nodes = [replace(n, position=focus.positions.get(n.key, n.position)) for n in self.nodes if n.key in keep]
        edges = [e for e in self.edges if e.source in keep and e.target in keep]
        # An axis only means something while the nodes stay at their axis positions.
        axis = self.axis if not focus.positions else []
        return View(self.name, f"{self.title}: {focus.title}", self.description, nodes, edges, self.document_names, {}, axis, self.curved_edges, key)
