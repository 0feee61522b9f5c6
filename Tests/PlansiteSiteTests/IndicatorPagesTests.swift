import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest

@testable import PlansiteSite

/// Indicator pages stay small at any number of units: the province figure, the distribution,
/// the best and worst units and one page of the table; the rest of the table is paginated.
final class IndicatorPagesTests: XCTestCase {
  let today = CivilDate(iso: "2023-06-15")!

  /// The mini fixture's content with `count` units, copies of its own with their own slugs and
  /// names (in memory: the view models and templates are what is tested here).
  func model(units count: Int) async throws -> (SiteModel, TemplateSet) {
    let (loaded, diags) = ContentLoader.load(
      from: TestSupport.fixture("mini").appendingPathComponent("content"), today: today)
    var content = try XCTUnwrap(loaded, "\(diags.all)")
    let base = content.districts
    content.districts = (0..<count).map { i in
      var d = base[i % base.count]
      d.slug = "don-vi-\(i + 1)"
      d.name = "Số \(i + 1)"
      return d
    }
    let templates = try await SiteFiles.templates()
    let model = SiteModel(content: content, today: today)
    return (model, templates)
  }

  func html(_ job: RenderJob, _ templates: TemplateSet) throws -> String {
    guard case .page(_, let template, let context) = job else {
      XCTFail("not a page: \(job.path)")
      return ""
    }
    return try XCTUnwrap(templates.render(template, context), job.path)
  }

  /// The units named in a page's table rows, in order.
  func rowNames(_ page: String) -> [String] {
    let table = page.components(separatedBy: "id=\"bang-so-lieu\"").last ?? ""
    return table.components(separatedBy: "<th scope=\"row\"><a href=\"").dropFirst().compactMap { row in
      row.components(separatedBy: "\">").dropFirst().first?.components(separatedBy: "</a>").first
    }
  }

  /// 250 units: the indicator page holds units 1–100, `trang_2` 101–200, `trang_3` 201–250,
  /// for every period, in the unit order, and each page links to every other.
  func testTheTableIsPaginatedInTheUnitOrder() async throws {
    let (model, templates) = try await model(units: 250)
    XCTAssertEqual(model.indicatorTablePageCount, 3)
    let ind = try XCTUnwrap(model.plan.indicators.first)
    let periods = model.plan.periods.count
    var seen: [String] = []
    for n in 1...3 {
      let job = n == 1 ? model.indicatorPage(ind) : model.indicatorTablePage(ind, model.indicatorTableSlice(page: n))
      XCTAssertEqual(job.path, n == 1 ? "targets/p1/index.html" : "targets/p1/trang_\(n)/index.html")
      let page = try html(job, templates)
      let names = rowNames(page)
      let expected = ((n - 1) * 100 + 1...min(250, n * 100)).map { "Huyện Số \($0)" }
      XCTAssertEqual(names, Array(repeating: expected, count: periods).flatMap { $0 }, "page \(n)")
      seen += names.prefix(expected.count)
      XCTAssertTrue(page.contains("trên 250, trang \(n)/3"), "page \(n) says where it is")
      for k in 1...3 where k != n {
        let href =
          (n == 1 ? "../../" : "../../../") + (k == 1 ? "targets/p1/index.html" : "targets/p1/trang_\(k)/index.html")
        XCTAssertTrue(page.contains("<a href=\"\(href)\">\(k)</a>"), "page \(n) links to page \(k)")
      }
      XCTAssertTrue(page.contains("<span aria-current=\"page\">\(n)</span>"))
    }
    XCTAssertEqual(seen, (1...250).map { "Huyện Số \($0)" }, "every unit once, in order")
  }

  /// A table page past the first is made from its own units and the plan alone (the build
  /// keeps it while their figure files are unchanged): rendered from a model holding no other
  /// unit, each comes out the same. Showing the province figure or any other unit's row on it
  /// would fail here.
  func testATablePageDependsOnlyOnItsOwnUnits() async throws {
    let (model, templates) = try await model(units: 250)
    for ind in model.plan.indicators {
      for n in 2...3 {
        let slice = model.indicatorTableSlice(page: n)
        var alone = model.content
        alone.districts = slice.units
        var single = SiteModel(content: alone, today: today)
        // What the layout draws from every unit is in the page's key too (`SiteBuilder.plan`).
        single.unitWords = model.unitWords
        single.exampleUnit = model.exampleUnit
        XCTAssertEqual(
          try html(model.indicatorTablePage(ind, slice), templates),
          try html(single.indicatorTablePage(ind, slice), templates), "\(ind.id), page \(n)")
      }
    }
  }

