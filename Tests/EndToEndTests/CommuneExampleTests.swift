import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest

/// Issue 16: the post-2025 example (`examples/tinh-minh-hoa/content/`, 65 xã, phường and one đặc
/// khu in five areas) checked and built by the real binary, read back page by page.
final class CommuneExampleTests: XCTestCase {
  static let content = TestSupport.packageRoot.appendingPathComponent("examples/tinh-minh-hoa/content")
  static let today = "2026-06-15"

  struct BuildFailed: Error, CustomStringConvertible { var description: String }

  /// Built once for the class: the tests only read it. A failed build fails every test.
  static let built: Result<URL, BuildFailed> = {
    let output = TestSupport.temporaryDirectory("plansite-communes").appendingPathComponent("output")
    guard
      let run = try? TestSupport.plansite([
        "build", "--content", content.path, "--output", output.path, "--today", today, "--quiet",
      ]), run.status == 0
    else { return .failure(BuildFailed(description: "the commune example does not build")) }
    return .success(output)
  }()

  static var site: URL { get throws { try built.get() } }

  func page(_ path: String) throws -> String {
    try String(contentsOf: Self.site.appendingPathComponent(path), encoding: .utf8)
  }

  func testCommuneExamplePassesCheckWithoutAProblem() throws {
    let check = try TestSupport.plansite(["check", "--content", Self.content.path, "--today", Self.today])
    XCTAssertEqual(check.status, 0, check.stderr)
    XCTAssertTrue(check.stderr.hasSuffix("0 lỗi, 0 cảnh báo\n") || check.stderr.isEmpty, check.stderr)
    let units = try FileManager.default.contentsOfDirectory(
      atPath: try Self.site.appendingPathComponent("districts").path
    )
    // A unit's slug never holds `_`: trang_N and xep_hang are the site's own folders.
    .filter { !$0.hasSuffix(".html") && !$0.contains("_") }
    XCTAssertEqual(units.count, 65)
  }

  /// A plan of communes never speaks of districts in the tool's own words: every page, calendar,
  /// CSV, search index and Word report of the example (whose content has none of these words).
  func testNoPageOfACommunesOnlyPlanUsesDistrictWording() throws {
    let words = ["huyện", "quận", "thị xã", "thành phố", "thị trấn", "huyen", "thi xa", "thanh pho"]
    var checked = 0
    let site = try Self.site
    for path in TestSupport.files(under: site) {
      let url = site.appendingPathComponent(path)
      var text: String
      if path.hasSuffix(".docx") {
        let run = try TestSupport.run(
          URL(fileURLWithPath: "/usr/bin/python3"),
          [
            "-c",
            "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())",
            url.path,
          ])
        XCTAssertEqual(run.status, 0, run.stderr)
        text = run.stdout
      } else if ["html", "ics", "js", "csv", "json", "txt", "md"].contains(url.pathExtension) {
        text = try String(contentsOf: url, encoding: .utf8)
      } else {
        continue
      }
      // Class names (`entry-huyen`) and the stylesheet are no words a reader sees; the folded
      // search keys are read word by word ("đông thành phong" is no "thành phố").
      text = Self.withoutClassesAndStyles(text).lowercased()
      for word in words
      where text.range(of: "(?<![\\p{L}])\(word)(?![\\p{L}])", options: .regularExpression) != nil {
        XCTFail("\(path) says \"\(word)\"")
      }
      checked += 1
    }
    XCTAssertGreaterThan(checked, 65 * 3, "every unit's page, calendar and report were read")
    // The tool's words come from the kinds the plan has.
    XCTAssertTrue(try page("calendar/index.html").contains("<caption>Các xã, phường, đặc khu × kỳ báo cáo</caption>"))
    XCTAssertTrue(try page("districts/index.html").contains("<title>Các xã, phường, đặc khu"))
    let ics = try page("calendar/plan.ics").replacingOccurrences(of: "\r\n ", with: "")
    XCTAssertTrue(ics.contains("SUMMARY:Hạn gửi báo cáo 6 tháng của các xã\\, phường\\, đặc khu\r\n"), ics)
  }

