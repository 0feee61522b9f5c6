import Foundation
import PlansiteTestSupport
import XCTest

/// The home page as a dashboard and the charts (issue 14, items 1 and 2), on the fixture
/// `Fixtures/dashboard` whose figures are worked out by hand in its plan.yaml: targets 1 and 2
/// on track, target 3 (a ceiling) breached ("Vượt ngưỡng", a shortfall like "Chậm"); Thành phố Hai has 3 indicators behind, Huyện Ba 1,
/// Huyện Một none; on 10/05/2023 the 6-month reports are due next and only Huyện Một sent one.
final class DashboardTests: XCTestCase {
  static let site: URL? = {
    let out = TestSupport.temporaryDirectory("plansite-dashboard").appendingPathComponent("site")
    let run = try? TestSupport.plansite([
      "build", "--content", TestSupport.fixture("dashboard").appendingPathComponent("content").path,
      "--templates", TestSupport.packageRoot.appendingPathComponent("templates").path,
      "--output", out.path, "--today", "2023-05-10", "--quiet",
    ])
    return run?.status == 0 ? out : nil
  }()

  func page(_ path: String) throws -> String {
    let site = try XCTUnwrap(Self.site, "plansite build failed on Fixtures/dashboard")
    return try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
  }

  /// The HTML from `id="<id>"` to the end of its section.
  func section(_ html: String, _ id: String) throws -> String {
    let start = try XCTUnwrap(html.range(of: "id=\"\(id)\""), "no #\(id)")
    let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex)?.lowerBound ?? html.endIndex
    return String(html[start.lowerBound..<end])
  }

  func matches(_ pattern: String, in text: String) -> [[String]] {
    let re = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    let ns = text as NSString
    return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
      // A group that did not take part (an optional one) gives "".
      (1..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
    }
  }

  /// Status key → count in a list of `partials/status` followed by `<strong>N</strong>`.
  func counts(_ html: String) -> [String: String] {
    Dictionary(
      matches(
        #"<span class="status status-([a-z-]+)">[^<]*<span[^>]*>[^<]*</span>[^<]*</span>\s*<strong>(\d+)</strong>"#,
        in: html
      )
      .map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
  }

  func testHomePageFirstScreenAnswersWhichTargetsUnitsAndDeadlines() throws {
    let home = try page("index.html")
    let overview = try section(home, "tinh-hinh")
    let lists = overview.components(separatedBy: "chỉ tiêu:</strong>")
    XCTAssertEqual(lists.count, 2, "targets then indicators")
    XCTAssertEqual(counts(lists[0]), ["dung-tien-do": "2", "vuot-nguong": "1"], "targets per status")
    XCTAssertEqual(counts(lists[1]), ["dung-tien-do": "2", "vuot-nguong": "1"], "indicators per status")
    XCTAssertEqual(
      matches(#"<li><a href="([^"]+)">"#, in: overview).map { $0[0] },
      ["targets/index.html#muc-tieu-3", "targets/c1/index.html"], "the behind target, then the behind indicator")

    let units = try section(home, "don-vi-cham")
    XCTAssertEqual(
      matches(#"<th scope="row"><a href="([^"]+)">([^<]+)</a></th><td class="num">(\d+)</td>"#, in: units),
      [["districts/u-hai/index.html", "Thành phố Hai", "3"], ["districts/u-ba/index.html", "Huyện Ba", "1"]])
    XCTAssertTrue(units.contains("href=\"districts/xep_hang/index.html\""), "links the ranking")

    let due = try section(home, "han-sap-toi")
    XCTAssertTrue(due.contains("<strong>20/05/2023</strong>"), "the next deadline first:\n\(due)")
    XCTAssertEqual(
      matches(#"<a href="(districts/[^"]+)">"#, in: due).map { $0[0] },
      ["districts/u-hai/index.html", "districts/u-ba/index.html"], "who has not sent the 6-month report")

    let month = try section(home, "thang-hanh-dong")
    XCTAssertTrue(month.contains("01/06–30/06/2023") && month.contains("Chung tay vì trẻ em"), month)
    XCTAssertTrue(month.contains("Lễ phát động"), "the next activity")

    XCTAssertEqual(
      matches(#"<li class="tile tile-([a-z-]+)">"#, in: home).map { $0[0] },
      ["dung-tien-do", "dung-tien-do", "vuot-nguong"])
    XCTAssertFalse(home.contains("<table class=\"figures\""), "the full tables live on the targets pages")
    XCTAssertFalse(home.contains("02/KH-DASH"), "the plan's number is on the plan page")
    XCTAssertTrue(try page("plan/index.html").contains("02/KH-DASH"))
  }

  func testEveryPageKindCarriesChartsFromThePartial() throws {
    let expected: [(String, Int)] = [
      ("index.html", 3), ("targets/index.html", 3), ("targets/a1/index.html", 2), ("districts/u-hai/index.html", 3),
      ("districts/xep_hang/index.html", 1),
    ]
    for (path, n) in expected {
      let html = try page(path)
      XCTAssertEqual(
        html.components(separatedBy: "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"").count - 1, n, path)
      XCTAssertEqual(
        html.components(separatedBy: "role=\"img\"").count, html.components(separatedBy: "<desc id=").count,
        "\(path): every chart has a text alternative")
    }
    // A unit beside the province, the province named as such; a shortfall hatched, not only coloured.
    let unit = try page("districts/u-hai/index.html")
    XCTAssertTrue(unit.contains(">c1 · Thành phố Hai</text>"), "the unit with its kind")
    XCTAssertTrue(unit.contains(">c1 · Toàn tỉnh</text>"), "the province as Toàn tỉnh")
    XCTAssertTrue(unit.contains("fill=\"url(#bieu-do-muc-tieu-3-soc)\""), "behind bars are hatched")
    // The ranking: units by indicators behind, most first.
    let ranking = try page("districts/xep_hang/index.html")
    XCTAssertEqual(
      matches(#"<text x="2" y="\d+" class="chart-label">([^<]+)</text>\s*<text[^>]*>(\d+) chỉ tiêu"#, in: ranking).map {
        $0.joined(separator: " ")
      }, ["Thành phố Hai 3", "Huyện Ba 1"])
    XCTAssertTrue(
      try page("districts/index.html").contains("href=\"../districts/xep_hang/index.html\""),
      "linked from the unit index")
  }

  /// The period report's charts: each value, with its status icon, right of its bar and of the
  /// target mark (the mark crossed the value when the value followed the bar).
  func testReportChartValuesSitClearOfBarsAndTargetMarks() throws {
    let report = try page("report/6-thang/index.html")
    let bar = #"<rect x="48" y="\d+" width="([\d.]+)"[^>]*/>(?:<line x1="([\d.]+)"[^>]*/>)?"#
    let rows = matches(
      bar + #"<text x="([\d.]+)" y="\d+" class="gia-tri">([^<]+)</text>"#,
      in: report)
    XCTAssertEqual(rows.count, 2, "a bar for a1 and b1 (the ceiling count c1 has no scale, so no bar)")
    XCTAssertTrue(report.contains(#"class="gia-tri">2 trường hợp ▲</text>"#), "c1's value and status without a bar")
    for row in rows {
      let barEnd = 48 + (Double(row[0]) ?? 0)
      let mark = Double(row[1]) ?? 0
      let valueX = try XCTUnwrap(Double(row[2]))
      XCTAssertGreaterThan(valueX, max(barEnd, mark), "the value starts after the bar and the mark: \(row)")
      XCTAssertTrue(
        ["✔", "➜", "✖", "▲"].contains { row[3].hasSuffix($0) }, "the status icon follows the value: \(row[3])")
    }
  }

  /// The shipped site in headless Chromium (`Tests/scripts/dashboard_check.py`): the home page at
  /// most 3,600 px tall at 1280 px; at 390 px every chart label at least 11 px; no mark covers a
  /// label; screenshots of every page kind at both widths in `test-artifacts/dashboard/`.
  func testShippedSiteHomeHeightAndChartLabelsInChromium() throws {
    // Its own build: BrowserTests removes its site when that class ends.
    let site = TestSupport.temporaryDirectory("plansite-dashboard-shipped").appendingPathComponent("site")
    defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
    let build = try TestSupport.plansite([
      "build", "--content", TestSupport.packageRoot.appendingPathComponent("content").path,
      "--templates", TestSupport.packageRoot.appendingPathComponent("templates").path,
      "--output", site.path, "--today", "2023-06-15", "--quiet",
    ])
    XCTAssertEqual(build.status, 0, build.stderr)
    let artifacts = TestSupport.packageRoot.appendingPathComponent("test-artifacts/dashboard")
    let run = try TestSupport.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", BrowserTests.scripts.appendingPathComponent("dashboard_check.py").path, site.path,
        "--artifacts", artifacts.path,
      ])
    XCTAssertEqual(run.status, 0, "dashboard_check.py failed:\n\(run.stdout)\(run.stderr)")
  }
}
