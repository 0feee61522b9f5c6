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
    let grid = MonthGrid.make(year: 2023, month: 6, today: CivilDate(iso: "2023-06-15")!, anchor: "t") { _ in [] }
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
    let days = page.grids[0].weeks.flatMap(\.days).filter { $0.entries.contains { $0.title == "Hoạt động" } }.map(\.day)
    XCTAssertEqual(days, ["1", "2"], "a two-day event shows on both days")
    XCTAssertEqual(page.districtIndex.map(\.count), [1, 1])
  }
}
