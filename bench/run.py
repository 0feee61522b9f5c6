#!/usr/bin/env python3
"""Benchmark plansite on synthetic sites of N districts, and Hugo on the same data.

Usage (from the repository root; `make bench` runs it with the defaults):
    python3 bench/run.py [--sizes 100,1000,3321,10000] [--binary .build/release/plansite]
                         [--workdir /tmp/plansite-bench] [--no-hugo] [--tmpfs | --disk-only]
                         [--repeat R] [--rebuild-repeat R2] [--seed SEED]

For each N it generates the site (bench/make_site.py; reused while the generator and
seed are unchanged), checks that `plansite check` accepts it, then measures, outputs
on disk and (a second pass) on /dev/shm:
    plansite check           loading and validation only (writes nothing)
    plansite full build      into an empty output folder
    plansite no-change       the same build again over the previous output
    plansite 1 report changed  after appending a paragraph to one district's report.md
    plansite 1 figure changed  after changing one figure in one district's indicators.yaml
                               (each repeat of these two edits again: every run rebuilds a change)
and the same three builds with Hugo when it is installed, then prints one table per N
and pass, the ratios plansite/hugo, and a summary.  Every column is described in
bench/README.md.  Python 3 standard library only.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_site  # noqa: E402

TODAY = "2023-11-16"  # after every as_of of the data and the units' annual deadline, before the province's
CHANGE = "\n\nCập nhật: bổ sung một đoạn để đo thời gian dựng lại khi một tệp thay đổi.\n"


# ---------------------------------------------------------------------------
# Running and measuring one command
# ---------------------------------------------------------------------------
class Result:
    def __init__(self, wall, user, sys_, maxrss_kib, rc, stderr, timed_out=False):
        self.wall, self.user, self.sys, self.maxrss_kib = wall, user, sys_, maxrss_kib
        self.rc, self.stderr, self.timed_out = rc, stderr, timed_out

    @property
    def cpu(self):
        return self.user + self.sys

    @property
    def ok(self):
        return self.rc == 0 and not self.timed_out


def measure(cmd, timeout):
    """Runs cmd; wall time from the clock, CPU and peak memory from wait4's rusage
    of that very child (the same numbers as /usr/bin/time -v)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        timed_out = False
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - t0 > timeout:
                p.kill()
                timed_out = True
                pid, status, ru = os.wait4(p.pid, 0)
                break
            time.sleep(0.005)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return Result(wall, ru.ru_utime, ru.ru_stime, ru.ru_maxrss, p.returncode, text, timed_out)


