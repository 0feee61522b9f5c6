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
  /// A deadline's period: its wording says whether `start` is still on time.
  public var period: Period? = nil
  /// The units' deadline of the period (not the department's).
  public var isUnitDeadline = false
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
  /// `còn 12 ngày` before a deadline; once it has passed what happened (`9/11 đơn vị nộp đúng
  /// hạn, 2 trễ`) or `quá hạn 3 ngày`; `đang diễn ra`, `đã qua` (other items). Empty for other
  /// items once the plan is over.
  public var countdown: String
  public var isPast: Bool
  public var isDeadline: Bool
}

extension SiteModel {
  /// Everyone the units' deadline obliges, as the plan words it (`reporters:`).
  var reportersText: String { plan.reporters ?? strings.format(.deadlineReportersDefault, ["units": unitWords]) }

  /// "trước ngày 20/05/2023": the day in the plan's wording of the period's deadline (`due_wording:`).
  func dueText(_ p: Period, _ day: CivilDate) -> String {
    let key: StringKey
    switch p.wording {
    case .before: key = .deadlineDueBefore
    case .noLaterThan: key = .deadlineDueNoLaterThan
    case .onDay: key = .deadlineDueOnDay
    }
    return strings.format(key, ["date": format.date(day)])
  }

  /// Every deadline and key date of the plan year, sorted by date then title. Deadlines use the
  /// plan's own words ("trước ngày", "chậm nhất ngày") and name whom it obliges and to whom.
  var datedItems: [DatedItem] {
    var items: [DatedItem] = []
    let recipients = plan.report.recipients.joined(separator: strings[.listAnd])
    for p in plan.periods {
      var unit = DatedItem(
        id: "han-\(p.id)-don-vi", kind: .deadline,
        title: strings.format(.deadlineUnitsTitle, ["period": p.label.lowercasedFirst, "reporters": reportersText]),
        detail: strings.format(.deadlineUnitsDetail, ["issuer": plan.issuer, "due": dueText(p, p.due)]),
        start: p.due, end: p.due)
      unit.period = p
      unit.isUnitDeadline = true
      items.append(unit)
      let provinceTitle = recipients.isEmpty ? StringKey.deadlineProvinceTitleNoRecipients : .deadlineProvinceTitle
      var department = DatedItem(
        id: "han-\(p.id)-so", kind: .deadline,
        title: strings.format(provinceTitle, ["period": p.label.lowercasedFirst, "recipients": recipients]),
        detail: strings.format(
          .deadlineProvinceDetail,
          [
            "issuer": plan.issuer, "recipients": recipients.isEmpty ? strings[.deadlineRecipientsDefault] : recipients,
            "due": dueText(p, p.provinceDue),
          ]),
        start: p.provinceDue, end: p.provinceDue)
      department.period = p
      items.append(department)
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

  /// The plan's last deadline in its own words: "trước ngày 20/11/2023".
  var lastDeadlineText: String {
    let days = plan.periods.flatMap { p in [p.due, p.provinceDue].map { (p.lastOnTimeDay($0), dueText(p, $0)) } }
    return days.max { $0.0 < $1.0 }?.1 ?? ""
  }

  /// Whether the plan is over on the build date: the site reads as a record.
  var planFinished: Bool { plan.isFinished(on: today) }

  /// What happened at a units' deadline: "9/11 đơn vị nộp đúng hạn, 2 trễ, 1 không nộp".
  func submissionOutcome(_ p: Period) -> String {
    var onTime = 0
    var late = 0
    var missing = 0
    for d in content.districts {
      switch SubmissionState.of(received: d.submissions[p.id], period: p, today: today) {
      case .onTime: onTime += 1
      case .late: late += 1
      case .missing, .pending: missing += 1
      }
    }
    let n = format.count
    var text = strings.format(.deadlineOutcomeOnTime, ["on_time": n(onTime), "total": n(content.districts.count)])
    if late > 0 { text += ", " + strings.format(.deadlineOutcomeLate, ["count": n(late)]) }
    if missing > 0 { text += ", " + strings.format(.deadlineOutcomeMissing, ["count": n(missing)]) }
    return text
  }

  func view(_ item: DatedItem) -> DatedItemView {
    let days = today.days(until: item.start)
    let isDeadline = item.kind == .deadline
    // The last day on time: D − 1 for "trước ngày D", D itself for "chậm nhất ngày D".
    let last = item.period.map { $0.lastOnTimeDay(item.start) } ?? item.start
    let passed = today > last
    var countdown: String
    if isDeadline {
      if passed, let p = item.period, item.isUnitDeadline {
        countdown = submissionOutcome(p)
      } else if passed {
        countdown =
          planFinished
          ? strings[.countdownPast] : strings.format(.countdownOverdue, ["days": format.count(last.days(until: today))])
      } else {
        countdown = strings.format(.countdownLeft, ["days": format.count(today.days(until: last) + 1)])
      }
    } else if planFinished {
      countdown = ""
    } else if today > item.end {
      countdown = strings[.countdownPast]
    } else if today >= item.start {
      countdown = strings[.countdownOngoing]
    } else {
      countdown = strings.format(.countdownLeft, ["days": format.count(days)])
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
      countdown: countdown, isPast: isDeadline ? passed : today > item.end, isDeadline: isDeadline)
  }

  /// The next `n` deadlines not yet passed (the home page shows two).
  func nextDeadlines(_ n: Int) -> [DatedItemView] {
    Array(
      datedItems.filter { item in
        item.kind == .deadline && today <= (item.period.map { $0.lastOnTimeDay(item.start) } ?? item.start)
      }.prefix(n)
    ).map(view)
  }
}

extension String {
  var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
