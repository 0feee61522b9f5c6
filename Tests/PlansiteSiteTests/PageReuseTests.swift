import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest

@testable import PlansiteSite

/// A district's page and calendar are kept from the previous build when the global inputs and
/// that district's folder are unchanged. That is only safe if they are made from nothing else:
/// here each is rendered from a model holding no other district and must come out the same.
final class PageReuseTests: XCTestCase {
  let today = CivilDate(iso: "2023-06-15")!

  func render(_ job: RenderJob, _ templates: TemplateSet) -> String {
    switch job {
    case .page(_, let template, let context): return templates.render(template, context) ?? ""
    case .file(_, let bytes): return String(decoding: bytes, as: UTF8.self)
    default:
      XCTFail("unexpected job \(job.path)")
      return ""
    }
  }

  /// The first line where two texts differ, or nil when they are the same.
  func firstDifference(_ a: String, _ b: String) -> String? {
    guard a != b else { return nil }
    let (x, y) = (
      a.split(separator: "\n", omittingEmptySubsequences: false),
      b.split(separator: "\n", omittingEmptySubsequences: false)
    )
    let i = (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
    return "line \(i + 1):\n- \(i < x.count ? x[i] : "")\n+ \(i < y.count ? y[i] : "")"
  }

  func assertDistrictFilesDependOnlyOnTheirFolder(
    _ contentRoot: URL, file: StaticString = #filePath, line: UInt = #line
  ) async throws {
    let (loaded, diags) = ContentLoader.load(from: contentRoot, today: today)
    let content = try XCTUnwrap(loaded, "\(diags.all)", file: file, line: line)
    let templates = try await SiteFiles.templates()
    let full = SiteModel(content: content, today: today)
    XCTAssertGreaterThan(content.districts.count, 1, file: file, line: line)
    for d in content.districts {
      var alone = content
      alone.districts = [d]
      var single = SiteModel(content: alone, today: today)
      // Drawn from every unit, and part of the key a page is reused by (SiteBuilder.plan).
      single.unitWords = full.unitWords
      single.exampleUnit = full.exampleUnit
      let reports = full.reportPeriods.map { p in
        ("report \(p.id)", full.unitReportPage(d, p), single.unitReportPage(d, p))
      }
      for (what, a, b) in [
        ("page", full.districtPage(d), single.districtPage(d)),
        ("calendar", full.districtCalendarFile(d), single.districtCalendarFile(d)),
      ] + reports {
        // The charts beside the province (`provinceDigest` covers them in the key) aside.
        let difference = firstDifference(
          PageReuseTests.ownPart(render(a, templates)), PageReuseTests.ownPart(render(b, templates)))
        XCTAssertNil(
          difference, "\(what) of \(d.slug) depends on other districts: \(difference ?? "")", file: file, line: line)
      }
    }
  }

  /// A unit's page without the charts that draw the province beside the unit: those depend on
  /// every unit, and the page's reuse key covers them (`SiteModel.provinceDigest`; tested by
  /// `testAFigureChangedElsewhereRendersEveryUnitPageAgain`).
  static func ownPart(_ html: String) -> String {
    html.replacingOccurrences(
      of: #"(?s)<h3 class="charts-title">.*?</h3>\s*<ul class="tiles">.*?</ul>"#, with: "",
      options: .regularExpression)
  }

  /// A figure of one unit moves the province's: every unit's page shows "Toàn tỉnh" and is made
  /// again, and the kept-files build equals a fresh one.
  func testAFigureChangedElsewhereRendersEveryUnitPageAgain() async throws {
    let content = TestSupport.contentCopy(of: "mini")
    let dir = TestSupport.temporaryDirectory()
    func build(_ output: String) async throws -> BuildSummary {
      let options = BuildOptions(
        content: content, templates: TestSupport.packageRoot.appendingPathComponent("templates"),
        output: dir.appendingPathComponent(output), today: today)
      let (summary, diags) = await SiteBuilder.build(options)
      return try XCTUnwrap(summary, "\(diags.all)")
    }
    _ = try await build("site")
    let file = content.appendingPathComponent("districts/a-chau/indicators.yaml")
    let yaml = try String(contentsOf: file, encoding: .utf8)
    XCTAssertTrue(yaml.contains("p1: {done: 80, of: 100}"), "An Châu's p1 in the latest period")
    try Data(yaml.replacingOccurrences(of: "p1: {done: 80, of: 100}", with: "p1: {done: 60, of: 100}").utf8)
      .write(to: file)
    let second = try await build("site")
    XCTAssertEqual(
      second.reused, 2, "Đình Lập's page shows the province's p1 too; only the calendar file and Action Month do not")
    _ = try await build("fresh")
    let kept = try String(contentsOf: dir.appendingPathComponent("site/districts/dinh-lap/index.html"), encoding: .utf8)
    let fresh = try String(
      contentsOf: dir.appendingPathComponent("fresh/districts/dinh-lap/index.html"), encoding: .utf8)
    XCTAssertEqual(kept, fresh, "no stale Toàn tỉnh on Đình Lập's page")
  }

  /// The province's pages are kept when only reports changed (`BuildFingerprint.summaryKeys`):
  /// safe only if no report shows on them. Each is rendered again with every unit's report
  /// replaced and must come out the same.
  func assertProvincePagesShowNoReport(_ contentRoot: URL, file: StaticString = #filePath, line: UInt = #line)
    async throws
  {
    let (loaded, diags) = ContentLoader.load(from: contentRoot, today: today)
    let content = try XCTUnwrap(loaded, "\(diags.all)", file: file, line: line)
    let templates = try await SiteFiles.templates()
    var other = content
    for i in other.districts.indices {
      other.districts[i].narrative = "## Kết quả nổi bật\n\nMột báo cáo khác hẳn, có [liên kết](https://example.org).\n"
    }
    let (a, b) = (SiteModel(content: content, today: today), SiteModel(content: other, today: today))
    func provincePages(_ m: SiteModel) -> [RenderJob] {
      [
        m.homePage(), m.planPage(), m.targetsPage(), m.rankingPage(), m.calendarPage(), m.calendarFile(),
        m.actionMonthPage(), m.reportPage(stylesheet: ""),
      ] + (1...m.districtsPageCount).map(m.districtsPage)
    }
    let pages = zip(provincePages(a), provincePages(b))
    XCTAssertGreaterThanOrEqual(Array(pages).count, 9, file: file, line: line)
    for (x, y) in pages {
      let difference = firstDifference(render(x, templates), render(y, templates))
      XCTAssertNil(difference, "\(x.path) shows a unit's report: \(difference ?? "")", file: file, line: line)
    }
    // The calendar file and the Action Month page show no figure either (`eventKeys`).
    var noFigures = other
    for i in noFigures.districts.indices { noFigures.districts[i].reports = [] }
    let c = SiteModel(content: noFigures, today: today)
    for (x, y) in [(a.calendarFile(), c.calendarFile()), (a.actionMonthPage(), c.actionMonthPage())] {
      let difference = firstDifference(render(x, templates), render(y, templates))
      XCTAssertNil(difference, "\(x.path) shows a figure: \(difference ?? "")", file: file, line: line)
    }
    XCTAssertNotEqual(render(a.homePage(), templates), render(c.homePage(), templates), "the home page does")
    // And the check can fail: a unit's own page does show its report.
    let d = content.districts[0]
    XCTAssertNotEqual(render(a.districtPage(d), templates), render(b.districtPage(other.districts[0]), templates))
  }

  /// Above `ReportPageView.maxDistrictTables` units a period's report (page and Word) gathers
  /// no unit's text: it is keyed like the province's pages, so it must not change with reports.
  func testAboveFiveHundredUnitsPeriodReportsShowNoReport() async throws {
    let (loaded, diags) = ContentLoader.load(
      from: TestSupport.fixture("mini").appendingPathComponent("content"), today: today)
    var content = try XCTUnwrap(loaded, "\(diags.all)")
    let first = content.districts[0]
    content.districts = (0...ReportPageView.maxDistrictTables).map { i in
      var d = first
      d.slug = "don-vi-\(i)"
      d.name = "Số \(i)"
      return d
    }
    let templates = try await SiteFiles.templates()
    var other = content
    for i in other.districts.indices { other.districts[i].narrative = "## Khó khăn, vướng mắc\n\nKhác hẳn.\n" }
    let (a, b) = (SiteModel(content: content, today: today), SiteModel(content: other, today: today))
    XCTAssertFalse(a.reportHoldsEveryUnit)
    for p in a.reportPeriods {
      XCTAssertNil(firstDifference(render(a.periodReportPage(p), templates), render(b.periodReportPage(p), templates)))
      guard case .word(_, let template, let x) = a.periodReportDocument(p),
        case .word(_, _, let y) = b.periodReportDocument(p)
      else { return XCTFail("a Word report") }
      XCTAssertEqual(try templates.wordDocument(template, x), try templates.wordDocument(template, y), p.id)
    }
  }

  func testFixtureProvincePagesShowNoReport() async throws {
    try await assertProvincePagesShowNoReport(TestSupport.fixture("mini").appendingPathComponent("content"))
  }

  func testShippedProvincePagesShowNoReport() async throws {
    try await assertProvincePagesShowNoReport(TestSupport.packageRoot.appendingPathComponent("content"))
  }

  func testFixtureDistrictFilesDependOnlyOnTheirFolder() async throws {
    try await assertDistrictFilesDependOnlyOnTheirFolder(TestSupport.fixture("mini").appendingPathComponent("content"))
  }

  func testShippedDistrictFilesDependOnlyOnTheirFolder() async throws {
    try await assertDistrictFilesDependOnlyOnTheirFolder(TestSupport.packageRoot.appendingPathComponent("content"))
  }

  /// After one district changes, the next build keeps every other district's files, renders
  /// the changed one, and gives the same bytes as a build from nothing.
  func testOneChangedDistrictRendersOnlyItsOwnFiles() async throws {
    let content = TestSupport.contentCopy(of: "mini")
    let dir = TestSupport.temporaryDirectory()
    let templates = TestSupport.packageRoot.appendingPathComponent("templates")
    func build(_ output: String) async throws -> BuildSummary {
      let options = BuildOptions(
        content: content, templates: templates, output: dir.appendingPathComponent(output), today: today)
      let (summary, diags) = await SiteBuilder.build(options)
      return try XCTUnwrap(summary, "\(diags.all)")
    }
    let first = try await build("site")
    XCTAssertEqual(first.reused, 0)
    let districts = try FileManager.default.contentsOfDirectory(
      atPath: content.appendingPathComponent("districts").path
    ).filter { !$0.hasPrefix(".") }

    try Data("## Tình hình\n\nĐình Lập đã gửi báo cáo bổ sung.\n".utf8).write(
      to: content.appendingPathComponent("districts/dinh-lap/report.md"))
    let second = try await build("site")
    // A unit's page, its calendar and its own report for each of the fixture's two periods;
    // the seven indicator pages and the CSV show no report, nor do the province's pages (home,
    // plan, targets, ranking, calendar and its .ics, Action Month, report, unit index).
    let perUnit = 4
    let figureFiles = 7 + 1 + 9
    XCTAssertEqual(
      second.reused, perUnit * (districts.count - 1) + figureFiles,
      "every file of every district but Đình Lập, the indicator pages and the CSV")

    // A global file (plan.yaml) changes every key: nothing is kept.
    let plan = content.appendingPathComponent("plan.yaml")
    try Data((try String(contentsOf: plan, encoding: .utf8) + "\n# sửa\n").utf8).write(to: plan)
    let third = try await build("site")
    XCTAssertEqual(third.reused, 0)

    // A kept file that was edited by hand (another size) is made again, not kept.
    let aChau = dir.appendingPathComponent("site/districts/a-chau/index.html")
    try Data("sửa tay".utf8).write(to: aChau)
    try Data("## Tình hình\n\nLần hai.\n".utf8).write(
      to: content.appendingPathComponent("districts/dinh-lap/report.md"))
    let fourth = try await build("site")
    XCTAssertEqual(fourth.reused, perUnit * (districts.count - 1) - 1 + figureFiles)

    // Each of those builds kept most files: the site it replaced waits in the cache, one at a
    // time (the next build sweeps the one before). A build that makes more than a quarter of
    // them again (the site in English) removes the replaced site at once.
    let retired = BuildCache.folder(for: dir.appendingPathComponent("site")).appendingPathComponent("retired")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: retired.path).count, 1)
    let site = content.appendingPathComponent("site.yaml")
    try Data(
      (try String(contentsOf: site, encoding: .utf8)).replacingOccurrences(of: "language: vi", with: "language: en")
        .utf8
    ).write(to: site)
    let fifth = try await build("site")
    XCTAssertGreaterThan(fifth.written * 4, fifth.files)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: retired.path), [])

    _ = try await build("fresh")
    for f in TestSupport.files(under: dir.appendingPathComponent("fresh")) where f != ".plansite-output" {
      XCTAssertEqual(
        try Data(contentsOf: dir.appendingPathComponent("site/\(f)")),
        try Data(contentsOf: dir.appendingPathComponent("fresh/\(f)")),
        "\(f) differs between the build that kept files and a fresh one")
    }
  }

  /// A district folder that is a link to a folder elsewhere in content/ (here, hidden inside
  /// another district's folder) is read through the link: an edit there must show on its page,
  /// not leave the page of the previous build.
  func testADistrictFolderLinkedFromElsewhereIsRenderedAfterAnEdit() async throws {
    let content = TestSupport.contentCopy(of: "mini")
    let fm = FileManager.default
    let real = content.appendingPathComponent("districts/a-chau/.dinh-lap")
    try fm.moveItem(at: content.appendingPathComponent("districts/dinh-lap"), to: real)
    try fm.createSymbolicLink(
      atPath: content.appendingPathComponent("districts/dinh-lap").path, withDestinationPath: "a-chau/.dinh-lap")
    let output = TestSupport.temporaryDirectory().appendingPathComponent("site")
    let options = BuildOptions(
      content: content, templates: TestSupport.packageRoot.appendingPathComponent("templates"), output: output,
      today: today)
    let (first, diags) = await SiteBuilder.build(options)
    XCTAssertNotNil(first, "\(diags.all)")
    try Data("## Tình hình\n\nĐình Lập đã gửi báo cáo bổ sung.\n".utf8).write(
      to: real.appendingPathComponent("report.md"))
    let (second, again) = await SiteBuilder.build(options)
    XCTAssertNotNil(second, "\(again.all)")
    let page = try String(contentsOf: output.appendingPathComponent("districts/dinh-lap/index.html"), encoding: .utf8)
    XCTAssertTrue(page.contains("Đình Lập đã gửi báo cáo bổ sung."), "the page of the previous build was kept")
  }
}

