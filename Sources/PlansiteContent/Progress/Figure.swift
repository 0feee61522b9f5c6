/// One computed figure (a district's value or the province's aggregate) with what it came from,
/// so a page can show the working.
public struct Figure: Sendable, Equatable {
  /// In the indicator's unit: percent/per mille for shares, the amount for counts. nil: no data.
  public var value: Rational?
  public var done: Rational?
  public var of: Rational?
  /// The target this figure was judged against (for a district's count, its share of the target).
  public var target: Rational?
  public var status: Status
  /// Units that reported / units expected (province figures; 1/1 or 0/1 for a district).
  public var reported: Int
  public var expected: Int
  /// For yes-no province figures: how many answered yes.
  public var yesCount: Int?
  /// Text notes (qualitative indicators).
  public var notes: [String]

  public static func noData(expected: Int, target: Rational?) -> Figure {
    Figure(
      value: nil, done: nil, of: nil, target: target, status: .noData, reported: 0, expected: expected, yesCount: nil,
      notes: [])
  }
}
