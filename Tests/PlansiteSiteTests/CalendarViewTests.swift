import PlansiteContent
import XCTest

@testable import PlansiteSite

/// Countdowns, the June grid and the home page's next deadlines at fixed build dates.
final class CalendarViewTests: XCTestCase {
  func model(_ today: String) -> SiteModel { SiteModel(content: .sample, today: CivilDate(iso: today)!) }

  func testCountdownBeforeOnAndAfterADeadline() {
    func countdown(_ today: String) -> String {
      let m = model(today)
      return m.view(m.datedItems.first { $0.id == "han-6-thang-don-vi" }!).countdown
    }
    XCTAssertEqual(countdown("2023-05-08"), "còn 12 ngày")
    XCTAssertEqual(countdown("2023-05-19"), "còn 1 ngày")
    // Once passed, the units' deadline says what happened (both of the sample's units sent on time).
    XCTAssertEqual(countdown("2023-05-20"), "2/2 đơn vị nộp đúng hạn", "trước ngày 20/5: on the 20th it has passed")
    XCTAssertEqual(countdown("2023-05-23"), "2/2 đơn vị nộp đúng hạn")
    // The department's deadline, passed while the plan runs, counts the days past it.
    let m = model("2023-05-30")
    XCTAssertEqual(m.view(m.datedItems.first { $0.id == "han-6-thang-so" }!).countdown, "quá hạn 6 ngày")
  }

  func testHomeShowsTheNextTwoDeadlines() {
    let next = model("2023-05-21").nextDeadlines(2).map(\.id)
    XCTAssertEqual(next, ["han-6-thang-so", "han-nam-don-vi"])
    XCTAssertTrue(model("2023-12-01").nextDeadlines(2).isEmpty)
  }

  func testJuneGridStartsOnMondayAndMarksToday() {
    let grid = MonthGrid.make(
      year: 2023, month: 6, today: CivilDate(iso: "2023-06-15")!, anchor: "t", items: [],
      format: SiteFormat(.builtInVietnamese))
    XCTAssertEqual(grid.weekdays, ["T2", "T3", "T4", "T5", "T6", "T7", "CN"])
    // 1/6/2023 was a Thursday: three blank cells before it.
    XCTAssertEqual(grid.weeks[0].days.map(\.day), ["", "", "", "1", "2", "3", "4"])
    XCTAssertEqual(grid.weeks.count, 5)
    let today = grid.weeks.flatMap(\.days).filter(\.isToday)
    XCTAssertEqual(today.map(\.day), ["15"])
    XCTAssertEqual(today.first?.fullDate, "Thứ Năm, ngày 15/06/2023")
  }

  func testMultiDayEventsSpanTheirDays() {
    let m = model("2023-06-15")
    guard case .page(_, _, let context) = m.actionMonthPage(),
      let page = (context as? PageContext<ActionMonthPageView>)?.page
    else {
      return XCTFail("action month page")
    }
    // The province's two-day event (Thu 1 – Fri 2 June): one cell spanning two days, once.
    let cells = page.grids[0].weeks.flatMap(\.lanes).flatMap(\.cells).filter { $0.entry != nil }
    XCTAssertEqual(cells.map(\.span), [2])
    XCTAssertEqual(page.grids[0].weeks[0].lanes[0].cells.map(\.span), [1, 1, 1, 2, 1, 1])
    XCTAssertEqual(page.units.map(\.count), ["1", "1"])
    // The units' events are counted on their first day, not laid out in the grid.
    XCTAssertEqual(page.grids[0].weeks[0].days[3].note?.count, "2")
    XCTAssertNil(page.grids[0].weeks[0].days[4].note)
  }

  func testAnEventAcrossAWeekIsOneSpanPerWeekAndLanesAreShared() {
    let d = { CivilDate(iso: $0)! }
    let items = [
      GridItem(title: "A", href: "#a", kind: "tinh", start: d("2023-06-03"), end: d("2023-06-06")),  // Sat–Tue
      GridItem(title: "B", href: "#b", kind: "tinh", start: d("2023-06-05"), end: d("2023-06-05")),  // Mon
      GridItem(title: "C", href: "#c", kind: "tinh", start: d("2023-06-08"), end: d("2023-06-09")),  // Thu–Fri
      GridItem(title: "D", href: "#d", kind: "tinh", start: d("2023-05-20"), end: d("2023-07-10")),  // all month
    ]
    let grid = MonthGrid.make(
      year: 2023, month: 6, today: d("2023-06-15"), anchor: "t", items: items, format: SiteFormat(.builtInVietnamese))
    func lanes(_ week: Int) -> [[String]] {
      grid.weeks[week].lanes.map {
        $0.cells.map { c in c.entry.map { "\($0.title)\(c.span)" } ?? (c.outside ? "x" : "-") }
      }
    }
    // Week 1 (Thu 1 – Sun 4): D from the 1st (it began in May), A from Saturday to the week's end.
    XCTAssertEqual(lanes(0), [["x", "x", "x", "D4"], ["x", "x", "x", "-", "-", "A2"]])
    XCTAssertEqual(grid.weeks[0].lanes[1].cells.last?.entry?.continues, true)
    XCTAssertEqual(grid.weeks[0].lanes[0].cells.last?.entry?.continued, true, "D began before June")
    // Week 2 (Mon 5 – Sun 11): D all week; A goes on Mon–Tue; C fits after A in its lane, B does not.
    XCTAssertEqual(lanes(1), [["D7"], ["A2", "-", "C2", "-", "-"], ["B1", "-", "-", "-", "-", "-", "-"]])
    XCTAssertEqual(grid.weeks[1].lanes[1].cells[0].entry?.continued, true)
    XCTAssertEqual(grid.weeks[1].lanes[1].cells[0].entry?.continues, false)
    // Every lane covers the seven days exactly.
    for week in grid.weeks { for lane in week.lanes { XCTAssertEqual(lane.cells.map(\.span).reduce(0, +), 7) } }
    // Last week (Mon 26 – Fri 30 and two blank days): D ends after June.
    XCTAssertEqual(lanes(4), [["D5", "x", "x"]])
    XCTAssertEqual(grid.weeks[4].lanes[0].cells[0].entry?.continues, true)
  }
}
