// plansite – offline search. search/index.js (window.PLANSITE_SEARCH) lists the index's word
// groups: {n: name, s: [entry shard names], w: "prefixes with a word shard"}. A query loads, in
// each group, the word shards of its words' first two letters (w/GROUP/PREFIX.js: word →
// [shard in the group × lists + list in the shard, entry in the list, …], the entry as
// -(entry + 1) when the word is in the title), then only the entry shards of the results it
// shows (e/NAME.js: a list per unit of {c: kind, t: title, u: url from the site root, s: snippet}). No network: browsers refuse fetch() on file:// pages, so every shard is
// a script that calls plansiteSearchLoaded(name, data).
(function () {
  "use strict";
  var MAX_RESULTS = 50;
  var manifest = window.PLANSITE_SEARCH;
  var input = document.getElementById("tu-khoa");
  var status = document.getElementById("trang-thai-tim-kiem");
  var list = document.getElementById("ket-qua-tim-kiem");
  if (!input || !status || !list) return;
  // The words come from the page (data-… attributes of the status line, written from
  // templates/strings/<language>.yaml), with {q}, {n}, {max} and {file} filled in here.
  function say(name, fill) {
    var text = status.getAttribute("data-" + name) || "";
    for (var k in fill) text = text.split("{" + k + "}").join(fill[k]);
    return text;
  }
  if (!manifest || !manifest.groups) {
    status.textContent = say("not-loaded", {});
    return;
  }

  // The same folding as SearchText.fold in Swift: lowercase, NFD, combining marks removed,
  // đ → d, anything but letters and digits → one space.
  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d")
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  // Shards: each file is loaded once, by a <script> tag; it hands its data to plansiteSearchLoaded.
  var data = {};
  var loading = {};
  window.plansiteSearchLoaded = function (name, value) { data[name] = value; };
  function load(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = name + ".js";
        script.onload = function () {
          if (data[name]) resolve(data[name]); else reject(new Error(name));
        };
        script.onerror = function () { reject(new Error(name)); };
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }

  // The shard file name of a word's first two letters (one for a one-letter word), as
  // SearchIndex.prefixFileName: a–z and 0–9 as they are, any other letter as _hex_.
  function prefixName(word) {
    return Array.from(word).slice(0, 2).map(function (c) {
      return /^[a-z0-9]$/.test(c) ? c : "_" + c.codePointAt(0).toString(16) + "_";
    }).join("");
  }
  var prefixSets = [];
  function hasPrefix(g, name) {
    if (!prefixSets[g]) {
      prefixSets[g] = {};
      manifest.groups[g].w.split(" ").forEach(function (p) { prefixSets[g][p] = true; });
    }
    return prefixSets[g][name] === true;
  }

  // Every entry holding each word of the folded query: a word matches the words it starts
  // (a one-letter word, the same word). Resolves to hits {g: group, a: shard in the group ×
  // lists + list, j: entry in the list, title: every query word is a word of the title (2) or
  // starts one (1), or not (0)}, the best title matches first, then in index order.
  function find(q) {
    var words = q.split(" ").filter(function (w, i, all) { return w && all.indexOf(w) === i; });
    var needed = [];
    manifest.groups.forEach(function (group, g) {
      words.forEach(function (w) {
        var p = prefixName(w);
        if (hasPrefix(g, p)) needed.push(load("w/" + group.n + "/" + p));
      });
    });
    return Promise.all(needed).then(function () {
      var hits = [];
      manifest.groups.forEach(function (group, g) {
        var found = null;  // "a,j" → the least title match of the query words so far (2, 1, 0)
        words.forEach(function (w) {
          var shard = data["w/" + group.n + "/" + prefixName(w)];
          var here = {};
          if (shard) {
            for (var word in shard) {
              if (w.length > 1 ? word.lastIndexOf(w, 0) !== 0 : word !== w) continue;
              var postings = shard[word];
              for (var k = 0; k < postings.length; k += 2) {
                var j = postings[k + 1];
                var key = postings[k] + "," + (j < 0 ? -j - 1 : j);
                var title = j >= 0 ? 0 : word === w ? 2 : 1;
                if (!(key in here) || here[key] < title) here[key] = title;
              }
            }
          }
          if (found === null) { found = here; return; }
          var both = {};
          for (var key2 in found) if (key2 in here) both[key2] = Math.min(found[key2], here[key2]);
          found = both;
        });
        for (var key3 in found || {}) {
          var at = key3.split(",");
          hits.push({ g: g, a: +at[0], j: +at[1], title: found[key3] });
        }
      });
      hits.sort(function (a, b) { return (b.title - a.title) || a.g - b.g || a.a - b.a || a.j - b.j; });
      return hits;
    });
  }

  // The entry of a hit, once its entry shard is loaded.
  function entryOf(hit) {
    var name = "e/" + manifest.groups[hit.g].s[Math.floor(hit.a / manifest.lists)];
    return load(name).then(function (lists) { return lists[hit.a % manifest.lists][hit.j]; });
  }

  // The results shown: the first MAX_RESULTS hits with their entries; among them, the whole
  // query in the title first, then every word in the title (whole words first), then the rest,
  // earlier matches first.
  function top(q, hits) {
    var shown = hits.slice(0, MAX_RESULTS);
    return Promise.all(shown.map(entryOf)).then(function (entries) {
      var ranked = shown.map(function (hit, i) {
        var pos = fold(entries[i].t).indexOf(q);
        return { e: entries[i], tier: pos >= 0 ? 0 : 3 - hit.title, pos: pos, i: i };
      });
      ranked.sort(function (a, b) { return a.tier - b.tier || a.pos - b.pos || a.i - b.i; });
      return ranked.map(function (r) { return r.e; });
    });
  }

  var current = 0;
  function render(query) {
    var ticket = ++current;
    var q = query.trim();
    function done(text) {
      if (ticket !== current) return false;
      while (list.firstChild) list.removeChild(list.firstChild);
      status.textContent = text;
      status.setAttribute("data-query", q);
      return true;
    }
    if (!fold(q)) { done(say("empty", {})); return; }
    status.textContent = say("searching", {});
    var count = 0;
    find(fold(q)).then(function (hits) {
      count = hits.length;
      return top(fold(q), hits);
    }).then(function (entries) {
      if (count === 0) {
        done(say("none", { q: q }));
        return;
      }
      if (!done(say(count > MAX_RESULTS ? "found-more" : "found", {
        n: String(count), q: q, max: String(MAX_RESULTS)
      }))) return;
      entries.forEach(function (e) {
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
      });
    }, function (error) {
      done(say("shard-missing", { file: error.message }));
    });
  }

  // For tests and the curious: the folding, the matching, and every entry with its place.
  window.plansiteSearch = {
    fold: fold,
    find: find,
    entries: function () {
      var all = [];
      manifest.groups.forEach(function (group, g) {
        group.s.forEach(function (name, s) {
          all.push(load("e/" + name).then(function (lists) {
            return [].concat.apply([], lists.map(function (list, l) {
              return list.map(function (e, j) { return { e: e, g: g, a: s * manifest.lists + l, j: j }; });
            }));
          }));
        });
      });
      return Promise.all(all).then(function (lists) { return [].concat.apply([], lists); });
    }
  };

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
