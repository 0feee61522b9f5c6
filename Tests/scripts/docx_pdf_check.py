#!/usr/bin/env python3
"""Converts every report/<period>/bao-cao.docx of a built site to PDF with LibreOffice headless.

    docx_pdf_check.py SITE_DIR [--artifacts DIR] [--soffice PATH]

Each conversion must exit 0 and write a PDF whose first page is A4 portrait and whose last page
(the appendix) is A4 landscape; pages go to --artifacts as PNGs at 50 dpi, to look at. Prints the
page count and the seconds each conversion took. Exits 0 when all pass, 1 with the failures, 2
when LibreOffice or poppler-utils is missing (`make test-docx` installs them).
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(cmd):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)


def sizes(pdf):
    out = run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)]).stdout
    result = []
    for line in out.splitlines():
        if line.startswith("Page") and "size:" in line:
            w, _, h = line.split("size:")[1].split()[:3]
            result.append((round(float(w)), round(float(h))))
    return result


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("--artifacts")
    ap.add_argument("--soffice", default=os.environ.get("SOFFICE", "soffice"))
    args = ap.parse_args(argv)
    for tool in (args.soffice, "pdfinfo", "pdftoppm"):
        if not shutil.which(tool):
            print(f"docx_pdf_check: {tool} is missing (apt-get install -y libreoffice-writer poppler-utils)", file=sys.stderr)
            return 2
    docs = sorted(Path(args.site).glob("report/*/bao-cao.docx"))
    errors = [] if docs else ["no report/<period>/bao-cao.docx in the site"]
    work = Path(tempfile.mkdtemp(prefix="plansite-docx-"))
    artifacts = Path(args.artifacts) if args.artifacts else None
    if artifacts:
        artifacts.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        period = doc.parent.name
        out = work / period
        out.mkdir()
        start = time.monotonic()
        # Its own profile, so a LibreOffice already open elsewhere does not take the job.
        r = run([args.soffice, f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "pdf",
                 "--outdir", str(out), str(doc)])
        seconds = time.monotonic() - start
        pdf = out / "bao-cao.pdf"
        if r.returncode != 0 or not pdf.exists():
            errors.append(f"{doc}: LibreOffice failed (exit {r.returncode}): {r.stdout}{r.stderr}")
            continue
        pages = sizes(pdf)
        print(f"docx_pdf_check: {doc}: {len(pages)} pages in {seconds:.1f} s")
        if not pages or pages[0] != (595, 842):
            errors.append(f"{doc}: first page {pages[:1]} pt, not A4 portrait")
        if pages and pages[-1] != (842, 595):
            errors.append(f"{doc}: last page {pages[-1]} pt, not A4 landscape (the appendix)")
        if artifacts:
            for old in glob.glob(str(artifacts / f"docx-{period}-*.png")):
                os.remove(old)
            run(["pdftoppm", "-r", "50", "-png", str(pdf), str(artifacts / f"docx-{period}")])
            shutil.copy(pdf, artifacts / f"docx-{period}.pdf")
    shutil.rmtree(work, ignore_errors=True)
    for e in errors:
        print(e)
    print("docx_pdf_check: all checks pass" if not errors else f"docx_pdf_check: {len(errors)} failures")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
