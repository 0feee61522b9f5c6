#!/usr/bin/env python3
"""Generate a synthetic plansite site of N districts, and the equivalent Hugo site.

Usage:
    python3 bench/make_site.py N OUTDIR [--seed SEED] [--force]

Writes, from one in-memory data set:
    OUTDIR/plansite/content/   plansite content (the format of docs/content-format.md)
    OUTDIR/hugo/               a Hugo site (hugo.toml, data/, layouts/, content/)
                               that renders the same pages from the same data
    OUTDIR/site.json           what was generated (N, seed, sizes), read by run.py

Deterministic: district i is drawn from its own random generator seeded with
"SEED:i", so the same SEED gives byte-identical files, and the site for N=100
holds the first 100 districts of the site for N=10,000 (only the plan's
province-level count targets, which grow with N, differ).

Python 3 standard library only.
"""

import argparse
import json
import os
import random
import shutil
import sys
import unicodedata

GENERATOR_VERSION = 4
DEFAULT_SEED = "plansite-bench-1"
YEAR = 2023
PERIODS = [
    # id, label, due, province_due, expected
    ("6-thang", "Báo cáo 6 tháng", "2023-05-20", "2023-05-25", 0.5),
    ("nam", "Báo cáo năm", "2023-11-15", "2023-11-20", 1.0),
]
REPORT_BYTES = (3072, 3900)  # UTF-8 size of each district's report.md (3–4 KB)

# ---------------------------------------------------------------------------
# The plan: 13 targets, 21 indicators covering every measure of docs/content-format.md.
# `gen` says how a district's value is drawn; targets marked "per_district"
# are province-level totals and grow with N.
# ---------------------------------------------------------------------------
TARGETS = [
    ("1", "Trẻ em có hoàn cảnh đặc biệt được trợ giúp",
     "100% trẻ em có hoàn cảnh đặc biệt được hưởng trợ cấp, trợ giúp y tế, giáo dục và tiếp cận dịch vụ bảo vệ trẻ em.",
     [dict(id="1", label="Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp", measure="percent",
           target=100, gen=("share", 80, 900))]),
    ("2", "Bồi dưỡng kiến thức, kỹ năng bảo vệ trẻ em",
     "Cán bộ các cấp làm công tác trẻ em được tập huấn kiến thức, kỹ năng phòng, chống xâm hại, tai nạn thương tích.",
     [dict(id="2a", label="Tỷ lệ cán bộ cấp huyện được tập huấn", measure="percent", target=100,
           gen=("share", 20, 90)),
      dict(id="2b", label="Tỷ lệ cán bộ cấp xã, giáo viên được tập huấn", measure="percent", target=80,
           gen=("share", 60, 400))]),
    ("3", "Ban chỉ đạo và nhóm thường trực",
     "Các huyện duy trì ban chỉ đạo; các xã có nhóm thường trực bảo vệ trẻ em hoạt động hiệu quả.",
     [dict(id="3a", label="Đơn vị có ban chỉ đạo bảo vệ, chăm sóc trẻ em hoạt động theo quy chế",
           measure="yes-no", target=100, gen=("yesno", 0.8, 0.93)),
      dict(id="3b", label="Tỷ lệ xã, phường, thị trấn có nhóm thường trực bảo vệ trẻ em",
           measure="percent", target=100, gen=("communes", 1.0))]),
    ("4", "Tháng hành động và các ngày chủ điểm",
     "Tổ chức có hiệu quả Tháng hành động vì trẻ em, Ngày Quốc tế thiếu nhi, Tết Trung thu.",
     [dict(id="4", label="Tổ chức Tháng hành động vì trẻ em và các ngày chủ điểm", measure="text",
           gen=("note",))]),
    ("5", "Chăm sóc sức khỏe trẻ em",
     "Nâng cao năng lực y tế cơ sở trong chăm sóc sức khỏe trẻ em và sơ cấp cứu tai nạn thương tích.",
     [dict(id="5a", label="Tỷ lệ cơ sở y tế được nâng cao năng lực chăm sóc sức khỏe trẻ em",
           measure="percent", target=95, gen=("share", 10, 40)),
      dict(id="5b", label="Tỷ lệ nhân viên y tế thôn, bản biết sơ cấp cứu ban đầu cho trẻ em",
           measure="percent", target=75, gen=("share", 80, 400)),
      dict(id="5c", label="Tỷ suất trẻ em dưới 5 tuổi suy dinh dưỡng thấp còi trên 1.000 trẻ",
           measure="percent", scale=1000, target=95, better="lower", gen=("permille", 95))]),
    ("6", "Phòng, chống đuối nước trẻ em",
     "Các đơn vị triển khai chương trình dạy bơi an toàn và kỹ năng an toàn trong môi trường nước.",
     [dict(id="6", label="Đơn vị triển khai chương trình dạy bơi an toàn cho trẻ em", measure="yes-no",
           target=100, gen=("yesno", 0.55, 0.85))]),
    ("7", "Trường học an toàn, phòng ngừa lao động trẻ em",
     "Học sinh được giáo dục kỹ năng tự bảo vệ; duy trì không có trẻ em lao động trái quy định.",
     [dict(id="7a", label="Tỷ lệ học sinh được giáo dục kỹ năng tự bảo vệ", measure="percent",
           target=100, gen=("share", 3000, 25000)),
      dict(id="7b", label="Tỷ lệ trường đạt tiêu chuẩn Trường học an toàn", measure="percent",
           target=90, gen=("share", 30, 120)),
      dict(id="7c", label="Số trẻ em lao động trái quy định của pháp luật", measure="count",
           target=0, better="lower", unit="trường hợp", gen=("cases",))]),
    ("8", "Thông tin về quyền trẻ em",
     "Cha mẹ, người chăm sóc trẻ được cung cấp thông tin về bảo vệ trẻ em và Tổng đài 111.",
     [dict(id="8a", label="Tỷ lệ cha mẹ, người chăm sóc trẻ được cung cấp thông tin", measure="percent",
           target=60, gen=("share", 5000, 30000)),
      dict(id="8b", label="Số lượt trẻ em có hoàn cảnh đặc biệt được tặng quà", measure="count",
           unit="lượt", per_district=150, gen=("amount", 60, 320))]),
    ("9", "Xã, phường phù hợp với trẻ em",
     "Số xã, phường, thị trấn đạt tiêu chuẩn xã, phường phù hợp với trẻ em tăng so với năm trước.",
     [dict(id="9", label="Số xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em", measure="count",
           unit="xã", of_share=0.75, gen=("communes", 0.75), baseline=0.7)]),
    ("10", "Dữ liệu trẻ em",
     "Thông tin trẻ em được cập nhật vào cơ sở dữ liệu quốc gia về trẻ em.",
     [dict(id="10", label="Tỷ lệ trẻ em được cập nhật thông tin vào cơ sở dữ liệu", measure="percent",
           target=80, gen=("share", 4000, 30000))]),
    ("11", "Phần mềm quản lý thông tin trẻ em",
     "Các đơn vị vận hành phần mềm quản lý thông tin trẻ em; các xã cập nhật dữ liệu đúng hạn.",
     [dict(id="11a", label="Đơn vị vận hành phần mềm quản lý thông tin trẻ em", measure="yes-no",
           target=100, gen=("yesno", 0.7, 0.9)),
      dict(id="11b", label="Tỷ lệ xã cập nhật dữ liệu đúng hạn", measure="percent", target=90,
           gen=("communes", 0.9))]),
    ("12", "Quỹ Bảo trợ trẻ em",
     "Vận động nguồn lực cho Quỹ Bảo trợ trẻ em các cấp; công khai việc sử dụng quỹ.",
     [dict(id="12", label="Kết quả vận động và sử dụng Quỹ Bảo trợ trẻ em", measure="text", gen=("note",)),
      dict(id="f1", label="Vận động Quỹ Bảo trợ trẻ em", measure="count", unit="tỷ đồng",
           decimals=2, per_district=0.3, gen=("money",))]),
]
INDICATORS = [ind for t in TARGETS for ind in t[3]]
assert len(INDICATORS) == 21

