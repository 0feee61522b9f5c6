/// Whose figure, event or CSV row something is: the province as a whole or one district.
/// The province is a case of its own, not a reserved slug, so a district may take any slug the
/// grammar allows (`tinh` included) without sharing the province's element ids or CSV rows.
public enum ReportingUnit: Hashable, Sendable {
  case province
  case district(String)

  /// A district's unit, or the province's for nil (`Event.districtSlug`, `Scoreboard.figure`).
  public init(slug: String?) {
    self = slug.map(ReportingUnit.district) ?? .province
  }

  /// The district's slug; nil for the province.
  public var slug: String? {
    if case .district(let slug) = self { return slug }
    return nil
  }

  /// The unit in element ids, anchors, calendar UIDs and the CSV's `ma_don_vi`: the district's
  /// slug, or `ReportingUnit.provinceKey`.
  public var key: String {
    switch self {
    case .province: return ReportingUnit.provinceKey
    case .district(let slug): return slug
    }
  }

  /// Slugs are `[a-z0-9-]`: the `_` keeps every district from ever rendering this key.
  public static let provinceKey = "toan_tinh"
}

extension Event {
  /// The province for the Action Month's own events, else the event's district.
  public var unit: ReportingUnit { ReportingUnit(slug: districtSlug) }
}

extension Scoreboard {
  /// The figure of an indicator in a period for one unit.
  public func figure(_ indicator: String, _ period: String, for unit: ReportingUnit) -> Figure {
    figure(indicator, period, district: unit.slug)
  }
}
