#!/usr/bin/env python3
"""Reads the Word reports of a built plansite site back with python-docx and checks them.

    docx_check.py SITE_DIR --title PERIOD=SUBJECT ... --unit NAME --text SENTENCE

For every period of data/indicators.csv, report/<period>/bao-cao.docx must hold:
  * the national motto ("Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc");
  * the title "BÁO CÁO" (style Title) and the period's subject (style Subtitle), as given;
  * the five sections as Heading 1 (I.–V.);
  * a real Word table with one row per indicator, each with the province figure of the CSV
    (value, status, units reporting), its header row marked to repeat and rows not split;
  * NAME (a Heading 2) under "IV." with SENTENCE, the unit's gathered "Khó khăn" text;
  * portrait pages, then a landscape section for the appendix.
Exits 0 when all hold, 1 with the list of failures.
"""
import argparse
import csv
import sys
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn


def cell_texts(document):
    """Every paragraph text, body and table cells (nested tables too)."""
    out = [p.text for p in document.paragraphs]

    def walk(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    out.extend(p.text for p in c.paragraphs)
                    walk(c.tables)

    walk(document.tables)
    return out


def vn_number(text):
    """CSV number (dot decimal) as the report prints it: 97.9 -> 97,9; 3219 -> 3.219."""
    if "." in text:
        whole, frac = text.split(".")
    else:
        whole, frac = text, ""
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ".".join(groups) + ("," + frac if frac else "")


def check(path, period, subject, province, unit, sentence):
    errors = []
    d = docx.Document(str(path))
    texts = cell_texts(d)
    for motto in ("Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc"):
        if motto not in texts:
            errors.append(f"{path}: no paragraph '{motto}'")
    styled = [(p.style.name, p.text) for p in d.paragraphs]
    if ("Title", "BÁO CÁO") not in styled:
        errors.append(f"{path}: no Title paragraph 'BÁO CÁO'")
    if ("Subtitle", subject) not in styled:
        errors.append(f"{path}: no Subtitle '{subject}'; Subtitles: {[t for s, t in styled if s == 'Subtitle']}")
    heads = [t for s, t in styled if s == "Heading 1"]
    if [h.split(".")[0] for h in heads] != ["I", "II", "III", "IV", "V"]:
        errors.append(f"{path}: Heading 1 paragraphs are {heads}")

    table = next((t for t in d.tables if [c.text for c in t.rows[0].cells[:2]] == ["Mã", "Chỉ tiêu"]), None)
    if table is None:
        errors.append(f"{path}: no table whose header starts with 'Mã', 'Chỉ tiêu'")
    else:
        header = table.rows[0]._tr.trPr
        if header is None or header.find(qn("w:tblHeader")) is None:
            errors.append(f"{path}: the indicator table's header row does not repeat on each page")
        rows = table.rows[1:]
        if len(rows) != len(province):
            errors.append(f"{path}: {len(rows)} indicator rows, the CSV has {len(province)} province figures")
        for row in rows:
            cells = [c.text for c in row.cells]
            if row._tr.trPr is None or row._tr.trPr.find(qn("w:cantSplit")) is None:
                errors.append(f"{path}: row {cells[0]} may split across pages")
            want = province.get(cells[0])
            if want is None:
                errors.append(f"{path}: row for unknown indicator {cells[0]!r}")
                continue
            if want["gia_tri"] and vn_number(want["gia_tri"]) not in cells[3]:
                errors.append(f"{path}: {cells[0]}: figure {cells[3]!r} lacks {vn_number(want['gia_tri'])}")
            if want["da_dat"] and want["tong_so"] and want["loai"] == "percent":
                working = f"({vn_number(want['da_dat'])}/{vn_number(want['tong_so'])})"
                if working not in cells[3]:
                    errors.append(f"{path}: {cells[0]}: figure {cells[3]!r} lacks its sum {working}")
            if want["trang_thai"] not in cells[4]:
                errors.append(f"{path}: {cells[0]}: status {cells[4]!r}, CSV says {want['trang_thai']!r}")
            if cells[5] != want["so_don_vi_bao_cao"]:
                errors.append(f"{path}: {cells[0]}: {cells[5]!r} units reporting, CSV says {want['so_don_vi_bao_cao']!r}")

    names = [(s, t) for s, t in styled]
    try:
        iv = next(i for i, (s, t) in enumerate(names) if s == "Heading 1" and t.startswith("IV."))
        v = next(i for i, (s, t) in enumerate(names) if s == "Heading 1" and t.startswith("V."))
        at = next(i for i in range(iv, v) if names[i] == ("Heading 2", unit))
        end = next((i for i in range(at + 1, v) if names[i][0].startswith("Heading")), v)
        if not any(sentence in t for _, t in names[at + 1:end]):
            errors.append(f"{path}: '{sentence}' is not under {unit} in section IV")
    except StopIteration:
        errors.append(f"{path}: no Heading 2 '{unit}' between the Heading 1 'IV.' and 'V.'")

    sections = d.sections
    if sections[0].orientation != WD_ORIENT.PORTRAIT or sections[-1].orientation != WD_ORIENT.LANDSCAPE:
        errors.append(f"{path}: sections {[s.orientation for s in sections]}: portrait pages then a landscape appendix expected")
    if abs(sections[0].page_width.mm - 210) > 1 or abs(sections[0].left_margin.mm - 30) > 1:
        errors.append(f"{path}: page {sections[0].page_width.mm} mm wide, left margin {sections[0].left_margin.mm} mm")
    return errors


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("--title", action="append", default=[], help="PERIOD=SUBJECT")
    ap.add_argument("--unit", required=True)
    ap.add_argument("--text", required=True)
    args = ap.parse_args(argv)
    site = Path(args.site)
    titles = dict(t.split("=", 1) for t in args.title)
    with open(site / "data" / "indicators.csv", encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["ma_don_vi"] == "toan_tinh"]
    periods = sorted({r["ky_bao_cao"] for r in rows})
    errors = []
    if not periods:
        errors.append("no province figures in data/indicators.csv")
    for period in periods:
        path = site / "report" / period / "bao-cao.docx"
        if not path.exists():
            errors.append(f"{path} is missing")
            continue
        province = {r["ma_chi_tieu"]: r for r in rows if r["ky_bao_cao"] == period}
        errors += check(path, period, titles.get(period, ""), province, args.unit, args.text)
        print(f"docx_check: {path}: {len(province)} indicators checked")
    for e in errors:
        print(e)
    print("docx_check: all checks pass" if not errors else f"docx_check: {len(errors)} failures")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
