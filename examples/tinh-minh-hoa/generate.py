#!/usr/bin/env python3
"""Writes examples/tinh-minh-hoa/content/: a made-up province's plan after the July 2025 reform,
65 commune-level units (xã, phường, one đặc khu) reporting straight to the province.

Every name here is invented (no real province, commune or person); every figure is an
illustration (sample_data: true). Run again to regenerate: the output is the same each time.
"""
import hashlib
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "content")
YEAR = 2026

FIRST = ["An", "Bình", "Hòa", "Tân", "Phú", "Đông", "Hưng", "Long", "Phước", "Vĩnh", "Đức", "Mỹ", "Quang"]
SECOND = ["Lợi", "Thành", "Phong", "Lộc", "Khánh", "Thịnh", "Điền", "Xuân", "Tiến", "Hải"]

AREAS = ["Khu vực phía Bắc", "Khu vực phía Nam", "Khu vực phía Đông", "Khu vực phía Tây", "Khu vực ven biển"]


def slug(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    out, dash = [], False
    for c in s:
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def rnd(*key):
    """A number in [0, 1) from the key: the same each run."""
    h = hashlib.sha256("/".join(map(str, key)).encode()).digest()
    return int.from_bytes(h[:8], "big") / 2**64


def units():
    names = [f"{a} {b}" for b in SECOND for a in FIRST]
    names.sort(key=lambda n: rnd("name", n))
    out = []
    for i, name in enumerate(names[:65]):
        if i < 14:
            kind, area = "phường", AREAS[0] if i < 8 else AREAS[2]
        elif i == 64:
            kind, area = "đặc khu", AREAS[4]
        else:
            kind, area = "xã", AREAS[1 + (i % 3)] if i % 5 else AREAS[0]
        out.append({"name": name, "kind": kind, "area": area, "slug": slug(name)})
    # The plan lists units by area, as a province's decision would.
    out.sort(key=lambda u: (AREAS.index(u["area"]), u["slug"]))
    return out


def write(path, text):
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)


INDICATORS = [
    ("1", "1", "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc", "percent", 95),
    ("1", "2", "Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế", "percent", 100),
    ("2", "3", "Có nhóm thường trực bảo vệ trẻ em hoạt động theo quy chế", "yes-no", 100),
    ("2", "4", "Tỷ lệ thôn, tổ dân phố có cộng tác viên bảo vệ trẻ em", "percent", 90),
    ("3", "5", "Tổ chức Tháng hành động vì trẻ em và Tết Trung thu cho trẻ em", "text", None),
]


def plan(us):
    lines = [
        "# Kế hoạch MINH HỌA: tỉnh, đơn vị, người ký và số liệu đều là giả định, không phải văn bản thật.",
        "# Sinh bởi examples/tinh-minh-hoa/generate.py.",
        'number: "/KH-SYT"',
        f"year: {YEAR}",
        f"title: Kế hoạch thực hiện công tác trẻ em năm {YEAR} trên địa bàn tỉnh Minh Họa (minh họa)",
        "issuer: Sở Y tế tỉnh Minh Họa",
        "place: Minh Họa",
        "signer: {name: Nguyễn Văn Mẫu, title: Phó Giám đốc}",
        "# 65 đơn vị hành chính cấp xã (từ 1/7/2025 không còn cấp huyện), theo khu vực.",
        "districts:",
    ]
    for u in us:
        lines.append(f'  - {{id: {u["slug"]}, group: "{u["area"]}"}}')
    lines += [
        "",
        "periods:",
        "  - id: 6-thang",
        "    label: Báo cáo 6 tháng",
        f"    due: {YEAR}-05-20",
        f"    province_due: {YEAR}-05-25",
        "    expected: 0.5",
        "  - id: nam",
        "    label: Báo cáo năm",
        f"    due: {YEAR}-11-15",
        f"    province_due: {YEAR}-11-20",
        "    expected: 1.0",
        "",
        "key_dates:",
        "  - id: quoc-te-thieu-nhi",
        "    title: Ngày Quốc tế thiếu nhi",
        f"    date: {YEAR}-06-01",
        "  - id: tet-trung-thu",
        "    title: Tết Trung thu",
        '    lunar: "15/8"',
        "",
        "targets:",
    ]
    titles = {
        "1": "Trẻ em có hoàn cảnh đặc biệt và trẻ em dưới 6 tuổi được chăm sóc",
        "2": "Bộ máy bảo vệ trẻ em ở cấp xã",
        "3": "Tháng hành động và các ngày chủ điểm về trẻ em",
    }
    current = None
    for target, iid, label, measure, goal in INDICATORS:
        if target != current:
            lines += [f'  - id: "{target}"', f"    title: {titles[target]}", "    indicators:"]
            current = target
        lines += [f'      - id: "{iid}"', f"        label: {label}", f"        measure: {measure}"]
        if goal is not None:
            lines.append(f"        target: {goal}")
    return "\n".join(lines) + "\n"


