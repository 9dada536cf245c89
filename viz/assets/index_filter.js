// Hides index rows that do not contain the filter text; the rows are server-escaped HTML.
(function () {
  "use strict";
  const rows = Array.from(document.querySelectorAll("tbody tr"));
  const texts = rows.map((row) => row.textContent.toLowerCase());
  document.getElementById("filter").addEventListener("input", (event) => {
    const q = event.target.value.trim().toLowerCase();
    rows.forEach((row, i) => { row.hidden = q !== "" && !texts[i].includes(q); });
  });
  window.policykgReady = performance.now();
})();
