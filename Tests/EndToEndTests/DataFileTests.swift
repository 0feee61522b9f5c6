import Foundation
import PlansiteTestSupport
import XCTest

/// The CSV and calendar files, read back by real parsers (Python's csv module, the icalendar
/// package) and compared with what the pages say.
final class DataFileTests: XCTestCase {
  static let output: URL = {
    let out = TestSupport.temporaryDirectory().appendingPathComponent("output")
    _ = try? TestSupport.plansite([
      "build", "--content", TestSupport.fixture("mini").appendingPathComponent("content").path,
      "--templates", TestSupport.packageRoot.appendingPathComponent("templates").path,
      "--output", out.path, "--today", "2023-06-15", "--quiet",
    ])
    return out
  }()

  func python(_ script: String, _ args: [String]) throws -> TestSupport.Run {
    try TestSupport.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script] + args)
  }

  /// The CSV's rows as Python's csv module reads them, header first.
  static func csvRows(_ path: String) throws -> [[String]] {
    let script = """
      import csv, json, sys
      with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
          print(json.dumps(list(csv.reader(f)), ensure_ascii=False))
      """
    let tmp = TestSupport.temporaryDirectory().appendingPathComponent("read.py")
    try Data(script.utf8).write(to: tmp)
    let run = try TestSupport.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", tmp.path, path])
    XCTAssertEqual(run.status, 0, run.stderr)
    return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String]] ?? []
  }

  static let header = [
    "ma_chi_tieu", "chi_tieu", "ma_muc_tieu", "loai", "muc_tieu", "chieu", "ky_bao_cao", "ma_don_vi", "don_vi",
    "da_dat", "tong_so", "gia_tri", "trang_thai", "so_don_vi_bao_cao", "ghi_chu",
  ]

  /// The fixture's province name holds a comma (and nothing else to quote), a note a comma,
  /// double quotes and a line break, another a leading `=`: every field is read back by a real
  /// CSV parser and compared whole, so a comma left unquoted or a quote left single shifts or
  /// merges fields and fails here.
  func testCSVReadsBackFieldByFieldWithPythonsCSVModule() throws {
    let csvPath = Self.output.appendingPathComponent("data/indicators.csv").path
    let bytes = try Data(contentsOf: URL(fileURLWithPath: csvPath))
    XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 BOM for Excel")
    let rows = try Self.csvRows(csvPath)
    XCTAssertEqual(rows.first, Self.header)
    // 7 indicators × 2 periods × (2 districts + the province).
    XCTAssertEqual(rows.count, 1 + 7 * 2 * 3)
    for (i, row) in rows.enumerated() { XCTAssertEqual(row.count, Self.header.count, "row \(i + 1): \(row)") }
    func row(_ indicator: String, _ period: String, _ unit: String) -> [String]? {
      rows.first { $0.count > 7 && $0[0] == indicator && $0[6] == period && $0[7] == unit }
    }
    let label = "Tỷ lệ trẻ em được hỗ trợ"
    // Built 15/6, after the 6-month deadline: the period is closed, 78,4 % reached its milestone of 40 %.
    XCTAssertEqual(
      row("p1", "6-thang", "toan_tinh"),
      [
        "p1", label, "1", "percent", "80", "higher", "6-thang", "toan_tinh", "Toàn tỉnh Thử Nghiệm, Bắc Bộ",
        "2039", "2600", "78.4", "Đạt", "2/2", "",
      ])
    XCTAssertEqual(
      row("p1", "nam", "dinh-lap"),
      [
        "p1", label, "1", "percent", "80", "higher", "nam", "dinh-lap", "Huyện Đình Lập", "", "", "", "Chưa có số liệu",
        "0", "",
      ])
    XCTAssertEqual(
      row("t1", "nam", "a-chau"),
      [
        "t1", "Tổ chức Tháng hành động", "5", "text", "", "higher", "nam", "a-chau", "Huyện An Châu", "", "", "",
        "Định tính", "1", "Hoàn thành 5 buổi, \"Tuần lễ vui chơi\";\nđợt 2 vào tháng 9.",
      ])
    // A note that starts with `=` is text, never a formula (OWASP: a leading ' and quotes).
    XCTAssertEqual(
      row("t1", "6-thang", "dinh-lap"),
      [
        "t1", "Tổ chức Tháng hành động", "5", "text", "", "higher", "6-thang", "dinh-lap", "Huyện Đình Lập", "", "", "",
        "Định tính", "1", "'=SUM(1+2) là chữ, không phải công thức",
      ])
    XCTAssertEqual(
      row("t1", "6-thang", "toan_tinh")?.last,
      "Tổ chức **3** buổi truyền thông. | =SUM(1+2) là chữ, không phải công thức")
    XCTAssertEqual(row("f1", "6-thang", "toan_tinh")?[11], "3.5")
    let text = String(decoding: bytes, as: UTF8.self)
    XCTAssertTrue(text.contains(",\"'=SUM(1+2) là chữ, không phải công thức\"\r\n"), "neutralised and quoted")
    XCTAssertTrue(
      text.contains(",\"Hoàn thành 5 buổi, \"\"Tuần lễ vui chơi\"\";\nđợt 2 vào tháng 9.\"\r\n"), "quotes doubled")
    XCTAssertTrue(text.contains(",toan_tinh,\"Toàn tỉnh Thử Nghiệm, Bắc Bộ\",2039,"), "a comma is quoted")
    let page = try String(contentsOf: Self.output.appendingPathComponent("targets/p1/index.html"), encoding: .utf8)
    XCTAssertTrue(page.contains("78,4%"), "the page shows the CSV's figure with a decimal comma")
    XCTAssertTrue(
      try String(contentsOf: Self.output.appendingPathComponent("targets/f1/index.html"), encoding: .utf8).contains(
        "3,5 tỷ đồng"))
  }

  /// The whole fixture site through site_audit.py: pages, search index, CSV and calendars.
  func testFixtureSitePassesTheAudit() throws {
    let problems = try SiteAudit.problems(in: Self.output)
    XCTAssertEqual(problems, [])
  }

  func testCalendarFilesParseWithICalendarAndKeepVietnameseText() throws {
    let script = TestSupport.packageRoot.appendingPathComponent("Tests/scripts/ics_dump.py").path
    let ics = Self.output.appendingPathComponent("calendar/plan.ics").path
    let run = try python(script, [ics, Self.output.appendingPathComponent("districts/a-chau/plan.ics").path])
    XCTAssertEqual(run.status, 0, run.stderr)
    let files = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [[String: Any]]
    let events = files[0]["events"] as! [[String: Any]]
    func event(_ uid: String) -> [String: Any]? { events.first { ($0["uid"] as? String) == uid } }
    let trungThu = try XCTUnwrap(event("tet-trung-thu-2023@plansite"))
    XCTAssertEqual(trungThu["dtstart"] as? String, "2023-09-29")
    XCTAssertEqual(trungThu["dtend"] as? String, "2023-09-30", "DTEND is exclusive")
    XCTAssertEqual(trungThu["summary"] as? String, "Tết Trung thu (ngày 15/8 âm lịch)")
    let deadline = try XCTUnwrap(event("han-6-thang-don-vi-2023@plansite"))
    XCTAssertEqual(deadline["dtstart"] as? String, "2023-05-20")
    XCTAssertEqual(deadline["has_alarm"] as? Bool, true)
    let inspection = try XCTUnwrap(event("hd-toan_tinh-2-2023@plansite"))
    XCTAssertEqual(inspection["dtend"] as? String, "2023-06-15", "a three-day event 12–14/6 ends before 15/6")
    let launch = try XCTUnwrap(event("hd-toan_tinh-1-2023@plansite"))
    XCTAssertEqual(launch["location"] as? String, "Quảng trường, thành phố", "the comma survives escaping")
    XCTAssertTrue((launch["description"] as? String ?? "").contains("Phát động **Tháng hành động**; gọi 111."))
    let district = (files[1]["events"] as! [[String: Any]]).compactMap { $0["summary"] as? String }
    XCTAssertTrue(district.contains("Diễn đàn trẻ em huyện (Huyện An Châu)"), "\(district)")
    XCTAssertFalse(district.contains { $0.hasPrefix("Lễ phát động") }, "a district file holds only its own events")
  }
}

