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
  var root = new URL(form.getAttribute("data-root"), location.href).href;
  var SHOWN = 50;
  var EXCERPT = 200;  // characters of a result's text shown around the query's words
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
  // The end of a sentence: a full stop, question or exclamation mark (and any
  // closing quote or bracket), then space and a capital, a digit or an opening quote.
  var SENTENCE_END = /[.!?。！？]["'”’)\]]*\s+(?=[\p{Lu}\p{Lo}\p{N}"'“‘(])/gu;

  var manifest = null;
  var shards = {};
  var docs = {};
  var facets = null;
  var loading = {};
  var waiting = {};
  var latest = 0;

  window.digestSearch = {
    manifest: function (data) { manifest = data; arrived("manifest"); },
    shard: function (key, terms, postings) {
      shards[key] = { terms: terms, postings: postings };
      arrived("shard:" + key);
    },
    doc: function (n, row) { docs[n] = row; arrived("doc:" + n); },
    facets: function (data) { facets = data; arrived("facets"); },
    terms: queryTerms  // the search terms of a text, as the index makes them (tests compare)
  };

  load("manifest", "search/manifest.js").then(function () {
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

  // The numbers of a postings string as written (search.py's decode_postings with steps).
  function numbers(text, each) {
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGITS.indexOf(text.charAt(i));
      value = value * 32 + (digit & 31);
      if (digit < 32) {
        each(value);
        value = 0;
      }
    }
  }

  function decode(text) {
    var docs = [];
    var previous = -1;
    numbers(text, function (value) {
      previous += value + 1;
      docs.push(previous);
    });
    return docs;
  }

  // Each document of a weighted postings string with its weight (search.py's encode_weighted).
  function decodeWeighted(text, each) {
    var previous = -1;
    numbers(text, function (value) {
      previous += Math.floor(value / manifest.levels) + 1;
      each(previous, value % manifest.levels + 1);
    });
  }

  // Every document matching one query word: doc -> the summed weights (see
  // search.py) of the shard's terms it contains that start with the word.
  function matches(t, exact) {
    var key = shardKey(t);
    var result = { docs: new Map() };
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
        decodeWeighted(shard.postings[i], function (doc, weight) {
          result.docs.set(doc, (result.docs.get(doc) || 0) + weight);
        });
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
      return Promise.all(top.map(function (n) { return load("doc:" + n, "search/docs/" + n + ".js"); })).then(function () {
        if (mine !== latest) { return; }
        var rows = top.map(function (doc) { return docs[doc]; });
        var count = ranked.length + (ranked.length === 1 ? " article found" : " articles found");
        var said = meant.length ? "Did you mean " + meant.join(", ") + "? Searched for it instead. " : "";
        show(rows, said + (ranked.length > SHOWN ? count + "; the first " + SHOWN + " are shown." : count + "."),
          hitter(terms, wholeTerms));
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

  // Documents matching every word, by BM25: each word's weight in the
  // document (search.py weighs how often it is there, in the title and the
  // place's name most) times how rare the word is (idf), added up; ties newest
  // first, then by slug: the order the index numbers documents in.
  function rank(perWord, allowed) {
    var n = manifest.documents;
    var idf = perWord.map(function (w) { return Math.log(1 + (n - w.docs.size + 0.5) / (w.docs.size + 0.5)); });
    var smallest = 0;
    perWord.forEach(function (w, i) { if (w.docs.size < perWord[smallest].docs.size) { smallest = i; } });
    var out = [];
    perWord[smallest].docs.forEach(function (count, doc) {
      if (allowed !== null && !allowed.has(doc)) { return; }
      var score = 0;
      for (var i = 0; i < perWord.length; i++) {
        var w = perWord[i].docs.get(doc);
        if (!w) { return; }
        score += idf[i] * w;
      }
      out.push({ doc: doc, score: score });
    });
    out.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return out.map(function (r) { return r.doc; });
  }

  function show(rows, message, hit) {
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
        var passage = document.createElement("p");
        marked(passage, hit ? excerpt(row[6], hit) : opening(row[6]), hit);
        item.appendChild(passage);
      }
      list.appendChild(item);
    });
    status.textContent = message;
  }

  // A function telling which query term a word of a text matches, as the
  // index matched it (the start of the word's term, or the whole term for a
  // word an ending was taken off), or null; none without terms.
  function hitter(terms, wholeTerms) {
    if (!terms || !terms.length) { return null; }
    return function (word) {
      var t = term(word.toLowerCase());
      if (t === null) { return null; }
      for (var i = 0; i < terms.length; i++) {
        if (wholeTerms[terms[i]] ? t === terms[i] : t.lastIndexOf(terms[i], 0) === 0) { return terms[i]; }
      }
      return null;
    };
  }

  // The start of a text, at most EXCERPT characters, cut between words.
  function opening(text) {
    if (text.length <= EXCERPT) { return text; }
    var cut = text.slice(0, EXCERPT - 1);
    if (cut.indexOf(" ") !== -1) { cut = cut.slice(0, cut.lastIndexOf(" ")); }
    return cut.replace(/[ ,;:.\-–—]+$/, "") + "…";
  }

  // The passage of a text that matched: the first sentence with the most of
  // the query's words, or, when that sentence is long, about EXCERPT
  // characters around its first matching word; the opening when no word of
  // the text matched (the title or the place's name did).
  function excerpt(text, hit) {
    var best = null;
    var most = 0;
    var start = 0;
    var end;
    SENTENCE_END.lastIndex = 0;
    do {
      var found = SENTENCE_END.exec(text);
      end = found ? found.index + found[0].length : text.length;
      var sentence = text.slice(start, end).trim();
      var seen = {};
      var count = 0;
      var first = -1;
      var offset = 0;
      sentence.split(SPLIT).forEach(function (part, i) {
        var q = i % 2 === 1 ? hit(part) : null;
        if (q !== null) {
          if (first === -1) { first = offset; }
          if (!seen[q]) { seen[q] = true; count += 1; }
        }
        offset += part.length;
      });
      if (count > most) { most = count; best = { text: sentence, first: first }; }
      start = end;
    } while (end < text.length);
    if (best === null) { return opening(text); }
    var s = best.text;
    if (s.length <= EXCERPT + 40) { return s; }
    var from = Math.max(0, best.first - 60);
    if (from > 0) { from = s.indexOf(" ", from) + 1 || from; }
    var to = Math.min(s.length, from + EXCERPT);
    if (to < s.length && s.lastIndexOf(" ", to) > best.first) { to = s.lastIndexOf(" ", to); }
    return (from > 0 ? "…" : "") + s.slice(from, to).replace(/[ ,;:\-–—]+$/, "") + (to < s.length ? "…" : "");
  }

  // The text with each word that matched the query wrapped in <mark>.
  function marked(into, text, hitWord) {
    var buffer = "";
    text.split(SPLIT).forEach(function (part, i) {
      var hit = i % 2 === 1 && Boolean(hitWord) && hitWord(part) !== null;
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
