#!/usr/bin/env python3
"""Opens a generated plansite site in headless Chromium from file:// and checks what a reader sees.

    browser_check.py SITE_DIR [--artifacts DIR] [--chromium PATH]

Talks to Chromium over the DevTools protocol (a tiny WebSocket client below, standard library
only) and checks:
  * no request leaves the machine: every request of every page is recorded, and any scheme but
    file:, data:, blob:, about: fails the check (http(s) requests are also blocked, and the
    host resolver maps every name to NOTFOUND);
  * no script error on any page;
  * the home page renders its tables (caption, th scope, rows, visible);
  * search/index.html?q=dinh%20lap lists "Đình Lập", with the box filled in; with JavaScript off
    the search page says that search needs JavaScript;
  * at 360 px wide no page scrolls sideways (document scrollWidth ≤ 360), listing the elements
    that stick out when one does;
  * screenshots 360 px wide (up to 2000 px high) of a few pages are saved to --artifacts.
Exits 0 when all pass, 1 with a list of failures, 2 when Chromium is missing or does not start.
"""
import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

WIDTH = 360
SHOT_HEIGHT = 2000
LOCAL_SCHEMES = {"file", "data", "blob", "about", "chrome-error", "devtools"}
# (page, file name, CSS selector of the element the shot starts at, or None for the top).
SCREENSHOTS = [
    ("index.html", "home", None),
    ("index.html", "home-tables", "main table"),
    ("districts/index.html", "districts-matrix", None),
    ("districts/dinh-lap/index.html", "district-dinh-lap", None),
    ("targets/index.html", "targets", None),
    ("calendar/index.html", "calendar", None),
    ("action-month/index.html", "action-month", None),
    ("search/index.html?q=dinh%20lap", "search-dinh-lap", None),
    ("report/index.html", "report", None),
]


# MARK: - WebSocket (RFC 6455), client side, text frames only

