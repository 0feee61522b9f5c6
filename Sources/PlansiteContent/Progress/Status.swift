/// Where a value stands against its target in a period (docs/content-format.md, "Cách tính").
/// While a period runs a figure is on track or behind; once its due date has passed it is final:
/// achieved or not achieved. A ceiling is met or breached, never "on track".
public enum Status: String, Sendable, CaseIterable, Comparable {
  case achieved = "dat"
  case onTrack = "dung-tien-do"
  case behind = "cham"
  /// The period is over (its due date has passed) and the figure fell short.
  case notAchieved = "chua-dat"
  /// A ceiling (`better: lower`) is breached.
  case exceeded = "vuot-nguong"
  /// A province ceiling not breached so far, but not every unit has reported: not yet "Đạt".
  case incomplete = "chua-du-so-lieu"
  /// A unit's figure for a province total the plan gives units no share of: shown, not judged.
  case notAssigned = "khong-giao-chi-tieu"
  case noData = "chua-co-so-lieu"
  /// A qualitative indicator: reported, not measured.
  case qualitative = "dinh-tinh"

  /// Shown beside the label so status reads without colour (grey print, colour blindness).
  public var icon: String {
    switch self {
    case .achieved: return "✔"
    case .onTrack: return "➜"
    case .behind: return "✖"
    case .notAchieved: return "✘"
    case .exceeded: return "▲"
    case .incomplete: return "◐"
    case .notAssigned: return "–"
    case .noData: return "…"
    case .qualitative: return "✎"
    }
  }

  public static func < (a: Status, b: Status) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }

  /// The rule (docs/content-format.md, "Cách tính"):
  /// - a ceiling (`better: lower`) is breached above the target ("Vượt ngưỡng"), else achieved —
  ///   unless `complete` is false (a province total with units missing): then "Chưa đủ số liệu";
  /// - otherwise achieved at or past the target; once the period is `closed`, anything short of
  ///   what the period expected is "Chưa đạt" and reaching it is "Đạt";
  /// - while it runs, on track at or past the period's milestone, which runs from the baseline
  ///   (0 without one) to the target: baseline + (target − baseline) × expected.
  public static func of(
    value: Rational, target: Rational, lowerIsBetter: Bool, expected: Rational, closed: Bool = false,
    complete: Bool = true, baseline: Rational? = nil
  ) -> Status {
    if lowerIsBetter {
      if value > target { return .exceeded }
      return complete ? .achieved : .incomplete
    }
    if value >= target { return .achieved }
    let milestone = Status.milestone(target: target, expected: expected, baseline: baseline)
    if closed { return value >= milestone ? .achieved : .notAchieved }
    return value >= milestone ? .onTrack : .behind
  }

  /// What a period expects: the target when `expected` is 1, else the share `expected` of the
  /// way from the baseline (0 without one) to the target. A baseline past the target counts as 0.
  public static func milestone(target: Rational, expected: Rational, baseline: Rational?) -> Rational {
    let base = baseline.flatMap { $0 < target ? $0 : nil } ?? .zero
    return base + (target - base) * expected
  }
}