/// `Tests/scripts/site_audit.py` on a built site: its problems, one a line (none when clean).
enum SiteAudit {
  static func problems(in site: URL) throws -> [String] {
    let script = TestSupport.packageRoot.appendingPathComponent("Tests/scripts/site_audit.py").path
    let run = try TestSupport.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, site.path])
    guard let report = try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any],
      let problems = report["problems"] as? [String], (report["files"] as? Int ?? 0) > 0
    else { return ["site_audit.py failed (status \(run.status)): \(run.stderr)"] }
    return problems
  }
}

/// The province is a unit of its own, not the slug `tinh`: a district may be called `tinh`.
final class ProvinceUnitTests: XCTestCase {
  func testADistrictCalledTinhKeepsItsOwnIdsAndCSVRows() throws {
    let plan = try String(
      contentsOf: TestSupport.fixture("mini").appendingPathComponent("content/plan.yaml"), encoding: .utf8)
    let content = TestSupport.contentCopy(
      of: "mini",
      overrides: [
        "plan.yaml": plan.replacingOccurrences(
          of: "districts: [a-chau, dinh-lap]", with: "districts: [a-chau, dinh-lap, tinh]"),
        "districts/tinh/district.yaml": "name: Tịnh\nkind: huyện\ncommunes: 4\nsubmissions:\n  6-thang: 2023-05-18\n",
        // Its events are numbered from 1 like the province's, and its note has a footnote (ids).
        "districts/tinh/report.md": "## Tình hình\n\nĐã triển khai.\n",
        "districts/tinh/events.yaml":
          "events:\n  - date: 2023-06-01\n    title: Ngày hội huyện\n  - date: 2023-06-12\n    title: Hội thi\n",
        "districts/tinh/indicators.yaml": """
        reports:
          - period: 6-thang
            values:
              p1: {done: 10, of: 20}
              t1: {note: "Có chú thích.[^1]\\n\\n[^1]: Chú thích của huyện."}

        """,
      ])
    let output = TestSupport.temporaryDirectory().appendingPathComponent("output")
    let run = try TestSupport.plansite([
      "build", "--content", content.path, "--templates",
      TestSupport.packageRoot.appendingPathComponent("templates").path,
      "--output", output.path, "--today", "2023-06-15", "--quiet",
    ])
    XCTAssertEqual(run.status, 0, run.stderr)
    // No id twice on any page (the Action Month lists both `hd-…-1`), no UID twice in a calendar,
    // no two CSV rows for one indicator, period and unit.
    XCTAssertEqual(try SiteAudit.problems(in: output), [])
    let rows = try DataFileTests.csvRows(output.appendingPathComponent("data/indicators.csv").path)
    XCTAssertEqual(rows.count, 1 + 7 * 2 * 4)
    let p1 = rows.filter { $0[0] == "p1" && $0[6] == "6-thang" }.map { [$0[7], $0[8], $0[9], $0[10], $0[13]] }
    XCTAssertEqual(
      p1,
      [
        ["a-chau", "Huyện An Châu", "1999", "2500", "1"], ["dinh-lap", "Huyện Đình Lập", "40", "100", "1"],
        ["tinh", "Huyện Tịnh", "10", "20", "1"], ["toan_tinh", "Toàn tỉnh Thử Nghiệm, Bắc Bộ", "2049", "2620", "3/3"],
      ])
    // A unit's events live on its own page; the Action Month links there.
    let unitPage = try String(contentsOf: output.appendingPathComponent("districts/tinh/index.html"), encoding: .utf8)
    XCTAssertTrue(unitPage.contains("id=\"hd-tinh-1\""), "the district keeps its slug in its anchors")
    let actionMonth = try String(contentsOf: output.appendingPathComponent("action-month/index.html"), encoding: .utf8)
    XCTAssertTrue(actionMonth.contains("districts/tinh/index.html#hd-tinh-1\""), "the day links to the unit's event")
    XCTAssertTrue(actionMonth.contains("id=\"hd-toan_tinh-1\""), "the province's key is outside the slug grammar")
  }
}

