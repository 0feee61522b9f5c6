import Foundation
import PlansiteContent
import XCTest

@testable import PlansiteSite

/// The Action Month page is the province's programme (issue 18): the province's events, a
/// day-by-day summary and a bounded list of units; each unit's events live on the unit's page.
/// Its size must not grow with the number of units.
final class ActionMonthPageTests: XCTestCase {
  let today = CivilDate(iso: "2023-06-15")!

  func render(_ content: Content) async throws -> String {
    let templates = try await SiteFiles.templates()
    let model = SiteModel(content: content, today: today)
    guard case .page(_, let template, let context) = model.actionMonthPage() else {
      XCTFail("the Action Month is not a page")
      return ""
    }
    return try XCTUnwrap(templates.render(template, context))
  }

  /// `Content.sample` with `n` units, each with three events (one over three days), no reports.
  func content(units n: Int) -> Content {
    var content = Content.sample
    let template = content.districts[0]
    content.districts = (0..<n).map { i in
      var d = template
      d.slug = "don-vi-\(i)"
      d.name = "Đơn vị số \(i)"
      d.reports = []
      d.events = (0..<3).map { k in
        let start = CivilDate(year: 2023, month: 6, day: 1 + (i * 3 + k) % 28)!
        var e = template.events[0]
        e.start = start
        e.end = start.adding(days: k == 0 ? 2 : 0)
        e.title = "Hoạt động \(k) của đơn vị \(i)"
        e.description = "Mô tả hoạt động khá dài để trang lớn lên nếu nó liệt kê mọi hoạt động."
        e.districtSlug = d.slug
        e.index = k
        return e
      }
      return d
    }
    content.plan.districtSlugs = content.districts.map(\.slug)
    return content
  }

  func testTheProgrammePageStaysUnderOneMegabyteWithTenThousandUnits() async throws {
    let small = try await render(content(units: 100))
    let large = try await render(content(units: 10_000))
    XCTAssertLessThan(large.utf8.count, 1_000_000, "the Action Month page at 10,000 units")
    // Bounded, not merely small: 100 times the units adds only wider numbers.
    XCTAssertLessThan(large.utf8.count - small.utf8.count, 2_000, "\(small.utf8.count) → \(large.utf8.count) bytes")
    XCTAssertTrue(large.contains("30.000 hoạt động của 10.000 đơn vị"), "the units' events are counted")
    XCTAssertTrue(large.contains("9.940 đơn vị khác: xem"), "the units not listed are counted")
    XCTAssertFalse(large.contains("Hoạt động 1 của đơn vị 9999"), "a unit's events are on its own page")
  }

  func testEachDayCountsEventsOnceAndLinksToTheUnitsPages() async throws {
    let html = try await render(content(units: 20))
    // Unit 0's three-day event starts on 1 June: counted on the 1st, not on the 2nd and 3rd.
    let first = try XCTUnwrap(html.range(of: "<li id=\"ngay-2023-06-01\">"))
    let firstDay = html[first.lowerBound...].prefix { $0 != "\n" }
    XCTAssertTrue(firstDay.contains("Cấp tỉnh"), String(firstDay))
    XCTAssertTrue(firstDay.contains("Hoạt động (01/06–02/06/2023)"), "a multi-day event says how long: \(firstDay)")
    XCTAssertTrue(html.contains("href=\"../districts/don-vi-0/index.html#hd-don-vi-0-1\""), "links to the unit page")
    let districtPage = SiteModel(content: content(units: 20), today: today)
    let unit = districtPage.content.districts[0]
    XCTAssertEqual(districtPage.eventView(unit.events[0], root: "").anchor, "hd-don-vi-0-1", "the unit page's id")
    // 60 events over 28 days, each on exactly one day of the summary.
    let counts = html.components(separatedBy: "<span class=\"agenda-kind\">Đơn vị</span> ").dropFirst().map {
      Int($0.prefix { $0.isNumber }) ?? 0
    }
    XCTAssertEqual(counts.reduce(0, +), 60, "each unit event counted once")
    // The province's event is told in full once, in the programme.
    XCTAssertEqual(html.components(separatedBy: "<dt>Địa điểm</dt>").count - 1, 1)
  }
}