# ---------------------------------------------------------------------------
# Vocabulary (NFC).  Child-protection report language.
# ---------------------------------------------------------------------------
PLACE_SYLLABLES = (
    "An Ân Bắc Bằng Bình Bảo Cao Cẩm Châu Chi Cốc Cường Đại Đào Đình Đông Đồng Đức Gia "
    "Giang Hà Hải Hạ Hòa Hoàng Hồng Hùng Hưng Hữu Kháng Khánh Kim Kỳ Lạc Lâm Lăng Lập "
    "Liên Lộc Long Lục Lũng Mai Mẫu Minh Na Nà Nam Ngạn Nghĩa Nhân Ninh Pác Phong Phú "
    "Phúc Quán Quảng Quang Quốc Quý Sơn Tà Tân Thạch Thái Thanh Thành Thất Thiện Thọ "
    "Thụy Tiên Tràng Tri Trung Tú Tuấn Văn Vạn Vân Việt Vĩnh Xuân Yên"
).split()
KINDS = ["huyện"] * 8 + ["thị xã", "thành phố"]
SUBJECTS = (
    "UBND huyện|Phòng Lao động - Thương binh và Xã hội|Ban Chỉ đạo bảo vệ trẻ em|các xã, thị trấn|"
    "nhóm thường trực bảo vệ trẻ em|Hội Liên hiệp Phụ nữ|Đoàn Thanh niên|các trường học|"
    "Trung tâm Y tế|Công an huyện|cộng tác viên bảo vệ trẻ em|người làm công tác trẻ em cấp xã"
).split("|")
VERBS = (
    "đã triển khai|tiếp tục tăng cường|chủ động phối hợp|kịp thời hỗ trợ|thường xuyên kiểm tra|"
    "đẩy mạnh tuyên truyền|rà soát, cập nhật|tổ chức tập huấn về|đôn đốc thực hiện|huy động nguồn lực cho|"
    "giám sát việc thực hiện|nhân rộng mô hình"
).split("|")
OBJECTS = (
    "công tác bảo vệ, chăm sóc trẻ em|kỹ năng phòng, chống xâm hại trẻ em|phòng, chống đuối nước|"
    "trẻ em có hoàn cảnh đặc biệt|Tổng đài điện thoại quốc gia bảo vệ trẻ em 111|"
    "cơ sở dữ liệu về trẻ em|điểm vui chơi cho trẻ em|quyền tham gia của trẻ em|"
    "phòng ngừa lao động trẻ em|xã, phường phù hợp với trẻ em|dinh dưỡng cho trẻ dưới 5 tuổi|"
    "mô hình ngôi nhà an toàn|chính sách trợ giúp xã hội cho trẻ em|an toàn cho trẻ em trên môi trường mạng"
).split("|")
TAILS = (
    "trên địa bàn toàn huyện|tại các xã vùng sâu, vùng xa|theo kế hoạch của tỉnh|"
    "với sự tham gia của cha mẹ và cộng đồng|trong dịp hè|đạt kết quả tích cực|"
    "nhưng kết quả còn chưa đồng đều|so với cùng kỳ năm trước|ở các thôn, bản biên giới|"
    "bảo đảm đúng đối tượng, đúng quy định"
).split("|")
HEADINGS = ["Tình hình chung", "Kết quả thực hiện các chỉ tiêu", "Các hoạt động nổi bật",
            "Khó khăn, hạn chế", "Nguyên nhân", "Phương hướng, nhiệm vụ", "Kiến nghị, đề xuất"]
