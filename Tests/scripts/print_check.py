#!/usr/bin/env python3
"""Prints the period reports of a built plansite site with headless Chromium and checks the PDF.

    print_check.py SITE_DIR [--max-pages 20] [--artifacts DIR] [--chromium PATH] [--unit SLUG]

For each report/<period>/index.html (and districts/SLUG/bao-cao/<period>/index.html with
--unit), Chromium prints to PDF (--no-pdf-header-footer: only the page's own CSS), then:
  * pdfinfo: at most --max-pages pages (consolidated reports), the first page A4 portrait and,
    when the report has an appendix, the last page A4 landscape;
  * pdftotext: no number on the first page, "2" at the top of the second (page numbers), and
    the indicator table's header again on the second page (headers repeat);
  * pdftoppm: every page as a PNG at 50 dpi in --artifacts, to look at.
Prints one line per report with its page count. Exits 0 when all pass, 1 with the failures,
2 when Chromium or poppler-utils is missing.
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

A4 = (595, 842)


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=180, **kw)


def page_sizes(pdf):
    out = run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)]).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and "size:" in line:
            parts = line.split("size:")[1].split()
            sizes.append((round(float(parts[0])), round(float(parts[2]))))
    return sizes


def page_text(pdf, n):
    return run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"]).stdout


def print_pdf(chromium, page, pdf, profile):
    r = run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", page.resolve().as_uri()])
    return r.returncode == 0 and pdf.exists()


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("--max-pages", type=int, default=20)
    ap.add_argument("--artifacts")
    ap.add_argument("--chromium", default=os.environ.get("CHROMIUM", "chromium"))
    ap.add_argument("--unit", action="append", default=[])
    args = ap.parse_args(argv)
    for tool in (args.chromium, "pdfinfo", "pdftotext", "pdftoppm"):
        if not shutil.which(tool):
            print(f"print_check: {tool} is missing (apt-get install -y chromium poppler-utils)", file=sys.stderr)
            return 2
    site = Path(args.site)
    reports = sorted(site.glob("report/*/index.html"))
    units = [p for slug in args.unit for p in sorted(site.glob(f"districts/{slug}/bao-cao/*/index.html"))]
    errors = []
    if not reports:
        errors.append("no report/<period>/index.html in the site")
    work = Path(tempfile.mkdtemp(prefix="plansite-print-"))
    artifacts = Path(args.artifacts) if args.artifacts else None
    if artifacts:
        artifacts.mkdir(parents=True, exist_ok=True)
    for page in reports + units:
        rel = page.relative_to(site).parent.as_posix()
        name = rel.replace("/", "-")
        pdf = work / f"{name}.pdf"
        if not print_pdf(args.chromium, page, pdf, work / "profile"):
            errors.append(f"{rel}: Chromium did not print it")
            continue
        sizes = page_sizes(pdf)
        consolidated = page in reports
        has_appendix = 'class="phu-luc"' in page.read_text(encoding="utf-8")
        print(f"print_check: {rel}/index.html: {len(sizes)} pages")
        if consolidated and len(sizes) > args.max_pages:
            errors.append(f"{rel}: {len(sizes)} pages, more than {args.max_pages}")
        if not sizes or sizes[0] != A4:
            errors.append(f"{rel}: first page is {sizes[:1]} pt, not A4 portrait {A4}")
        if has_appendix and sizes and sizes[-1] != (A4[1], A4[0]):
            errors.append(f"{rel}: last page (appendix) is {sizes[-1]} pt, not A4 landscape")
        first_lines = [l.strip() for l in page_text(pdf, 1).splitlines() if l.strip()]
        if first_lines and first_lines[0] == "1":
            errors.append(f"{rel}: the first page carries a page number")
        if len(sizes) > 1:
            second = [l.strip() for l in page_text(pdf, 2).splitlines() if l.strip()]
            if not second or second[0] != "2":
                errors.append(f"{rel}: page 2 does not start with its number: {second[:2]}")
            head = " ".join(second[1:5])
            if not ("Chỉ tiêu" in head and "Đánh giá" in head):
                errors.append(f"{rel}: page 2 does not repeat the indicator table's header: {second[:6]}")
        if artifacts:
            for old in glob.glob(str(artifacts / f"{name}-*.png")):
                os.remove(old)
            run(["pdftoppm", "-r", "50", "-png", str(pdf), str(artifacts / name)])
            shutil.copy(pdf, artifacts / f"{name}.pdf")
    shutil.rmtree(work, ignore_errors=True)
    for e in errors:
        print(e)
    print("print_check: all checks pass" if not errors else f"print_check: {len(errors)} failures")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
