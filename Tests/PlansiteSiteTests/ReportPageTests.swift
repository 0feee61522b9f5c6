import PlansiteContent
import XCTest

@testable import PlansiteSite

/// The one-page report keeps every unit's table for a province, and leaves them to the unit
/// pages at national scale (a 100 MB page would not print).
final class ReportPageTests: XCTestCase {
  func report(units: Int) -> ReportPageView? {
    var content = Content.sample
    let template = content.districts[0]
    content.districts = (0..<units).map { i in
      var d = template
      d.slug = "u\(i)"
      d.name = "Đơn vị \(i)"
      return d
    }
    content.plan.districtSlugs = content.districts.map(\.slug)
    let model = SiteModel(content: content, today: CivilDate(iso: "2023-06-15")!)
    guard case .page(_, _, let context) = model.reportPage(stylesheet: "") else { return nil }
    return context as? ReportPageView
  }

  func testAProvinceKeepsEveryUnitsTable() throws {
    let page = try XCTUnwrap(report(units: 11))
    XCTAssertEqual(page.districts.count, 11)
    XCTAssertEqual(page.districtsOmitted, "")
  }

  func testANationalPlanLeavesUnitTablesToTheirPages() throws {
    let page = try XCTUnwrap(report(units: ReportPageView.maxDistrictTables + 1))
    XCTAssertTrue(page.districts.isEmpty)
    XCTAssertTrue(page.districtsOmitted.contains("501 đơn vị"), page.districtsOmitted)
    // Above 100 units the submissions are summarised per period (issue 18: 3.5 MB at 10,000).
    XCTAssertTrue(page.submissionRows.isEmpty, "no submission row per unit")
    XCTAssertEqual(page.submissionSummaries.count, page.periods.count, "one summary per period")
  }
}
