#!/usr/bin/env python3
"""Measures a generated plansite site in headless Chromium: page heights, charts and their labels.

    dashboard_check.py SITE_DIR [--artifacts DIR] [--max-home-height PX] [--json]

For each page kind (home, plan, targets, one indicator, units index, ranking, one unit, period report)
at 1280 px and at 390 px wide (Emulation.setDeviceMetricsOverride: a headless window is never
narrower than 500 px) it records document.documentElement.scrollHeight and the number of inline
<svg> charts, and checks:
  * the home page is at most --max-home-height px tall at 1280 px (default 3600);
  * at 390 px every text inside a chart (<svg class="chart">) renders at least 11 px high;
  * in every chart no line or bar covers a text's box (a line or rect crossing a label), and no
    text runs past the chart's edge;
  * every chart has role="img" and a non-empty <title> and <desc>;
  * the unit map (<svg class="map">, when there is one) has a <title> and <desc>, its texts are at
    least 11 px high and each stays inside its own tile.
Screenshots of the first 1,600 px of each page kind at both widths go to --artifacts, and from
the first chart down where it starts lower (NAME-WIDTH-charts.png).
Exits 0 when all pass, 1 with a list of failures, 2 when Chromium is missing or does not start.
"""
import base64
import json
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_check import Browser  # noqa: E402  (the page-checking harness's DevTools client)

PAGES = [
    ("home", "index.html"),
    ("plan", "plan/index.html"),
    ("targets", "targets/index.html"),
    ("indicator", "targets/1/index.html"),
    ("units", "districts/index.html"),
    ("ranking", "districts/xep_hang/index.html"),
    ("unit", "districts/thanh-pho-lang-son/index.html"),
    ("report", "report/6-thang/index.html"),
]
WIDTHS = [1280, 390]
SHOT_HEIGHT = 1600

CHARTS_JS = """(() => {
  const svgs = Array.from(document.querySelectorAll('svg'));
  const charts = svgs.filter(s => s.classList.contains('chart'));
  const small = [], covered = [], bare = [], clipped = [];
  const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  charts.forEach((svg, n) => {
    const title = svg.querySelector('title'), desc = svg.querySelector('desc');
    if (svg.getAttribute('role') !== 'img' || !title || !title.textContent.trim() || !desc || !desc.textContent.trim())
      bare.push(n);
    const texts = Array.from(svg.querySelectorAll('text')).filter(t => t.textContent.trim());
    for (const t of texts) {
      const px = t.getBoundingClientRect().height ? parseFloat(getComputedStyle(t).fontSize) * (svg.getScreenCTM() ? svg.getScreenCTM().a : 1) : 99;
      if (px < 11) small.push(`${t.textContent.trim().slice(0, 30)} (${px.toFixed(1)} px)`);
    }
    const box = svg.getBoundingClientRect();
    for (const t of texts) {
      const r = t.getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) clipped.push(`${t.textContent.trim().slice(0, 30)} (${Math.round(r.right - box.right)} px out)`);
    }
    const marks = Array.from(svg.querySelectorAll('line, rect, path, circle, polygon'));
    for (const t of texts) {
      const tb = t.getBoundingClientRect();
      for (const m of marks) {
        if (overlap(tb, m.getBoundingClientRect())) { covered.push(`${t.textContent.trim().slice(0, 30)} ↔ <${m.tagName}>`); break; }
      }
    }
  });
  // The unit map (partials/unit-map): its texts sit on their tiles by design, so instead of
  // "no mark covers a label" each text must stay inside its own tile; sizes and edges as charts.
  const maps = svgs.filter(s => s.classList.contains('map'));
  maps.forEach((svg, n) => {
    const title = svg.querySelector('title'), desc = svg.querySelector('desc');
    if (!title || !title.textContent.trim() || !desc || !desc.textContent.trim()) bare.push(`map ${n}`);
    const box = svg.getBoundingClientRect();
    for (const tile of svg.querySelectorAll('a')) {
      const cell = tile.querySelector('rect').getBoundingClientRect();
      for (const t of tile.querySelectorAll('text')) {
        const r = t.getBoundingClientRect();
        const px = parseFloat(getComputedStyle(t).fontSize) * (svg.getScreenCTM() ? svg.getScreenCTM().a : 1);
        if (px < 11) small.push(`map: ${t.textContent.trim().slice(0, 30)} (${px.toFixed(1)} px)`);
        if (r.left < cell.left - 0.5 || r.right > cell.right + 0.5 || r.top < cell.top - 0.5 || r.bottom > cell.bottom + 0.5)
          covered.push(`map: ${t.textContent.trim().slice(0, 30)} runs out of its tile`);
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5) clipped.push(`map: ${t.textContent.trim().slice(0, 30)}`);
      }
    }
  });
  return {svg: svgs.length, charts: charts.length, maps: maps.length, small: small.slice(0, 5), covered: covered.slice(0, 5), bare,
          clipped: clipped.slice(0, 5),
          height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth};
})()"""


