/// Computes district and province figures for an indicator and period, on exact fractions.
/// `closed`: the period's due date has passed on the build date, so figures are final
/// (`Status.of`).
public enum Progress {
  /// A district's figure. A count target is the province's: a unit is judged only against a
  /// share the plan gives it (`TargetSplit`) — its proportional part of a target with `of`, the
  /// plan's `unit_target:`, or 0 of a ceiling of 0 — and otherwise shown without a status.
  public static func district(_ value: Value?, indicator ind: Indicator, period: Period, closed: Bool = false)
    -> Figure
  {
    guard let value else { return .noData(expected: 1, target: unitTarget(ind, unitOf: nil).target) }
    var fig = Figure(
      value: nil, done: nil, of: nil, target: ind.target, status: .noData, reported: 1, expected: 1, yesCount: nil,
      notes: [])
    var baseline = ind.baselineValue
    switch (ind.measure, value) {
    case (.percent, .fraction(let done, let of)):
      fig.done = done
      fig.of = of
      fig.value = (done / of).map { $0 * Rational(ind.scale) }
    case (.count, .fraction(let done, let of)):
      fig.done = done
      fig.of = of
      fig.value = done
      (fig.target, fig.split) = unitTarget(ind, unitOf: of)
      if case .proportional(_, let unitOf, let planOf) = fig.split, let share = unitOf / planOf {
        baseline = baseline.map { $0 * share }
      } else {
        baseline = nil
      }
    case (.count, .amount(let done)):
      fig.done = done
      fig.value = done
      (fig.target, fig.split) = unitTarget(ind, unitOf: nil)
      baseline = nil
    case (.yesNo, .yesNo(let yes)):
      fig.value = yes ? Rational(100) : .zero
      fig.yesCount = yes ? 1 : 0
    case (.text, .note(let note)):
      fig.notes = [note]
      fig.status = .qualitative
      return fig
    default:
      return .noData(expected: 1, target: ind.target)
    }
    if ind.measure == .count && fig.target == nil && ind.target != nil {
      fig.status = .notAssigned
      return fig
    }
    fig.status = status(fig.value, fig.target, ind, period, closed: closed, baseline: baseline)
    return fig
  }

  /// A unit's own target for a count and how it was derived; nil when the plan gives none.
  static func unitTarget(_ ind: Indicator, unitOf: Rational?) -> (target: Rational?, split: TargetSplit?) {
    guard ind.measure == .count, let t = ind.target else { return (ind.target, nil) }
    if let u = ind.unitTarget { return (u, .perUnit(u)) }
    if let whole = ind.of, let unitOf, let share = unitOf / whole {
      return (t * share, .proportional(provinceTarget: t, unitOf: unitOf, planOf: whole))
    }
    if ind.lowerIsBetter && t.isZero { return (.zero, .zeroCeiling) }
    return (nil, nil)
  }

  /// The province figure over the districts that reported: Σdone/Σof for shares (weighted,
  /// never a mean of percents), Σdone for counts, the share of units answering yes for yes-no.
  /// A count with `of` is shown over the plan's whole, the one denominator every page uses.
  public static func province(_ values: [Value?], indicator ind: Indicator, period: Period, closed: Bool = false)
    -> Figure
  {
    let reported = values.compactMap { $0 }
    var fig = Figure.noData(expected: values.count, target: ind.target)
    fig.reported = reported.count
    guard !reported.isEmpty else { return fig }
    switch ind.measure {
    case .percent:
      var done = Rational.zero
      var of = Rational.zero
      for case .fraction(let d, let o) in reported {
        done = done + d
        of = of + o
      }
      fig.done = done
      fig.of = of
      fig.value = (done / of).map { $0 * Rational(ind.scale) }
    case .count:
      var done = Rational.zero
      var of = Rational.zero
      var hasOf = false
      for v in reported {
        switch v {
        case .fraction(let d, let o):
          done = done + d
          of = of + o
          hasOf = true
        case .amount(let d): done = done + d
        default: break
        }
      }
      fig.done = done
      fig.of = ind.of ?? (hasOf ? of : nil)
      fig.value = done
    case .yesNo:
      let yes = reported.count { $0 == .yesNo(true) }
      fig.yesCount = yes
      fig.done = Rational(yes)
      fig.of = Rational(reported.count)
      fig.value = Rational(yes * 100, reported.count)
    case .text:
      fig.notes = reported.compactMap { if case .note(let n) = $0 { return n } else { return nil } }
      fig.status = .qualitative
      return fig
    }
    fig.status = status(
      fig.value, fig.target, ind, period, closed: closed, complete: fig.reported == fig.expected,
      baseline: ind.baselineValue)
    return fig
  }

  static func status(
    _ value: Rational?, _ target: Rational?, _ ind: Indicator, _ period: Period, closed: Bool,
    complete: Bool = true, baseline: Rational?
  ) -> Status {
    guard let value else { return .noData }
    guard let target else { return ind.measure == .text ? .qualitative : .notAssigned }
    return Status.of(
      value: value, target: target, lowerIsBetter: ind.lowerIsBetter, expected: period.expected, closed: closed,
      complete: complete, baseline: baseline)
  }
}
