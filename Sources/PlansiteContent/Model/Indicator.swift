/// How an indicator is measured (docs/content-format.md, "Loại chỉ tiêu").
public enum Measure: String, Sendable, CaseIterable {
  case percent
  case count
  case yesNo = "yes-no"
  case text
}

/// One measurable indicator of a target.
public struct Indicator: Sendable {
  public var id: String
  public var targetID: String
  public var label: String
  public var measure: Measure
  /// In the measure's unit: percent (or per mille), a count, or a share of units for yes-no.
  public var target: Rational?
  /// A ceiling ("keep at 0 cases") is achieved while at or below the target.
  public var lowerIsBetter: Bool
  /// For a count: the whole the target is a part of (150 of 200 communes).
  public var of: Rational?
  /// For a count without `of`: the target the plan gives each unit (`unit_target:`). Without
  /// it a count target is the province's total and units are not judged against it.
  public var unitTarget: Rational? = nil
  public var unit: String?
  public var baseline: Baseline?
  /// 100 for percent, 1000 for per mille.
  public var scale: Int
  /// Decimal places a reported `done`/`of` may have: 0 (a whole number) unless a count's unit
  /// can be divided (`tỷ đồng`) and the plan says so. done/of of a percent count people: always 0.
  public var decimals: Int = 0
  /// `label_en`, `unit_en`: the English edition's words.
  public var labelEN: String? = nil
  public var unitEN: String? = nil
  /// Where `of` is written in plan.yaml, for the warning when the units' wholes disagree.
  public var ofLocation: SourceLocation? = nil

  /// The baseline in the indicator's unit (a percent for shares, the amount for counts).
  public var baselineValue: Rational? {
    guard let b = baseline else { return nil }
    if measure == .percent, let of = b.of { return (b.done / of).map { $0 * Rational(scale) } }
    return b.done
  }
}

/// The starting point of an indicator.
public struct Baseline: Sendable {
  public var year: Int
  public var done: Rational
  public var of: Rational?
}
