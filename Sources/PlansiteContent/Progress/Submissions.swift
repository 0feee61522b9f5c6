/// Whether a district's report for a period arrived in time, judged on the build date.
public enum SubmissionState: Sendable, Equatable {
  /// Received strictly before the due day.
  case onTime(CivilDate)
  /// Received on or after the due day ("trước ngày D" is strict); days counted past the last
  /// allowed day D − 1, so a report received on D is 1 day late.
  case late(CivilDate, days: Int)
  /// Nothing received and the due day has passed.
  case missing(overdueDays: Int)
  /// Nothing received, not yet due.
  case pending(daysLeft: Int)

  /// `received` on or after `due` is late: "trước ngày 20/5" means by 19/5.
  public static func of(received: CivilDate?, due: CivilDate, today: CivilDate) -> SubmissionState {
    if let received {
      return received < due ? .onTime(received) : .late(received, days: due.days(until: received) + 1)
    }
    // The last day to send is due − 1; from `due` on nothing sent is overdue.
    return today < due ? .pending(daysLeft: today.days(until: due)) : .missing(overdueDays: due.days(until: today) + 1)
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
