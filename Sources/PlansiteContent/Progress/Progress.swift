/// Computes district and province figures for an indicator and period, on exact fractions.
public enum Progress {
  /// A district's figure. For a count with a whole (`9`: 150 of 200 communes) the district is
  /// judged against its proportional share of the target (150/200 of its own communes).
  public static func district(_ value: Value?, indicator ind: Indicator, period: Period) -> Figure {
    guard let value else { return .noData(expected: 1, target: ind.target) }
    var fig = Figure(
      value: nil, done: nil, of: nil, target: ind.target, status: .noData, reported: 1, expected: 1, yesCount: nil,
      notes: [])
    switch (ind.measure, value) {
    case (.percent, .fraction(let done, let of)):
      fig.done = done
      fig.of = of
      fig.value = (done / of).map { $0 * Rational(ind.scale) }
    case (.count, .fraction(let done, let of)):
      fig.done = done
      fig.of = of
      fig.value = done
      if let t = ind.target, let whole = ind.of, let share = of / whole { fig.target = t * share }
    case (.count, .amount(let done)):
      fig.done = done
      fig.value = done
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
    fig.status = status(fig.value, fig.target, ind, period)
    return fig
  }

  /// The province figure over the districts that reported: Σdone/Σof for shares (weighted,
  /// never a mean of percents), Σdone for counts, the share of units answering yes for yes-no.
  public static func province(_ values: [Value?], indicator ind: Indicator, period: Period) -> Figure {
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
      fig.of = hasOf ? of : ind.of
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
    fig.status = status(fig.value, fig.target, ind, period)
    return fig
  }

  static func status(_ value: Rational?, _ target: Rational?, _ ind: Indicator, _ period: Period) -> Status {
    guard let value else { return .noData }
    guard let target else { return .qualitative }
    return Status.of(value: value, target: target, lowerIsBetter: ind.lowerIsBetter, expected: period.expected)
  }
}
