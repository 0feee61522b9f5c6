/// Whether a district's report for a period arrived in time, judged on the build date and on the
/// plan's wording of the deadline (`DueWording`): "trước ngày D" makes D the first day late,
/// "chậm nhất ngày D" and "trong ngày D" make D the last day on time.
public enum SubmissionState: Sendable, Equatable {
  /// Received by the last day on time.
  case onTime(CivilDate)
  /// Received after the last day on time; `days` counted past that day.
  case late(CivilDate, days: Int)
  /// Nothing received and the last day on time has passed; days counted past it.
  case missing(overdueDays: Int)
  /// Nothing received, not yet late; days left until the last day on time is over.
  case pending(daysLeft: Int)

  /// `due` as the plan names it, read with `wording` (default "trước ngày", the 2023 plan).
  public static func of(received: CivilDate?, due: CivilDate, today: CivilDate, wording: DueWording = .before)
    -> SubmissionState
  {
    let last = wording.dayIsOnTime ? due : due.adding(days: -1)
    if let received {
      return received <= last ? .onTime(received) : .late(received, days: last.days(until: received))
    }
    return today <= last
      ? .pending(daysLeft: today.days(until: last) + 1) : .missing(overdueDays: last.days(until: today))
  }

  /// A unit's report for `period`, received or not.
  public static func of(received: CivilDate?, period: Period, today: CivilDate) -> SubmissionState {
    of(received: received, due: period.due, today: today, wording: period.wording)
  }

  public var key: String {
    switch self {
    case .onTime: return "dung-han"
    case .late: return "tre-han"
    case .missing: return "chua-nop"
    case .pending: return "chua-den-han"
    }
  }

  public var icon: String {
    switch self {
    case .onTime: return "✔"
    case .late: return "⚠"
    case .missing: return "✖"
    case .pending: return "…"
    }
  }
}
