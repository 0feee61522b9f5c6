#!/usr/bin/env python3
"""How long `plansite serve` takes from saving a file to the reloaded page, and what it costs
while idle (issue 18, item 3). Python standard library only.

    python3 bench/serve_latency.py --binary .build/release/plansite \
        --content /tmp/plansite-bench/n3321/plansite/content

The content folder is copied first (to --work, /dev/shm/serve-content by default) and never
touched. Then: `plansite serve` starts on the copy; once its first build is served, the idle CPU
(utime + stime from /proc/PID/stat) is taken over --idle seconds; then, --rounds times, a client
waits on the reload signal as the page's script does (`/__plansite/version?after=N`; a server
that answers at once is asked again a second later, as the script does), a line is appended to
one unit's report.md, and the milliseconds from that write are printed to
  (a) the build's end, as the server reports it (the X-Plansite-Built-At header of the version
      answer; for a server without it, when its "Đã dựng" line reached us),
  (b) the reload signal reaching the waiting client,
  (c) the unit's page being served with the new line.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TODAY = "2023-06-15"


def now_ms():
    return time.time() * 1000.0


class Server:
    """`plansite serve` with its log read line by line, each line stamped on arrival."""

    def __init__(self, binary, content, templates, output):
        self.lines = []  # (arrival ms, text)
        self.cond = threading.Condition()
        self.proc = subprocess.Popen(
            [binary, "serve", "--content", content, "--templates", templates, "--output", output,
             "--today", TODAY, "--port", "0"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        threading.Thread(target=self._read, daemon=True).start()
        self.port = None

    def _read(self):
        for raw in self.proc.stderr:
            with self.cond:
                self.lines.append((now_ms(), raw.decode("utf-8", "replace").rstrip("\n")))
                self.cond.notify_all()

    def wait_line(self, pattern, after_index=0, timeout=600):
        """The first line from `after_index` on matching `pattern`: (index, arrival ms, match)."""
        deadline = time.time() + timeout
        with self.cond:
            while True:
                for i in range(after_index, len(self.lines)):
                    m = re.search(pattern, self.lines[i][1])
                    if m:
                        return i, self.lines[i][0], m
                left = deadline - time.time()
                if left <= 0 or self.proc.poll() is not None:
                    log = "\n".join(t for _, t in self.lines[-20:])
                    sys.exit("serve: no line matching %r within %d s:\n%s" % (pattern, timeout, log))
                self.cond.wait(min(left, 0.5))

    def cpu_seconds(self):
        with open("/proc/%d/stat" % self.proc.pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def get(self, path, timeout=60):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            c.request("GET", path)
            r = c.getresponse()
            return r.status, dict((k.lower(), v) for k, v in r.getheaders()), r.read().decode("utf-8", "replace")
        finally:
            c.close()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def wait_for_reload(server, seen, result):
    """What the page's script does: ask for the version after `seen` until it differs."""
    while True:
        asked = now_ms()
        try:
            _, headers, body = server.get("/__plansite/version?after=%s" % seen)
        except OSError:
            time.sleep(0.25)
            continue
        if body.strip() != seen:
            result["signal"] = now_ms()
            result["version"] = body.strip()
            result["built_at"] = headers.get("x-plansite-built-at")
            return
        # Answered at once with the same number (a server without the long poll): ask again a
        # second after the last question, as the old script did.
        time.sleep(max(0.0, 1.0 - (now_ms() - asked) / 1000.0))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=os.path.join(REPO, ".build/release/plansite"))
    ap.add_argument("--content", default="/tmp/plansite-bench/n3321/plansite/content")
    ap.add_argument("--templates", default=os.path.join(REPO, "templates"))
    ap.add_argument("--work", default="/dev/shm/serve-content", help="where the copy is made (replaced)")
    ap.add_argument("--unit", help="the unit whose report.md is changed (default: the middle one)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--idle", type=float, default=10.0, help="seconds of idle CPU measured")
    ap.add_argument("--timings", action="store_true",
                    help="run serve with PLANSITE_TIMINGS=1 and print the last build's phases")
    a = ap.parse_args()

    units = os.path.join(a.content, "districts")
    unit = a.unit or sorted(os.listdir(units))[len(os.listdir(units)) // 2]
    if os.path.exists(a.work):
        shutil.rmtree(a.work)
    content = os.path.join(a.work, "content")
    shutil.copytree(a.content, content, symlinks=True)
    output = os.path.join(a.work, "output")
    report = os.path.join(content, "districts", unit, "report.md")
    page = "/districts/%s/" % unit

    if a.timings:
        os.environ["PLANSITE_TIMINGS"] = "1"
    server = Server(os.path.abspath(a.binary), content, a.templates, output)
    try:
        _, _, m = server.wait_line(r"Xem trước tại http://127\.0\.0\.1:(\d+)/")
        server.port = int(m.group(1))
        _, first_ms, m = server.wait_line(r"Đã dựng (\d+) trang .* trong (\d+) ms")
        print("serve %s on %s: first build %s pages in %s ms" % (a.binary, a.content, m.group(1), m.group(2)))

        time.sleep(1.0)  # the first look of a watcher that starts after the first build
        before = server.cpu_seconds()
        time.sleep(a.idle)
        idle = server.cpu_seconds() - before
        print("idle CPU over %.0f s: %.2f s (%.1f%% of one core)" % (a.idle, idle, 100.0 * idle / a.idle))

        rows = []
        for r in range(a.rounds):
            _, _, version = server.get("/__plansite/version")
            seen = version.strip()
            result = {}
            waiter = threading.Thread(target=wait_for_reload, args=(server, seen, result))
            waiter.start()
            time.sleep(0.5)  # the client is waiting before the edit, as an open page would be
            log_index = len(server.lines)
            marker = "Dòng đo độ trễ số %d-%d." % (os.getpid(), r)
            written = now_ms()
            with open(report, "a", encoding="utf-8") as f:
                f.write("\n%s\n" % marker)
            waiter.join(120)
            if "signal" not in result:
                sys.exit("no reload signal within 120 s")
            _, logged, m = server.wait_line(r"trong (\d+) ms", after_index=log_index, timeout=120)
            built = float(result["built_at"]) if result.get("built_at") else logged
            while True:
                _, _, body = server.get(page)
                if marker in body:
                    served = now_ms()
                    break
                if now_ms() - written > 120_000:
                    sys.exit("the page never showed the new line")
            row = (built - written, result["signal"] - written, served - written, int(m.group(1)))
            rows.append(row)
            print("round %d: (a) build end %6.0f ms  (b) reload signal %6.0f ms  (c) page served %6.0f ms"
                  "  [build itself %d ms]" % ((r + 1,) + row))
            time.sleep(1.0)
        if rows:
            med = [statistics.median(x[i] for x in rows) for i in range(4)]
            print("median of %d: (a) %.0f ms  (b) %.0f ms  (c) %.0f ms  [build itself %.0f ms]; "
                  "serve's own share of (b): %.0f ms" % ((len(rows),) + tuple(med) + (med[1] - med[3],)))
            print(json.dumps({"idle_cpu_s_per_s": idle / a.idle, "median_ms": dict(zip("abc", med[:3])),
                              "build_ms": med[3]}))
        if a.timings:
            phases = [t for _, t in server.lines[log_index:] if t.startswith("plansite: ")]
            print("the last build's phases:\n" + "\n".join(phases))
    finally:
        server.stop()


if __name__ == "__main__":
    main()