class WebSocket:
    def __init__(self, url, timeout=30):
        parts = urlsplit(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET {parts.path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            head += chunk
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise ConnectionError(f"WebSocket handshake refused: {head.decode(errors='replace')}")

    def _read(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise ConnectionError("DevTools connection closed")
            data += chunk
        return data

    def _send_frame(self, opcode, payload):
        header = bytes([0x80 | opcode])
        n = len(payload)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def send(self, text):
        self._send_frame(0x1, text.encode("utf-8"))

    def recv(self):
        message = b""
        while True:
            b0, b1 = self._read(2)
            opcode = b0 & 0x0F
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            mask = self._read(4) if b1 & 0x80 else None
            payload = self._read(n)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 0x9:  # ping
                self._send_frame(0xA, payload)
                continue
            if opcode == 0x8:
                raise ConnectionError("DevTools closed the WebSocket")
            if opcode in (0x0, 0x1, 0x2):
                message += payload
                if b0 & 0x80:
                    return message.decode("utf-8")

    def close(self):
        try:
            self._send_frame(0x8, b"")
        except OSError:
            pass
        self.sock.close()


# MARK: - DevTools protocol

class DevTools:
    def __init__(self, ws):
        self.ws = ws
        self.next_id = 0
        self.events = []
        self.listeners = []

    def _dispatch(self, message):
        if "method" in message:
            for listener in self.listeners:
                listener(message)
            self.events.append(message)

    def call(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        request = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            request["sessionId"] = session
        self.ws.send(json.dumps(request))
        deadline = time.time() + timeout
        while time.time() < deadline:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._dispatch(message)
        raise TimeoutError(f"no answer to {method} within {timeout} s")

    def wait_event(self, method, session=None, timeout=30):
        deadline = time.time() + timeout
        while True:
            for i, e in enumerate(self.events):
                if e["method"] == method and (session is None or e.get("sessionId") == session):
                    return self.events.pop(i)
            if time.time() > deadline:
                raise TimeoutError(f"no {method} within {timeout} s")
            self._dispatch(json.loads(self.ws.recv()))


class Browser:
    """One headless Chromium with its own profile; `page` is a tab attached over one socket."""

    def __init__(self, chromium):
        self.profile = tempfile.mkdtemp(prefix="plansite-chromium-")
        args = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--no-default-browser-check", "--disable-background-networking", "--disable-sync",
            "--disable-component-update", "--disable-extensions", "--disable-default-apps",
            "--metrics-recording-only", "--mute-audio", "--hide-scrollbars",
            '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
            "--remote-debugging-port=0", f"--user-data-dir={self.profile}",
            f"--window-size={WIDTH},{SHOT_HEIGHT}", "about:blank",
        ]
        self.log = open(os.path.join(self.profile, "chromium.log"), "wb")
        try:
            self.proc = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        except OSError:
            self.log.close()
            shutil.rmtree(self.profile, ignore_errors=True)
            raise
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.time() + 60
        while not (port_file.exists() and len(port_file.read_text().split("\n")) >= 2):
            if self.proc.poll() is not None or time.time() > deadline:
                self.log.flush()
                log = Path(self.profile, "chromium.log").read_text(errors="replace")[-2000:]
                self.stop()
                raise RuntimeError(f"Chromium did not start (exit {self.proc.returncode}):\n{log}")
            time.sleep(0.1)
        port, path = port_file.read_text().split("\n")[:2]
        self.cdp = DevTools(WebSocket(f"ws://127.0.0.1:{port}{path}"))
        target = self.cdp.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.page = self.cdp.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.requests = []  # (page url, request url)
        self.errors = []  # script errors: (page url, text)
        self.current = "about:blank"
        self.cdp.listeners.append(self._listen)
        for method in ("Page.enable", "Runtime.enable", "Network.enable"):
            self.call(method)
        # Pause every http(s) request and fail it: nothing leaves the machine even if a page tries.
        self.call("Fetch.enable", {"patterns": [{"urlPattern": "http://*"}, {"urlPattern": "https://*"}]})

    def _listen(self, e):
        method, params = e["method"], e.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests.append((self.current, params["request"]["url"]))
        elif method == "Fetch.requestPaused":
            self.requests.append((self.current, params["request"]["url"]))
            self.cdp.ws.send(json.dumps({
                "id": 0, "method": "Fetch.failRequest", "sessionId": e.get("sessionId"),
                "params": {"requestId": params["requestId"], "errorReason": "BlockedByClient"}}))
        elif method == "Runtime.exceptionThrown":
            d = params["exceptionDetails"]
            text = d.get("exception", {}).get("description") or d.get("text", "")
            self.errors.append((self.current, text))
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            entry = params["entry"]
            self.errors.append((self.current, f"{entry['text']} {entry.get('url', '')}".strip()))

    def call(self, method, params=None, timeout=30):
        return self.cdp.call(method, params, session=self.page, timeout=timeout)

    def open(self, url):
        self.current = url
        self.cdp.events = [e for e in self.cdp.events if e["method"] != "Page.loadEventFired"]
        result = self.call("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise RuntimeError(f"{url}: {result['errorText']}")
        self.cdp.wait_event("Page.loadEventFired", session=self.page)

    def eval(self, expression, await_promise=False):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                 "awaitPromise": await_promise}, timeout=120)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:60]}…: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path, selector=None):
        top = 0
        if selector:
            top = int(self.eval(f"document.querySelector({json.dumps(selector)}).getBoundingClientRect().top + scrollY") or 0)
            top = max(0, top - 40)
        height = min(int(self.eval("document.documentElement.scrollHeight")) - top, SHOT_HEIGHT)
        shot = self.call("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": top, "width": WIDTH, "height": height, "scale": 1}}, timeout=60)
        Path(path).write_bytes(base64.b64decode(shot["data"]))

    def stop(self):
        try:
            if hasattr(self, "cdp"):
                try:
                    self.cdp.call("Browser.close", timeout=5)
                except Exception:
                    pass
                self.cdp.ws.close()
        finally:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.log.close()
            shutil.rmtree(self.profile, ignore_errors=True)


# MARK: - The checks

