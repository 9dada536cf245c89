// Drives one policykg view: filters, search, legend, foci (#focus=<node key>) and the time axis.
// Every string that came from a document is put into the page with textContent or handed to
// vis-network as a plain string title (which it sets with innerText): nothing is parsed as HTML.
(function () {
  "use strict";
  const spec = JSON.parse(document.getElementById("view-data").textContent);
  const nodes = new vis.DataSet(spec.nodes);
  const edges = new vis.DataSet(spec.edges);
  const basePositions = new Map(spec.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  const state = {
    kinds: new Set(spec.legend.nodes.map((e) => e.key)),
    relations: new Set(spec.legend.edges.map((e) => e.key)),
    jurisdiction: "",
    document: "",
    focus: null, // Set of node ids, or null for the whole view
  };
  let shown = new Set();

  const nodeView = new vis.DataView(nodes, {
    filter: (n) =>
      state.kinds.has(n.kind) &&
      (!state.jurisdiction || n.jurisdiction === state.jurisdiction) &&
      (!state.document || n.documents.includes(state.document)) &&
      (!state.focus || state.focus.has(n.id)),
  });
  const edgeView = new vis.DataView(edges, {
    filter: (e) =>
      state.relations.has(e.relation) &&
      (!state.document || e.documents.includes(state.document)) &&
      shown.has(e.from) && shown.has(e.to),
  });
  shown = new Set(nodeView.getIds());
  edgeView.refresh();

  const container = document.getElementById("graph");
  const network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, spec.options);

  function refresh() {
    nodeView.refresh();
    shown = new Set(nodeView.getIds());
    edgeView.refresh();
    document.getElementById("status").textContent =
      `${nodeView.length} of ${nodes.length} nodes, ${edgeView.length} of ${edges.length} edges shown`;
  }

  function element(tag, text, className) {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (className) el.className = className;
    return el;
  }

  function legend(target, entries, active, isEdge) {
    const counts = new Map();
    (isEdge ? spec.edges : spec.nodes).forEach((item) => {
      const key = isEdge ? item.relation : item.kind;
      counts.set(key, (counts.get(key) || 0) + 1);
    });
    entries.forEach((entry) => {
      const row = element("label", undefined, "legend-row");
      const box = element("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.key = entry.key;
      box.addEventListener("change", () => {
        if (box.checked) active.add(entry.key); else active.delete(entry.key);
        refresh();
      });
      const swatch = element("span", undefined, isEdge ? "swatch line" + (entry.dashes ? " dashed" : "") : "swatch");
      swatch.style.borderColor = entry.color;
      if (!isEdge) swatch.style.background = entry.fill || entry.color;
      row.append(box, swatch, element("span", entry.name), element("span", String(counts.get(entry.key) || 0), "count"));
      target.append(row);
    });
  }

  function fillSelect(select, pairs, onChange) {
    pairs.forEach(([value, text]) => {
      const option = element("option", text);
      option.value = value;
      select.append(option);
    });
    select.disabled = pairs.length === 0;
    select.addEventListener("change", () => { onChange(select.value); refresh(); network.fit({ animation: false }); });
  }

  function applyFocus(key) {
    const restore = [];
    nodes.forEach((n) => {
      const base = basePositions.get(n.id);
      if (n.x !== base.x || n.y !== base.y) restore.push({ id: n.id, x: base.x, y: base.y });
    });
    if (restore.length) nodes.update(restore);
    const focus = key ? spec.foci[key] : undefined;
    state.focus = focus ? new Set(focus.nodes) : null;
    if (focus && focus.positions) {
      nodes.update(Object.entries(focus.positions).map(([id, [x, y]]) => ({ id, x, y })));
    }
    document.getElementById("focus-title").textContent = focus ? "Focus: " + focus.title : "";
    document.getElementById("clear-focus").hidden = !focus;
    refresh();
    network.fit({ animation: false });
    if (key && nodes.get(key)) {
      network.selectNodes([key]);
      if (!focus) network.focus(key, { scale: 1.2, animation: false });
    }
  }

  function search(query) {
    const q = query.trim().toLowerCase();
    const list = document.getElementById("results");
    list.replaceChildren();
    if (!q) { document.getElementById("search-count").textContent = ""; network.unselectAll(); return []; }
    const hits = nodeView.get({ filter: (n) => n.name.toLowerCase().includes(q) || n.label.toLowerCase().includes(q) });
    document.getElementById("search-count").textContent = `${hits.length} match${hits.length === 1 ? "" : "es"}`;
    hits.slice(0, 50).forEach((n) => {
      const button = element("button", n.name);
      button.type = "button";
      button.addEventListener("click", () => { network.selectNodes([n.id]); network.focus(n.id, { scale: 1.2, animation: false }); });
      const item = element("li");
      item.append(button);
      list.append(item);
    });
    const ids = hits.map((n) => n.id);
    network.selectNodes(ids);
    if (ids.length) network.fit({ nodes: ids, animation: false });
    return ids;
  }

  function drawAxis(ctx) {
    if (!spec.axis.length) return;
    const top = network.DOMtoCanvas({ x: 0, y: 0 }).y;
    const bottom = network.DOMtoCanvas({ x: 0, y: container.clientHeight }).y;
    const scale = network.getScale();
    ctx.save();
    ctx.strokeStyle = "#e2e2e2";
    ctx.fillStyle = "#888";
    ctx.lineWidth = 1 / scale;
    ctx.font = `${12 / scale}px ${spec.options.nodes.font.face}`;
    spec.axis.forEach((tick) => {
      ctx.beginPath();
      ctx.moveTo(tick.x, top);
      ctx.lineTo(tick.x, bottom);
      ctx.stroke();
      ctx.fillText(tick.label, tick.x + 4 / scale, top + 14 / scale);
    });
    ctx.restore();
  }

  legend(document.getElementById("legend-nodes"), spec.legend.nodes, state.kinds, false);
  legend(document.getElementById("legend-edges"), spec.legend.edges, state.relations, true);
  fillSelect(document.getElementById("jurisdiction"), spec.jurisdictions.map((j) => [j, j]), (v) => { state.jurisdiction = v; });
  fillSelect(document.getElementById("document"), spec.documents, (v) => { state.document = v; });
  let pending;
  document.getElementById("search").addEventListener("input", (event) => {
    clearTimeout(pending);
    pending = setTimeout(() => search(event.target.value), 150);
  });
  document.getElementById("clear-focus").addEventListener("click", () => { history.replaceState(null, "", location.pathname); applyFocus(null); });
  network.on("beforeDrawing", drawAxis);
  network.once("afterDrawing", () => { window.policykgReady = performance.now(); });

  function hashFocus() {
    const match = /^#focus=(.*)$/.exec(location.hash);
    return match ? decodeURIComponent(match[1]) : spec.selected;
  }
  window.addEventListener("hashchange", () => applyFocus(hashFocus()));
  applyFocus(hashFocus());

  window.policykg = { spec, nodes, edges, nodeView, edgeView, network, applyFocus, search, refresh };
})();
