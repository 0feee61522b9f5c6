#!/usr/bin/env python3
"""Checks every link of a generated plansite site, offline.

    check_links.py SITE_DIR

For every .html file under SITE_DIR, every href, src (and srcset, form action, object data,
poster) must be relative and lead to an existing file inside SITE_DIR: a link to a folder or one
ending in "/" is an error (a browser opening files from disk shows a folder listing), any
http(s):// or protocol-relative resource (src, stylesheet, script) is an error, and every
#fragment must be an id (or <a name>) on the target page. `mailto:` and `tel:` hrefs are allowed.
Prints the counts of pages and links; exits 1 with the list of problems, 2 on usage errors.
"""
from html.parser import HTMLParser
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
    for page, info in parsed.items():
        rel_page = page.relative_to(root)
        for line, tag, attr, url in info.links:
            links += 1
            where = f"{rel_page}:{line}: <{tag} {attr}=\"{url}\">"
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") or url.startswith("//"):
                errors.append(f"{where}: external URL (no page may load or link outside the site)")
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
    print(f"check_links: {len(pages)} pages, {links} links ({fragments} with a #fragment) checked")
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