def measure_best(cmd, repeat, timeout, before=None):
    """Runs cmd `repeat` times (calling before() ahead of each run) and returns the run
    with the median wall time."""
    runs = []
    for _ in range(repeat):
        if before:
            before()
        r = measure(cmd, timeout)
        runs.append(r)
        if not r.ok:
            return r
    runs.sort(key=lambda r: r.wall)
    return runs[(len(runs) - 1) // 2]


def tree_stats(root):
    """(files, pages, bytes, (bytes, path) of the largest page)."""
    files = pages = size = 0
    largest = (0, "")
    for dirpath, _dirs, names in os.walk(root):
        for n in names:
            files += 1
            path = os.path.join(dirpath, n)
            st = os.lstat(path).st_size
            size += st
            if n.endswith(".html"):
                pages += 1
                largest = max(largest, (st, os.path.relpath(path, root)))
    return files, pages, size, largest


def rmtree(path):
    if os.path.lexists(path):
        shutil.rmtree(path)


# ---------------------------------------------------------------------------
# The site for one N
# ---------------------------------------------------------------------------
def prepare_site(n, workdir, seed):
    """Generates (or reuses) the site for N; returns (folder, info, seconds spent)."""
    folder = os.path.join(workdir, "n%d" % n)
    info_path = os.path.join(folder, "site.json")
    try:
        with open(info_path, encoding="utf-8") as f:
            info = json.load(f)
        if (info.get("generator") == make_site.GENERATOR_VERSION and info.get("seed") == seed
                and info.get("n") == n and info.get("layouts") == layouts_stamp()):
            return folder, info, None
    except (OSError, ValueError):
        pass
    for sub in ("plansite", "hugo", "site.json"):
        p = os.path.join(folder, sub)
        rmtree(p) if os.path.isdir(p) else (os.path.exists(p) and os.remove(p))
    t0 = time.perf_counter()
    info = make_site.generate(n, folder, seed)
    info["layouts"] = layouts_stamp()
    with open(info_path, "w", encoding="utf-8") as f:
        json.dump(info, f, ensure_ascii=False, indent=1)
    return folder, info, time.perf_counter() - t0


def layouts_stamp():
    """Changes whenever the generator or the Hugo templates change, so a stale site is rebuilt."""
    crc = 0
    for name in ("make_site.py", "hugo_layouts.py"):
        with open(os.path.join(HERE, name), "rb") as f:
            crc = zlib.crc32(f.read(), crc)
    return "%08x" % crc


class Edit:
    """Changes one district's files (plansite's and the Hugo page made from the same data) a
    little differently on every call of `step`, so that each repeat of a measurement rebuilds
    after a real change (the same edit twice would time the no-change case from the second
    run on); `restore` puts the files back."""

    def __init__(self, paths):
        self.paths = paths
        self.saved = {}
        self.count = 0

    def step(self):
        self.count += 1
        for p in self.paths:
            with open(p, "rb") as f:
                data = f.read()
            self.saved.setdefault(p, data)
            with open(p, "wb") as f:
                f.write(self.change(data.decode("utf-8"), self.count).encode("utf-8"))

    def restore(self):
        for p, data in self.saved.items():
            with open(p, "wb") as f:
                f.write(data)
        self.saved = {}


class ReportEdit(Edit):
    """Appends a paragraph to a district's report.md (and the Hugo page's body), numbered by
    the repeat."""

    def __init__(self, folder, slug):
        super().__init__([os.path.join(folder, "plansite", "content", "districts", slug, "report.md"),
                          os.path.join(folder, "hugo", "content", "districts", slug + ".md")])

    def change(self, text, k):
        return text + CHANGE.rstrip("\n") + " (lần %d)\n" % k


FRACTION = re.compile(r"\{done: (\d+), of: (\d+)\}")


class FigureEdit(Edit):
    """Changes the first `{done: D, of: O}` figure of a district (indicators.yaml, and the same
    value in the Hugo page's front matter) to the next value between 0 and O on each repeat: a
    changed figure moves the province total of its indicator."""

    def __init__(self, folder, slug):
        super().__init__([os.path.join(folder, "plansite", "content", "districts", slug, "indicators.yaml"),
                          os.path.join(folder, "hugo", "content", "districts", slug + ".md")])

    def change(self, text, _k):
        m = FRACTION.search(text)
        done, of = int(m.group(1)), int(m.group(2))
        new = (done + 1) % (of + 1) if of else done + 1
        return text[:m.start()] + "{done: %d, of: %d}" % (new, of) + text[m.end():]


# ---------------------------------------------------------------------------
# Table
# ---------------------------------------------------------------------------
ROWS = (("full", "full build"), ("same", "no-change rebuild"), ("one", "1 report changed"),
        ("fig", "1 figure changed"))
COLUMNS = ["tool", "run", "wall s", "CPU s", "pages/s", "MB md/s", "peak MiB", "files", "MB out"]


def row(tool, run, r, md_bytes, stats=None, pages=None):
    if r is None:
        return [tool, run] + ["-"] * 7
    if not r.ok:
        return [tool, run, "FAILED" if not r.timed_out else "TIMEOUT"] + ["-"] * 6
    files, npages, size = stats[:3] if stats else (None, pages, None)
    return [tool, run, "%.2f" % r.wall, "%.2f" % r.cpu,
            "%.0f" % (npages / r.wall) if npages else "-",
            fmt_rate(md_bytes / 1e6 / r.wall),
            "%.0f" % (r.maxrss_kib / 1024.0),
            "{:,}".format(files) if files is not None else "-",
            "%.1f" % (size / 1e6) if size is not None else "-"]


def fmt_rate(x):
    return "%.2f" % x if x < 10 else "%.1f" % x


def print_table(rows):
    widths = [max(len(str(x[i])) for x in [COLUMNS] + rows) for i in range(len(COLUMNS))]
    fmt = lambda cells: "  ".join(  # noqa: E731
        str(c).ljust(w) if i < 2 else str(c).rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    print(fmt(COLUMNS))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(fmt(r))


def ratio(a, b):
    return "%.2f×" % (a / b) if a is not None and b else "-"


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def run_pass(label, outroot, folder, info, a, hugo, skip_rebuilds):
    """One pass (outputs on disk or on tmpfs): full build, no-change rebuild and one-file
    rebuild with plansite, the same with Hugo.  Returns (rows, results, skip_rebuilds)."""
    content = os.path.join(folder, "plansite", "content")
    out_p = os.path.join(outroot, "plansite-out")
    out_h = os.path.join(outroot, "hugo-out")
    rmtree(out_p)
    rmtree(out_h)
    os.makedirs(outroot, exist_ok=True)
    pcmd = [a.binary, "build", "--content", content, "--templates", a.templates, "--output", out_p,
            "--today", TODAY, "--quiet"]
    hcmd = [hugo, "--source", os.path.join(folder, "hugo"), "--destination", out_h, "--quiet",
            "--cacheDir", os.path.join(a.workdir, "hugo-cache")] if hugo else None
    md = info["markdown_bytes"]
    res = {}
    stats = {}
    # Full builds, plansite then Hugo, each into an empty folder.
    res["p_full"] = measure_best(pcmd, a.repeat, a.timeout, before=lambda: rmtree(out_p))
    stats["p"] = tree_stats(out_p) if res["p_full"].ok else None
    if a.slow and res["p_full"].wall > a.slow:
        skip_rebuilds = True
    if hcmd:
        res["h_full"] = measure_best(hcmd, a.repeat, a.timeout, before=lambda: rmtree(out_h))
        stats["h"] = tree_stats(out_h) if res["h_full"].ok else None
    if not skip_rebuilds:
        # Rebuilds take seconds: they may be measured more often than the full builds.
        again = a.rebuild_repeat or a.repeat
        # No-change rebuilds over the previous output.
        res["p_same"] = measure_best(pcmd, again, a.timeout)
        if hcmd and a.hugo_rebuilds:
            res["h_same"] = measure_best(hcmd, a.repeat, a.timeout)
        # One district's report.md changed, then one of its figures: each repeat edits again
        # (a rebuild after the same edit would be the no-change case).
        for key, make in (("one", ReportEdit), ("fig", FigureEdit)):
            edit = make(folder, info["middle_district"])
            try:
                res["p_" + key] = measure_best(pcmd, again, a.timeout, before=edit.step)
                if hcmd and a.hugo_rebuilds:
                    res["h_" + key] = measure_best(hcmd, a.repeat, a.timeout, before=edit.step)
            finally:
                edit.restore()
            # Back to the generated content, so the next row starts from the same site.
            if res["p_" + key].ok:
                measure(pcmd, a.timeout)
    rows = []
    for tool, t in (("plansite", "p"), ("hugo", "h")):
        if t == "h" and not hcmd:
            continue
        for key, name in ROWS:
            r = res.get(t + "_" + key)
            rows.append(row(tool, name, r, md, stats[t]) if r else
                        [tool, name, "skipped"] + ["-"] * 6)
    for key, r in res.items():
        if not r.ok:
            print("  %s failed (exit %s%s): %s" % (key, r.rc, ", timeout" if r.timed_out else "",
                                                 r.stderr.strip()[-800:]), file=sys.stderr)
    for tool, t in (("plansite", "p"), ("hugo", "h")):
        if stats.get(t):
            print("largest page, %s: %.2f MB (%s)" % (tool, stats[t][3][0] / 1e6, stats[t][3][1]))
    if not a.keep:
        rmtree(out_p)
        rmtree(out_h)
    return rows, res, skip_rebuilds, (stats["p"][3] if stats.get("p") else None)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="100,1000,3321,10000", help="district counts (default %(default)s)")
    ap.add_argument("--binary", default=os.path.join(REPO, ".build", "release", "plansite"),
                    help="plansite binary (default .build/release/plansite)")
    ap.add_argument("--templates", default=os.path.join(REPO, "templates"),
                    help="templates folder (default the repository's templates/)")
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "plansite-bench"),
                    help="where generated sites and disk outputs go (default %(default)s)")
    ap.add_argument("--seed", default=make_site.DEFAULT_SEED, help="generator seed (default %(default)s)")
    ap.add_argument("--no-hugo", action="store_true", help="measure plansite only")
    ap.add_argument("--hugo", default="hugo", help="hugo binary (default: hugo from PATH)")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--tmpfs", action="store_true",
                       help="only the pass with outputs on /dev/shm (default: disk, then /dev/shm)")
    where.add_argument("--disk-only", action="store_true", help="only the pass with outputs on disk")
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement, median kept (default 1)")
    ap.add_argument("--rebuild-repeat", type=int, default=0,
                    help="runs per plansite rebuild measurement (no change, one report, one figure), "
                         "median kept; default: --repeat")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before one build is stopped")
    ap.add_argument("--slow", type=float, default=120,
                    help="when plansite's full build of a size takes longer (seconds), skip that size's "
                         "rebuild measurements, to keep the run to minutes; 0 never skips (default %(default)g)")
    ap.add_argument("--hugo-rebuilds", action="store_true",
                    help="also time Hugo's no-change and one-file rebuilds (off by default: `hugo` renders "
                         "every page each time, so they take as long as its full build and triple the run)")
    ap.add_argument("--keep", action="store_true", help="keep the outputs (default: removed after each pass)")
    a = ap.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # progress shows under make and pipes

    sizes = [int(s.replace("_", "").replace(",", "")) for s in a.sizes.split(",") if s.strip()]
    a.binary = os.path.abspath(a.binary)
    a.templates = os.path.abspath(a.templates)
    a.workdir = os.path.abspath(a.workdir)
    if os.path.commonpath([a.workdir, REPO]) == REPO:
        ap.error("--workdir must be outside the repository")
    if not os.access(a.binary, os.X_OK):
        ap.error("no plansite binary at %s (run `make build`, or pass --binary)" % a.binary)
    hugo = None if a.no_hugo else shutil.which(a.hugo)
    if not a.no_hugo and not hugo:
        print("hugo not found: measuring plansite only", file=sys.stderr)
    passes = []
    if not a.tmpfs:
        passes.append(("disk", os.path.join(a.workdir, "out")))
    if not a.disk_only:
        if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK):
            passes.append(("tmpfs", os.path.join("/dev/shm", "plansite-bench-%d" % os.getuid())))
        else:
            print("/dev/shm not writable: skipping the tmpfs pass", file=sys.stderr)
    os.makedirs(a.workdir, exist_ok=True)

    hv = ""
    if hugo:
        hv = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.split(" ")[1]
    print("plansite benchmark: %s (templates %s), %s; %d CPUs; today %s; repeat %d"
          % (os.path.relpath(a.binary, REPO) if a.binary.startswith(REPO) else a.binary,
             os.path.relpath(a.templates, REPO) if a.templates.startswith(REPO) else a.templates,
             ("hugo " + hv) if hugo else "no hugo", os.cpu_count(), TODAY, a.repeat))
    summary = []
    failed = False
    micro = os.path.join(os.path.dirname(a.binary), "plansite-microbench")
    for n in sizes:
        folder, info, gen_s = prepare_site(n, a.workdir, a.seed)
        if micro and os.access(micro, os.X_OK):
            # Single-core figures, once, on this size's district reports (bench/README.md).
            print()
            subprocess.run([micro, os.path.join(folder, "plansite", "content", "districts"), "2"], cwd=REPO)
            micro = None
        print()
        print("=" * 100)
        print("N = {:,} districts: {} indicators × {} periods, {:,} events, {:.1f} MB of Markdown "
              "({:.1f} MB in reports){}".format(
                  n, info["indicators"], info["periods"], info["events"], info["markdown_bytes"] / 1e6,
                  info["report_bytes"] / 1e6,
                  "; generated in %.1f s" % gen_s if gen_s is not None else "; reused " + folder))
        check = measure([a.binary, "check", "--content", os.path.join(folder, "plansite", "content"),
                         "--templates", a.templates, "--today", TODAY], a.timeout)
        if not check.ok:
            lines = check.stderr.strip().splitlines()
            print("plansite check rejected the generated content (exit %s):\n  %s"
                  % (check.rc, "\n  ".join(lines[:20] + (["…"] if len(lines) > 20 else []))))
            failed = True
            continue
        warnings = sum(1 for line in check.stderr.splitlines() if "cảnh báo" in line)
        print("plansite check: exit 0, %d warnings; reads and validates, writes nothing: %.2f s wall, %.2f s CPU, %.0f MiB"
              % (warnings, check.wall, check.cpu, check.maxrss_kib / 1024.0))
        skip = False
        for label, outroot in passes:
            print()
            print("-- outputs on %s (%s)" % (label, outroot))
            rows, res, skip, largest = run_pass(label, os.path.join(outroot, "n%d" % n), folder, info, a, hugo, skip)
            rows.insert(0, row("plansite", "check (no output)", check, info["markdown_bytes"],
                               pages=None))
            print_table(rows)
            if skip:
                print("(rebuilds skipped: plansite's full build took more than --slow %g s)" % a.slow)
            if hugo:
                print("plansite/hugo:  " + ";  ".join(
                    "%s wall %s, CPU %s, peak memory %s" % (
                        name, ratio(res["p_" + k].wall, res["h_" + k].wall),
                        ratio(res["p_" + k].cpu, res["h_" + k].cpu),
                        ratio(res["p_" + k].maxrss_kib, res["h_" + k].maxrss_kib))
                    for k, name in (("full", "full"), ("same", "no-change"), ("one", "1 report"), ("fig", "1 figure"))
                    if "p_" + k in res and "h_" + k in res and res["p_" + k].ok and res["h_" + k].ok))
            summary.append((n, label, check, res, largest))
            failed |= not all(r.ok for r in res.values())
    if not a.keep:
        for _label, outroot in passes:
            rmtree(outroot)  # only empty n<N>/ folders are left by now
    if summary:
        print()
        print("=" * 100)
        print("Summary (full builds; wall / CPU seconds)")
        cols = ["N", "output", "check", "plansite full", "hugo full", "hugo÷plansite wall", "hugo÷plansite CPU",
                "plansite peak MiB", "hugo peak MiB", "plansite no-change", "full÷no-change", "1 report",
                "1 figure", "largest page MB"]
        rows = []
        for n, label, check, res, largest in summary:
            p, h = res["p_full"], res.get("h_full")
            rows.append(["{:,}".format(n), label, "%.2f / %.2f" % (check.wall, check.cpu),
                         "%.2f / %.2f" % (p.wall, p.cpu) if p.ok else "failed",
                         "%.2f / %.2f" % (h.wall, h.cpu) if h and h.ok else "-",
                         ratio(h.wall, p.wall) if h and h.ok and p.ok else "-",
                         ratio(h.cpu, p.cpu) if h and h.ok and p.ok else "-",
                         "%.0f" % (p.maxrss_kib / 1024.0) if p.ok else "-",
                         "%.0f" % (h.maxrss_kib / 1024.0) if h and h.ok else "-",
                         "%.2f" % res["p_same"].wall if res.get("p_same") and res["p_same"].ok else "-",
                         ratio(p.wall, res["p_same"].wall) if res.get("p_same") and res["p_same"].ok and p.ok else "-",
                         "%.2f" % res["p_one"].wall if res.get("p_one") and res["p_one"].ok else "-",
                         "%.2f" % res["p_fig"].wall if res.get("p_fig") and res["p_fig"].ok else "-",
                         "%.2f" % (largest[0] / 1e6) if largest else "-"])
        widths = [max(len(x[i]) for x in [cols] + rows) for i in range(len(cols))]
        print("  ".join(c.rjust(w) for c, w in zip(cols, widths)))
        for r in rows:
            print("  ".join(c.rjust(w) for c, w in zip(r, widths)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
