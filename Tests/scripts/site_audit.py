#!/usr/bin/env python3
"""Audits a generated plansite site with real parsers: no markup from content, nothing broken.

    site_audit.py SITE_DIR       audit a folder; prints a JSON report, exits 1 on problems
    site_audit.py --stream       audit sites sent on stdin, one JSON line each:
                                 {"files": {"relative/path": "text", ...}}; answers one JSON
                                 line per site (the fuzz test keeps one process for thousands)

The report is {"files": N, "problems": ["path: what", ...]}. Checked:

- every .html page, with Python's html.parser: only the elements and attributes that the
  templates, the chart partials and cmark-gfm's safe output use (so no `onload`, no injected tag);
  `<script>` only as an empty element with a relative `src`; no `javascript:` URL; elements
  nested and closed as written (an end tag closes the element open last; every element opened
  is closed); no id twice on a page;
- the search index: search/index.js, the header line, then a JSON object read by the json module
  listing the groups; every entry shard and word shard it lists is there and nothing else, each a
  call plansiteSearchLoaded("its name", JSON); entry shards lists of entries with the string
  fields c, t, u, s; words under their own prefix's file, pointing at entries that exist; no
  `</script` anywhere;
- data/indicators.csv, with the csv module: every row as many fields as the header; the
  numeric columns empty or a decimal number; no text cell that a spreadsheet would run as a
  formula (one starting with = + - @ tab CR LF NUL, unless neutralised by a leading ');
  no two rows for one (indicator, period, unit);
- every .ics file, with the icalendar package when it is installed: it parses, and every
  VEVENT has a UID, unique within the file.
"""
from html.parser import HTMLParser
import csv
import io
import json
import re
from pathlib import Path
import sys

try:
    import icalendar
except ImportError:  # the tests install it (install-test-tools.sh); without it .ics is skipped
    icalendar = None

TAGS = {
    # layout and page templates
    "html", "head", "meta", "title", "link", "style", "body", "header", "nav", "main", "footer", "form",
    "label", "input", "button", "section", "article", "details", "summary", "figure", "figcaption",
    "noscript", "script", "time", "caption", "div", "span", "dl", "dt", "dd",
    # cmark-gfm (safe mode) and the templates alike
    "a", "p", "br", "hr", "em", "strong", "del", "code", "pre", "blockquote", "sup", "img",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td",
    # the charts (partials/chart, partials/report-chart): rows in <g>, the hatching of a
    # shortfall a <pattern> in <defs>
    "svg", "desc", "text", "rect", "line", "g", "defs", "pattern",
}
ATTRS = {
    "id", "class", "href", "src", "alt", "title", "lang", "charset", "name", "content", "rel", "role",
    "style", "action", "method", "for", "type", "placeholder", "autocomplete", "spellcheck", "scope",
    "datetime", "download", "width", "height", "align", "start", "checked", "disabled", "colspan",
    "rowspan", "aria-current", "aria-describedby", "aria-hidden", "aria-label", "aria-labelledby",
    "aria-live", "data-footnotes", "data-footnote-ref", "data-footnote-backref",
    "data-footnote-backref-idx", "xmlns", "viewbox", "x", "y", "x1", "x2", "y1", "y2", "text-anchor",
    "patternunits", "patterntransform", "fill",
    # the search page's sentences for search.js, from templates/strings (search.mustache)
    "data-not-loaded", "data-empty", "data-none", "data-found", "data-found-more", "data-searching",
    "data-shard-missing",
}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
URL_ATTRS = {"href", "src", "action"}
NUMERIC_COLUMNS = {"muc_tieu", "da_dat", "tong_so", "gia_tri"}
NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")


