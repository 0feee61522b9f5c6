import PlansiteContent
import PlansiteMarkdown

/// `action-month/index.html`: the province's programme. It stays the same size however many units
/// there are: the province's events in full, each day counted (units' events included) and a
/// bounded sample of units linking to their own pages, where each unit's events live.
public struct ActionMonthPageView: Sendable {
  public var theme: String
  public var dates: String
  public var narrativeHTML: String
  /// Province events as spans; each day counts the units' events.
  public var grids: [MonthGridView]
  /// The province's events by their first day.
  public var agenda: [AgendaDayView]
  public var provinceEventCount: String
  /// Each day something starts (in the Action Month or outside it): each event counts once.
  public var days: [ActionMonthDayView]
  public var unitEventCount: String
  /// Units with at least one event.
  public var unitCount: String
  /// The first units with events (at most `ActionMonthPageView.unitLimit`), linking to their events.
  public var units: [DistrictEventsLink]
  /// "" when every unit with events is listed, else how many are not.
  public var moreUnits: String
  public var unitsHref: String
  public var icsHref: String
}

/// The events of one day in the agenda.
public struct AgendaDayView: Sendable {
  public var fullDate: String
  public var events: [EventView]
}

/// One day of the summary: what the province holds that day, how many unit events run, and the
/// first few units holding them.
public struct ActionMonthDayView: Sendable {
  /// `ngay-2023-06-01`: the grid's day notes link here.
  public var anchor: String
  public var fullDate: String
  /// Province events starting that day, linking to their entries.
  public var province: [LinkView]
  public var unitEventCount: String
  public var hasUnitEvents: Bool
  /// One link per unit (to its first event of the day), at most `ActionMonthPageView.dayUnitLimit`.
  public var units: [LinkView]
  public var moreUnits: String
}

public struct DistrictEventsLink: Sendable {
  public var name: String
  public var href: String
  public var count: String
}

/// `calendar/index.html`.
public struct CalendarPageView: Sendable {
  public var today: String
  public var items: [DatedItemView]
  public var grids: [MonthGridView]
  public var periods: [PeriodHeaderView]
  /// Every unit × period, while there are at most `CalendarPageView.submissionTableLimit` units; else empty.
  public var submissionRows: [SubmissionRowView]
  public var hasSubmissionTable: Bool
  /// "8/11 đúng hạn" per period.
  public var submissionCounts: [LinkView]
  /// Past the table's limit: per period, the counts and the units still missing or late (bounded).
  public var submissionSummaries: [SubmissionSummaryView]
  public var icsHref: String

  /// Above this many units the page summarises each period instead of one row per unit (3.6 MB at 10,000).
  static let submissionTableLimit = 100
  /// Units named per period in the summary; the rest are counted (each unit's page has its submissions).
  static let behindUnitLimit = 60
}