def measure(site, artifacts, max_home):
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        raise RuntimeError("chromium not found; install it: apt-get install -y chromium")
    failures, table = [], {}
    browser = Browser(chromium)
    try:
        for width in WIDTHS:
            browser.call("Emulation.setDeviceMetricsOverride",
                         {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 500})
            for kind, rel in PAGES:
                if not (site / rel).is_file():
                    failures.append(f"{rel}: missing")
                    continue
                browser.open((site / rel).as_uri())
                m = browser.eval(CHARTS_JS)
                table.setdefault(kind, {})[width] = m
                if m["small"]:
                    failures.append(f"{rel} at {width} px: chart labels under 11 px: {m['small']}")
                if m["covered"]:
                    failures.append(f"{rel} at {width} px: a mark covers a label: {m['covered']}")
                if m["clipped"]:
                    failures.append(f"{rel} at {width} px: chart text cut at the chart's edge: {m['clipped']}")
                if m["bare"]:
                    failures.append(f"{rel}: charts without role=img, <title> and <desc>: {m['bare']}")
                if kind == "home" and width == 1280 and m["height"] > max_home:
                    failures.append(f"index.html is {m['height']} px tall at 1280 px, more than {max_home}")
                if artifacts:
                    h = min(m["height"], SHOT_HEIGHT)
                    shot = browser.call("Page.captureScreenshot", {
                        "format": "png", "captureBeyondViewport": True,
                        "clip": {"x": 0, "y": 0, "width": width, "height": h, "scale": 1}}, timeout=60)
                    (artifacts / f"{kind}-{width}.png").write_bytes(base64.b64decode(shot["data"]))
                    # And from the first chart down, where it starts below the first screen.
                    top = browser.eval("(() => { const c = document.querySelector('svg.chart');"
                                       " return c ? Math.max(0, c.getBoundingClientRect().top + scrollY - 80) : 0; })()")
                    if top > SHOT_HEIGHT / 2:
                        h = min(m["height"] - int(top), SHOT_HEIGHT)
                        shot = browser.call("Page.captureScreenshot", {
                            "format": "png", "captureBeyondViewport": True,
                            "clip": {"x": 0, "y": int(top), "width": width, "height": h, "scale": 1}}, timeout=60)
                        (artifacts / f"{kind}-{width}-charts.png").write_bytes(base64.b64decode(shot["data"]))
    finally:
        browser.stop()
    return failures, table


def main(argv):
    args = argv[1:]
    artifacts, max_home, as_json = None, 3600, False
    if "--artifacts" in args:
        i = args.index("--artifacts")
        artifacts = Path(args[i + 1])
        artifacts.mkdir(parents=True, exist_ok=True)
        del args[i:i + 2]
    if "--max-home-height" in args:
        i = args.index("--max-home-height")
        max_home = int(args[i + 1])
        del args[i:i + 2]
    if "--json" in args:
        as_json = True
        args.remove("--json")
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    site = Path(args[0]).resolve()
    try:
        failures, table = measure(site, artifacts, max_home)
    except (RuntimeError, TimeoutError, ConnectionError, OSError) as e:
        print(f"dashboard_check: {e}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps({k: {w: {"height": v["height"], "svg": v["svg"], "charts": v["charts"]} for w, v in d.items()}
                          for k, d in table.items()}))
    for kind, d in table.items():
        print(f"dashboard_check: {kind:10} " + "  ".join(
            f"{w} px: {v['height']:>6} px tall, {v['svg']} svg ({v['charts']} charts)" for w, v in d.items()))
    if failures:
        print(f"dashboard_check: {len(failures)} failure(s):", file=sys.stderr)
        for f in failures:
            print("  " + f, file=sys.stderr)
        return 1
    print("dashboard_check: all checks pass")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
