/// Every figure of the plan computed once: each indicator × period, for the province and for
/// every district. Pages read from here instead of recomputing.
/// Stored flat, indexed by position (indicator, period, unit): at 10,000 districts that is
/// 440,000 figures, and a dictionary keyed by three strings cost twice the memory and a
/// string hash per lookup.
public struct Scoreboard: Sendable {
  private let figures: [Figure]
  private let indicatorIndex: [String: Int]
  private let periodIndex: [String: Int]
  private let districtIndex: [String: Int]
  /// Units per (indicator, period) block: the districts, then the province.
  private let stride: Int

  /// `today`: the build date; a period whose due date has passed on it is judged final.
  public init(_ content: Content, today: CivilDate) {
    let plan = content.plan
    indicatorIndex = Dictionary(plan.indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    periodIndex = Dictionary(plan.periods.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    districtIndex = Dictionary(content.districts.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { a, _ in a })
    stride = content.districts.count + 1
    var figures: [Figure] = []
    figures.reserveCapacity(plan.indicators.count * plan.periods.count * stride)
    for ind in plan.indicators {
      for period in plan.periods {
        let closed = period.isClosed(on: today)
        var values: [Value?] = []
        values.reserveCapacity(content.districts.count)
        for d in content.districts {
          let v = d.report(for: period.id)?.values[ind.id]
          values.append(v)
          figures.append(Progress.district(v, indicator: ind, period: period, closed: closed))
        }
        figures.append(Progress.province(values, indicator: ind, period: period, closed: closed))
      }
    }
    self.figures = figures
  }

  /// The province figure when `district` is nil.
  public func figure(_ indicator: String, _ period: String, district: String? = nil) -> Figure {
    guard let i = indicatorIndex[indicator], let p = periodIndex[period] else {
      return .noData(expected: 1, target: nil)
    }
    let unit: Int
    if let district {
      guard let d = districtIndex[district] else { return .noData(expected: 1, target: nil) }
      unit = d
    } else {
      unit = stride - 1
    }
    return figures[(i * periodIndex.count + p) * stride + unit]
  }

  /// Every unit's figure for `indicator` in `period`, in the content's unit order (the
  /// province's is not among them); empty for an unknown id. For loops over every unit: one
  /// lookup for all of them.
  public func unitFigures(_ indicator: String, _ period: String) -> ArraySlice<Figure> {
    guard let i = indicatorIndex[indicator], let p = periodIndex[period] else { return [] }
    let start = (i * periodIndex.count + p) * stride
    return figures[start..<(start + stride - 1)]
  }

  /// How many indicators are in each status for a period (province figures).
  public func statusCounts(_ plan: Plan, period: String) -> [Status: Int] {
    var counts: [Status: Int] = [:]
    for ind in plan.indicators { counts[figure(ind.id, period).status, default: 0] += 1 }
    return counts
  }
}
