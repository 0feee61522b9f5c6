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

  func testCSVReopensWithPythonToTheFiguresOnThePages() throws {
    let csvPath = Self.output.appendingPathComponent("data/indicators.csv").path
    let bytes = try Data(contentsOf: URL(fileURLWithPath: csvPath))
    XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 BOM for Excel")
    let script = """
      import csv, json, sys
      with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
          rows = list(csv.DictReader(f))
      print(json.dumps(rows, ensure_ascii=False))
      """
    let tmp = TestSupport.temporaryDirectory().appendingPathComponent("read.py")
    try Data(script.utf8).write(to: tmp)
    let run = try python(tmp.path, [csvPath])
    XCTAssertEqual(run.status, 0, run.stderr)
    let rows = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [[String: String]]
    // 2 indicators-periods × (2 districts + province) for each of 7 indicators.
    XCTAssertEqual(rows.count, 7 * 2 * 3)
    let province = rows.first { $0["ma_chi_tieu"] == "p1" && $0["ky_bao_cao"] == "6-thang" && $0["ma_don_vi"] == "tinh" }!
    XCTAssertEqual(province["da_dat"], "2039")
    XCTAssertEqual(province["tong_so"], "2600")
    XCTAssertEqual(province["gia_tri"], "78.4")
    XCTAssertEqual(province["trang_thai"], "Đúng tiến độ")
    let note = rows.first { $0["ma_chi_tieu"] == "t1" && $0["ma_don_vi"] == "a-chau" && $0["ky_bao_cao"] == "6-thang" }!
    XCTAssertEqual(note["ghi_chu"], "Tổ chức **3** buổi truyền thông.")
    let money = rows.first { $0["ma_chi_tieu"] == "f1" && $0["ma_don_vi"] == "tinh" && $0["ky_bao_cao"] == "6-thang" }!
    XCTAssertEqual(money["gia_tri"], "3.5")
    let page = try String(contentsOf: Self.output.appendingPathComponent("targets/p1/index.html"), encoding: .utf8)
    XCTAssertTrue(page.contains("78,4%"), "the page shows the CSV's figure with a decimal comma")
    XCTAssertTrue(try String(contentsOf: Self.output.appendingPathComponent("targets/f1/index.html"), encoding: .utf8).contains("3,5 tỷ đồng"))
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
    let inspection = try XCTUnwrap(event("hd-tinh-2-2023@plansite"))
    XCTAssertEqual(inspection["dtend"] as? String, "2023-06-15", "a three-day event 12–14/6 ends before 15/6")
    let launch = try XCTUnwrap(event("hd-tinh-1-2023@plansite"))
    XCTAssertEqual(launch["location"] as? String, "Quảng trường, thành phố", "the comma survives escaping")
    XCTAssertTrue((launch["description"] as? String ?? "").contains("Phát động **Tháng hành động**; gọi 111."))
    let district = (files[1]["events"] as! [[String: Any]]).compactMap { $0["summary"] as? String }
    XCTAssertTrue(district.contains("Diễn đàn trẻ em huyện (Huyện An Châu)"), "\(district)")
    XCTAssertFalse(district.contains { $0.hasPrefix("Lễ phát động") }, "a district file holds only its own events")
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
    XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("a.zip")), try Data(contentsOf: dir.appendingPathComponent("b.zip")))
    let script = """
      import json, sys, zipfile
      z = zipfile.ZipFile(sys.argv[1])
      print(json.dumps({i.filename: [i.date_time[0], len(z.read(i))] for i in z.infolist()}))
      """
    let py = dir.appendingPathComponent("list.py")
    try Data(script.utf8).write(to: py)
    let run = try TestSupport.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", py.path, dir.appendingPathComponent("a.zip").path])
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
