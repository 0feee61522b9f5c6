/// Where a value stands against its target in a period (docs/content-format.md, "Cách tính").
public enum Status: String, Sendable, CaseIterable, Comparable {
  case achieved = "dat"
  case onTrack = "dung-tien-do"
  case behind = "cham"
  case noData = "chua-co-so-lieu"
  /// A qualitative indicator: reported, not measured.
  case qualitative = "dinh-tinh"

  /// Shown beside the label so status reads without colour (grey print, colour blindness).
  public var icon: String {
    switch self {
    case .achieved: return "✔"
    case .onTrack: return "➜"
    case .behind: return "✖"
    case .noData: return "…"
    case .qualitative: return "✎"
    }
  }

  public static func < (a: Status, b: Status) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }

  /// The rule: achieved at or past the target; on track at or past target × expected;
  /// a ceiling (`better: lower`) is achieved while at or under the target, else behind.
  public static func of(value: Rational, target: Rational, lowerIsBetter: Bool, expected: Rational) -> Status {
    if lowerIsBetter { return value <= target ? .achieved : .behind }
    if value >= target { return .achieved }
    return value >= target * expected ? .onTrack : .behind
  }
}
