import PlansiteContent

/// A month as weeks of seven days, Monday first, for the calendar grids (wide screens; phones get
/// the day-by-day agenda beside it).
public struct MonthGridView: Sendable {
  public var title: String
  public var anchor: String
  public var weekdays: [String]
  public var weeks: [WeekView]
}

/// A week: a row of day numbers, then one row per lane of items. An item lasting several days
/// is one cell spanning its days of the week, never one entry per day.
public struct WeekView: Sendable {
  public var days: [DayCellView]
  public var lanes: [LaneView]
}

/// One cell; days outside the month are blank.
public struct DayCellView: Sendable {
  public var inMonth: Bool
  public var day: String
  /// `2023-06-01`, for the cell's `<time>`.
  public var iso: String
  public var fullDate: String
  public var isToday: Bool
  /// What else happens that day, counted (the units' events on the Action Month page).
  public var note: DayNoteView?
}

public struct DayNoteView: Sendable {
  /// Formatted (`1.234`).
  public var count: String
  public var href: String
}

/// One row of a week: cells of one day (empty) or spanning the days of one item.
public struct LaneView: Sendable {
  public var cells: [LaneCellView]
}

public struct LaneCellView: Sendable {
  /// Days the cell covers (its `colspan`).
  public var span: Int
  /// Nil for an empty day.
  public var entry: DayEntryView?
  /// A day outside the month.
  public var outside: Bool
}

/// Something dated in a grid: links to its entry in the agenda.
public struct DayEntryView: Sendable {
  public var title: String
  public var href: String
  public var kind: String
  /// The item began before this week (or month): its cell reads "(tiếp)".
  public var continued: Bool
  /// The item goes on after this week (or month).
  public var continues: Bool
}

/// An item to lay out in a grid, with its first and last day.
struct GridItem {
  var title: String
  var href: String
  var kind: String
  var start: CivilDate
  var end: CivilDate
}

enum MonthGrid {
  /// `note(day)` counts what a day has beside the items.
  static func make(
    year: Int, month: Int, today: CivilDate, anchor: String, items: [GridItem], format: SiteFormat,
    note: (CivilDate) -> DayNoteView? = { _ in nil }
  ) -> MonthGridView {
    let first = CivilDate(year: year, month: month, day: 1)!
    let count = CivilDate.daysIn(month: month, year: year)
    var dates: [CivilDate?] = Array(repeating: nil, count: first.isoWeekday - 1)
    dates += (1...count).map { CivilDate(year: year, month: month, day: $0)! }
    while dates.count % 7 != 0 { dates.append(nil) }
    let weeks = stride(from: 0, to: dates.count, by: 7).map { i in
      let week = Array(dates[i..<i + 7])
      let days = week.map { date in
        date.map {
          DayCellView(
            inMonth: true, day: String($0.day), iso: $0.iso, fullDate: format.fullDate($0),
            isToday: $0 == today, note: note($0))
        } ?? blank
      }
      return WeekView(days: days, lanes: lanes(week, items))
    }
    return MonthGridView(
      title: format.monthTitle(month: month, year: year), anchor: anchor,
      weekdays: format.weekdayShort, weeks: weeks)
  }

  /// The items of one week packed into as few rows as fit: each item takes the first row free
  /// on all its days of the week (longest first among those starting the same day).
  static func lanes(_ week: [CivilDate?], _ items: [GridItem]) -> [LaneView] {
    let inMonth = week.indices.filter { week[$0] != nil }
    guard let lo = inMonth.first, let hi = inMonth.last else { return [] }
    let (weekStart, weekEnd) = (week[lo]!, week[hi]!)
    // (first column, last column, item) of each item this week, clipped to the week's days.
    var segments: [(Int, Int, GridItem)] = items.compactMap { item in
      guard item.start <= weekEnd, item.end >= weekStart else { return nil }
      let a = lo + max(0, weekStart.days(until: item.start))
      let b = hi - max(0, item.end.days(until: weekEnd))
      return (a, b, item)
    }
    segments.sort { ($0.0, $1.1) < ($1.0, $0.1) }
    var rows: [[(Int, Int, GridItem)]] = []
    for s in segments {
      if let r = rows.firstIndex(where: { $0.allSatisfy { $0.1 < s.0 || $0.0 > s.1 } }) {
        rows[r].append(s)
      } else {
        rows.append([s])
      }
    }
    return rows.map { row in
      var cells: [LaneCellView] = []
      var column = 0
      for (a, b, item) in row.sorted(by: { $0.0 < $1.0 }) {
        while column < a {
          cells.append(LaneCellView(span: 1, entry: nil, outside: week[column] == nil))
          column += 1
        }
        let entry = DayEntryView(
          title: item.title, href: item.href, kind: item.kind, continued: item.start < week[a]!,
          continues: item.end > week[b]!)
        cells.append(LaneCellView(span: b - a + 1, entry: entry, outside: false))
        column = b + 1
      }
      while column < 7 {
        cells.append(LaneCellView(span: 1, entry: nil, outside: week[column] == nil))
        column += 1
      }
      return LaneView(cells: cells)
    }
  }

  static let blank = DayCellView(inMonth: false, day: "", iso: "", fullDate: "", isToday: false, note: nil)
}