/// Files kept from the previous build: a file whose key did not change must have the bytes a
/// build from nothing gives, and a rebuild after one edit (a report, an event, a figure, a
/// name) equals a build from nothing byte for byte while keeping every file whose
/// key held. A key that left out something its file shows (a planted dependency: the province
/// figure on a table page, a name, a report on an indicator page) fails here.
final class KeyedRebuildTests: XCTestCase {
  let today = CivilDate(iso: "2023-06-15")!

  /// The mini fixture with `extra` more units (copies of its two, named "Số N"): 207 units
  /// make three pages of each indicator table.
  static func bigContent(extra: Int = 205) throws -> URL {
    let content = TestSupport.contentCopy(of: "mini")
    let districts = content.appendingPathComponent("districts")
    let fm = FileManager.default
    var slugs = ["a-chau", "dinh-lap"]
    for i in 1...extra {
      let slug = "don-vi-\(i)"
      let folder = districts.appendingPathComponent(slug)
      try fm.copyItem(at: districts.appendingPathComponent(slugs[i % 2]), to: folder)
      let yaml = folder.appendingPathComponent("district.yaml")
      let text = try String(contentsOf: yaml, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.hasPrefix("name:") ? "name: Số \(i)" : String($0) }.joined(separator: "\n")
      try Data(text.utf8).write(to: yaml)
      slugs.append(slug)
    }
    let plan = content.appendingPathComponent("plan.yaml")
    let text = try String(contentsOf: plan, encoding: .utf8).replacingOccurrences(
      of: "districts: [a-chau, dinh-lap]", with: "districts: [\(slugs.joined(separator: ", "))]")
    try Data(text.utf8).write(to: plan)
    return content
  }

