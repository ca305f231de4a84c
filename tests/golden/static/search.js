// Search over the Pagefind index built with the site. Opened from disk the
// index cannot load, so the page keeps its plain links to cities and themes.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || location.protocol === "file:") { return; }
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var fallback = document.getElementById("search-fallback");
  var bundle = new URL(form.getAttribute("data-bundle"), location.href).href;
  var pagefind = null;

  import(bundle).then(function (module) {
    pagefind = module;
    return pagefind.init();
  }).then(function () {
    form.hidden = false;
    fallback.hidden = true;
    var q = new URLSearchParams(location.search).get("q");
    if (q) { form.elements.q.value = q; run(); }
  }).catch(function () {
    status.textContent = "The search index could not be loaded.";
  });

  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  form.addEventListener("change", run);

  function run() {
    if (!pagefind) { return; }
    var words = form.elements.q.value.trim();
    var city = form.elements.city.value;
    var theme = form.elements.theme.value;
    var year = form.elements.year.value;
    pagefind.search(words || null).then(function (found) {
      return Promise.all(found.results.slice(0, 50).map(function (r) { return r.data(); }));
    }).then(function (pages) {
      var kept = pages.filter(function (p) {
        var m = p.meta || {};
        return (!city || m.city === city) && (!year || m.year === year) &&
          (!theme || (" " + (m.themes || "") + " ").indexOf(" " + theme + " ") !== -1);
      });
      list.textContent = "";
      kept.forEach(function (p) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = p.url;
        link.textContent = (p.meta && p.meta.title) || p.url;
        var excerpt = document.createElement("p");
        excerpt.className = "meta";
        // The excerpt marks matches with <mark>; rebuild it from text nodes only.
        p.excerpt.split(/(<mark>.*?<\/mark>)/).forEach(function (part) {
          var match = /^<mark>(.*)<\/mark>$/.exec(part);
          if (match) {
            var mark = document.createElement("mark");
            mark.textContent = decode(match[1]);
            excerpt.appendChild(mark);
          } else {
            excerpt.appendChild(document.createTextNode(decode(part)));
          }
        });
        item.appendChild(link);
        item.appendChild(excerpt);
        list.appendChild(item);
      });
      status.textContent = kept.length + (kept.length === 1 ? " article found" : " articles found");
    });
  }

  function decode(html) {
    var area = document.createElement("textarea");
    area.innerHTML = html;
    return area.value;
  }
}());