OVERFLOW_JS = """(() => {
  const limit = WIDTH_LIMIT;
  // Is el clipped by a scrolling ancestor? An absolutely positioned element escapes every
  // scroller between it and its containing block (its nearest positioned ancestor).
  const clipped = el => {
    let needBlock = ['absolute', 'fixed'].includes(getComputedStyle(el).position);
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const cs = getComputedStyle(p);
      if (needBlock) { if (cs.position === 'static') continue; needBlock = false; }
      if (cs.overflowX !== 'visible') return true;
    }
    return false;
  };
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > limit + 1 && !clipped(el)) {
      out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' (right ' + Math.round(r.right) + ')');
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, clientWidth: limit, culprits: out.slice(0, 8)};
})()"""

# Resources (not links to follow) that point off the machine: http(s), ws(s), protocol-relative.
REMOTE_JS = """(() => Array.from(document.querySelectorAll('[src], link[href], object[data], video[poster], [srcset]'))
  .map(e => e.getAttribute('src') || e.getAttribute('href') || e.getAttribute('data') || e.getAttribute('poster') || e.getAttribute('srcset'))
  .filter(u => /^\\s*(https?:|wss?:|\\/\\/)/i.test(u)))()"""

TABLES_JS = """(() => Array.from(document.querySelectorAll('main table')).map(t => ({
  caption: t.caption ? t.caption.textContent.trim() : '',
  rows: t.tBodies.length ? t.tBodies[0].rows.length : 0,
  scoped: t.querySelectorAll('th[scope]').length,
  visible: t.getBoundingClientRect().height > 0,
})))()"""


