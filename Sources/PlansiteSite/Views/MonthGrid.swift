import PlansiteContent

/// A month as weeks of seven days, Monday first, for the calendar grids.
public struct MonthGridView: Sendable {
  public var title: String
  public var anchor: String
  public var weekdays: [String]
  public var weeks: [WeekView]
}

public struct WeekView: Sendable {
  public var days: [DayCellView]
}

/// One cell; days outside the month are blank.
public struct DayCellView: Sendable {
  public var inMonth: Bool
  public var day: String
  /// `2023-06-01`, for the cell's `<time>`.
  public var iso: String
  public var fullDate: String
  public var isToday: Bool
  public var entries: [DayEntryView]
  public var hasEntries: Bool
}

/// Something on a day: links to its entry in the agenda.
public struct DayEntryView: Sendable {
  public var title: String
  public var href: String
  public var kind: String
  /// "tiếp theo" marks the days after the first of a multi-day item.
  public var continued: Bool
}

enum MonthGrid {
  /// `entries(day)` lists what falls on a day.
  static func make(
    year: Int, month: Int, today: CivilDate, anchor: String, format: SiteFormat, entries: (CivilDate) -> [DayEntryView]
  )
    -> MonthGridView
  {
    let first = CivilDate(year: year, month: month, day: 1)!
    let count = CivilDate.daysIn(month: month, year: year)
    var cells: [DayCellView] = Array(repeating: blank, count: first.isoWeekday - 1)
    for d in 1...count {
      let date = CivilDate(year: year, month: month, day: d)!
      let e = entries(date)
      cells.append(
        DayCellView(
          inMonth: true, day: String(d), iso: date.iso, fullDate: format.fullDate(date),
          isToday: date == today, entries: e, hasEntries: !e.isEmpty))
    }
    while cells.count % 7 != 0 { cells.append(blank) }
    let weeks = stride(from: 0, to: cells.count, by: 7).map { WeekView(days: Array(cells[$0..<$0 + 7])) }
    return MonthGridView(
      title: format.monthTitle(month: month, year: year), anchor: anchor,
      weekdays: format.weekdayShort, weeks: weeks)
  }

  static let blank = DayCellView(
    inMonth: false, day: "", iso: "", fullDate: "", isToday: false, entries: [], hasEntries: false)
}
