// Search over the index the build writes into search/ (see src/digest/search.py).
// Each index file is a script that hands its data to window.digestSearch, so it
// loads with a <script> element: from a web server and from a site opened on
// disk alike. Only the files a query needs are loaded.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) { return; }
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var fallback = document.getElementById("search-fallback");
  var root = new URL(form.getAttribute("data-root"), location.href).href;
  var SHOWN = 50;
  var MAX_TERM = 40;
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"];
  // The word rules of src/digest/search.py: a change to one is a change to both.
  var STOP = set("a an and are as at be been but by for from had has have he her his if in into is it its " +
    "of on or our she so than that the their them then there these they this those to was " +
    "we were which who will with would you");
  var KEEP_S = set("news series species means always perhaps towards afterwards whereas lens chaos atlas " +
    "canvas christmas");
  var WORD = /[\p{L}\p{N}]+/gu;
  var SPLIT = /([\p{L}\p{N}]+)/u;

  var manifest = null;
  var shards = {};
  var chunks = {};
  var facets = null;
  var loading = {};
  var waiting = {};
  var latest = 0;

  window.digestSearch = {
    manifest: function (data) { manifest = data; arrived("manifest"); },
    shard: function (key, terms, postings, titles) {
      shards[key] = { terms: terms, postings: postings, titles: titles };
      arrived("shard:" + key);
    },
    docs: function (n, rows) { chunks[n] = rows; arrived("docs:" + n); },
    facets: function (data) { facets = data; arrived("facets"); },
    terms: queryTerms  // the search terms of a text, as the index makes them (tests compare)
  };

  load("manifest", "search/manifest.js").then(function () {
    form.hidden = false;
    fallback.hidden = true;
    var q = new URLSearchParams(location.search).get("q");
    if (q) { form.elements.q.value = q; run(); }
  }).catch(function () {
    status.textContent = "The search index could not be loaded.";
  });

  var timer = null;
  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  form.addEventListener("change", run);
  form.elements.q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });

  function set(words) {
    var out = Object.create(null);
    words.split(" ").forEach(function (w) { out[w] = true; });
    return out;
  }

  function arrived(name) {
    if (waiting[name]) { waiting[name](); delete waiting[name]; }
  }

  // Load one index file once; resolves when it has handed over its data.
  function load(name, path) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        waiting[name] = resolve;
        var script = document.createElement("script");
        script.src = new URL(path, root).href;
        script.onerror = function () {
          delete loading[name];
          delete waiting[name];
          script.remove();
          reject(new Error("could not load " + path));
        };
        script.onload = function () {
          if (waiting[name]) { delete waiting[name]; reject(new Error(path + " gave no data")); }
        };
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }

  function normalise(word) {
    var n = word.length;
    if (n <= 3 || word.charAt(n - 1) !== "s" || KEEP_S[word]) { return word; }
    if (/(ss|us|is|ics)$/.test(word)) { return word; }
    if (/ies$/.test(word)) { return n > 4 ? word.slice(0, -3) + "y" : word.slice(0, -1); }
    if (/(sses|ches|shes|xes)$/.test(word)) { return word.slice(0, -2); }
    return word.slice(0, -1);
  }

  // As search.py's ending(): mine, mines, mined, mining are one term.
  function ending(word) {
    if (/(ing|ed)$/.test(word) && !/eed$/.test(word)) {
      var stem = /ing$/.test(word) ? word.slice(0, -3) : word.slice(0, -2);
      var n = Array.from(stem).length;
      if (n >= 3) {
        if (n >= 4 && /([bdgmnprt])\1$/.test(stem)) {
          stem = stem.slice(0, -1);
        }
        return stem;
      }
    }
    if (Array.from(word).length >= 4 && /e$/.test(word) && !/ee$/.test(word)) { return word.slice(0, -1); }
    return word;
  }

  function fold(word) {
    if (/[^\x00-\x7f]/.test(word)) {
      word = word.normalize("NFD").replace(/\p{Mn}/gu, "").normalize("NFC");
    }
    if (/^[ln]v/.test(word)) { word = word.charAt(0) + "u" + word.slice(2); }
    return word;
  }

  function term(word) {
    word = fold(word);
    var n = Array.from(word).length;
    if (n < 2 || n > MAX_TERM || STOP[word]) { return null; }
    return ending(normalise(word));
  }

  // A query word an ending was taken off (mining -> min) is matched whole, not
  // as the start of longer terms (min would find minister).
  function whole(word) {
    word = fold(word.toLowerCase());
    return ending(normalise(word)) !== normalise(word);
  }

  function queryTerms(text) {
    var out = [];
    (text.toLowerCase().match(WORD) || []).forEach(function (w) {
      var t = term(w);
      if (t !== null && out.indexOf(t) === -1) { out.push(t); }
    });
    return out;
  }

  function shardKey(t) { return Array.from(t).slice(0, manifest.key || 2).join(""); }

  function shardFile(key) {
    if (/^[a-z0-9]+$/.test(key)) { return key; }
    return "u" + Array.from(key).map(function (c) {
      var hex = c.codePointAt(0).toString(16);
      while (hex.length < 5) { hex = "0" + hex; }
      return hex;
    }).join("");
  }

  function decode(text) {
    var docs = [];
    var previous = -1;
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGITS.indexOf(text.charAt(i));
      value = value * 32 + (digit & 31);
      if (digit < 32) {
        previous += value + 1;
        docs.push(previous);
        value = 0;
      }
    }
    return docs;
  }

  // Every document matching one query word: doc -> number of the shard's terms
  // it contains that start with the word; and the documents whose title does.
  function matches(t, exact) {
    var key = shardKey(t);
    var result = { docs: new Map(), title: new Set() };
    if (manifest.shards.indexOf(key) === -1) { return Promise.resolve(result); }
    return load("shard:" + key, "search/index/" + shardFile(key) + ".js").then(function () {
      var shard = shards[key];
      var lo = 0;
      var hi = shard.terms.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (shard.terms[mid] < t) { lo = mid + 1; } else { hi = mid; }
      }
      for (var i = lo; i < shard.terms.length && (exact ? shard.terms[i] === t : shard.terms[i].lastIndexOf(t, 0) === 0); i++) {
        decode(shard.postings[i]).forEach(function (doc) {
          result.docs.set(doc, (result.docs.get(doc) || 0) + 1);
        });
        decode(shard.titles[i]).forEach(function (doc) { result.title.add(doc); });
      }
      return result;
    });
  }

  // The documents that pass the form's filters, or null when none is chosen.
  function filtered(choices) {
    var chosen = Object.keys(choices).filter(function (k) { return choices[k]; });
    if (!chosen.length) { return Promise.resolve(null); }
    return load("facets", "search/facets.js").then(function () {
      var kept = null;
      chosen.forEach(function (kind) {
        var group = facets[kind];
        var docs = new Set(Object.prototype.hasOwnProperty.call(group, choices[kind]) ? decode(group[choices[kind]]) : []);
        kept = kept === null ? docs : new Set(Array.from(kept).filter(function (d) { return docs.has(d); }));
      });
      return kept;
    });
  }

  // The search whose results are on the page (or on their way). Running the
  // same search again would redraw the list under the reader's pointer: the
  // words field fires "change" as it loses focus, that is, as a result is
  // being clicked, and a link replaced between mouse down and up is never
  // followed.
  var asked = null;

  function run() {
    if (!manifest) { return; }
    var key = [form.elements.q.value.trim(), form.elements.city.value, form.elements.theme.value,
      form.elements.year.value].join("\u0000");
    if (key === asked) { return; }
    asked = key;
    var mine = ++latest;
    var terms = queryTerms(form.elements.q.value);
    var wholeTerms = {};
    (form.elements.q.value.toLowerCase().match(WORD) || []).forEach(function (w) {
      if (term(w) !== null && whole(w)) { wholeTerms[term(w)] = true; }
    });
    var choices = { city: form.elements.city.value, theme: form.elements.theme.value, year: form.elements.year.value };
    var typed = form.elements.q.value.trim() !== "";
    var meant = [];
    Promise.all([Promise.all(terms.map(function (t) {
      return matches(t, wholeTerms[t] === true).then(function (result) {
        var place = result.docs.size ? null : nearPlace(t);
        if (place === null) { return result; }
        meant.push(manifest.places[place]);
        terms[terms.indexOf(t)] = place;
        return matches(place, false);
      });
    })), filtered(choices)]).then(function (found) {
      var perWord = found[0];
      var allowed = found[1];
      var ranked;
      if (!terms.length) {
        if (allowed === null) {
          if (mine === latest) { show([], typed ? "No word to search for: very common words are left out." : ""); }
          return null;
        }
        ranked = Array.from(allowed).sort(function (a, b) { return a - b; });
      } else {
        ranked = rank(perWord, allowed);
      }
      var top = ranked.slice(0, SHOWN);
      var needed = [];
      top.forEach(function (doc) {
        var n = Math.floor(doc / manifest.chunk);
        if (needed.indexOf(n) === -1) { needed.push(n); }
      });
      return Promise.all(needed.map(function (n) { return load("docs:" + n, "search/docs/" + n + ".js"); })).then(function () {
        if (mine !== latest) { return; }
        var rows = top.map(function (doc) { return chunks[Math.floor(doc / manifest.chunk)][doc % manifest.chunk]; });
        var count = ranked.length + (ranked.length === 1 ? " article found" : " articles found");
        var said = meant.length ? "Did you mean " + meant.join(", ") + "? Searched for it instead. " : "";
        show(rows, said + (ranked.length > SHOWN ? count + "; the first " + SHOWN + " are shown." : count + "."), terms);
      });
    }).catch(function () {
      if (mine === latest) {
        asked = null;  // the same search may be tried again
        status.textContent = "The search index could not be loaded.";
      }
    });
  }

  // The place name (a key of manifest.places) one letter off a word that
  // finds nothing: one letter changed, added, left out, or two side by side
  // swapped. Words shorter than five letters are left as typed.
  function nearPlace(t) {
    if (!manifest.places || Array.from(t).length < 5) { return null; }
    var names = Object.keys(manifest.places);
    for (var i = 0; i < names.length; i++) {
      if (oneOff(t, names[i])) { return names[i]; }
    }
    return null;
  }

  function oneOff(a, b) {
    a = Array.from(a);
    b = Array.from(b);
    if (Math.abs(a.length - b.length) > 1) { return false; }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) { i++; }
    var j = 0;
    while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) { j++; }
    var restA = a.length - i - j;
    var restB = b.length - i - j;
    if (restA <= 1 && restB <= 1) { return restA + restB > 0; }
    return restA === 2 && restB === 2 && a[i] === b[i + 1] && a[i + 1] === b[i];
  }

  // Documents matching every word: title matches first, then more matching
  // terms, then newest (the index numbers documents newest first).
  function rank(perWord, allowed) {
    var order = perWord.slice().sort(function (a, b) { return a.docs.size - b.docs.size; });
    var out = [];
    order[0].docs.forEach(function (count, doc) {
      if (allowed !== null && !allowed.has(doc)) { return; }
      var inTitle = 0;
      var total = 0;
      for (var i = 0; i < order.length; i++) {
        var c = order[i].docs.get(doc);
        if (!c) { return; }
        total += c;
        if (order[i].title.has(doc)) { inTitle += 1; }
      }
      out.push({ doc: doc, title: inTitle, total: total });
    });
    out.sort(function (a, b) { return b.title - a.title || b.total - a.total || a.doc - b.doc; });
    return out.map(function (r) { return r.doc; });
  }

  function show(rows, message, terms) {
    list.textContent = "";
    rows.forEach(function (row) {
      // row: url, title, date (ISO or ""), city name, theme slugs, year, summary
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = form.getAttribute("data-root") + row[0];
      link.textContent = row[1];
      var meta = document.createElement("span");
      meta.className = "meta";
      if (row[2]) {
        var time = document.createElement("time");
        time.dateTime = row[2];
        time.textContent = formatDate(row[2]);
        meta.appendChild(time);
      } else {
        meta.appendChild(document.createTextNode("undated"));
      }
      meta.appendChild(document.createTextNode(" · " + row[3]));
      item.appendChild(link);
      item.appendChild(meta);
      if (row[6]) {
        var summary = document.createElement("p");
        marked(summary, row[6], terms || []);
        item.appendChild(summary);
      }
      list.appendChild(item);
    });
    status.textContent = message;
  }

  // The text with each word that a query term begins wrapped in <mark>.
  function marked(into, text, terms) {
    var buffer = "";
    text.split(SPLIT).forEach(function (part, i) {
      var hit = false;
      if (i % 2 === 1 && terms.length) {
        var t = term(part.toLowerCase());
        hit = t !== null && terms.some(function (q) { return t.lastIndexOf(q, 0) === 0; });
      }
      if (!hit) { buffer += part; return; }
      if (buffer) { into.appendChild(document.createTextNode(buffer)); buffer = ""; }
      var mark = document.createElement("mark");
      mark.textContent = part;
      into.appendChild(mark);
    });
    if (buffer) { into.appendChild(document.createTextNode(buffer)); }
  }

  function formatDate(iso) {
    var p = iso.split("-");
    return parseInt(p[2], 10) + " " + MONTHS[parseInt(p[1], 10) - 1] + " " + p[0];
  }
}());