/// One period of the calendar's summary: how many units are on time, late, missing, not yet due;
/// the units missing or late first (missing first), at most `CalendarPageView.behindUnitLimit`.
public struct SubmissionSummaryView: Sendable {
  public var periodLabel: String
  public var due: String
  public var onTime: String
  public var late: String
  public var missing: String
  public var pending: String
  public var behind: [LinkView]
  public var hasBehind: Bool
  /// "" when every unit behind is named, else how many are not.
  public var moreBehind: String
  public var unitsHref: String
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
    "theo-ngay", "theo-ngay-title",
  ])
  /// Units listed by name on the page; the rest are counted (each has its own page).
  static let unitLimit = 60
  /// Units named in one day of the summary.
  static let dayUnitLimit = 8
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
  static func actionMonthDayAnchor(_ day: CivilDate) -> String { "ngay-\(day.iso)" }

  var actionMonthGridAnchors: [String] { actionMonthMonths.map { SiteModel.actionMonthGridAnchor($0.1) } }

  /// The days the summary lists: the whole Action Month and any day an event runs outside it.
  var actionMonthDays: [CivilDate] {
    let am = content.actionMonth
    var days = Set<CivilDate>()
    var d = am.start
    while d <= am.end {
      days.insert(d)
      d = d.adding(days: 1)
    }
    for e in content.actionMonth.events + content.districts.flatMap(\.events) where e.start < am.start || e.end > am.end
    {
      var d = e.start
      while d <= e.end {
        days.insert(d)
        d = d.adding(days: 1)
      }
    }
    return days.sorted()
  }

  func actionMonthPage() -> RenderJob {
    let path = SitePaths.actionMonth
    let root = SitePaths.root(of: path)
    let am = content.actionMonth
    let count = { (n: Int) in format.number(Rational(n), places: 0) }
    let provinceEvents = am.events.sorted { ($0.start, $0.index) < ($1.start, $1.index) }
    let agenda = Dictionary(grouping: provinceEvents, by: \.start).sorted { $0.key < $1.key }.map { day, events in
      AgendaDayView(fullDate: format.fullDate(day), events: events.map { eventView($0, root: root) })
    }
    // Each event counts once, on its first day (a month-long event is not repeated every day).
    var unitEvents: [CivilDate: [Event]] = [:]
    for d in content.districts {
      for e in d.events { unitEvents[e.start, default: []].append(e) }
    }
    let provinceByDay = Dictionary(grouping: provinceEvents, by: \.start)
    let days = actionMonthDays.filter { provinceByDay[$0] != nil || unitEvents[$0] != nil }.map { day in
      let units = unitEvents[day] ?? []
      var seen = Set<String>()
      let firstPerUnit = units.filter { seen.insert($0.districtSlug ?? "").inserted }
      return ActionMonthDayView(
        anchor: SiteModel.actionMonthDayAnchor(day), fullDate: format.fullDate(day),
        province: (provinceByDay[day] ?? []).map {
          // A multi-day event says how long it runs, once, on its first day.
          let label = $0.start == $0.end ? $0.title : "\($0.title) (\(format.range($0.start, $0.end)))"
          return LinkView(label: label, href: "#" + SiteModel.eventAnchor($0))
        },
        unitEventCount: count(units.count), hasUnitEvents: !units.isEmpty,
        units: firstPerUnit.prefix(ActionMonthPageView.dayUnitLimit).map { unitEventLink($0, root: root) },
        moreUnits: firstPerUnit.count > ActionMonthPageView.dayUnitLimit
          ? count(firstPerUnit.count - ActionMonthPageView.dayUnitLimit) : "")
    }
    let items = provinceEvents.map {
      GridItem(title: $0.title, href: "#" + SiteModel.eventAnchor($0), kind: "tinh", start: $0.start, end: $0.end)
    }
    let grids = actionMonthMonths.map { y, mo in
      MonthGrid.make(
        year: y, month: mo, today: today, anchor: SiteModel.actionMonthGridAnchor(mo), items: items, format: format
      ) {
        day in
        let n = unitEvents[day]?.count ?? 0
        return n == 0 ? nil : DayNoteView(count: count(n), href: "#" + SiteModel.actionMonthDayAnchor(day))
      }
    }
    let withEvents = content.districts.filter { !$0.events.isEmpty }
    let units = withEvents.prefix(ActionMonthPageView.unitLimit).map { d in
      DistrictEventsLink(
        name: d.fullName, href: root + SitePaths.district(d.slug) + "#hoat-dong", count: count(d.events.count))
    }
    let page = ActionMonthPageView(
      theme: am.theme, dates: format.range(am.start, am.end),
      narrativeHTML: actionMonthNarrative.html, grids: grids, agenda: agenda,
      provinceEventCount: count(provinceEvents.count), days: days,
      unitEventCount: count(withEvents.reduce(0) { $0 + $1.events.count }), unitCount: count(withEvents.count),
      units: units,
      moreUnits: withEvents.count > units.count ? count(withEvents.count - units.count) : "",
      unitsHref: root + SitePaths.districts, icsHref: root + SitePaths.calendarICS)
    return .page(
      path, "action-month",
      PageContext(
        layout: layout(path: path, title: strings.format(.titleActionMonth, ["year": String(plan.year)])), page: page))
  }

  /// A unit's event, from the Action Month page: the unit's name, to the event on the unit's page.
  private func unitEventLink(_ e: Event, root: String) -> LinkView {
    let d = e.districtSlug.flatMap { districtsBySlug[$0] }
    let page = d.map { root + SitePaths.district($0.slug) } ?? ""
    return LinkView(label: d?.fullName ?? "", href: page + "#" + SiteModel.eventAnchor(e))
  }

  /// `summarised`: the per-period summary whatever the number of units (for the template lint).
  func calendarPage(summarised: Bool = false) -> RenderJob {
    let path = SitePaths.calendar
    let root = SitePaths.root(of: path)
    let items = datedItems
    // Every month an item touches, so a span crossing a month shows in each.
    let months = Set(
      items.filter { $0.start.year <= plan.year && $0.end.year >= plan.year }.flatMap { i in
        (i.start.year < plan.year ? 1 : i.start.month)...(i.end.year > plan.year ? 12 : i.end.month)
      })
    let gridItems = items.map {
      GridItem(title: $0.title, href: "#" + $0.id, kind: $0.kind.rawValue, start: $0.start, end: $0.end)
    }
    let grids = (1...12).filter { months.contains($0) }.map { mo in
      MonthGrid.make(year: plan.year, month: mo, today: today, anchor: "thang-\(mo)", items: gridItems, format: format)
    }
    let rows = content.districts.map {
      SubmissionRowView(name: $0.fullName, href: root + SitePaths.district($0.slug), cells: submissionViews($0))
    }
    let counts = plan.periods.enumerated().map { i, p in
      let onTime = rows.filter { $0.cells[i].key == "dung-han" }.count
      return LinkView(
        label: strings.format(
          .calendarOnTime, ["period": p.label, "n": format.count(onTime), "of": format.count(rows.count)]),
        href: "")
    }
    let table = !summarised && rows.count <= CalendarPageView.submissionTableLimit
    let page = CalendarPageView(
      today: format.fullDate(today), items: items.map(view), grids: grids, periods: periodHeaders,
      submissionRows: table ? rows : [], hasSubmissionTable: table, submissionCounts: counts,
      submissionSummaries: table ? [] : submissionSummaries(rows, unitsHref: root + SitePaths.districts),
      icsHref: root + SitePaths.calendarICS)
    return .page(
      path, "calendar",
      PageContext(
        layout: layout(path: path, title: strings.format(.titleCalendar, ["year": String(plan.year)])), page: page))
  }

  /// Per period, the counts of each state and the units behind (missing, then late) up to the limit.
  func submissionSummaries(_ rows: [SubmissionRowView], unitsHref: String) -> [SubmissionSummaryView] {
    let count = { (n: Int) in format.number(Rational(n), places: 0) }
    return plan.periods.enumerated().map { i, p in
      let byKey = Dictionary(grouping: rows, by: { $0.cells[i].key })
      let behind = (byKey["chua-nop"] ?? []) + (byKey["tre-han"] ?? [])
      let named = behind.prefix(CalendarPageView.behindUnitLimit).map {
        LinkView(label: "\($0.name): \($0.cells[i].label)", href: $0.href)
      }
      return SubmissionSummaryView(
        periodLabel: p.label, due: dueText(p, p.due), onTime: count(byKey["dung-han"]?.count ?? 0),
        late: count(byKey["tre-han"]?.count ?? 0), missing: count(byKey["chua-nop"]?.count ?? 0),
        pending: count(byKey["chua-den-han"]?.count ?? 0), behind: Array(named), hasBehind: !behind.isEmpty,
        moreBehind: behind.count > named.count ? count(behind.count - named.count) : "", unitsHref: unitsHref)
    }
  }
}
