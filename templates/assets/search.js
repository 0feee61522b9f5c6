// plansite – offline search. Reads the index that search/index.js puts in
// window.PLANSITE_SEARCH (entries {c: kind, t: title, u: url from the site root, s: snippet,
// k: folded key}), takes the query from ?q=… and lists the matching pages. No network: the
// index is loaded with a <script> tag because browsers refuse fetch() on file:// pages.
(function () {
  "use strict";
  var MAX_RESULTS = 50;
  var entries = window.PLANSITE_SEARCH || [];
  var input = document.getElementById("tu-khoa");
  var status = document.getElementById("trang-thai-tim-kiem");
  var list = document.getElementById("ket-qua-tim-kiem");
  if (!input || !status || !list) return;
  // The words come from the page (data-… attributes of the status line, written from
  // templates/strings/<language>.yaml), with {q}, {n} and {max} filled in here.
  function say(name, fill) {
    var text = status.getAttribute("data-" + name) || "";
    for (var k in fill) text = text.split("{" + k + "}").join(fill[k]);
    return text;
  }
  if (!window.PLANSITE_SEARCH) {
    status.textContent = say("not-loaded", {});
    return;
  }

  // The same folding as SearchText.fold in Swift: lowercase, NFD, combining marks removed,
  // đ → d, anything but letters and digits → one space.
  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d")
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  // Every word of the query must occur in the key. Ranking: the whole query in the title,
  // then the whole query in the key, then the words apart; earlier matches first.
  function search(query) {
    var q = fold(query);
    if (!q) return [];
    var words = q.split(" ");
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      var all = true;
      for (var w = 0; w < words.length && all; w++) all = e.k.indexOf(words[w]) >= 0;
      if (!all) continue;
      var inTitle = fold(e.t).indexOf(q);
      var inKey = e.k.indexOf(q);
      var tier = inTitle >= 0 ? 0 : inKey >= 0 ? 1 : 2;
      var pos = inTitle >= 0 ? inTitle : inKey >= 0 ? inKey : e.k.indexOf(words[0]);
      hits.push({ e: e, tier: tier, pos: pos, i: i });
    }
    hits.sort(function (a, b) { return a.tier - b.tier || a.pos - b.pos || a.i - b.i; });
    return hits;
  }

  function render(query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var q = query.trim();
    if (!q) { status.textContent = say("empty", {}); return; }
    var hits = search(q);
    if (hits.length === 0) {
      status.textContent = say("none", { q: q });
      return;
    }
    status.textContent = say(hits.length > MAX_RESULTS ? "found-more" : "found", {
      n: String(hits.length), q: q, max: String(MAX_RESULTS)
    });
    for (var i = 0; i < hits.length && i < MAX_RESULTS; i++) {
      var e = hits[i].e;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "../" + e.u;
      a.textContent = e.t;
      var kind = document.createElement("span");
      kind.className = "search-kind";
      kind.textContent = e.c;
      li.appendChild(a);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(kind);
      if (e.s) {
        var p = document.createElement("p");
        p.className = "search-snippet";
        p.textContent = e.s;
        li.appendChild(p);
      }
      list.appendChild(li);
    }
  }

  // For tests and the curious: the same folding and ranking the page uses.
  window.plansiteSearch = { fold: fold, search: search };

  var query = new URLSearchParams(window.location.search).get("q") || "";
  var boxes = document.querySelectorAll('input[name="q"]');
  for (var b = 0; b < boxes.length; b++) boxes[b].value = query;
  render(query);

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { render(input.value); }, 120);
  });
})();