def search_done(browser, query, failures, seconds=30):
    """Waits until the search page has shown the results of `query` (its status holds
    data-query once the shards it needed are loaded)."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        if browser.eval("document.getElementById('trang-thai-tim-kiem').getAttribute('data-query')") == query:
            return
        time.sleep(0.05)
    failures.append(f"search?q={query}: no results shown after {seconds} s")


def check(site, artifacts, chromium):
    failures = []
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    url = lambda rel: (site / rel.split("?")[0]).as_uri() + ("?" + rel.split("?", 1)[1] if "?" in rel else "")
    browser = Browser(chromium)
    try:
        browser.call("Log.enable")
        browser.call("Emulation.setDeviceMetricsOverride", {"width": WIDTH, "height": SHOT_HEIGHT, "deviceScaleFactor": 1, "mobile": True})

        # Every page at 360 px: loads, no script error, no sideways scroll.
        for rel in pages:
            browser.open(url(rel))
            m = browser.eval(OVERFLOW_JS.replace("WIDTH_LIMIT", str(WIDTH)))
            for res in browser.eval(REMOTE_JS):
                failures.append(f"{rel}: loads {res} from outside the site")
            if m["scrollWidth"] > WIDTH:
                failures.append(f"{rel}: scrolls sideways at {WIDTH} px (scrollWidth {m['scrollWidth']}); sticking out: {', '.join(m['culprits']) or '?'}")
        print(f"browser_check: {len(pages)} pages opened at {WIDTH} px from file://")

        # The home page renders its tables.
        browser.open(url("index.html"))
        tables = browser.eval(TABLES_JS)
        if not tables:
            failures.append("index.html: no table in <main>")
        for i, t in enumerate(tables):
            if not (t["caption"] and t["rows"] > 0 and t["scoped"] > 0 and t["visible"]):
                failures.append(f"index.html: table {i + 1} is incomplete: {t}")
        print(f"browser_check: home page shows {len(tables)} tables, {sum(t['rows'] for t in tables)} rows")

        # Search: ?q= fills the box and lists Đình Lập, its shards loaded by <script> tags.
        browser.open(url("search/index.html?q=dinh%20lap"))
        search_done(browser, "dinh lap", failures)
        box = browser.eval("document.getElementById('tu-khoa').value")
        results = browser.eval("Array.from(document.querySelectorAll('#ket-qua-tim-kiem li')).map(li => li.innerText)")
        links = browser.eval("Array.from(document.querySelectorAll('#ket-qua-tim-kiem a')).map(a => a.getAttribute('href'))")
        if box != "dinh lap":
            failures.append(f"search: the box holds {box!r}, expected 'dinh lap' from ?q=")
        if not results or "Đình Lập" not in results[0]:
            failures.append(f"search?q=dinh lap: the first result is not Đình Lập: {results[:3]}")
        for href in links:
            target = (site / "search" / href.split("#")[0]).resolve()
            if not target.is_file():
                failures.append(f"search result links to a missing page: {href}")
        print(f"browser_check: search 'dinh lap' gives {len(results)} results; first: {results[0].splitlines()[0] if results else '—'}")
        # Swift folded the keys, JavaScript folds the query: every entry must be found by its title.
        unfound = browser.eval("""plansiteSearch.entries().then(async all => {
            const bad = [];
            for (const x of all) {
              const q = plansiteSearch.fold(x.e.t);
              const hits = await plansiteSearch.find(q);
              if (!hits.some(h => h.g === x.g && h.a === x.a && h.j === x.j)) bad.push(x.e.t + ' → ' + q);
            }
            return bad.length ? bad : all.length;
          })""", await_promise=True)
        if isinstance(unfound, int):
            print(f"browser_check: each of the {unfound} search entries is found by its title")
        else:
            for u in unfound[:10]:
                failures.append(f"search index: an entry is not found by its folded title: {u}")
            if len(unfound) > 10:
                failures.append(f"search index: … and {len(unfound) - 10} more entries")
        browser.open(url("search/index.html?q=%C4%90U%E1%BB%90I+N%C6%AF%E1%BB%9AC"))  # "ĐUỐI NƯỚC", + for space
        search_done(browser, "ĐUỐI NƯỚC", failures)
        n = browser.eval("document.querySelectorAll('#ket-qua-tim-kiem li').length")
        if not n:
            failures.append("search?q=ĐUỐI NƯỚC (capitals, diacritics, + for space) finds nothing")

        # Without JavaScript the search page says so.
        browser.call("Emulation.setScriptExecutionDisabled", {"value": True})
        browser.open(url("search/index.html?q=dinh%20lap"))
        text = browser.eval("document.body.innerText")
        browser.call("Emulation.setScriptExecutionDisabled", {"value": False})
        if "cần JavaScript" not in text:
            failures.append("search page without JavaScript: no visible notice that search needs JavaScript")

        # Screenshots.
        if artifacts:
            artifacts.mkdir(parents=True, exist_ok=True)
            for rel, name, selector in SCREENSHOTS:
                if (site / rel.split("?")[0]).is_file():
                    browser.open(url(rel))
                    if "?q=" in rel:  # the results come once the index's shards are loaded
                        search_done(browser, browser.eval("document.getElementById('tu-khoa').value"), failures)
                    browser.screenshot(artifacts / f"{name}-{WIDTH}.png", selector)
            print(f"browser_check: screenshots in {artifacts}")

        # Nothing left the machine.
        remote = [(page, req) for page, req in dict.fromkeys(browser.requests) if urlsplit(req).scheme not in LOCAL_SCHEMES]
        failures += [f"{page}: requested {req}" for page, req in remote]
        print(f"browser_check: {len(browser.requests)} requests, {len(remote)} not local")
        for page, text in dict.fromkeys(browser.errors):
            failures.append(f"{page}: console error: {text}")
    finally:
        browser.stop()
    return failures


def main(argv):
    args = argv[1:]
    artifacts = None
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if "--artifacts" in args:
        i = args.index("--artifacts")
        artifacts = Path(args[i + 1])
        del args[i:i + 2]
    if "--chromium" in args:
        i = args.index("--chromium")
        chromium = args[i + 1]
        del args[i:i + 2]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    site = Path(args[0]).resolve()
    if not (site / "index.html").is_file():
        print(f"browser_check: {site}/index.html does not exist", file=sys.stderr)
        return 2
    if not chromium:
        print("browser_check: chromium not found; install it: apt-get install -y chromium (make test does)", file=sys.stderr)
        return 2
    try:
        failures = check(site, artifacts, chromium)
    except (RuntimeError, TimeoutError, ConnectionError, OSError) as e:
        print(f"browser_check: {e}", file=sys.stderr)
        return 2
    if failures:
        print(f"browser_check: {len(failures)} failure(s):", file=sys.stderr)
        for f in failures:
            print("  " + f, file=sys.stderr)
        return 1
    print("browser_check: all checks pass")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
