import Foundation
import PlansiteTestSupport
import XCTest

/// The period reports of the shipped plan as the Department gets them: printed by headless
/// Chromium (`Tests/scripts/print_check.py`: at most 20 A4 pages, page numbers, repeated table
/// headers, a landscape appendix; PNGs of every page in `test-artifacts/report-print/`), the
/// Word documents read back by python-docx (`docx_check.py`) and converted to PDF by
/// LibreOffice (`docx_pdf_check.py`, run by `make test-docx`, which installs LibreOffice).
final class PeriodReportTests: XCTestCase {
  static let scripts = TestSupport.packageRoot.appendingPathComponent("Tests/scripts")
  static let artifacts = TestSupport.packageRoot.appendingPathComponent("test-artifacts/report-print")

  /// The shipped content, built once for the class.
  static let site: (url: URL?, problem: String) = {
    let out = TestSupport.temporaryDirectory("plansite-report").appendingPathComponent("site")
    do {
      let run = try TestSupport.plansite([
        "build", "--content", TestSupport.packageRoot.appendingPathComponent("content").path,
        "--templates", TestSupport.packageRoot.appendingPathComponent("templates").path,
        "--output", out.path, "--today", "2023-12-01", "--quiet",
      ])
      return run.status == 0 ? (out, "") : (nil, "plansite build exited \(run.status):\n\(run.stderr)")
    } catch {
      return (nil, "cannot run \(TestSupport.binary.path): \(error)")
    }
  }()

  override class func tearDown() {
    if let url = site.url { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    super.tearDown()
  }

  func testEachPeriodReportPrintsToAtMost20A4PagesWithPageNumbersAndALandscapeAppendix() throws {
    let site = try builtSite()
    let chromium = ProcessInfo.processInfo.environment["CHROMIUM"] ?? "chromium"
    guard Self.onPath(chromium) else { throw XCTSkip("headless Chromium is missing: apt-get install -y chromium") }
    let run = try python([
      Self.scripts.appendingPathComponent("print_check.py").path, site.path, "--max-pages", "20",
      "--artifacts", Self.artifacts.path, "--unit", "cao-loc",
    ])
    XCTAssertEqual(run.status, 0, "print_check.py:\n\(run.stdout)\(run.stderr)")
    // Both periods and the unit's two reports were printed, each with its page count.
    XCTAssertEqual(run.stdout.components(separatedBy: " pages\n").count - 1, 4, run.stdout)
  }

  func testWordReportsReadBackWithPythonDocx() throws {
    let site = try builtSite()
    let probe = try python(["-c", "import docx"])
    XCTAssertEqual(probe.status, 0, "python-docx is missing: python3 -m pip install python-docx (make test does)")
    guard probe.status == 0 else { return }
    let run = try python([
      Self.scripts.appendingPathComponent("docx_check.py").path, site.path,
      "--title", "6-thang=Kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2023",
      "--title", "nam=Kết quả thực hiện công tác trẻ em năm 2023",
      "--unit", "Huyện Cao Lộc", "--text", "Địa bàn có cửa khẩu quốc tế, lượng người qua lại lớn",
    ])
    XCTAssertEqual(run.status, 0, "docx_check.py:\n\(run.stdout)\(run.stderr)")
    XCTAssertTrue(run.stdout.contains("6-thang/bao-cao.docx: 20 indicators checked"), run.stdout)
    XCTAssertTrue(run.stdout.contains("nam/bao-cao.docx: 20 indicators checked"), run.stdout)
  }

  func testLibreOfficeConvertsEachWordReportToPDF() throws {
    let site = try builtSite()
    guard Self.onPath("soffice") else {
      throw XCTSkip("LibreOffice is missing: `make test-docx` installs it (apt-get install -y libreoffice-writer)")
    }
    let run = try python([
      Self.scripts.appendingPathComponent("docx_pdf_check.py").path, site.path, "--artifacts", Self.artifacts.path,
    ])
    XCTAssertEqual(run.status, 0, "docx_pdf_check.py:\n\(run.stdout)\(run.stderr)")
    XCTAssertEqual(run.stdout.components(separatedBy: " pages in ").count - 1, 2, run.stdout)
  }

  /// A unit's own report: issued by the unit's People's Committee, to the Department, with its
  /// own texts; the unit's page and the report list link to the reports.
  func testAUnitsOwnReportIsIssuedByTheUnitToTheDepartment() throws {
    let site = try builtSite()
    let page = try String(
      contentsOf: site.appendingPathComponent("districts/cao-loc/bao-cao/nam/index.html"), encoding: .utf8)
    XCTAssertTrue(page.contains(#"<p class="co-quan-ban-hanh">Ủy ban nhân dân<br>Huyện Cao Lộc</p>"#), page)
    XCTAssertTrue(page.contains("Kính gửi: Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn."), page)
    XCTAssertTrue(page.contains("Địa bàn có cửa khẩu quốc tế"), "the unit's Khó khăn section")
    XCTAssertFalse(page.contains("Huyện Đình Lập"), "only the unit's own texts")
    let unitPage = try String(contentsOf: site.appendingPathComponent("districts/cao-loc/index.html"), encoding: .utf8)
    XCTAssertTrue(
      unitPage.contains(#"href="../../districts/cao-loc/bao-cao/6-thang/index.html""#),
      "the unit's page links its reports")
    let list = try String(contentsOf: site.appendingPathComponent("report/index.html"), encoding: .utf8)
    XCTAssertTrue(
      list.contains(#"href="../report/nam/index.html""#) && list.contains(#"href="../report/nam/bao-cao.docx""#),
      "report/index.html lists them")
    XCTAssertTrue(list.contains(#"<h2 id="muc-tieu">"#), "report/index.html keeps what it had")
    let consolidated = try String(contentsOf: site.appendingPathComponent("report/nam/index.html"), encoding: .utf8)
    for heading in [
      "I. Kết quả thực hiện các chỉ tiêu", "II. Kết quả thực hiện nhiệm vụ", "III. Tháng hành động vì trẻ em",
      "IV. Khó khăn, vướng mắc", "V. Kiến nghị, đề xuất",
    ] {
      XCTAssertTrue(consolidated.contains(heading), heading)
    }
    XCTAssertEqual(
      consolidated.components(separatedBy: #"<section class="don-vi""#).count - 1, 33, "11 units × 3 gathered sections")
    XCTAssertEqual(
      consolidated.components(separatedBy: #"<figure class="bieu-do""#).count - 1, 10, "a chart per measured target")
    // The province's entries are in the search index's first entry shard.
    let index = try String(contentsOf: site.appendingPathComponent("search/e/p0.js"), encoding: .utf8)
    XCTAssertTrue(index.contains(#""u":"report/6-thang/index.html""#), "the search index has the period reports")
  }

  // MARK: - Helpers

  private func builtSite() throws -> URL {
    guard let url = Self.site.url else {
      XCTFail(Self.site.problem)
      throw XCTSkip(Self.site.problem)
    }
    return url
  }

  private func python(_ arguments: [String]) throws -> TestSupport.Run {
    try TestSupport.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments)
  }

  static func onPath(_ name: String) -> Bool {
    if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
  }
}
