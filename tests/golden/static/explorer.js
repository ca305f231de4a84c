// Figures explorer: filter and sort the table that the page already holds.
// Without JavaScript the full table is still there; this only hides rows.
(function () {
  "use strict";
  var table = document.getElementById("explorer");
  var form = document.getElementById("filters");
  if (!table || !form) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var selects = form.querySelectorAll("select[data-filter]");
  var text = form.querySelector("input[data-filter=text]");
  var shown = document.getElementById("shown");

  selects.forEach(function (select) {
    var key = select.getAttribute("data-filter");
    var values = {};
    // Units are filtered by code but named in words (the page gives the names).
    var names = JSON.parse(select.getAttribute("data-names") || "{}");
    // A row's years are a space-separated list (the years its period spans); other keys hold one value.
    rows.forEach(function (row) { choices(row, key).forEach(function (v) { values[v] = true; }); });
    Object.keys(values).sort().forEach(function (v) {
      var option = document.createElement("option");
      option.value = v;
      option.textContent = names[v] || v;
      select.appendChild(option);
    });
    select.addEventListener("change", apply);
  });
  text.addEventListener("input", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  function choices(row, key) {
    var v = row.dataset[key] || "";
    if (key === "years") { return v.split(" ").filter(Boolean); }
    return v ? [v] : [];
  }

  function apply() {
    var wanted = {};
    selects.forEach(function (s) { wanted[s.getAttribute("data-filter")] = s.value; });
    var needle = text.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var ok = Object.keys(wanted).every(function (k) { return !wanted[k] || choices(row, k).indexOf(wanted[k]) !== -1; });
      if (ok && needle) { ok = row.textContent.toLowerCase().indexOf(needle) !== -1; }
      row.hidden = !ok;
      if (ok) { count += 1; }
    });
    shown.textContent = count + " of " + rows.length + " figures shown";
  }

  // Sorting: each column header becomes a button; a second press reverses.
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, index) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = cell.textContent;
    cell.textContent = "";
    cell.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = cell.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
      cell.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var numeric = index === 1;
      rows.sort(function (a, b) {
        var x = numeric ? parseFloat(a.dataset.value) : a.cells[index].textContent.trim().toLowerCase();
        var y = numeric ? parseFloat(b.dataset.value) : b.cells[index].textContent.trim().toLowerCase();
        var order = x < y ? -1 : x > y ? 1 : 0;
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  apply();
}());
