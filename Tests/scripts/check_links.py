#!/usr/bin/env python3
"""Checks every link of a generated plansite site, offline.

    check_links.py SITE_DIR

For every .html file under SITE_DIR, every href, src (and srcset, form action, object data,
poster) must be relative and lead to an existing file inside SITE_DIR: a link to a folder or one
ending in "/" is an error (a browser opening files from disk shows a folder listing), any
http(s):// or protocol-relative resource (any src, a stylesheet link…) is an error, and every
#fragment must be an id (or <a name>) on the target page. An <a href> to another site
(http, https) is counted, not followed; `mailto:` and `tel:` hrefs are allowed.
The URLs of the search index (its entry shards, search/e/*.js) must lead to a page and an id as well.
Prints the counts of pages and links; exits 1 with the list of problems, 2 on usage errors.
"""
from html.parser import HTMLParser
import json
from pathlib import Path
from urllib.parse import unquote, urlsplit
import sys

# Attributes that name a URL, by element ("*" = any element).
URL_ATTRS = {
    "href": "*", "src": "*", "action": "form", "data": "object", "poster": "video",
    "cite": "*", "formaction": "*",
}
ALLOWED_SCHEMES_IN_HREF = {"mailto", "tel"}


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []  # (line, tag, attr, url)

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if name in URL_ATTRS and URL_ATTRS[name] in ("*", tag):
                self.links.append((line, tag, name, value))
            if name == "srcset":
                for part in value.split(","):
                    url = part.strip().split(" ")[0]
                    if url:
                        self.links.append((line, tag, name, url))

    handle_startendtag = handle_starttag


def parse(path):
    p = PageParser()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p


def main(argv):
    if len(argv) != 2:
        print("usage: check_links.py SITE_DIR", file=sys.stderr)
        return 2
    root = Path(argv[1]).resolve()
    if not root.is_dir():
        print(f"check_links.py: {argv[1]} is not a folder", file=sys.stderr)
        return 2
    pages = sorted(root.rglob("*.html"))
    parsed = {page: parse(page) for page in pages}
    errors = []
    links = 0
    fragments = 0
    external = 0
    for page, info in parsed.items():
        rel_page = page.relative_to(root)
        for line, tag, attr, url in info.links:
            links += 1
            where = f"{rel_page}:{line}: <{tag} {attr}=\"{url}\">"
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") or url.startswith("//"):
                if tag == "a" and attr == "href":
                    external += 1  # a link the reader may follow; it loads nothing by itself
                else:
                    errors.append(f"{where}: loads a resource from the internet; every page must work offline")
                continue
            if parts.scheme:
                if attr == "href" and parts.scheme in ALLOWED_SCHEMES_IN_HREF:
                    continue
                errors.append(f"{where}: scheme {parts.scheme}: not allowed")
                continue
            if url.strip() == "":
                errors.append(f"{where}: empty URL")
                continue
            if parts.path:
                if parts.path.startswith("/"):
                    errors.append(f"{where}: absolute path; links must be relative")
                    continue
                if parts.path.endswith("/"):
                    errors.append(f"{where}: link to a folder; name the file (…/index.html)")
                    continue
                target = (page.parent / unquote(parts.path)).resolve()
                try:
                    target.relative_to(root)
                except ValueError:
                    errors.append(f"{where}: leads outside the site folder")
                    continue
                if target.is_dir():
                    errors.append(f"{where}: link to a folder; name the file (…/index.html)")
                    continue
                if not target.is_file():
                    errors.append(f"{where}: no such file {target.relative_to(root)}")
                    continue
            else:
                target = page
            if parts.fragment:
                fragments += 1
                frag = unquote(parts.fragment)
                if target.suffix != ".html":
                    errors.append(f"{where}: #fragment on a file that is not a page")
                elif frag not in parsed[target].ids:
                    errors.append(f"{where}: no id=\"{frag}\" in {target.relative_to(root)}")
    # The search index's URLs (relative to the site root) must lead to a page and an id too:
    # every entry shard that search/index.js lists (plansiteSearchLoaded("e/NAME", [ … ]);).
    index = root / "search" / "index.js"
    entries = 0
    if index.is_file():
        text = index.read_text(encoding="utf-8")
        try:
            groups = json.loads(text[text.index("{"):text.rindex("}") + 1])["groups"]
        except (ValueError, KeyError) as e:
            errors.append(f"search/index.js: not a JSON object with groups after window.PLANSITE_SEARCH = ({e})")
            groups = []
        for name in (n for g in groups for n in g["s"]):
            shard = root / "search" / "e" / f"{name}.js"
            try:
                text = shard.read_text(encoding="utf-8")
                data = [e for unit in json.loads(text[text.index("["):text.rindex("]") + 1]) for e in unit]
            except (OSError, ValueError) as e:
                errors.append(f"search/e/{name}.js: missing or not a JSON array of lists ({e})")
                continue
            for i, entry in enumerate(data):
                entries += 1
                where = f"search/e/{name}.js: entry {i + 1} ({entry.get('t', '?')!r}) url \"{entry.get('u')}\""
                missing = [k for k in ("t", "u", "s") if not isinstance(entry.get(k), str)]
                if missing:
                    errors.append(f"{where}: missing {', '.join(missing)}")
                    continue
                parts = urlsplit(entry["u"])
                target = (root / unquote(parts.path)).resolve()
                if parts.scheme or entry["u"].startswith("/") or target not in parsed:
                    errors.append(f"{where}: not a page of the site")
                elif parts.fragment and unquote(parts.fragment) not in parsed[target].ids:
                    errors.append(f"{where}: no id=\"{parts.fragment}\" in {target.relative_to(root)}")
    print(f"check_links: {len(pages)} pages, {links} links ({fragments} with a #fragment, {external} to other sites) checked"
          + (f"; {entries} search index entries" if entries else ""))
    if not pages:
        print("check_links: no .html file found", file=sys.stderr)
        return 1
    if errors:
        print(f"check_links: {len(errors)} broken link(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("check_links: all links resolve")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