  func build(_ content: URL, into output: URL) async throws -> BuildSummary {
    let options = BuildOptions(
      content: content, templates: TestSupport.packageRoot.appendingPathComponent("templates"), output: output,
      today: today)
    let (summary, diags) = await SiteBuilder.build(options)
    return try XCTUnwrap(summary, "\(diags.all)")
  }

  func edit(_ file: URL, _ change: (String) -> String) throws {
    try Data(change(try String(contentsOf: file, encoding: .utf8)).utf8).write(to: file)
  }

  /// Up to 150 units a unit's charts draw the province beside the unit; above, the unit
  /// against its target only, and the province's figures are not part of its page's key.
  func testAboveOneHundredFiftyUnitsAUnitPageDrawsNoProvince() async throws {
    for (extra, showsProvince) in [(148, true), (149, false)] {
      let (loaded, diags) = ContentLoader.load(from: try Self.bigContent(extra: extra), today: today)
      let content = try XCTUnwrap(loaded, "\(diags.all)")
      let model = SiteModel(content: content, today: today)
      XCTAssertEqual(content.districts.count, 150 + (showsProvince ? 0 : 1))
      guard case .page(_, _, let context) = model.districtPage(content.districts[0]),
        let page = (context as? PageContext<DistrictPageView>)?.page
      else { return XCTFail("a unit page") }
      XCTAssertEqual(page.chartsShowProvince, showsProvince)
      XCTAssertFalse(page.charts.isEmpty)
      XCTAssertEqual(
        page.charts.flatMap(\.rows).contains(where: \.isProvince), showsProvince, "\(content.districts.count) units")
      var other = content
      other.districts[1].reports = []  // moves the province figures
      XCTAssertEqual(
        SiteModel(content: other, today: today).provinceDigest == model.provinceDigest, !showsProvince,
        "the province's figures are in a unit page's key exactly when it draws them")
    }
  }

