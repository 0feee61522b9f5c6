import PlansiteContent
import PlansiteMarkdown

/// `action-month/index.html`.
public struct ActionMonthPageView: Sendable {
  public var theme: String
  public var dates: String
  public var narrativeHTML: String
  public var grids: [MonthGridView]
  public var agenda: [AgendaDayView]
  /// Each district with a link to its first event in the agenda.
  public var districtIndex: [DistrictEventsLink]
  public var eventCount: Int
  public var icsHref: String
}

/// The events of one day in the agenda.
public struct AgendaDayView: Sendable {
  public var fullDate: String
  public var events: [EventView]
}

public struct DistrictEventsLink: Sendable {
  public var name: String
  public var count: Int
  public var links: [LinkView]
}

/// `calendar/index.html`.
public struct CalendarPageView: Sendable {
  public var today: String
  public var items: [DatedItemView]
  public var grids: [MonthGridView]
  public var periods: [PeriodHeaderView]
  public var submissionRows: [SubmissionRowView]
  /// "8/11 đúng hạn" per period.
  public var submissionCounts: [LinkView]
  public var icsHref: String
}

public struct SubmissionRowView: Sendable {
  public var name: String
  public var href: String
  public var cells: [SubmissionView]
}

extension ActionMonthPageView {
  /// Ids of `action-month.mustache` and the layout; narrative headings must not take them.
  static let templateIDs: Set<String> = LayoutView.templateIDs.union([
    "lich", "lich-title", "chuong-trinh", "chuong-trinh-title", "theo-don-vi", "theo-don-vi-title",
  ])
}

extension SiteModel {
  /// (year, month) of every month the Action Month touches, for its grids.
  var actionMonthMonths: [(Int, Int)] {
    let am = content.actionMonth
    var months: [(Int, Int)] = []
    var m = CivilDate(year: am.start.year, month: am.start.month, day: 1)!
    while m <= am.end {
      months.append((m.year, m.month))
      m = m.adding(days: CivilDate.daysIn(month: m.month, year: m.year))
    }
    return months
  }

  static func actionMonthGridAnchor(_ month: Int) -> String { "lich-thang-\(month)" }

  var actionMonthGridAnchors: [String] { actionMonthMonths.map { SiteModel.actionMonthGridAnchor($0.1) } }

  func actionMonthPage() -> RenderJob {
    let path = SitePaths.actionMonth
    let root = SitePaths.root(of: path)
    let am = content.actionMonth
    let events = allEvents
    var byDay: [CivilDate: [Event]] = [:]
    for e in events { byDay[e.start, default: []].append(e) }
    let agenda = byDay.keys.sorted().map { day in
      AgendaDayView(fullDate: VietnameseFormat.fullDate(day), events: byDay[day]!.map { eventView($0, root: root) })
    }
    let grids = actionMonthMonths.map { y, mo in
      MonthGrid.make(year: y, month: mo, today: today, anchor: SiteModel.actionMonthGridAnchor(mo)) { day in
        events.filter { $0.start <= day && day <= $0.end }.map {
          // `kind` is the level's CSS class (`entry-tinh`, `entry-huyen`), never a unit's key.
          DayEntryView(
            title: $0.title, href: "#" + SiteModel.eventAnchor($0), kind: $0.unit == .province ? "tinh" : "huyen",
            continued: $0.start != day)
        }
      }
    }
    let index = content.districts.map { d in
      DistrictEventsLink(
        name: d.fullName, count: d.events.count,
        links: d.events.map {
          LinkView(
            label: "\(VietnameseFormat.range($0.start, $0.end)): \($0.title)", href: "#" + SiteModel.eventAnchor($0))
        })
    }
    let page = ActionMonthPageView(
      theme: am.theme, dates: VietnameseFormat.range(am.start, am.end),
      narrativeHTML: actionMonthNarrative.html,
      grids: grids, agenda: agenda, districtIndex: index, eventCount: events.count,
      icsHref: root + SitePaths.calendarICS)
    return .page(
      path, "action-month",
      PageContext(layout: layout(path: path, title: "Tháng hành động vì trẻ em năm \(plan.year)"), page: page))
  }

  func calendarPage() -> RenderJob {
    let path = SitePaths.calendar
    let root = SitePaths.root(of: path)
    let items = datedItems
    let months = Set(items.flatMap { [$0.start.month, $0.end.month] }.filter { _ in true })
    let grids = (1...12).filter { months.contains($0) }.map { mo in
      MonthGrid.make(year: plan.year, month: mo, today: today, anchor: "thang-\(mo)") { day in
        items.filter {
          $0.start <= day && day <= $0.end && ($0.kind != .actionMonth || day == $0.start || day == $0.end)
        }.map {
          DayEntryView(title: $0.title, href: "#" + $0.id, kind: $0.kind.rawValue, continued: $0.start != day)
        }
      }
    }
    let rows = content.districts.map {
      SubmissionRowView(name: $0.fullName, href: root + SitePaths.district($0.slug), cells: submissionViews($0))
    }
    let counts = plan.periods.enumerated().map { i, p in
      let onTime = rows.filter { $0.cells[i].key == "dung-han" }.count
      return LinkView(
        label: "\(p.label): \(VietnameseFormat.days(onTime))/\(VietnameseFormat.days(rows.count)) đúng hạn", href: "")
    }
    let page = CalendarPageView(
      today: VietnameseFormat.fullDate(today), items: items.map(view), grids: grids, periods: periodHeaders,
      submissionRows: rows, submissionCounts: counts, icsHref: root + SitePaths.calendarICS)
    return .page(
      path, "calendar",
      PageContext(layout: layout(path: path, title: "Lịch báo cáo và ngày quan trọng \(plan.year)"), page: page))
  }
}
