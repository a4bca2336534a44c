// Site search with Pagefind: an index of every edition, loaded in small pieces as the reader types.
// Results from the chosen edition (this page's, unless the reader picks another) come first; a reader
// may also keep to one edition. Without JavaScript, or on a copy opened from disk, the page says why
// and lists the chapters instead.
(function () {
  "use strict";
  var form = document.querySelector("[data-csa-search]");
  if (!form) { return; }
  var input = document.getElementById("search-input");
  var select = document.getElementById("search-edition");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var preferred = form.getAttribute("data-edition");
  var labels = {};
  Array.prototype.forEach.call(select.options, function (o) {
    if (o.value) { labels[o.value] = o.textContent.replace(/^Only /, ""); }
  });
  var PAGE = 10;

  if (window.location.protocol === "file:") {
    document.getElementById("search-offline").hidden = false;
    form.hidden = true;
    return;
  }

  // Each edition has its own small index (pagefind/<edition>/). One Pagefind instance searches the
  // chosen edition; a second, with the other editions' indexes merged into it, searches the rest.
  var indexes = new URL(form.getAttribute("data-indexes"), window.location.href).href;
  var root = new URL(form.getAttribute("data-root") || "./", window.location.href).pathname;
  var order = Object.keys(labels);
  var instances = {};
  function instance(editions) {
    var key = editions.join(" ");
    if (!instances[key]) {
      // The query string makes each set of editions its own module instance, so merging indexes into
      // one never changes another.
      instances[key] = import(indexes + editions[0] + "/pagefind.js?" + encodeURIComponent(key)).then(function (pf) {
        return pf.options({ basePath: indexes + editions[0] + "/", baseUrl: root, excerptLength: 24 }).then(function () {
          return Promise.all(editions.slice(1).map(function (e) {
            return pf.mergeIndex(indexes + e + "/", { baseUrl: root });
          }));
        }).then(function () { return pf; });
      });
    }
    return instances[key];
  }
  function editionOf(url) {
    var path = new URL(url, window.location.href).pathname;
    var first = path.slice(root.length).split("/")[0];
    return labels[first] ? first : null;
  }

  // Copies Pagefind's excerpt (escaped text with <mark> around matches) keeping only text and marks.
  function excerpt(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    var out = document.createDocumentFragment();
    (function copy(from, to) {
      Array.prototype.forEach.call(from.childNodes, function (node) {
        if (node.nodeType === Node.TEXT_NODE) {
          to.appendChild(document.createTextNode(node.textContent));
        } else if (node.nodeName === "MARK") {
          var mark = document.createElement("mark");
          copy(node, mark);
          to.appendChild(mark);
        } else {
          copy(node, to);
        }
      });
    })(template.content, out);
    return out;
  }

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  function resultItem(data) {
    var li = document.createElement("li");
    li.className = "search-result";
    var a = document.createElement("a");
    a.href = data.url;
    a.textContent = (data.meta && data.meta.title) || data.url;
    li.appendChild(a);
    var edition = editionOf(data.url);
    var about = [data.meta && data.meta.kind, edition && (labels[edition] || edition)].filter(Boolean);
    if (about.length) {
      var tag = document.createElement("span");
      tag.className = "search-result__edition";
      tag.textContent = " " + about.join(", ");
      li.appendChild(tag);
    }
    var p = document.createElement("p");
    p.className = "search-result__excerpt";
    p.appendChild(excerpt(data.excerpt || ""));
    li.appendChild(p);
    var subs = (data.sub_results || []).filter(function (s) { return s.url !== data.url; }).slice(0, 3);
    if (subs.length) {
      var ul = document.createElement("ul");
      ul.className = "search-result__sections";
      subs.forEach(function (s) {
        var sli = document.createElement("li");
        var sa = document.createElement("a");
        sa.href = s.url;
        sa.textContent = s.title;
        sli.appendChild(sa);
        ul.appendChild(sli);
      });
      li.appendChild(ul);
    }
    return li;
  }

  // One group of results under its own heading, ten at a time with a button for more.
  function group(title, list) {
    var section = document.createElement("section");
    var h = document.createElement("h2");
    h.className = "search-results__title";
    h.textContent = title + " (" + list.length + ")";
    section.appendChild(h);
    var ol = document.createElement("ol");
    ol.className = "search-results__list";
    section.appendChild(ol);
    var shown = 0;
    var more = document.createElement("button");
    more.type = "button";
    more.className = "button button--secondary";
    function showMore() {
      var next = list.slice(shown, shown + PAGE);
      shown += next.length;
      more.hidden = shown >= list.length;
      more.textContent = "Show more results " + title.charAt(0).toLowerCase() + title.slice(1);
      return Promise.all(next.map(function (r) { return r.data(); })).then(function (items) {
        var first = null;
        items.forEach(function (d) { var li = resultItem(d); ol.appendChild(li); first = first || li; });
        return first;
      });
    }
    more.addEventListener("click", function () {
      showMore().then(function (first) { if (first) { first.querySelector("a").focus(); } });
    });
    section.appendChild(more);
    results.appendChild(section);
    return showMore();
  }

  var latest = 0;
  function run(query) {
    var ticket = ++latest;
    var only = select.value;
    results.textContent = "";
    if (!query.trim()) { status.textContent = ""; return; }
    status.textContent = "Searching…";
    var first = only || preferred;
    var rest = only ? [] : order.filter(function (e) { return e !== first; });
    var searches = [instance([first]).then(function (pf) { return pf.search(query); })];
    if (rest.length) { searches.push(instance(rest).then(function (pf) { return pf.search(query); })); }
    Promise.all(searches).then(function (found) {
      if (ticket !== latest) { return; }
      var mine = found[0].results;
      var others = found.length > 1 ? found[1].results : [];
      var total = mine.length + others.length;
      var parts = [plural(mine.length, "result", "results") + " in " + (labels[first] || first)];
      if (!only) { parts.push(plural(others.length, "result", "results") + " in other editions"); }
      status.textContent = total === 0
        ? "No results for “" + query + "”. Try another word, or fewer words."
        : parts.join(", ") + " for “" + query + "”.";
      var work = [];
      if (mine.length) { work.push(group("In " + (labels[first] || first), mine)); }
      if (others.length) { work.push(group("In other editions", others)); }
      return Promise.all(work);
    }).catch(function () {
      if (ticket !== latest) { return; }
      status.textContent = "Search is not available on this copy of the site: its search index is missing or could not be loaded.";
    });
  }

  var timer = null;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var params = new URLSearchParams();
    params.set("q", input.value);
    if (select.value) { params.set("edition", select.value); }
    window.history.replaceState(null, "", "?" + params.toString());
    run(input.value);
  });
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { run(input.value); }, 250);
  });
  select.addEventListener("change", function () { run(input.value); });
  var params = new URLSearchParams(window.location.search);
  if (params.get("edition") && labels[params.get("edition")]) { select.value = params.get("edition"); }
  if (params.get("q")) { input.value = params.get("q"); run(params.get("q")); }
})();
