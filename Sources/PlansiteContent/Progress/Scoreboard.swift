/// Every figure of the plan computed once: each indicator × period, for the province and for
/// every district. Pages read from here instead of recomputing.
public struct Scoreboard: Sendable {
  public struct Key: Hashable, Sendable {
    public var indicator: String
    public var period: String
    public var district: String?
  }

  private var figures: [Key: Figure] = [:]

  public init(_ content: Content) {
    let plan = content.plan
    for ind in plan.indicators {
      for period in plan.periods {
        var values: [Value?] = []
        for d in content.districts {
          let v = d.report(for: period.id)?.values[ind.id]
          values.append(v)
          figures[Key(indicator: ind.id, period: period.id, district: d.slug)] =
            Progress.district(v, indicator: ind, period: period)
        }
        figures[Key(indicator: ind.id, period: period.id, district: nil)] =
          Progress.province(values, indicator: ind, period: period)
      }
    }
  }

  /// The province figure when `district` is nil.
  public func figure(_ indicator: String, _ period: String, district: String? = nil) -> Figure {
    figures[Key(indicator: indicator, period: period, district: district)]
      ?? .noData(expected: 1, target: nil)
  }

  /// How many indicators are in each status for a period (province figures).
  public func statusCounts(_ plan: Plan, period: String) -> [Status: Int] {
    var counts: [Status: Int] = [:]
    for ind in plan.indicators { counts[figure(ind.id, period).status, default: 0] += 1 }
    return counts
  }
}
