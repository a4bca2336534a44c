// Client-side search over the chapters of one edition. The index (search-index.js) is loaded
// before this script and sets window.CSA_SEARCH_INDEX. Without JavaScript the page lists every chapter.
(function () {
  "use strict";
  var form = document.querySelector("[data-csa-search]");
  var index = window.CSA_SEARCH_INDEX || [];
  if (!form) { return; }
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");

  function words(text) {
    return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  function snippet(text, term) {
    var at = text.toLowerCase().indexOf(term);
    var start = Math.max(0, at - 60);
    return (start > 0 ? "…" : "") + text.slice(start, start + 180) + (start + 180 < text.length ? "…" : "");
  }

  function search(query) {
    var terms = words(query);
    results.textContent = "";
    if (terms.length === 0) { status.textContent = ""; return; }
    var hits = index.filter(function (entry) {
      var hay = (entry.chapter + " " + entry.section + " " + entry.text).toLowerCase();
      return terms.every(function (t) { return hay.indexOf(t) !== -1; });
    });
    hits.forEach(function (entry) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = entry.url;
      a.textContent = entry.section === entry.chapter ? entry.chapter : entry.chapter + ": " + entry.section;
      var p = document.createElement("p");
      p.className = "hint";
      p.textContent = snippet(entry.text, terms[0]);
      li.appendChild(a);
      li.appendChild(p);
      results.appendChild(li);
    });
    status.textContent = hits.length === 1 ? "1 result" : hits.length + " results";
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); search(input.value); });
  input.addEventListener("input", function () { search(input.value); });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { input.value = query; search(query); }
})();