  /// The unit index lists the plan's groups in the plan's order and the units of each in
  /// Vietnamese order (Đ after D, before E: "Đông Lộc" before "Hòa Hải", not after "Vĩnh").
  func testUnitIndexGroupsByAreaAndSortsInVietnameseOrder() throws {
    let html = try page("districts/index.html")
    let groups = Self.matches(#"<h2 class="unit-group">([^<]*?) <span class="unit-count">"#, in: html)
    XCTAssertEqual(
      groups, ["Khu vực phía Bắc", "Khu vực phía Nam", "Khu vực phía Đông", "Khu vực phía Tây", "Khu vực ven biển"])
    let lists = Self.matches(#"<ul class="unit-list">(.*?)</ul>"#, in: html)
    XCTAssertEqual(lists.count, 5)
    let north = Self.matches(#"<a href="[^"]*">([^<]*)</a>"#, in: lists[0])
    XCTAssertEqual(
      Array(north.prefix(6)),
      ["Xã An Điền", "Xã Bình Lộc", "Phường Đông Lộc", "Phường Đông Thành", "Phường Đức Phong", "Phường Hòa Hải"])
    var total = 0
    for list in lists {
      let names = Self.matches(#"<a href="[^"]*">(?:Xã|Phường|Đặc khu) ([^<]*)</a>"#, in: list)
      XCTAssertEqual(names, names.sorted(by: VietnameseFormat.collate), list)
      total += names.count
    }
    XCTAssertEqual(total, 65, "every unit listed once")
    XCTAssertTrue(html.contains("<li><a href=\"../districts/my-thanh/index.html\">Đặc khu Mỹ Thành</a></li>"))
    // The matrix: one <tbody> per group, each opening with the group's name and the column
    // headers again, so a long table never loses them.
    let start = try XCTUnwrap(html.range(of: "<section id=\"ky-6-thang\"")).lowerBound
    let end = try XCTUnwrap(html.range(of: "</section>", range: start..<html.endIndex)).upperBound
    let firstSection = String(html[start..<end])
    XCTAssertEqual(Self.matches(#"(<tbody>)"#, in: firstSection).count, 5)
    XCTAssertEqual(
      Self.matches(#"<tr class="matrix-group"><th scope="rowgroup">([^<(]*) \("#, in: firstSection), groups)
    XCTAssertEqual(
      Self.matches(#"<tr class="matrix-group">.*?(<th scope="col" title="[^"]*">1</th>)"#, in: firstSection).count, 5)
  }

  /// The search box's example and hint name a unit of this content, not one of Lạng Sơn.
  func testSearchExampleIsAUnitOfTheContent() throws {
    let home = try page("index.html")
    XCTAssertFalse(home.contains("Đình Lập"))
    let placeholder = try XCTUnwrap(Self.matches(#"placeholder="Ví dụ: ([^"]*)""#, in: home).first)
    XCTAssertTrue(home.contains(">") && placeholder.count > 2)
    XCTAssertTrue(try page("districts/index.html").contains("\(placeholder)</a>"), "\(placeholder) is a unit")
    let search = try page("search/index.html")
    XCTAssertTrue(search.contains("“\(placeholder)”"), "the hint names the same unit")
    XCTAssertFalse(search.contains("dinh lap"))
  }

  /// A unit without communes says nothing of communes; its page names its kind.
  func testCommunePageHasNoCommuneCount() throws {
    let html = try page("districts/an-dien/index.html")
    XCTAssertTrue(html.contains("<dt>Loại đơn vị</dt><dd>xã</dd>"), html)
    XCTAssertFalse(html.contains("Số xã, phường"))
  }

  static func withoutClassesAndStyles(_ text: String) -> String {
    text.replacingOccurrences(of: #"(?s)<style>.*?</style>"#, with: "", options: .regularExpression)
      .replacingOccurrences(of: #" class="[^"]*""#, with: "", options: .regularExpression)
  }

  static func matches(_ pattern: String, in text: String) -> [String] {
    let re = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
  }
}
