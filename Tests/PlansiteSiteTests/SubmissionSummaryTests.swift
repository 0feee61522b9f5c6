import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest

@testable import PlansiteSite

/// The calendar and the one-page report listed one submissions row per unit (issue 18): 3.6 MB at
/// 10,000 units. Above `CalendarPageView.submissionTableLimit` units they summarise each period
/// (counts, and the units missing or late named up to a cap); below it the table stays as it was.
final class SubmissionSummaryTests: XCTestCase {
  let today = CivilDate(iso: "2023-06-15")!

  /// The mini fixture's units repeated `count` times (their reports, hence their submissions, too).
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
    return (SiteModel(content: content, today: today), templates)
  }

  func html(_ job: RenderJob, _ templates: TemplateSet) throws -> String {
    guard case .page(_, let template, let context) = job else {
      XCTFail("not a page: \(job.path)")
      return ""
    }
    return try XCTUnwrap(templates.render(template, context), job.path)
  }

  func testCalendarAndReportAreUnderAMegabyteAtTenThousandUnits() async throws {
    let (model, templates) = try await model(units: 10_000)
    let calendar = try html(model.calendarPage(), templates)
    let report = try html(model.reportPage(stylesheet: ""), templates)
    for (name, page) in [("calendar", calendar), ("report", report)] {
      XCTAssertLessThan(page.utf8.count, 1_000_000, name)
      XCTAssertFalse(page.contains("<table class=\"submissions\">"), "\(name): no row per unit")
      let named = page.contains("Số 9999<") || page.contains("Số 9999:")
      XCTAssertFalse(named, "\(name): a unit past the cap is counted, not named")
    }
    // Each period counts every unit, and names the units behind up to the cap, then links the rest.
    let views = model.content.districts.map(model.submissionViews)
    var sawMore = false
    for (i, p) in model.plan.periods.enumerated() {
      let keys = views.map { $0[i].key }
      let n = { (k: String) in VietnameseFormat.number(Rational(keys.filter { $0 == k }.count), places: 0) }
      let counts =
        "\(n("dung-han")) đơn vị đúng hạn, \(n("tre-han")) trễ hạn, \(n("chua-nop")) chưa nộp, "
        + "\(n("chua-den-han")) chưa đến hạn."
      let behind = keys.filter { $0 == "chua-nop" || $0 == "tre-han" }.count
      for (name, page) in [("calendar", calendar), ("report", report)] {
        let heading = "<h3>\(p.label) (\(model.dueText(p, p.due)))</h3>"
        XCTAssertTrue(page.contains("\(heading)\n  <p>\(counts)</p>"), "\(name) \(p.id)")
        if behind > CalendarPageView.behindUnitLimit {
          sawMore = true
          let more = VietnameseFormat.number(Rational(behind - CalendarPageView.behindUnitLimit), places: 0)
          XCTAssertTrue(page.contains("và <a href=\"") && page.contains("\">\(more) đơn vị khác</a>."), "\(name)")
        }
      }
    }
    XCTAssertTrue(sawMore, "the fixture has a period with more units behind than the cap")
  }

  /// The English edition counts in English: thousands grouped by a comma ("2,500 units on
  /// time"), never the Vietnamese dot.
  func testEnglishCountsAreWrittenInEnglish() async throws {
    let (vi, viTemplates) = try await model(units: 10_000)
    var diags = Diagnostics()
    var templates = viTemplates
    let english = try XCTUnwrap(templates.strings(for: "en", into: &diags), "\(diags.all)")
    templates.strings = english
    let model = SiteModel(content: vi.content.inEnglish(), today: today, strings: english)
    let page = try html(model.calendarPage(), templates)
    let views = model.content.districts.map(model.submissionViews)
    var grouped = 0
    for i in model.plan.periods.indices {
      let onTime = views.filter { $0[i].key == "dung-han" }.count
      if onTime >= 1000 { grouped += 1 }
      let text = model.format.number(Rational(onTime), places: 0)
      XCTAssertTrue(page.contains("<p>\(text) units on time, "), "\(text)")
    }
    XCTAssertGreaterThan(grouped, 0, "a period with a thousand units on time or more")
    XCTAssertNil(page.range(of: #"\d\.\d{3} units on time"#, options: .regularExpression))
    XCTAssertNotNil(page.range(of: #"\d,\d{3} units on time"#, options: .regularExpression))
  }

  /// Small sites keep the full table, one row per unit, and no summary.
  func testAtTheLimitTheTableIsKept() async throws {
    let limit = CalendarPageView.submissionTableLimit
    let (model, templates) = try await model(units: limit)
    for job in [model.calendarPage(), model.reportPage(stylesheet: "")] {
      let page = try html(job, templates)
      XCTAssertTrue(page.contains("<table class=\"submissions\">"), job.path)
      XCTAssertTrue(page.contains(" Số \(limit)</a></th>"), job.path)
      XCTAssertFalse(page.contains("đơn vị khác</a>"), job.path)
    }
    let (over, overTemplates) = try await self.model(units: limit + 1)
    XCTAssertFalse(try html(over.calendarPage(), overTemplates).contains("<table class=\"submissions\">"))
  }
}