  func testAFileIsKeptOnlyWhileEverythingItShowsIsUnchanged() async throws {
    let content = try Self.bigContent()
    let dir = TestSupport.temporaryDirectory()
    let site = dir.appendingPathComponent("site")
    _ = try await build(content, into: site)
    var before = try XCTUnwrap(SiteMarker.read(from: site))
    let indicatorPages = before.sizes.keys.filter { $0.hasPrefix("targets/") && $0 != "targets/index.html" }
    XCTAssertEqual(indicatorPages.filter { $0.contains("/trang_3/") }.count, 7, "every indicator has three pages")
    XCTAssertEqual(
      Set(indicatorPages), Set(before.keys.keys.filter { $0.hasPrefix("targets/") && $0 != "targets/index.html" }),
      "all keyed")
    let provincePages = [
      "index.html", "plan/index.html", "targets/index.html", "calendar/index.html", "calendar/plan.ics",
      "action-month/index.html", "report/index.html", "districts/index.html",
    ]
    let unitIndexPages = before.sizes.keys.filter { $0.hasPrefix("districts/trang_") }
    XCTAssertGreaterThan(unitIndexPages.count, 1, "the unit index has several pages")
    XCTAssertNotNil(before.keys["data/indicators.csv"])

    let unit = content.appendingPathComponent("districts/don-vi-150")  // row 152: the second table page
    let edits: [(String, () throws -> Void, (String) -> Bool)] = [
      (
        "a report", { try self.edit(unit.appendingPathComponent("report.md")) { $0 + "\nMột đoạn mới.\n" } },
        { _ in false }
      ),
      (
        "a figure",
        {
          try self.edit(unit.appendingPathComponent("indicators.yaml")) {
            $0.replacingOccurrences(of: "{done: 1999,", with: "{done: 1998,")
          }
        },
        { !$0.contains("/trang_3/") }
      ),
      (
        "a name",
        {
          try self.edit(unit.appendingPathComponent("district.yaml")) {
            $0.replacingOccurrences(of: "name: Số 150", with: "name: Số Một Trăm Năm Mươi")
          }
        },
        { !$0.contains("/trang_3/") }
      ),
    ]
    for (n, (what, apply, remade)) in edits.enumerated() {
      try apply()
      let fresh = dir.appendingPathComponent("fresh-\(n)")
      let full = try await build(content, into: fresh)
      XCTAssertEqual(full.unitsFromCache, 0, "a build from nothing reads every unit")
      let after = try XCTUnwrap(SiteMarker.read(from: fresh))
      let held = Set(before.keys.filter { after.keys[$0.key] == $0.value }.map(\.key))
      // Every file whose key held shows nothing that changed.
      for path in held {
        XCTAssertEqual(
          try Data(contentsOf: site.appendingPathComponent(path)),
          try Data(contentsOf: fresh.appendingPathComponent(path)),
          "after \(what), \(path) kept its key but a build from nothing gives other bytes")
      }
      // The indicator pages and the CSV are made again exactly when they show what changed.
      for path in indicatorPages + ["data/indicators.csv"] {
        XCTAssertEqual(
          !held.contains(path), path == "data/indicators.csv" ? remade("") : remade(path), "\(what): \(path)")
      }
      // Above 150 units a unit's page draws the unit against its target only: a report or a
      // figure of another unit keeps it.
      if what != "a name" {
        XCTAssertTrue(held.contains("districts/don-vi-1/index.html"), "\(what): another unit's page kept")
      }
      // The province's pages show no report; the unit index's pages but the first (its map)
      // show the figures of their own units only.
      for path in provincePages {
        let showsFigures = !["calendar/plan.ics", "action-month/index.html"].contains(path)
        let kept = what == "a report" || (what == "a figure" && !showsFigures)
        XCTAssertEqual(held.contains(path), kept, "\(what): \(path)")
      }
      let rowPages = try unitIndexPages.filter {
        try String(contentsOf: fresh.appendingPathComponent($0), encoding: .utf8).contains("/don-vi-150/")
      }
      if what != "a name" {  // A new name moves the unit in the alphabetical order: any page may change.
        XCTAssertEqual(
          Set(unitIndexPages.filter { !held.contains($0) }), what == "a report" ? [] : Set(rowPages),
          "\(what): the unit index pages made again")
      }
      // The rebuild over the previous site keeps those files and equals the fresh build.
      let summary = try await build(content, into: site)
      XCTAssertEqual(summary.reused, held.count, "after \(what)")
      // …and loads every unit but the edited one from the previous build's records (`UnitLoadCache`).
      XCTAssertEqual(summary.unitsFromCache, 206, "after \(what)")
      XCTAssertEqual(
        Set(TestSupport.files(under: site)), Set(TestSupport.files(under: fresh)), "after \(what): the same files")
      for f in TestSupport.files(under: fresh) where f != ".plansite-output" {
        XCTAssertEqual(
          try Data(contentsOf: site.appendingPathComponent(f)), try Data(contentsOf: fresh.appendingPathComponent(f)),
          "after \(what), \(f) differs between the rebuild and a build from nothing")
      }
      before = after
    }
  }
}