ACTIVITIES = ["Truyền thông về quyền trẻ em", "Tập huấn kỹ năng bảo vệ trẻ em", "Thăm, tặng quà trẻ em",
              "Lớp dạy bơi an toàn", "Diễn đàn trẻ em cấp huyện", "Kiểm tra liên ngành",
              "Khám sàng lọc dinh dưỡng", "Cập nhật cơ sở dữ liệu trẻ em"]
EVENT_TITLES = ["Lễ phát động Tháng hành động vì trẻ em", "Diễn đàn trẻ em", "Lớp dạy bơi an toàn cho trẻ em",
                "Truyền thông phòng, chống xâm hại trẻ em", "Thăm, tặng quà trẻ em có hoàn cảnh đặc biệt",
                "Ngày hội tuổi thơ", "Tập huấn kỹ năng sống cho học sinh", "Kiểm tra liên ngành về bảo vệ trẻ em"]
AUDIENCES = ["Trẻ em và phụ huynh", "Học sinh tiểu học, trung học cơ sở", "Cán bộ làm công tác trẻ em cấp xã",
             "Trẻ em có hoàn cảnh đặc biệt", "Cộng tác viên, nhóm thường trực bảo vệ trẻ em"]
PLACES = ["Nhà văn hóa huyện", "Trung tâm Văn hóa, Thể thao và Truyền thông", "Trường Tiểu học thị trấn",
          "Bể bơi di động tại sân vận động", "Hội trường UBND huyện", "Nhà văn hóa thôn"]
