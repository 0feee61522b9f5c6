#!/usr/bin/env python3
"""Every kind of page of a built plansite site, in headless Chromium, at a laptop's and a phone's width.

    page_check.py SITE_DIR --artifacts DIR [--axe PATH] [--chromium PATH] [--max-home-height PX]

Page kinds are found from the built site, not from a list: pages whose paths differ only in a
folder that has sibling folders (districts/cao-loc/ and districts/dinh-lap/, report/2023-6/ and
report/2023-12/, a paginated table's trang-2/ and trang-3/) are one kind, so pages others add later
are checked without changing this script. For each kind its largest page (the one most likely to
overflow) is opened at 1280 px and at 390 px (Emulation.setDeviceMetricsOverride: a headless
window is never narrower than 500 px), and:
  * a screenshot goes to DIR/<kind>-<width>.png (the top 6,000 px) — look at them;
  * axe-core (axe.min.js, from PyPI's axe-selenium-python), injected over the DevTools protocol,
    must find no WCAG 2.0/2.1 level A or AA violation;
  * at 390 px no page of any kind scrolls sideways (every page, not only one per kind);
  * at 390 px every wide table keeps its first column in view when scrolled to its far end, and
    a table with the class `figures` or `submissions` (one column per reporting period, the
    latest last, maybe followed by a `td.change` column) shows the latest period without scrolling;
  * at 390 px no month grid is drawn as a grid: the Action Month and the calendar read as a
    day-by-day agenda (hidden grids are fine), and at 1280 px a multi-day event is one bar in
    a week of the grid, not one entry per day;
  * the height of every kind at both widths goes to DIR/page-heights.json; the home page at
    1280 px must be at most --max-home-height when given.
Exits 0 when all pass, 1 with the failures, 2 when Chromium or axe.min.js is missing.
"""
import argparse
import base64
import json
import os
import shutil
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser_check import OVERFLOW_JS, Browser  # noqa: E402  (the DevTools client lives there)

WIDTHS = (1280, 390)
PHONE = 390
VIEW_HEIGHT = 900
SHOT_MAX = 6000
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def find_axe():
    """axe.min.js inside the installed axe-selenium-python (it ships axe-core's build)."""
    try:
        import axe_selenium_python
    except ImportError:
        return None
    for root, _, files in os.walk(os.path.dirname(axe_selenium_python.__file__)):
        if "axe.min.js" in files:
            return Path(root) / "axe.min.js"
    return None


def page_kinds(site):
    """{kind: [relative paths]}. A folder with sibling folders is a variable part of the path."""
    pages = sorted(p.relative_to(site) for p in site.rglob("*.html"))
    kinds = defaultdict(list)
    for rel in pages:
        parts = list(rel.parts)
        key = []
        for i, part in enumerate(parts[:-1]):
            parent = site.joinpath(*parts[:i])
            siblings = [d for d in parent.iterdir() if d.is_dir()]
            # The top folders (targets/, districts/, …) are sections, each its own kind.
            key.append(part if i == 0 or len(siblings) < 2 else "*")
        key.append(parts[-1])
        kinds["/".join(key)].append(rel.as_posix())
    return kinds


def kind_name(kind):
    """`districts/*/index.html` → `districts-x`; the home page is `home`."""
    name = kind.removesuffix(".html").removesuffix("index").rstrip("/")
    return name.replace("*", "x").replace("/", "-") or "home"