class PageAudit(HTMLParser):
    def __init__(self, path, problems):
        super().__init__(convert_charrefs=True)
        self.path = path
        self.problems = problems
        self.ids = set()
        self.open = []  # (tag, line) of elements not yet closed

    def problem(self, what):
        self.problems.append(f"{self.path}:{self.getpos()[0]}: {what}")

    def check_start(self, tag, attrs):
        if tag not in TAGS:
            self.problem(f"unexpected element <{tag}>")
        names = [n for n, _ in attrs]
        for name, value in attrs:
            if name not in ATTRS:
                self.problem(f"unexpected attribute {name}= on <{tag}>")
            if name in URL_ATTRS and value and re.match(r"\s*javascript:", value, re.I):
                self.problem(f"javascript: URL in <{tag} {name}>")
            if name == "id":
                if value in self.ids:
                    self.problem(f"id=\"{value}\" twice on the page")
                self.ids.add(value)
        if len(set(names)) != len(names):
            self.problem(f"an attribute twice on <{tag}>: {names}")
        if tag == "script":
            src = dict(attrs).get("src")
            if not src or ":" in src.split("/")[0]:
                self.problem("<script> without a relative src")

    def handle_starttag(self, tag, attrs):
        self.check_start(tag, attrs)
        if tag not in VOID:
            self.open.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):  # `<rect …/>` in the chart
        self.check_start(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.open:
            self.problem(f"</{tag}> closes nothing")
        elif self.open[-1][0] != tag:
            self.problem(f"</{tag}> while <{self.open[-1][0]}> of line {self.open[-1][1]} is open")
            if any(t == tag for t, _ in self.open):
                while self.open and self.open.pop()[0] != tag:
                    pass
        else:
            self.open.pop()

    def handle_data(self, data):
        if self.open and self.open[-1][0] == "script" and data.strip():
            self.problem("inline script")

    def finish(self):
        self.close()
        for tag, line in self.open:
            if tag not in ("html", "body", "head"):
                self.problems.append(f"{self.path}:{line}: <{tag}> never closed")


def audit_page(path, text, problems):
    page = PageAudit(path, problems)
    page.feed(text)
    page.finish()


SHARD = re.compile(r'plansiteSearchLoaded\("([^"]+)",(.*)\);\n', re.S)


def audit_search_index(files, problems):
    """The manifest, then every shard it lists: a call plansiteSearchLoaded("NAME", JSON), NAME
    its own path; entries {c, t, u, s} strings; word shards word → [shard, entry, …] integers
    that point at an entry of the group, each word under its own prefix's file."""
    search = {p: t for p, t in files.items() if p.startswith("search/") and p.endswith(".js")}
    for path, text in search.items():
        if re.search(r"</script", text, re.I):
            problems.append(f"{path}: holds </script")
    path = "search/index.js"
    text = search.pop(path, None)
    if text is None:
        return
    if not text.startswith("// ") or "\nwindow.PLANSITE_SEARCH = {" not in text or not text.endswith("};\n"):
        problems.append(f"{path}: not `// …`, `window.PLANSITE_SEARCH = {{ … }};`")
        return
    try:
        manifest = json.loads(text[text.index("{"):text.rindex("}") + 1])
        groups = manifest["groups"]
    except (ValueError, KeyError) as e:
        problems.append(f"{path}: not a JSON object with groups ({e})")
        return

    def shard(name):
        path = f"search/{name}.js"
        text = search.pop(path, None)
        if text is None:
            problems.append(f"search/index.js lists {path}, which is missing")
            return None
        m = SHARD.fullmatch(text)
        if not m or m.group(1) != name:
            problems.append(f"{path}: not plansiteSearchLoaded(\"{name}\", …);")
            return None
        try:
            return json.loads(m.group(2))
        except ValueError as e:
            problems.append(f"{path}: not JSON ({e})")
            return None

    lists = manifest.get("lists")
    if not isinstance(lists, int) or lists < 1:
        problems.append(f"{path}: no positive number of lists a shard")
        return
    for g in groups:
        sizes = {}  # shard in the group × lists + list → entries
        for s, name in enumerate(g["s"]):
            units = shard(f"e/{name}") or []
            if not isinstance(units, list) or len(units) > lists or not all(isinstance(u, list) for u in units):
                problems.append(f"search/e/{name}.js: not at most {lists} lists of entries")
                continue
            for u, entries in enumerate(units):
                sizes[s * lists + u] = len(entries)
                for i, e in enumerate(entries):
                    if not isinstance(e, dict) or sorted(e) != ["c", "s", "t", "u"] or not all(isinstance(v, str) for v in e.values()):
                        problems.append(f"search/e/{name}.js: entry {i + 1} of list {u + 1} is not {{c, t, u, s}} strings: {e!r}")
        for prefix in g["w"].split(" ") if g["w"] else []:
            words = shard(f"w/{g['n']}/{prefix}") or {}
            for word, postings in words.items():
                own = "".join(c if re.fullmatch(r"[a-z0-9]", c) else f"_{ord(c):x}_" for c in word[:2])
                if own != prefix or not re.fullmatch(r"[^\W_]+", word):
                    problems.append(f"search/w/{g['n']}/{prefix}.js: word {word!r} does not belong here")
                if len(postings) % 2 or not all(isinstance(n, int) for n in postings):
                    problems.append(f"search/w/{g['n']}/{prefix}.js: {word!r} → not pairs of integers")
                    continue
                for a, j in zip(postings[::2], postings[1::2]):
                    j = -j - 1 if j < 0 else j
                    if j >= sizes.get(a, 0):
                        problems.append(f"search/w/{g['n']}/{prefix}.js: {word!r} → ({a}, {j}), no such entry")
    for path in sorted(search):
        problems.append(f"{path}: a search file that search/index.js does not list")


def audit_csv(path, text, problems):
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    if not rows:
        problems.append(f"{path}: empty")
        return
    header, seen = rows[0], set()
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            problems.append(f"{path}: row {n} has {len(row)} fields, the header {len(header)}: {row!r}")
            continue
        cells = dict(zip(header, row))
        for name, cell in cells.items():
            if name in NUMERIC_COLUMNS:
                if cell and not NUMBER.fullmatch(cell):
                    problems.append(f"{path}: row {n} {name} is not a number: {cell!r}")
            elif cell.startswith(FORMULA_START):
                problems.append(f"{path}: row {n} {name} starts a formula: {cell!r}")
        key = (cells.get("ma_chi_tieu"), cells.get("ky_bao_cao"), cells.get("ma_don_vi"))
        if key in seen:
            problems.append(f"{path}: row {n} repeats indicator, period and unit {key}")
        seen.add(key)


def audit_ics(path, text, problems):
    if icalendar is None:
        return
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as e:  # any parse failure is the finding
        problems.append(f"{path}: does not parse ({e})")
        return
    uids = [str(ev.get("UID")) for ev in cal.walk("VEVENT")]
    if any(u == "None" for u in uids):
        problems.append(f"{path}: a VEVENT without UID")
    for uid in sorted({u for u in uids if uids.count(u) > 1}):
        problems.append(f"{path}: UID {uid} twice")


def audit(files):
    problems = []
    for path in sorted(files):
        text = files[path]
        if path.endswith(".html"):
            audit_page(path, text, problems)
        elif path == "data/indicators.csv":
            audit_csv(path, text, problems)
        elif path.endswith(".ics"):
            audit_ics(path, text, problems)
    audit_search_index(files, problems)
    return {"files": len(files), "problems": problems}


def main(argv):
    if argv[1:] == ["--stream"]:
        for line in sys.stdin:
            files = json.loads(line)["files"]
            print(json.dumps(audit(files), ensure_ascii=False), flush=True)
        return 0
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        print(__doc__, file=sys.stderr)
        return 2
    root = Path(argv[1])
    files = {str(p.relative_to(root)): p.read_text(encoding="utf-8")
             for p in sorted(root.rglob("*")) if p.is_file() and p.suffix in (".html", ".js", ".csv", ".ics")}
    report = audit(files)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 1 if report["problems"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