NOTE_TEXTS = ["Tổ chức **%d** buổi truyền thông, thu hút %d lượt trẻ em và phụ huynh tham gia.",
              "Tặng **%d** suất quà cho trẻ em có hoàn cảnh đặc biệt; tổ chức %d điểm vui chơi.",
              "Vận động được **%d** triệu đồng cho Quỹ Bảo trợ trẻ em, hỗ trợ %d lượt trẻ em.",
              "Tổ chức diễn đàn trẻ em tại **%d** xã với %d em tham gia phát biểu ý kiến."]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def ascii_slug(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    words = "".join(c if c.isascii() and c.isalnum() else " " for c in s.lower()).split()
    return "-".join(words)


def yq(s):
    """A double-quoted YAML (and JSON-compatible) scalar."""
    return json.dumps(s, ensure_ascii=False)


def num(x):
    """A number as YAML writes it: integers without a point, decimals trimmed."""
    if isinstance(x, float) and not x.is_integer():
        return ("%.3f" % x).rstrip("0").rstrip(".")
    return "%d" % x


def vn_number(x, places=0):
    s = "%.*f" % (places, x)
    whole, _, frac = s.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ".".join(groups) + ("," + frac if frac else "")


# ---------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------
def sentence(rng, name):
    parts = [rng.choice(SUBJECTS).replace("huyện", name) if rng.random() < 0.2 else rng.choice(SUBJECTS),
             rng.choice(VERBS), rng.choice(OBJECTS)]
    if rng.random() < 0.6:
        parts.append(rng.choice(TAILS))
    words = " ".join(parts).split(" ")
    if rng.random() < 0.3:
        words.append("(đạt %s%%)" % vn_number(rng.uniform(40, 100), 1))
    if len(words) > 5 and rng.random() < 0.35:
        k = rng.randrange(2, len(words) - 2)
        mark = rng.choice(["**", "*", "~~"])
        words[k] = mark + words[k]
        words[k + 1] = words[k + 1] + mark
    s = " ".join(words)
    return s[0].upper() + s[1:] + "."


def report_md(rng, i, name, slug, size):
    """A district report: headings, paragraphs, a GFM table, lists, a task list,
    a quote, links and (one in three) a footnote; grown to about `size` bytes."""
    paras = [[sentence(rng, name)] for _ in range(6)]
    rows = rng.sample(ACTIVITIES, rng.randint(4, 6))
    table = ["| Hoạt động | Kế hoạch | Thực hiện | Tỷ lệ |", "| :--- | ---: | ---: | ---: |"]
    for a in rows:
        plan = rng.randint(5, 80)
        done = max(0, plan + rng.randint(-10, 6))
        table.append("| %s | %d | %d | %s%% |" % (a, plan, done, vn_number(100.0 * done / plan, 1)))
    footnote = rng.random() < 1 / 3

    def render():
        b = ["## I. " + HEADINGS[0],
             " ".join(paras[0]) + (" Số liệu tính đến ngày báo cáo[^1]." if footnote else ""),
             "\n".join("- " + sentence(rng_fixed, name) for _ in range(3)),
             "## II. " + HEADINGS[1],
             " ".join(paras[1]),
             "\n".join(table),
             "### 1. " + HEADINGS[2],
             " ".join(paras[2]) + " Xem [kế hoạch của huyện](https://example.org/%s/ke-hoach) và "
             "<https://example.org/%s/bao-cao/%d>." % (slug, slug, i),
             "\n".join("%d. %s" % (k + 1, sentence(rng_fixed, name)) for k in range(3)),
             "## III. " + HEADINGS[3],
             " ".join(paras[3]),
             "- " + sentence(rng_fixed, name) + "\n  - " + sentence(rng_fixed, name)
             + "\n- " + sentence(rng_fixed, name),
             "### " + HEADINGS[4],
             " ".join(paras[4]),
             "## IV. " + HEADINGS[5],
             "- [x] " + sentence(rng_fixed, name) + "\n- [ ] " + sentence(rng_fixed, name),
             " ".join(paras[5]),
             "## V. " + HEADINGS[6],
             "> " + sentence(rng_fixed, name)]
        if footnote:
            b.append("[^1]: Số liệu do %s tổng hợp." % name)
        return nfc("\n\n".join(b) + "\n")

    # The fixed sentences of lists are drawn once, from a child generator.
    seed = rng.random()
    k = 0
    while True:
        rng_fixed = random.Random(seed)
        text = render()
        if len(text.encode("utf-8")) >= size:
            return text
        paras[k % len(paras)].append(sentence(rng, name))
        k += 1


# ---------------------------------------------------------------------------
# The data set
# ---------------------------------------------------------------------------
def draw_value(rng, ind, gen, communes, period_index):
    """A district's value for one indicator and period, as a plain structure:
    ("frac", done, of) | ("amount", x) | ("yes", bool) | ("note", text)."""
    kind = gen[0]
    first = period_index == 0
    progress = min(1.1, max(0.05, rng.gauss(0.62, 0.2))) if first else min(1.05, max(0.4, rng.gauss(0.96, 0.07)))
    if kind == "share":
        of = rng.randint(gen[1], gen[2])
        done = min(of, int(round(of * ind["target"] / 100.0 * progress)))
        return ("frac", done, of)
    if kind == "communes":
        done = min(communes, int(round(communes * gen[1] * progress)))
        return ("frac", done, communes)
    if kind == "permille":
        of = rng.randint(1500, 15000)
        rate = max(0.0, rng.gauss(gen[1] * 0.95, 12.0))
        return ("frac", min(of, int(round(of * rate / 1000.0))), of)
    if kind == "cases":
        return ("amount", 0 if rng.random() < 0.9 else rng.randint(1, 3))
    if kind == "amount":
        return ("amount", int(round(rng.randint(gen[1], gen[2]) * (0.5 if first else 1.0))))
    if kind == "money":
        return ("amount", round(rng.uniform(0.05, 0.25) * (1.0 if first else 2.0), 2))
    if kind == "yesno":
        return ("yes", rng.random() < gen[1 if first else 2])
    if kind == "note":
        return ("note", rng.choice(NOTE_TEXTS) % (rng.randint(2, 40), rng.randint(50, 900)))
    raise ValueError(kind)


def make_district(seed, i, seen):
    rng = random.Random("%s:%d" % (seed, i))
    while True:
        kind = rng.choice(KINDS)
        name = nfc(" ".join(rng.choice(PLACE_SYLLABLES) for _ in range(2 if rng.random() < 0.75 else 3)))
        slug = ascii_slug(name)
        if slug not in seen:
            break
    seen.add(slug)
    communes = rng.randint(8, 30)
    d = dict(slug=slug, name=name, kind=kind, communes=communes, order=i,
             office="Phòng Lao động - Thương binh và Xã hội %s %s" % (kind, name),
             phone="0205 3%03d %03d" % (rng.randint(0, 999), rng.randint(0, 999)),
             email="ldtbxh.%s@example.gov.vn" % slug.replace("-", ""))
    d["submitted"] = ("2023-05-%02d" % rng.randint(8, 24)) if rng.random() < 0.85 else None
    reports = []
    for pi, (pid, _label, _due, _pdue, _exp) in enumerate(PERIODS):
        if pi == 1 and rng.random() < 0.15:
            continue  # some units have not sent the year's figures yet
        as_of = "2023-05-%02d" % rng.randint(5, 15) if pi == 0 else "2023-11-%02d" % rng.randint(1, 10)
        values = []
        for ind in INDICATORS:
            v = draw_value(rng, ind, ind["gen"], communes, pi)
            if rng.random() < 0.03:
                continue  # no data for this one
            values.append((ind["id"], v))
        reports.append((pid, as_of, values))
    d["reports"] = reports
    d["yes_words"] = rng.choice([("yes", "no"), ("có", "không")])
    events = []
    for _ in range(rng.randint(2, 4)):
        e = dict(title="%s %s" % (rng.choice(EVENT_TITLES), name))
        day = rng.randint(1, 28)
        if rng.random() < 0.2:
            e["start"], e["end"] = "2023-06-%02d" % day, "2023-06-%02d" % (day + rng.randint(1, 2))
        else:
            e["date"] = "2023-06-%02d" % day
        if rng.random() < 0.7:
            e["time"] = "%02d:%s" % (rng.randint(7, 16), rng.choice(["00", "30"]))
        e["place"] = rng.choice(PLACES)
        e["organiser"] = "UBND %s %s" % (kind, name)
        e["audience"] = rng.choice(AUDIENCES)
        if rng.random() < 0.6:
            e["description"] = sentence(rng, name)
        events.append(e)
    d["events"] = events
    d["report"] = report_md(rng, i, name, slug, rng.randint(*REPORT_BYTES))
    return d


def plan_numbers(n, districts):
    """Province-level targets that depend on the districts (count targets)."""
    total_communes = sum(d["communes"] for d in districts)
    out = {}
    for ind in INDICATORS:
        if "of_share" in ind:
            out[ind["id"]] = dict(target=int(round(total_communes * ind["of_share"])), of=total_communes,
                                  baseline=int(round(total_communes * ind["baseline"])))
        elif "per_district" in ind:
            t = ind["per_district"] * n
            out[ind["id"]] = dict(target=round(t, 2) if isinstance(t, float) else t)
        else:
            out[ind["id"]] = dict(target=ind.get("target"))
    return out


def plan_sections(seed):
    rng = random.Random("%s:plan" % seed)
    name = "tỉnh"
    secs = []
    for k, (slug, title) in enumerate([("muc-dich-yeu-cau", "I. Mục đích, yêu cầu"),
                                       ("nhiem-vu-giai-phap", "II. Nhiệm vụ, giải pháp"),
                                       ("to-chuc-thuc-hien", "III. Tổ chức thực hiện")], 1):
        body = ["# " + title, " ".join(sentence(rng, name) for _ in range(4))]
        for j in range(1, 4):
            body.append("## %d. %s" % (j, rng.choice(OBJECTS).capitalize()))
            body.append(" ".join(sentence(rng, name) for _ in range(3)))
            body.append("\n".join("- " + sentence(rng, name) for _ in range(3)))
        secs.append(("%02d-%s.md" % (k, slug), nfc("\n\n".join(body) + "\n")))
    return secs


PROVINCE_EVENTS = [
    dict(date="2023-06-01", time="07:30", title="Lễ phát động Tháng hành động vì trẻ em cấp tỉnh",
         place="Quảng trường trung tâm tỉnh", organiser="UBND tỉnh", audience="Lãnh đạo tỉnh, 500 trẻ em và phụ huynh",
         description="Phát động Tháng hành động; giới thiệu **Tổng đài 111**."),
    dict(start="2023-06-01", end="2023-06-30", title="Truyền thông về Tổng đài 111 trên sóng phát thanh",
         place="Đài Phát thanh - Truyền hình tỉnh", organiser="Sở Lao động - Thương binh và Xã hội"),
    dict(date="2023-06-20", title="Diễn đàn trẻ em cấp tỉnh", place="Hội trường tỉnh", organiser="Tỉnh đoàn",
         audience="100 đại biểu trẻ em"),
]
THEME = "Hành động thiết thực, ưu tiên nguồn lực cho trẻ em"
KEY_DATES = [("quoc-te-thieu-nhi", "Ngày Quốc tế thiếu nhi", "date", "2023-06-01", "2023-06-01"),
             ("gia-dinh-viet-nam", "Ngày Gia đình Việt Nam", "date", "2023-06-28", "2023-06-28"),
             ("tet-trung-thu", "Tết Trung thu", "lunar", "15/8", "2023-09-29")]
SITE_TITLE = "Tiến độ thực hiện công tác trẻ em năm 2023 (bộ dữ liệu đo hiệu năng)"


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def event_yaml(e, indent, quote_dates=False):
    pad = " " * indent
    lines = []
    first = True
    for key in ["date", "start", "end", "time", "title", "place", "organiser", "audience", "description"]:
        if key in e:
            val = e[key] if key in ("date", "start", "end") and not quote_dates else yq(e[key])
            lines.append("%s%s%s: %s" % (pad, "- " if first else "  ", key, val))
            first = False
    return lines


def write_plansite(root, n, districts, numbers, sections):
    c = os.path.join(root, "content")
    write(os.path.join(c, "site.yaml"),
          "title: %s\nprovince: Thử Nghiệm\nlanguage: vi\nsample_data: true\n"
          "footer: \"Tổng đài điện thoại quốc gia bảo vệ trẻ em: 111\"\n" % yq(SITE_TITLE))
    p = ['number: "%d/KH-BENCH"' % n, "year: %d" % YEAR,
         "title: Kế hoạch thực hiện công tác trẻ em năm 2023 (dữ liệu tổng hợp)",
         "issuer: Sở Lao động - Thương binh và Xã hội tỉnh Thử Nghiệm",
         "signer: {name: Nguyễn Văn Bình, title: Phó Giám đốc}",
         'basis: "Căn cứ hướng dẫn của **Bộ Lao động - Thương binh và Xã hội** về công tác trẻ em năm 2023."',
         "districts:"]
    p += ["  - %s" % d["slug"] for d in districts]
    p.append("periods:")
    for pid, label, due, pdue, exp in PERIODS:
        p += ["  - id: %s" % pid, "    label: %s" % label, "    due: %s" % due,
              "    province_due: %s" % pdue, "    expected: %s" % num(exp)]
    p.append("key_dates:")
    for kid, title, how, val, _solar in KEY_DATES:
        p += ["  - id: %s" % kid, "    title: %s" % title,
              "    %s: %s" % (how, yq(val) if how == "lunar" else val)]
    p.append("targets:")
    for tid, title, text, inds in TARGETS:
        p += ["  - id: %s" % yq(tid), "    title: %s" % yq(title), "    text: %s" % yq(text), "    indicators:"]
        for ind in inds:
            nums = numbers[ind["id"]]
            p += ["      - id: %s" % yq(ind["id"]), "        label: %s" % yq(ind["label"]),
                  "        measure: %s" % ind["measure"]]
            if nums["target"] is not None:
                p.append("        target: %s" % num(nums["target"]))
            if "of" in nums:
                p.append("        of: %d" % nums["of"])
            for key in ("unit", "decimals", "better", "scale"):
                if key in ind:
                    p.append("        %s: %s" % (key, ind[key]))
            if "baseline" in nums:
                p.append("        baseline: {year: 2022, done: %d, of: %d}" % (nums["baseline"], nums["of"]))
    write(os.path.join(c, "plan.yaml"), nfc("\n".join(p) + "\n"))
    for fname, text in sections:
        write(os.path.join(c, "plan", fname), text)
    am = ["theme: %s" % yq(THEME), "start: 2023-06-01", "end: 2023-06-30", "events:"]
    for e in PROVINCE_EVENTS:
        am += event_yaml(e, 2)
    write(os.path.join(c, "action-month.yaml"), nfc("\n".join(am) + "\n"))
    write(os.path.join(c, "action-month.md"), ACTION_MONTH_MD)
    for d in districts:
        dd = os.path.join(c, "districts", d["slug"])
        lines = ["name: %s" % d["name"], "kind: %s" % d["kind"], "communes: %d" % d["communes"],
                 "contact:", "  office: %s" % yq(d["office"]), "  phone: %s" % yq(d["phone"]),
                 "  email: %s" % d["email"]]
        if d["submitted"]:
            lines += ["submissions:", "  6-thang: %s" % d["submitted"]]
        write(os.path.join(dd, "district.yaml"), nfc("\n".join(lines) + "\n"))
        lines = ["reports:"]
        yes, no = d["yes_words"]
        for pid, as_of, values in d["reports"]:
            lines += ["  - period: %s" % pid, "    as_of: %s" % as_of, "    values:"]
            for iid, v in values:
                if v[0] == "frac":
                    s = "{done: %d, of: %d}" % (v[1], v[2])
                elif v[0] == "amount":
                    s = "{done: %s}" % num(v[1])
                elif v[0] == "yes":
                    s = yes if v[1] else no
                else:
                    s = "{note: %s}" % yq(v[1])
                lines.append("      %s: %s" % (yq(iid), s))
        write(os.path.join(dd, "indicators.yaml"), nfc("\n".join(lines) + "\n"))
        write(os.path.join(dd, "report.md"), d["report"])
        ev = ["events:"]
        for e in d["events"]:
            ev += event_yaml(e, 2)
        write(os.path.join(dd, "events.yaml"), nfc("\n".join(ev) + "\n"))


ACTION_MONTH_MD = nfc("""Tháng hành động vì trẻ em năm 2023 diễn ra từ ngày 01/6 đến ngày 30/6 với chủ đề
“Hành động thiết thực, ưu tiên nguồn lực cho trẻ em”.

## Hoạt động chính

- Lễ phát động cấp tỉnh và cấp huyện.
- Truyền thông về **Tổng đài 111**.
- Thăm, tặng quà trẻ em có hoàn cảnh đặc biệt.
""")


def write_hugo(root, n, districts, numbers, sections, assets_dir):
    """The same data as a Hugo site; templates in bench/hugo_layouts.py.  The static
    assets (stylesheet, search script) are plansite's own, from `assets_dir`."""
    from hugo_layouts import CONFIG, LAYOUTS  # beside this file
    write(os.path.join(root, "hugo.toml"), CONFIG.replace("SITE_TITLE", SITE_TITLE))
    for path, text in LAYOUTS.items():
        write(os.path.join(root, "layouts", path), text)
    css = "body { font-family: sans-serif; }\n"
    if assets_dir and os.path.isdir(assets_dir):
        for name in sorted(os.listdir(assets_dir)):
            os.makedirs(os.path.join(root, "static", "assets"), exist_ok=True)
            shutil.copyfile(os.path.join(assets_dir, name), os.path.join(root, "static", "assets", name))
        if os.path.exists(os.path.join(assets_dir, "style.css")):
            with open(os.path.join(assets_dir, "style.css"), encoding="utf-8") as f:
                css = f.read()
    write(os.path.join(root, "assets", "style.css"), css)  # inlined by the one-page report
    # data/plan.json: the plan, periods, key dates, province events
    plan = dict(title="Kế hoạch thực hiện công tác trẻ em năm 2023 (dữ liệu tổng hợp)",
                number="%d/KH-BENCH" % n, issuer="Sở Lao động - Thương binh và Xã hội tỉnh Thử Nghiệm",
                signer="Nguyễn Văn Bình, Phó Giám đốc", province="Thử Nghiệm",
                basis="Căn cứ hướng dẫn của **Bộ Lao động - Thương binh và Xã hội** về công tác trẻ em năm 2023.",
                theme=THEME, today="2023-11-16",
                periods=[dict(id=pid, label=label, due=due, province_due=pdue, expected=exp)
                         for pid, label, due, pdue, exp in PERIODS],
                key_dates=[dict(id=kid, title=title, date=solar) for kid, title, _how, _v, solar in KEY_DATES],
                events=PROVINCE_EVENTS, targets=[])
    for tid, title, text, inds in TARGETS:
        t = dict(id=tid, title=title, text=text, indicators=[])
        for ind in inds:
            i = {k: ind[k] for k in ("id", "label", "measure", "unit", "better", "scale") if k in ind}
            i.update({k: v for k, v in numbers[ind["id"]].items() if v is not None})
            i["target_id"] = tid
            t["indicators"].append(i)
        plan["targets"].append(t)
    write(os.path.join(root, "data", "plan.json"), json.dumps(plan, ensure_ascii=False, indent=1) + "\n")
    c = os.path.join(root, "content")
    write(os.path.join(c, "_index.md"), "---\ntitle: \"Trang chủ\"\n---\n")
    plan_md = "\n".join(text for _f, text in sections)
    write(os.path.join(c, "plan.md"), "---\ntitle: \"Kế hoạch\"\ntype: plan\n---\n" + plan_md)
    write(os.path.join(c, "targets", "_index.md"), "---\ntitle: \"Mục tiêu và chỉ tiêu\"\n---\n")
    for ind in INDICATORS:
        write(os.path.join(c, "targets", ind["id"] + ".md"),
              "---\ntitle: %s\nindicator: %s\nslug: %s\n---\n" % (yq(ind["label"]), yq(ind["id"]), yq(ind["id"])))
    write(os.path.join(c, "districts", "_index.md"), "---\ntitle: \"Các huyện, thành phố\"\n---\n")
    write(os.path.join(c, "unit-reports", "_index.md"), "---\ntitle: \"Báo cáo đơn vị\"\n_build: {render: never}\n---\n")
    write(os.path.join(c, "action-month.md"),
          "---\ntitle: \"Tháng hành động vì trẻ em\"\ntype: action-month\n---\n" + ACTION_MONTH_MD)
    write(os.path.join(c, "calendar.md"),
          "---\ntitle: \"Lịch báo cáo\"\ntype: calendar\noutputs: [HTML, Calendar]\n---\n")
    write(os.path.join(c, "data.md"), "---\ntitle: \"Số liệu\"\ntype: data\noutputs: [CSV]\n---\n")
    write(os.path.join(c, "report.md"), "---\ntitle: \"Báo cáo tổng hợp\"\ntype: report\n---\n")
    write(os.path.join(c, "search.md"),
          "---\ntitle: \"Tìm kiếm\"\ntype: search\noutputs: [HTML, SearchIndex]\n---\n")
    for d in districts:
        fm = ["---", "title: %s" % yq("%s %s" % (d["kind"].capitalize(), d["name"])),
              "name: %s" % yq(d["name"]), "kind: %s" % yq(d["kind"]), "slug: %s" % yq(d["slug"]),
              "weight: %d" % d["order"], "communes: %d" % d["communes"],
              "contact: {office: %s, phone: %s, email: %s}" % (yq(d["office"]), yq(d["phone"]), yq(d["email"])),
              "submissions: {%s}" % ("\"6-thang\": \"%s\"" % d["submitted"] if d["submitted"] else ""),
              "outputs: [HTML, Calendar]", "reports:"]
        for pid, as_of, values in d["reports"]:
            fm += ["  %s:" % yq(pid), "    as_of: \"%s\"" % as_of, "    values:"]
            for iid, v in values:
                if v[0] == "frac":
                    s = "{done: %d, of: %d}" % (v[1], v[2])
                elif v[0] == "amount":
                    s = "{done: %s}" % num(v[1])
                elif v[0] == "yes":
                    s = '"yes"' if v[1] else '"no"'
                else:
                    s = "{note: %s}" % yq(v[1])
                fm.append("      %s: %s" % (yq(iid), s))
        fm.append("events:")
        for e in d["events"]:
            fm += event_yaml(e, 2, quote_dates=True)
        fm.append("---")
        write(os.path.join(c, "districts", d["slug"] + ".md"), nfc("\n".join(fm) + "\n") + d["report"])
        # The unit's report for each period, a page of its own as in plansite (layout
        # unit-reports/single.html draws on the district page above).
        for pid, label, *_rest in PERIODS:
            write(os.path.join(c, "unit-reports", "%s-%s.md" % (d["slug"], pid)),
                  "---\ntitle: %s\nunit: %s\nperiod: %s\nurl: /districts/%s/bao-cao/%s/\n---\n"
                  % (yq("%s: %s" % (d["name"], label)), yq(d["slug"]), yq(pid), d["slug"], pid))


DEFAULT_ASSETS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "templates", "assets")