TABLES_JS = """(() => {
  const out = [];
  for (const wrap of document.querySelectorAll('.table-wrap')) {
    const table = wrap.querySelector('table');
    if (!table || wrap.getBoundingClientRect().width === 0) continue;
    if (wrap.scrollWidth <= wrap.clientWidth + 1) continue;
    const label = (table.className || 'table') + ': ' + (table.caption ? table.caption.textContent.trim().slice(0, 50) : '');
    const box = () => wrap.getBoundingClientRect();
    const inside = (cell, b) => { const r = cell.getBoundingClientRect(); return r.left >= b.left - 1 && r.right <= b.right + 1; };
    const rows = Array.from(table.rows).filter(r => r.cells.length > 1);
    wrap.scrollLeft = 0;
    const periodTable = /\\b(figures|submissions)\\b/.test(table.className);
    // The latest period is the last column, or the one before a closing change column (td.change).
    const back = table.querySelector('td.change:last-child') ? 2 : 1;
    const lastHidden = periodTable ? rows.filter(r => !inside(r.cells[r.cells.length - back], box())).length : 0;
    wrap.scrollLeft = wrap.scrollWidth;
    const firstHidden = rows.filter(r => !inside(r.cells[0], box())).length;
    wrap.scrollLeft = 0;
    out.push({label, rows: rows.length, firstHidden, lastHidden});
  }
  return out;
})()"""

# Month grids drawn as grids (visible table.month), and per grid the most entries one event has
# in one week row (a multi-day event repeated day by day shows up as many).
GRID_JS = """(() => Array.from(document.querySelectorAll('table.month')).filter(t => t.getBoundingClientRect().height > 0)
  .map(t => {
    let repeats = 0;
    for (const row of t.tBodies[0].rows) {
      const seen = {};
      for (const a of row.querySelectorAll('a[href^="#"]')) {
        const h = a.getAttribute('href'); seen[h] = (seen[h] || 0) + 1; repeats = Math.max(repeats, seen[h]);
      }
    }
    return {id: t.id, repeats};
  }))()"""


def run_axe(browser, axe_source):
    if not browser.eval("typeof axe !== 'undefined'"):
        browser.call("Runtime.evaluate", {"expression": axe_source})
    # axe-core names only the tags some rule has (3.1 has no rule tagged wcag21a yet).
    known = browser.eval("Array.from(new Set(axe.getRules().flatMap(r => r.tags)))")
    tags = [t for t in AXE_TAGS if t in known]
    if not {"wcag2a", "wcag2aa"} <= set(tags):
        raise RuntimeError(f"this axe-core has no WCAG 2 A/AA rules (tags: {sorted(known)})")
    options = json.dumps({"runOnly": {"type": "tag", "values": tags}, "resultTypes": ["violations"]})
    result = browser.call("Runtime.evaluate", {
        "expression": f"axe.run(document, {options}).then(r => r.violations.map(v => ({{id: v.id, impact: v.impact, "
                      "help: v.help, nodes: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' — ' + "
                      "(n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160))})))",
        "awaitPromise": True, "returnByValue": True}, timeout=120)
    if "exceptionDetails" in result:
        raise RuntimeError(f"axe.run failed: {result['exceptionDetails']}")
    return result["result"]["value"]


def screenshot(browser, path, width):
    height = min(int(browser.eval("document.documentElement.scrollHeight")), SHOT_MAX)
    shot = browser.call("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}}, timeout=120)
    Path(path).write_bytes(base64.b64decode(shot["data"]))


def set_width(browser, width):
    browser.call("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": VIEW_HEIGHT, "deviceScaleFactor": 1, "mobile": width < 500})


