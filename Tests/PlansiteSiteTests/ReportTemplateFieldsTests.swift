import Mustache
import PlansiteContent
import XCTest

@testable import PlansiteSite

/// The report's hand-written `child(named:)` answer exactly their struct's fields.
final class ReportTemplateFieldsTests: XCTestCase {
  func assertMatchesReflection(_ value: some MustacheParent, file: StaticString = #filePath, line: UInt = #line) {
    var labels = 0
    for child in Mirror(reflecting: value).children {
      guard let label = child.label else { continue }
      labels += 1
      XCTAssertEqual(
        value.child(named: label).map { "\($0)" }, "\(child.value)", "\(type(of: value)).\(label)", file: file,
        line: line)
    }
    XCTAssertGreaterThan(labels, 1, file: file, line: line)
    XCTAssertNil(value.child(named: "khongCo"), file: file, line: line)
  }

  func testEveryHandWrittenReportLookupMatchesTheStruct() throws {
    let m = SiteModel(content: .sample, today: CivilDate(iso: "2023-12-01")!)
    let period = m.content.plan.periods[1]
    assertMatchesReflection(m.reportIndicator(m.content.plan.indicators[0], period))
    let chart = try XCTUnwrap(m.reportCharts(period).first)
    assertMatchesReflection(try XCTUnwrap(chart.bars.first))
    let table = try XCTUnwrap(m.reportAppendix(period).tables.first)
    assertMatchesReflection(try XCTUnwrap(table.rows.first))
    assertMatchesReflection(try XCTUnwrap(table.rows.first?.cells.first))
    let events = m.reportActionMonth(period, units: m.content.districts, includeProvince: true)
    assertMatchesReflection(try XCTUnwrap(events.rows.first?.events.first))
  }
}
