import Foundation
import XCTest

@testable import PlansiteContent

final class LunarCalendarTests: XCTestCase {
  private func date(_ iso: String, file: StaticString = #filePath, line: UInt = #line) -> CivilDate {
    guard let d = CivilDate(iso: iso) else {
      XCTFail("bad date \(iso)", file: file, line: line)
      return CivilDate(dayNumber: 0)
    }
    return d
  }

  private func vn(_ day: Int, _ month: Int, _ year: Int, leap: Bool = false) -> CivilDate? {
    LunarCalendar.solarDate(lunarDay: day, lunarMonth: month, lunarYear: year, leapMonth: leap)
  }

  // MARK: Known dates

  func testTetNguyenDan() {
    XCTAssertEqual(vn(1, 1, 2023), date("2023-01-22"))
    XCTAssertEqual(vn(1, 1, 2024), date("2024-02-10"))
    XCTAssertEqual(vn(1, 1, 2025), date("2025-01-29"))
  }

  func testTrungThu() {
    XCTAssertEqual(vn(15, 8, 2023), date("2023-09-29"))
    XCTAssertEqual(vn(15, 8, 2024), date("2024-09-17"))
  }

  func testLunarDateOfKnownDays() {
    XCTAssertTrue(LunarCalendar.lunarDate(of: date("2023-09-29")) == (15, 8, 2023, false))
    // Months 11 and 12 belong to the lunar year that began the previous Tết.
    XCTAssertTrue(LunarCalendar.lunarDate(of: date("2025-01-28")) == (29, 12, 2024, false))
    XCTAssertTrue(LunarCalendar.lunarDate(of: date("2023-12-22")) == (10, 11, 2023, false))
  }

  func testMissingDay30() {
    // Tháng Chạp of Giáp Thìn (2024) had 29 days: no "30 Tết" before Tết 2025.
    XCTAssertNil(vn(30, 12, 2024))
    XCTAssertEqual(vn(29, 12, 2024), date("2025-01-28"))
    // Tháng Giêng 2023 had 29 days too; the previous Tháng Chạp had 30.
    XCTAssertNil(vn(30, 1, 2023))
    XCTAssertEqual(vn(30, 12, 2023), date("2024-02-09"))
  }

  func testLeapMonth2023() {
    // Quý Mão (2023) repeats month 2: 2 (30 days), leap 2 (29 days), then 3.
    XCTAssertEqual(vn(1, 2, 2023), date("2023-02-20"))
    XCTAssertEqual(vn(1, 2, 2023, leap: true), date("2023-03-22"))
    XCTAssertEqual(vn(29, 2, 2023, leap: true), date("2023-04-19"))
    XCTAssertNil(vn(30, 2, 2023, leap: true))
    XCTAssertEqual(vn(1, 3, 2023), date("2023-04-20"))
    XCTAssertTrue(LunarCalendar.lunarDate(of: date("2023-03-22")) == (1, 2, 2023, true))
    XCTAssertTrue(LunarCalendar.lunarDate(of: date("2023-03-21")) == (30, 2, 2023, false))
    // No other month of 2023 is a leap month, and 2024 has none.
    XCTAssertNil(vn(1, 3, 2023, leap: true))
    XCTAssertNil(vn(1, 2, 2024, leap: true))
  }

  func testLeapMonth11Of2033() {
    // The "2033 problem": the leap month comes right after month 11, still in lunar year 2033.
    XCTAssertEqual(vn(1, 11, 2033), date("2033-11-22"))
    XCTAssertEqual(vn(1, 11, 2033, leap: true), date("2033-12-22"))
    XCTAssertEqual(vn(1, 12, 2033), date("2034-01-20"))
    XCTAssertEqual(vn(1, 1, 2034), date("2034-02-19"))
    XCTAssertTrue(LunarCalendar.lunarDate(of: date("2034-01-01")) == (11, 11, 2033, true))
  }

  func testInvalidInput() {
    XCTAssertNil(vn(1, 13, 2023))
    XCTAssertNil(vn(1, 0, 2023))
    XCTAssertNil(vn(0, 1, 2023))
    XCTAssertNil(vn(31, 1, 2023))
  }

  // MARK: Consistency over 1900–2100

  func testEveryDayRoundTripsAndMonthsAreWellFormed() {
    continueAfterFailure = false  // one broken day would otherwise report thousands
    let first = date("1900-01-01").dayNumber
    let last = date("2100-12-31").dayNumber
    var previous = LunarCalendar.lunarDate(of: CivilDate(dayNumber: first - 1))
    for n in first...last {
      let day = CivilDate(dayNumber: n)
      let lunar = LunarCalendar.lunarDate(of: day)
      let back = LunarCalendar.solarDate(
        lunarDay: lunar.day, lunarMonth: lunar.month, lunarYear: lunar.year, leapMonth: lunar.leap)
      XCTAssertEqual(back, day, "\(day) → \(lunar)")
      if lunar.day == 1 {
        // A new month follows a month of 29 or 30 days.
        XCTAssertTrue((29...30).contains(previous.day), "\(day): month before had \(previous.day) days")
        XCTAssertEqual(lunar.year, previous.year + (lunar.month == 1 && !lunar.leap ? 1 : 0), "\(day)")
        if lunar.month == 1 && !lunar.leap {
          // Tết always falls between January 21 and February 20.
          XCTAssertTrue(day >= date("\(day.year)-01-21") && day <= date("\(day.year)-02-20"), "Tết \(day)")
        }
      } else {
        XCTAssertTrue(
          lunar.day == previous.day + 1 && lunar.month == previous.month && lunar.year == previous.year, "\(day)")
      }
      previous = lunar
    }
  }