def check(site, artifacts, chromium, axe_source, max_home_height):
    failures = []
    kinds = page_kinds(site)
    url = lambda rel: (site / rel).as_uri()
    heights = {}
    browser = Browser(chromium)
    # axe-core on the longest pages takes a while on a busy machine: wait for answers longer than
    # the client's default 30 s (each call still has its own deadline).
    browser.cdp.ws.sock.settimeout(300)
    try:
        # Every page at the phone's width: nothing sticks out sideways.
        set_width(browser, PHONE)
        for rel in (p for pages in kinds.values() for p in pages):
            browser.open(url(rel))
            m = browser.eval(OVERFLOW_JS.replace("WIDTH_LIMIT", str(PHONE)))
            if m["scrollWidth"] > PHONE:
                failures.append(f"{rel}: scrolls sideways at {PHONE} px (scrollWidth {m['scrollWidth']}); "
                                f"sticking out: {', '.join(m['culprits']) or '?'}")
        print(f"page_check: {sum(map(len, kinds.values()))} pages at {PHONE} px; {len(kinds)} kinds")

        for width in WIDTHS:
            set_width(browser, width)
            for kind, pages in sorted(kinds.items()):
                rel = max(pages, key=lambda p: ((site / p).stat().st_size, p))
                browser.open(url(rel))
                name = kind_name(kind)
                height = int(browser.eval("document.documentElement.scrollHeight"))
                heights.setdefault(name, {"page": rel})[str(width)] = height
                screenshot(browser, artifacts / f"{name}-{width}.png", width)
                for v in run_axe(browser, axe_source):
                    failures.append(f"{rel} at {width} px: axe {v['id']} ({v['impact']}): {v['help']}; "
                                    + "; ".join(v["nodes"]))
                grids = browser.eval(GRID_JS)
                if width == PHONE:
                    for g in grids:
                        failures.append(f"{rel} at {width} px: the month grid #{g['id']} is drawn as a grid; "
                                        "a phone gets the day-by-day agenda")
                    for t in browser.eval(TABLES_JS):
                        if t["firstHidden"]:
                            failures.append(f"{rel} at {width} px: {t['label']}: scrolled to its end, the first "
                                            f"column leaves the view in {t['firstHidden']} of {t['rows']} rows")
                        if t["lastHidden"]:
                            failures.append(f"{rel} at {width} px: {t['label']}: the last period's column is "
                                            f"off-screen before scrolling in {t['lastHidden']} of {t['rows']} rows")
                else:
                    for g in grids:
                        if g["repeats"] > 1:
                            failures.append(f"{rel} at {width} px: month grid #{g['id']}: one event appears "
                                            f"{g['repeats']} times in one week (one span expected)")
        print(f"page_check: {len(kinds)} kinds at {', '.join(map(str, WIDTHS))} px: axe-core found "
              f"{sum('axe ' in f for f in failures)} WCAG A/AA violations; screenshots in {artifacts}")
    finally:
        browser.stop()
    (artifacts / "page-heights.json").write_text(json.dumps(heights, indent=2, ensure_ascii=False) + "\n")
    home = heights.get("home", {}).get("1280")
    print(f"page_check: home page height at 1280 px: {home} px; at {PHONE} px: {heights.get('home', {}).get(str(PHONE))} px")
    if not home:
        failures.append("index.html: no home page height measured at 1280 px")
    elif max_home_height and home > max_home_height:
        failures.append(f"index.html: {home} px tall at 1280 px, more than {max_home_height} px")
    return failures


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("site")
    ap.add_argument("--artifacts", required=True)
    ap.add_argument("--axe", help="axe.min.js (default: the one inside axe-selenium-python)")
    ap.add_argument("--chromium", default=os.environ.get("CHROMIUM") or shutil.which("chromium"))
    ap.add_argument("--max-home-height", type=int)
    args = ap.parse_args(argv[1:])
    site = Path(args.site).resolve()
    if not (site / "index.html").is_file():
        print(f"page_check: {site}/index.html does not exist", file=sys.stderr)
        return 2
    axe = Path(args.axe) if args.axe else find_axe()
    if not axe or not axe.is_file():
        print("page_check: axe.min.js not found: python3 -m pip install --no-deps axe-selenium-python "
              "(Tests/scripts/install-test-tools.sh does)", file=sys.stderr)
        return 2
    if not args.chromium:
        print("page_check: chromium not found: apt-get install -y chromium (make test does)", file=sys.stderr)
        return 2
    artifacts = Path(args.artifacts)
    artifacts.mkdir(parents=True, exist_ok=True)
    try:
        failures = check(site, artifacts, args.chromium, axe.read_text(encoding="utf-8"), args.max_home_height)
    except (RuntimeError, TimeoutError, ConnectionError, OSError) as e:
        print(f"page_check: {e}", file=sys.stderr)
        return 2
    if failures:
        print(f"page_check: {len(failures)} failure(s):", file=sys.stderr)
        for f in failures:
            print("  " + f, file=sys.stderr)
        return 1
    print("page_check: all checks pass")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
