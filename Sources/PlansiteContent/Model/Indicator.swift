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
}

/// The starting point of an indicator.
public struct Baseline: Sendable {
  public var year: Int
  public var done: Rational
  public var of: Rational?
}