  // MARK: Vietnam (UTC+7) against China (UTC+8, Foundation's Chinese calendar)

  /// Every year in 1900–2100 where Tết (1/1) or Tết Trung thu (15/8) falls on a different day in
  /// Vietnam and in China: a new moon (for 1938 and 1985, a new moon or solar term that moves the
  /// leap month) falls in the hour between midnight in Beijing and midnight in Hanoi, so the two
  /// calendars put it on different days.
  private let differences: [(lunarYear: Int, day: Int, month: Int, vietnam: String, china: String)] = [
    (1903, 1, 1, "1903-01-28", "1903-01-29"),
    (1916, 1, 1, "1916-02-03", "1916-02-04"),
    (1935, 1, 1, "1935-02-03", "1935-02-04"),
    (1938, 15, 8, "1938-09-08", "1938-10-08"),  // Vietnam leaps month 8, China month 7
    (1965, 1, 1, "1965-02-01", "1965-02-02"),
    (1968, 1, 1, "1968-01-29", "1968-01-30"),  // Tết Mậu Thân
    (1969, 1, 1, "1969-02-16", "1969-02-17"),
    (1978, 15, 8, "1978-09-16", "1978-09-17"),
    (1985, 1, 1, "1985-01-21", "1985-02-20"),  // China leaps month 10 of 1984, Vietnam month 2 of 1985
    (2007, 1, 1, "2007-02-17", "2007-02-18"),
    (2030, 1, 1, "2030-02-02", "2030-02-03"),
    (2034, 15, 8, "2034-09-26", "2034-09-27"),
    (2041, 15, 8, "2041-09-09", "2041-09-10"),
    (2053, 1, 1, "2053-02-18", "2053-02-19"),
    (2065, 15, 8, "2065-09-14", "2065-09-15"),
    (2080, 15, 8, "2080-09-27", "2080-09-28"),
    (2099, 15, 8, "2099-09-28", "2099-09-29"),
  ]

  func testVietnamAndChinaDiffer() throws {
    for c in differences {
      XCTAssertEqual(vn(c.day, c.month, c.lunarYear), date(c.vietnam), "Vietnam \(c.day)/\(c.month)/\(c.lunarYear)")
      XCTAssertEqual(
        try Self.china(c.day, c.month, c.lunarYear), date(c.china), "China \(c.day)/\(c.month)/\(c.lunarYear)")
    }
  }

  func testTet1985() throws {
    XCTAssertEqual(vn(1, 1, 1985), date("1985-01-21"))
    XCTAssertEqual(try Self.china(1, 1, 1985), date("1985-02-20"))
  }

  /// The table above is exactly the set of differences: same rules, only the time zone differs.
  func testNoOtherDifferences1900To2100() throws {
    var found: [String] = []
    for year in 1900...2100 {
      for (day, month) in [(1, 1), (15, 8)] where try vn(day, month, year) != Self.china(day, month, year) {
        found.append("\(day)/\(month)/\(year)")
      }
    }
    XCTAssertEqual(found, differences.map { "\($0.day)/\($0.month)/\($0.lunarYear)" })
  }

  /// Run at UTC+8, the same astronomy reproduces Foundation's (ICU's, independently computed)
  /// Chinese calendar for every Tết and Trung thu of 1900–2100: a check on the astronomy itself.
  func testAlgorithmAtUTC8MatchesFoundationChineseCalendar() throws {
    for year in 1900...2100 {
      for (day, month) in [(1, 1), (15, 8)] {
        let ours = LunarCalendar.solarDate(
          lunarDay: day, lunarMonth: month, lunarYear: year, leapMonth: false, utcOffset: 8.0 / 24)
        XCTAssertEqual(ours, try Self.china(day, month, year), "\(day)/\(month)/\(year)")
      }
    }
  }

  private static let beijing = TimeZone(secondsFromGMT: 8 * 3600)!

  /// Solar date of a Chinese lunar date, by Foundation. Its years are counted in 60-year cycles
  /// (`era`) from 2697 BC: lunar year 2023 is era 78, year 40.
  private static func china(_ day: Int, _ month: Int, _ lunarYear: Int) throws -> CivilDate? {
    var chinese = Calendar(identifier: .chinese)
    chinese.timeZone = beijing
    var gregorian = Calendar(identifier: .gregorian)
    gregorian.timeZone = beijing
    let cycles = lunarYear + 2696
    var parts = DateComponents(era: cycles / 60, year: cycles % 60 + 1, month: month, day: day)
    parts.isLeapMonth = false
    let instant = try XCTUnwrap(chinese.date(from: parts))
    let solar = gregorian.dateComponents([.year, .month, .day], from: instant)
    return CivilDate(year: try XCTUnwrap(solar.year), month: try XCTUnwrap(solar.month), day: try XCTUnwrap(solar.day))
  }
}
