import Foundation

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
    // One block per indicator and period (every unit's figure, then the province's), each made
    // on whichever core is free and written in place: at national scale this is most of the
    // model's time. Each unit's report of a period is looked up once, not once per indicator.
    let pairs = plan.indicators.flatMap { ind in plan.periods.enumerated().map { (ind, $0.offset, $0.element) } }
    let reports = plan.periods.map { p in content.districts.map { $0.report(for: p.id) } }
    let width = stride
    let total = pairs.count * width
    let units = width - 1
    figures = [Figure](unsafeUninitializedCapacity: total) { buffer, count in
      guard let start = buffer.baseAddress else { return }
      nonisolated(unsafe) let base = start
      DispatchQueue.concurrentPerform(iterations: pairs.count) { k in
        let (ind, p, period) = pairs[k]
        let closed = period.isClosed(on: today)
        var values: [Value?] = []
        values.reserveCapacity(units)
        let block = base + k * width
        for u in 0..<units {
          let v = reports[p][u]?.values[ind.id]
          values.append(v)
          (block + u).initialize(to: Progress.district(v, indicator: ind, period: period, closed: closed))
        }
        (block + units).initialize(to: Progress.province(values, indicator: ind, period: period, closed: closed))
      }
      count = total
    }
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
