// Figures explorer: filters and sorting over every figure of the site (#19).
// Without JavaScript each page shows its own rows; with it, a filter or a sort
// reads the data files the build writes in figures/data/ (see
// src/digest/site/explorer.py for their shape) and shows the matches of all
// pages, with pages of their own. Clearing the form shows this page again.
(function () {
  "use strict";
  var table = document.getElementById("explorer");
  var form = document.getElementById("filters");
  if (!table || !form) { return; }
  var root = document.currentScript ? document.currentScript.getAttribute("data-root") || "" : "";
  var body = table.tBodies[0];
  var pageRows = Array.prototype.slice.call(body.rows);
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var text = form.querySelector("input[data-filter=text]");
  var perPage = document.getElementById("per-page");
  var shown = document.getElementById("shown");
  var pager = document.getElementById("results-pager");
  var pages = document.getElementById("pages");
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var SORT_KEYS = ["metric", "value", "usd", "period", "status", "indicator", "city", "theme", "source"];
  var FACETS = ["city", "theme", "unit", "status"];
  var initial = shown.textContent;

  // Data files are scripts that call these; each load is a promise kept by name.
  var data = { index: null, columns: {}, chunks: {} };
  var loads = {};
  var resolvers = {};
  window.digestFigures = {
    index: function (index) { data.index = index; settle("index"); },
    column: function (key, codes) { data.columns[key] = decode(codes, data.index.widths[key]); settle("col-" + key); },
    rows: function (n, articles, rows) { data.chunks[n] = { articles: articles, rows: rows }; settle("rows-" + n); }
  };

  function settle(name) { if (resolvers[name]) { resolvers[name](); delete resolvers[name]; } }

  function load(name) {
    if (!loads[name]) {
      loads[name] = new Promise(function (resolve, reject) {
        resolvers[name] = resolve;
        var script = document.createElement("script");
        script.src = root + "figures/data/" + name + ".js";
        script.onerror = function () { delete loads[name]; reject(new Error("could not load " + script.src)); };
        document.head.appendChild(script);
      });
    }
    return loads[name];
  }

  // Loads names a few at a time: a sort may need hundreds of small files.
  function loadAll(names) {
    var next = 0;
    function worker() {
      if (next >= names.length) { return Promise.resolve(); }
      return load(names[next++]).then(worker);
    }
    var workers = [];
    for (var i = 0; i < 6; i += 1) { workers.push(worker()); }
    return Promise.all(workers);
  }

  function decode(codes, width) {
    var digits = data.index.digits;
    var value = {};
    for (var d = 0; d < digits.length; d += 1) { value[digits.charAt(d)] = d; }
    var out = new Int32Array(codes.length / width);
    for (var i = 0, p = 0; i < out.length; i += 1) {
      var n = 0;
      for (var w = 0; w < width; w += 1, p += 1) { n = n * digits.length + value[codes.charAt(p)]; }
      out[i] = n;
    }
    return out;
  }

  function option(select, value, label) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    select.appendChild(o);
  }

  // The choices come from every figure, as the index lists them (sorted by name).
  load("index").then(function () {
    var index = data.index;
    var years = {};
    index.period.forEach(function (p) { p[1].forEach(function (y) { years[y] = true; }); });
    selects.forEach(function (select) {
      var key = select.getAttribute("data-filter");
      if (key === "years") {
        Object.keys(years).sort().forEach(function (y) { option(select, y, y); });
      } else if (key === "status") {
        index.status.forEach(function (s, n) { option(select, String(n), s); });
      } else {
        index[key].forEach(function (entry, n) { if (entry[0]) { option(select, String(n), key === "unit" ? entry[1] : entry[0]); } });
      }
    });
  });

  var sortKey = "";
  var ascending = true;
  var results = [];
  var page = 0;
  var run = 0;
  var showing = false;  // matches of all pages, not this page's rows

  function wanted() {
    var w = {};
    selects.forEach(function (s) { w[s.getAttribute("data-filter")] = s.value; });
    return w;
  }

  function apply() {
    var filters = wanted();
    var needle = text.value.trim().toLowerCase();
    var mine = run += 1;
    var any = sortKey || needle || selects.some(function (s) { return s.value !== ""; });
    if (!any) { restore(); return; }
    shown.textContent = "Looking through all figures…";
    load("index").then(function () {
      var columns = FACETS.filter(function (k) { return filters[k] !== ""; });
      if (filters.years !== "") { columns.push("period"); }
      // The site's order (newest article first) is the stored order within one indicator.
      if (filters.indicator === "") { columns.push("order"); }
      if (sortKey && sortKey !== "indicator") { columns.push(sortKey); }
      return loadAll(columns.map(function (k) { return "col-" + k; }));
    }).then(function () {
      var hits = match(filters);
      return needle ? byText(hits, needle) : hits;
    }).then(function (hits) {
      if (mine !== run) { return; }
      results = order(hits);
      page = 0;
      show(mine);
    }).catch(failed);
  }

  function match(filters) {
    var index = data.index;
    var lo = 0;
    var hi = index.total;
    if (filters.indicator !== "") {
      lo = index.groups[Number(filters.indicator)][0];
      hi = index.groups[Number(filters.indicator)][1];
    }
    var tests = FACETS.filter(function (k) { return filters[k] !== ""; })
      .map(function (k) { return [data.columns[k], Number(filters[k])]; });
    var inYear = null;
    if (filters.years !== "") {
      var year = Number(filters.years);
      inYear = index.period.map(function (p) { return p[1].indexOf(year) !== -1; });
    }
    var hits = [];
    for (var i = lo; i < hi; i += 1) {
      var ok = true;
      for (var t = 0; t < tests.length && ok; t += 1) { ok = tests[t][0][i] === tests[t][1]; }
      if (ok && inYear) { ok = inYear[data.columns.period[i]]; }
      if (ok) { hits.push(i); }
    }
    return hits;
  }

  function chunkNames(rows) {
    var seen = {};
    var names = [];
    rows.forEach(function (i) {
      var n = Math.floor(i / data.index.chunk);
      if (!seen[n]) { seen[n] = true; names.push("rows-" + n); }
    });
    return names;
  }

  function row(i) {
    var chunk = data.chunks[Math.floor(i / data.index.chunk)];
    return { cells: chunk.rows[i % data.index.chunk], articles: chunk.articles };
  }

  function indicatorOf(i) {
    var groups = data.index.groups;
    for (var g = 0; g < groups.length; g += 1) { if (i >= groups[g][0] && i < groups[g][1]) { return g; } }
    return 0;
  }

  // The words filter reads what a row shows: its metric, value, period, status, names and source words.
  function byText(hits, needle) {
    return loadAll(chunkNames(hits)).then(function () {
      var index = data.index;
      return hits.filter(function (i) {
        var c = row(i).cells;
        var words = [c[0], c[1], c[2], c[3], c[4], c[5], c[6], index.indicator[c[7]][0], index.city[c[8]][0], index.theme[c[9]][0], c[12]];
        return words.join(" ").toLowerCase().indexOf(needle) !== -1;
      });
    });
  }

  function order(hits) {
    var site = data.columns.order;
    var place = function (i) { return site ? site[i] : i; };
    var key = null;
    if (sortKey === "indicator") { key = function (i) { return indicatorOf(i); }; }
    else if (sortKey) { key = function (i) { var column = data.columns[sortKey]; return column[i]; }; }
    var keys = {};
    hits.forEach(function (i) { keys[i] = [key ? key(i) : 0, place(i)]; });
    var direction = ascending ? 1 : -1;
    return hits.slice().sort(function (a, b) {
      return (keys[a][0] - keys[b][0]) * direction || keys[a][1] - keys[b][1];
    });
  }

  function cell(tr, className) {
    var td = document.createElement("td");
    if (className) { td.className = className; }
    tr.appendChild(td);
    return td;
  }

  function link(td, path, label, title) {
    if (!label) { return; }
    if (!path) { td.textContent = label; return; }
    var a = document.createElement("a");
    a.href = root + path;
    a.textContent = label;
    if (title) { a.title = title; }
    td.appendChild(a);
  }

  function span(parent, className, label) {
    var s = document.createElement("span");
    s.className = className;
    s.textContent = label;
    parent.appendChild(s);
  }

  // The same cells as the page's own rows (templates/_figures.html).
  function render(i) {
    var index = data.index;
    var r = row(i);
    var c = r.cells;
    var tr = document.createElement("tr");
    tr.className = c[6];
    cell(tr, "metric").textContent = c[0];
    var value = cell(tr, "num");
    if (c[1]) { span(value, "qual", c[1]); value.appendChild(document.createTextNode(" ")); }
    value.appendChild(document.createTextNode(c[2]));
    if (c[3]) { value.appendChild(document.createTextNode(" ")); span(value, "kind", "(" + c[3] + ")"); }
    cell(tr, "num").textContent = c[4];
    cell(tr).textContent = c[5];
    span(cell(tr), "status status-" + c[6], c[6]);
    link(cell(tr, "cut"), index.indicator[c[7]][1], index.indicator[c[7]][0], index.indicator[c[7]][0]);
    link(cell(tr), index.city[c[8]][1], index.city[c[8]][0]);
    link(cell(tr, "cut"), index.theme[c[9]][1], index.theme[c[9]][0], index.theme[c[9]][0]);
    var article = r.articles[c[10]];
    link(cell(tr, "cut"), "articles/" + article[0] + ".html" + (c[11] ? "#" + c[11] : ""), "\u201c" + c[12] + "\u201d", article[1]);
    return tr;
  }

  function show(mine) {
    var size = Number(perPage.value);
    var count = Math.max(1, Math.ceil(results.length / size));
    var slice = results.slice(page * size, (page + 1) * size);
    return loadAll(chunkNames(slice)).then(function () {
      if (mine !== run) { return; }
      var rows = document.createDocumentFragment();
      slice.forEach(function (i) { rows.appendChild(render(i)); });
      body.replaceChildren(rows);
      showing = true;
      var n = results.length.toLocaleString("en");
      shown.textContent = n + (results.length === 1 ? " figure matches" : " figures match") +
        (count > 1 ? ", page " + (page + 1) + " of " + count : "");
      pager.hidden = count < 2;
      pager.querySelector("[data-step='-1']").disabled = page === 0;
      pager.querySelector("[data-step='1']").disabled = page >= count - 1;
      pager.querySelector("output").textContent = "Page " + (page + 1) + " of " + count;
      if (pages) { pages.hidden = true; }
    }).catch(failed);
  }

  function restore() {
    showing = false;
    body.replaceChildren.apply(body, pageRows);
    shown.textContent = initial;
    pager.hidden = true;
    if (pages) { pages.hidden = false; }
  }

  function failed(error) {
    shown.textContent = "The figures could not be loaded (" + error.message + "); this page's own rows are shown.";
    body.replaceChildren.apply(body, pageRows);
    showing = false;
    pager.hidden = true;
  }

  selects.forEach(function (select) { select.addEventListener("change", apply); });
  text.addEventListener("input", apply);
  perPage.addEventListener("change", function () { if (showing) { page = 0; show(run); } });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () {
    sortKey = "";
    heads.forEach(function (c) { c.removeAttribute("aria-sort"); });
    setTimeout(apply, 0);  // the form's fields are reset after this event
  });
  pager.addEventListener("click", function (event) {
    var step = event.target.closest("button[data-step]");
    if (!step) { return; }
    page += Number(step.getAttribute("data-step"));
    show(run).then(function () { table.scrollIntoView(); });
  });

  // Sorting: each column header becomes a button; a second press reverses.
  heads.forEach(function (head, n) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = head.textContent;
    head.textContent = "";
    head.appendChild(button);
    button.addEventListener("click", function () {
      ascending = !(sortKey === SORT_KEYS[n] && ascending);
      sortKey = SORT_KEYS[n];
      heads.forEach(function (c) { c.removeAttribute("aria-sort"); });
      head.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      apply();
    });
  });
}());