def values(u, period):
    share = 0.5 if period == "6-thang" else 1.0
    out = []
    for _, iid, _, measure, goal in INDICATORS:
        r = rnd(u["slug"], period, iid)
        if measure == "percent":
            of = 20 + int(rnd(u["slug"], iid, "of") * 180)
            done = min(of, int(of * (goal / 100) * (0.55 + 0.5 * r) * (0.6 + 0.4 * share)))
            out.append(f'      "{iid}": {{done: {done}, of: {of}}}')
        elif measure == "yes-no":
            out.append(f'      "{iid}": {"yes" if r < 0.6 + 0.3 * share else "no"}')
        else:
            out.append(f'      "{iid}": {{note: "Nội dung minh họa: {u["kind"]} tổ chức vui Tết Trung thu cho trẻ em."}}')
    return out


def unit_files(i, u):
    d = f'districts/{u["slug"]}'
    sub = []
    r = rnd(u["slug"], "submitted")
    if r < 0.8:
        day = 12 + int(r * 10)  # 12–19: on time; 20 and later: late
        sub = ["submissions:", f"  6-thang: {YEAR}-05-{day:02d}"]
    elif r < 0.9:
        sub = ["submissions:", f"  6-thang: {YEAR}-05-{22 + int(r * 5) % 5:02d}"]
    write(f"{d}/district.yaml", "\n".join([
        f'name: {u["name"]}',
        f'kind: {u["kind"]}',
        "contact:",
        f'  office: Phòng Văn hóa - Xã hội {u["kind"]} {u["name"]} (minh họa)',
        f'  phone: "0999 {100 + i:03d} {200 + i:03d}"',
        f'  email: vhxh.{u["slug"].replace("-", "")}@example.gov.vn',
    ] + sub) + "\n")
    reps = ["reports:", "  - period: 6-thang", f"    as_of: {YEAR}-05-10", "    values:"]
    reps += values(u, "6-thang")
    write(f"{d}/indicators.yaml", "\n".join(reps) + "\n")
    write(f"{d}/report.md", "\n".join([
        "## Kết quả nổi bật",
        "",
        f'Nội dung minh họa: {u["kind"]} {u["name"]} rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt '
        "và kiện toàn nhóm thường trực bảo vệ trẻ em.",
        "",
        "## Khó khăn, vướng mắc",
        "",
        "- Nội dung minh họa: địa bàn rộng sau khi sắp xếp, cộng tác viên ở thôn còn thiếu.",
        "",
        "## Kiến nghị, đề xuất",
        "",
        "Nội dung minh họa: đề nghị Sở Y tế tổ chức tập huấn cho cán bộ cấp xã.",
        "",
    ]))
    ev = "events: []\n"
    if i % 4 == 0:
        day = 1 + int(rnd(u["slug"], "event") * 25)
        ev = "\n".join([
            "events:",
            f"  - date: {YEAR}-06-{day:02d}",
            f'    title: Phát động Tháng hành động vì trẻ em {u["kind"]} {u["name"]} (minh họa)',
            '    time: "07:30"',
            f'    place: Nhà văn hóa {u["kind"]} {u["name"]}',
            f'    organiser: UBND {u["kind"]} {u["name"]}',
        ]) + "\n"
    write(f"{d}/events.yaml", ev)


def main():
    us = units()
    write("site.yaml", "\n".join([
        f"title: Công tác trẻ em năm {YEAR} – tỉnh Minh Họa (ví dụ minh họa)",
        "province: Minh Họa",
        "language: vi",
        "sample_data: true",
        'footer: "Ví dụ minh họa: tỉnh, đơn vị và số liệu là giả định. Tổng đài điện thoại quốc gia bảo vệ trẻ em: 111"',
    ]) + "\n")
    write("plan.yaml", plan(us))
    write("plan/01-muc-dich-yeu-cau.md", "\n".join([
        "## Mục đích, yêu cầu",
        "",
        "Kế hoạch minh họa của một tỉnh giả định sau khi sắp xếp đơn vị hành chính (từ ngày 1/7/2025): "
        "65 xã, phường, đặc khu báo cáo thẳng về Sở Y tế. Mọi tên gọi và số liệu là ví dụ.",
        "",
    ]))
    write("action-month.yaml", "\n".join([
        "theme: Chủ đề minh họa của Tháng hành động vì trẻ em",
        f"start: {YEAR}-06-01",
        f"end: {YEAR}-06-30",
        "events:",
        f"  - date: {YEAR}-06-01",
        f"    title: Lễ phát động Tháng hành động vì trẻ em năm {YEAR} (minh họa)",
        '    time: "08:00"',
        "    place: Trung tâm tỉnh Minh Họa",
        "    organiser: UBND tỉnh, Sở Y tế",
    ]) + "\n")
    write("action-month.md", "Nội dung minh họa về Tháng hành động vì trẻ em của tỉnh.\n")
    for i, u in enumerate(us):
        unit_files(i, u)


if __name__ == "__main__":
    main()
