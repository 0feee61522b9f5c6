import PlansiteContent

/// A dated item of the plan year: a report deadline, a key date, the Action Month.
public struct DatedItem: Sendable {
  public enum Kind: String, Sendable {
    case deadline = "han-bao-cao"
    case keyDate = "ngay-quan-trong"
    case actionMonth = "thang-hanh-dong"
    case event = "hoat-dong"
  }
  public var id: String
  public var kind: Kind
  public var title: String
  public var detail: String
  public var start: CivilDate
  public var end: CivilDate
}

/// A dated item ready to print, with its countdown relative to the build date.
public struct DatedItemView: Sendable {
  public var id: String
  public var kind: String
  public var kindLabel: String
  public var title: String
  public var detail: String
  /// `20/05/2023` or `01/06–30/06/2023`.
  public var dateText: String
  /// `Thứ Bảy, ngày 20/05/2023`.
  public var fullDate: String
  /// `còn 12 ngày`, `hôm nay`, `quá hạn 3 ngày` (deadlines), `đã qua` (other items).
  public var countdown: String
  public var isPast: Bool
  public var isDeadline: Bool
}

extension SiteModel {
  /// Every deadline and key date of the plan year, sorted by date then title.
  var datedItems: [DatedItem] {
    var items: [DatedItem] = []
    for p in plan.periods {
      items.append(
        DatedItem(
          id: "han-\(p.id)-don-vi", kind: .deadline,
          title: strings.format(.deadlineUnitsTitle, ["period": p.label.lowercasedFirst, "units": unitWords]),
          detail: strings.format(.deadlineUnitsDetail, ["date": format.date(p.due)]), start: p.due,
          end: p.due))
      items.append(
        DatedItem(
          id: "han-\(p.id)-so", kind: .deadline,
          title: strings.format(.deadlineProvinceTitle, ["period": p.label.lowercasedFirst]),
          detail: strings.format(.deadlineProvinceDetail, ["date": format.date(p.provinceDue)]),
          start: p.provinceDue, end: p.provinceDue))
    }
    let am = content.actionMonth
    items.append(
      DatedItem(
        id: "thang-hanh-dong", kind: .actionMonth, title: strings[.actionMonthName],
        detail: strings.format(.actionMonthTheme, ["theme": am.theme]), start: am.start, end: am.end))
    for k in plan.keyDates {
      let lunar = k.lunar.map { strings.format(.lunarDate, ["date": $0]) } ?? ""
      items.append(
        DatedItem(
          id: k.id, kind: .keyDate, title: k.title + lunar, detail: k.description ?? "", start: k.date, end: k.date))
    }
    return items.sorted { ($0.start, $0.title) < ($1.start, $1.title) }
  }

  func view(_ item: DatedItem) -> DatedItemView {
    let days = today.days(until: item.start)
    let isDeadline = item.kind == .deadline
    var countdown: String
    if isDeadline {
      // "trước ngày D": the deadline passes at the start of D.
      countdown =
        days > 0
        ? strings.format(.countdownLeft, ["days": String(days)])
        : strings.format(.countdownOverdue, ["days": String(1 - days)])
    } else if today > item.end {
      countdown = strings[.countdownPast]
    } else if today >= item.start {
      countdown = strings[.countdownOngoing]
    } else {
      countdown = strings.format(.countdownLeft, ["days": String(days)])
    }
    let kindLabel: String
    switch item.kind {
    case .deadline: kindLabel = strings[.kindDeadline]
    case .keyDate: kindLabel = strings[.kindKeyDate]
    case .actionMonth: kindLabel = strings[.kindActionMonth]
    case .event: kindLabel = strings[.kindEvent]
    }
    return DatedItemView(
      id: item.id, kind: item.kind.rawValue, kindLabel: kindLabel, title: item.title, detail: item.detail,
      dateText: format.range(item.start, item.end), fullDate: format.fullDate(item.start),
      countdown: countdown, isPast: isDeadline ? days <= 0 : today > item.end, isDeadline: isDeadline)
  }

  /// The next `n` deadlines not yet passed (the home page shows two).
  func nextDeadlines(_ n: Int) -> [DatedItemView] {
    Array(datedItems.filter { $0.kind == .deadline && $0.start > today }.prefix(n)).map(view)
  }
}

extension String {
  var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