  /// The renderer hands each unit's figures from its page to its table's page
  /// (`FigureFragments`): the tables took fragments, and every unit page and table page comes
  /// out as it does rendered alone.
  func testTablePagesTakeTheFiguresTheUnitPagesRendered() async throws {
    let (model, templates) = try await model(units: 250)
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("fragments-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    let writer = try OutputWriter(output: out)
    var timings = BuildTimings()
    let result = Renderer.run(
      SiteBuilder.plan(model, stylesheet: ""), templates: templates, writer: writer, progress: nil, timings: &timings)
    XCTAssertNil(result.failure)
    try writer.commit()
    XCTAssertGreaterThan(result.fragmentsTaken, 0)
    var compared = 0
    for job in SiteBuilder.jobs(model)
    where (job.path.hasPrefix("targets/") && job.path.contains("/trang_"))
      || (job.path.hasPrefix("districts/don-vi-") && job.path.hasSuffix("/index.html")
        && job.path.split(separator: "/").count == 3)
    {
      let written = try String(contentsOf: out.appendingPathComponent(job.path), encoding: .utf8)
      XCTAssertEqual(written, try html(job, templates), job.path)
      compared += 1
    }
    XCTAssertEqual(compared, 250 + 2 * model.plan.indicators.count)
  }

  /// The summary: units per status adding up to every unit, the five best and five worst by
  /// value (ties in the unit order), no table of every unit sorted.
  func testTheIndicatorPageShowsTheDistributionAndBothEnds() async throws {
    let (model, templates) = try await model(units: 250)
    let ind = try XCTUnwrap(model.plan.indicators.first { $0.measure == .percent && !$0.lowerIsBetter })
    guard case .page(_, _, let context) = model.indicatorPage(ind),
      let page = (context as? PageContext<IndicatorPageView>)?.page
    else { return XCTFail("not an indicator page") }
    for period in page.periods {
      XCTAssertEqual(period.distribution.map(\.count).reduce(0, +), 250, period.id)
      let p = try XCTUnwrap(model.plan.periods.first { $0.id == period.id })
      let values = model.content.districts.map { model.scoreboard.figure(ind.id, p.id, district: $0.slug).value }
      let ranked = values.indices.filter { values[$0] != nil }.sorted { a, b in
        values[a] == values[b] ? a < b : values[a]! > values[b]!
      }.map { "Huyện Số \($0 + 1)" }
      guard ranked.count > 10 else { continue }
      XCTAssertEqual(period.best.map(\.name), Array(ranked.prefix(5)), period.id)
      XCTAssertEqual(period.worst.map(\.name), Array(ranked.suffix(5)), period.id)
    }
    let text = try html(model.indicatorPage(ind), templates)
    XCTAssertTrue(text.contains("kết quả tốt nhất") && text.contains("kết quả kém nhất"))
    XCTAssertFalse(text.contains("Xếp theo giá trị"), "no sorted copy of every unit")
  }

  /// At 10,000 units every page of every indicator is under 1 MB, its charts included (above
  /// `chartedUnitsMax` units a chart draws the best and the worst only).
  func testEveryIndicatorPageIsUnderAMegabyteAtTenThousandUnits() async throws {
    let (model, templates) = try await model(units: 10_000)
    XCTAssertEqual(model.indicatorTablePageCount, 100)
    for ind in model.plan.indicators {
      let job = model.indicatorPage(ind)
      guard case .page(_, _, let context) = job, let page = (context as? PageContext<IndicatorPageView>)?.page
      else { return XCTFail("not an indicator page") }
      XCTAssertTrue(page.periods.allSatisfy { $0.chart.rows.count <= 2 * IndicatorPageView.rankedUnits + 1 })
      XCTAssertLessThan(try html(job, templates).utf8.count, 1_000_000, job.path)
      for n in [2, 57, 100] {
        let table = model.indicatorTablePage(ind, model.indicatorTableSlice(page: n))
        XCTAssertLessThan(try html(table, templates).utf8.count, 1_000_000, table.path)
      }
    }
  }
}
