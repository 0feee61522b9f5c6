/// One computed figure (a district's value or the province's aggregate) with what it came from,
/// so a page can show the working.
public struct Figure: Sendable, Equatable {
  /// In the indicator's unit: percent/per mille for shares, the amount for counts. nil: no data.
  public var value: Rational?
  public var done: Rational?
  public var of: Rational?
  /// The target this figure was judged against (for a district's count, its share of the target).
  /// Nil for a unit's figure of a province total the plan gives units no share of.
  public var target: Rational?
  public var status: Status
  /// Units that reported / units expected (province figures; 1/1 or 0/1 for a district).
  public var reported: Int
  public var expected: Int
  /// For yes-no province figures: how many answered yes.
  public var yesCount: Int?
  /// Text notes (qualitative indicators).
  public var notes: [String]
  /// How a unit's own target was derived from the province's, when it was (a unit's page says so).
  public var split: TargetSplit? = nil

  public static func noData(expected: Int, target: Rational?) -> Figure {
    Figure(
      value: nil, done: nil, of: nil, target: target, status: .noData, reported: 0, expected: expected, yesCount: nil,
      notes: [])
  }
}

/// How a unit's target comes from a province target (docs/content-format.md, "Chỉ tiêu của đơn vị").
public enum TargetSplit: Sendable, Equatable {
  /// A count with `of`: the province target × the unit's whole / the plan's whole
  /// (150/200 communes, a unit of 17: 150 × 17 / 200 = 12,75).
  case proportional(provinceTarget: Rational, unitOf: Rational, planOf: Rational)
  /// The plan's `unit_target:`, the same for every unit.
  case perUnit(Rational)
  /// A ceiling of 0 for the province holds for every unit (a sum of counts is 0 only if each is).
  case zeroCeiling
}