/// `build --zip`: one top-level folder, the site's files, the same bytes for the same site.
final class ZipBundleTests: XCTestCase {
  func testZipHoldsTheSiteUnderOneFolderAndIsReproducible() throws {
    let dir = TestSupport.temporaryDirectory()
    func build(_ zip: String) throws {
      let run = try TestSupport.plansite([
        "build", "--content", TestSupport.fixture("mini").appendingPathComponent("content").path,
        "--templates", TestSupport.packageRoot.appendingPathComponent("templates").path,
        "--output", dir.appendingPathComponent("bao-cao").path, "--today", "2023-06-15", "--quiet",
        "--zip", dir.appendingPathComponent(zip).path,
      ])
      XCTAssertEqual(run.status, 0, run.stderr)
    }
    try build("a.zip")
    try FileManager.default.removeItem(at: dir.appendingPathComponent("bao-cao"))
    try build("b.zip")
    XCTAssertEqual(
      try Data(contentsOf: dir.appendingPathComponent("a.zip")),
      try Data(contentsOf: dir.appendingPathComponent("b.zip")))
    let script = """
      import json, sys, zipfile
      z = zipfile.ZipFile(sys.argv[1])
      print(json.dumps({i.filename: [i.date_time[0], len(z.read(i))] for i in z.infolist()}))
      """
    let py = dir.appendingPathComponent("list.py")
    try Data(script.utf8).write(to: py)
    let run = try TestSupport.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", py.path, dir.appendingPathComponent("a.zip").path])
    XCTAssertEqual(run.status, 0, run.stderr)
    let entries = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: [Int]]
    XCTAssertTrue(entries.keys.allSatisfy { $0.hasPrefix("bao-cao/") }, "\(entries.keys)")
    XCTAssertNotNil(entries["bao-cao/index.html"])
    XCTAssertNotNil(entries["bao-cao/README.md"], "the note telling the reader to extract and open index.html")
    XCTAssertNil(entries["bao-cao/.plansite-output"])
    for page in ["report/6-thang/index.html", "report/nam/bao-cao.docx", "districts/a-chau/bao-cao/nam/index.html"] {
      XCTAssertNotNil(entries["bao-cao/\(page)"], "the period reports are in the bundle: \(page)")
    }
    XCTAssertEqual(Set(entries.values.map { $0[0] }), [2023], "timestamps are the build date")
    let site = TestSupport.files(under: dir.appendingPathComponent("bao-cao")).filter { $0 != ".plansite-output" }
    XCTAssertEqual(Set(entries.keys), Set(site.map { "bao-cao/\($0)" }))
  }
}
