#!/usr/bin/env python3
"""An open page of `plansite serve` reloads by itself, in headless Chromium (issue 18, item 3):
after an edit is saved, and after the server was stopped and started again on the same port
(the page's script keeps asking, waiting longer each time). Uses browser_check.py's DevTools
client, with the network left open to 127.0.0.1.

    reload_check.py BINARY CONTENT TEMPLATES

CONTENT is a copy of a content folder with districts/a-chau (it is edited). Exits 0 when the
page reloaded both times, 1 with the failures, 2 when Chromium is missing or does not start.
"""

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_check import Browser  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_serve(binary, content, templates, output, port, log):
    proc = subprocess.Popen(
        [binary, "serve", "--content", content, "--templates", templates, "--output", output,
         "--today", "2023-06-15", "--port", str(port)],
        stdout=log, stderr=log, stdin=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen("http://127.0.0.1:%d/__plansite/version" % port, timeout=5) as r:
                if r.status == 200:
                    return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("serve did not answer within 120 s")


def page_text(browser):
    try:
        result = browser.call("Runtime.evaluate", {"expression": "document.body ? document.body.innerText : ''",
                                                   "returnByValue": True}, timeout=5)
        return result.get("result", {}).get("value") or ""
    except Exception:  # the page is between two documents
        return ""


def wait_for_text(browser, text, seconds):
    """Milliseconds until the open page shows `text`, or None."""
    start = time.time()
    while time.time() - start < seconds:
        if text in page_text(browser):
            return (time.time() - start) * 1000
        time.sleep(0.02)
    return None


def append(path, line):
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n%s\n" % line)


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    binary, content, templates = argv[1:]
    report = os.path.join(content, "districts", "a-chau", "report.md")
    work = tempfile.mkdtemp(prefix="plansite-reload-")
    output = os.path.join(work, "output")
    log = open(os.path.join(work, "serve.log"), "wb")
    try:
        browser = Browser(os.environ.get("CHROMIUM", "chromium"))
    except (OSError, RuntimeError) as e:
        print("Chromium: %s" % e)
        return 2
    failures = []
    port = free_port()
    serve = start_serve(binary, content, templates, output, port, log)
    try:
        browser.call("Fetch.disable")  # browser_check blocks every http request; this one needs 127.0.0.1
        browser.open("http://127.0.0.1:%d/districts/a-chau/" % port)
        if "An Châu" not in page_text(browser):
            failures.append("the unit's page did not open: %r" % page_text(browser)[:200])
        time.sleep(0.5)  # the page's script is waiting

        first = "Dòng thử tải lại thứ nhất."
        append(report, first)
        ms = wait_for_text(browser, first, 20)
        if ms is None:
            failures.append("the open page did not reload within 20 s of an edit")
        else:
            print("reloaded %.0f ms after the edit" % ms)

        # Stopped, edited meanwhile, started again on the same port.
        serve.send_signal(signal.SIGINT)
        serve.wait(15)
        second = "Dòng thử tải lại thứ hai."
        append(report, second)
        time.sleep(1.0)  # the page's script finds the server away and waits
        serve = start_serve(binary, content, templates, output, port, log)
        ms = wait_for_text(browser, second, 20)
        if ms is None:
            failures.append("the open page did not reload within 20 s of the server starting again")
        else:
            print("reloaded %.0f ms after the server answered again" % ms)
        for url, text in browser.errors:
            failures.append("script error on %s: %s" % (url, text))
    finally:
        browser.stop()
        if serve.poll() is None:
            serve.send_signal(signal.SIGINT)
            try:
                serve.wait(15)
            except subprocess.TimeoutExpired:
                serve.kill()
        log.close()
    for f in failures:
        print("FAIL: %s" % f)
    if failures:
        log_text = open(os.path.join(work, "serve.log"), encoding="utf-8", errors="replace").read()[-3000:]
        print("serve's log:\n%s" % log_text)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