def generate(n, out, seed, assets_dir=DEFAULT_ASSETS):
    seen = set()
    districts = [make_district(seed, i, seen) for i in range(1, n + 1)]
    numbers = plan_numbers(n, districts)
    sections = plan_sections(seed)
    write_plansite(os.path.join(out, "plansite"), n, districts, numbers, sections)
    write_hugo(os.path.join(out, "hugo"), n, districts, numbers, sections, assets_dir)
    md_bytes = sum(len(d["report"].encode("utf-8")) for d in districts)
    md_bytes += sum(len(t.encode("utf-8")) for _f, t in sections) + len(ACTION_MONTH_MD.encode("utf-8"))
    info = dict(generator=GENERATOR_VERSION, n=n, seed=seed, districts=n, indicators=len(INDICATORS),
                periods=len(PERIODS), markdown_bytes=md_bytes,
                report_bytes=sum(len(d["report"].encode("utf-8")) for d in districts),
                events=sum(len(d["events"]) for d in districts) + len(PROVINCE_EVENTS),
                middle_district=districts[(n - 1) // 2]["slug"])
    write(os.path.join(out, "site.json"), json.dumps(info, ensure_ascii=False, indent=1) + "\n")
    return info


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of districts (1..99999)")
    ap.add_argument("outdir", help="folder to write (plansite/ and hugo/ inside)")
    ap.add_argument("--seed", default=DEFAULT_SEED, help="random seed (default %(default)s)")
    ap.add_argument("--force", action="store_true", help="replace an existing site in OUTDIR")
    ap.add_argument("--assets", default=DEFAULT_ASSETS,
                    help="plansite's static assets, copied into the Hugo site (default templates/assets)")
    a = ap.parse_args(argv)
    if not 1 <= a.n <= 99999:
        ap.error("N must be in 1..99999")
    for sub in ("plansite", "hugo", "site.json"):
        p = os.path.join(a.outdir, sub)
        if os.path.exists(p):
            if not a.force:
                ap.error("%s exists; use --force to replace it" % p)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    info = generate(a.n, a.outdir, a.seed, a.assets)
    print("%d districts, %.1f MB of Markdown -> %s" % (a.n, info["markdown_bytes"] / 1e6, a.outdir))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.exit(main())
