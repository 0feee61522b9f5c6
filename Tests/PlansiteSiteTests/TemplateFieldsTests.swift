import Mustache
import PlansiteContent
import XCTest

@testable import PlansiteSite

/// Each hand-written `child(named:)` answers exactly the struct's own fields, with their values.
final class TemplateFieldsTests: XCTestCase {
  func assertMatchesReflection(_ value: some MustacheParent, file: StaticString = #filePath, line: UInt = #line) {
    for child in Mirror(reflecting: value).children {
      guard let label = child.label else { continue }
      let answered = value.child(named: label)
      let expected: Any? =
        Mirror(reflecting: child.value).displayStyle == .optional
        ? Mirror(reflecting: child.value).children.first?.value : child.value
      XCTAssertEqual(
        answered.map { "\($0)" }, expected.map { "\($0)" }, "\(type(of: value)).\(label)", file: file, line: line)
    }
    XCTAssertNil(value.child(named: "khongCo"), file: file, line: line)
  }

  func testEveryHandWrittenLookupMatchesTheStruct() throws {
    let m = SiteModel(content: .sample, today: CivilDate(iso: "2023-06-15")!)
    let ind = m.content.plan.indicators[0]
    let period = m.content.plan.periods[0]
    let fig = m.figureView(ind, period, for: .district("a"))
    assertMatchesReflection(fig)
    assertMatchesReflection(fig.status)
    assertMatchesReflection(LinkView(label: "a", href: "b", current: true))
    assertMatchesReflection(PeriodFigureView(periodID: "p", periodLabel: "l", figure: fig))
    assertMatchesReflection(DistrictFigureRow(name: "n", href: "h", done: "1", of: "2", figure: fig))
    assertMatchesReflection(m.indicatorRow(ind, root: ""))
    assertMatchesReflection(DistrictIndicatorRow(id: "i", label: "l", href: "h", target: "t", figures: [], change: "c"))
    assertMatchesReflection(StatusCellView(status: fig.status, text: "t"))
    assertMatchesReflection(MatrixRowView(name: "n", href: "h", cells: []))
    assertMatchesReflection(DayEntryView(title: "t", href: "h", kind: "k", continued: true, continues: false))
    let grid = MonthGrid.make(year: 2023, month: 6, today: m.today, anchor: "a", items: [], format: m.format) {
      DayNoteView(count: "1", href: "#\($0.iso)")
    }
    assertMatchesReflection(grid.weeks[0].days[3])
    assertMatchesReflection(try XCTUnwrap(grid.weeks[0].days[3].note))
    assertMatchesReflection(m.eventView(m.content.actionMonth.events[0], root: ""))
    let chart = m.targetChart(m.content.plan.targets[0], period, id: "c")
    assertMatchesReflection(chart)
    assertMatchesReflection(try XCTUnwrap(chart.rows.first))
  }
}
