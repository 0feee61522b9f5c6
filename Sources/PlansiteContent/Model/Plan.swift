/// The site settings from `site.yaml`.
public struct SiteSettings: Sendable {
  public var title: String
  public var province: String
  public var language: String
  /// When true every page says "Số liệu minh họa": the district figures are illustrations.
  public var sampleData: Bool
  public var footer: String
}

/// The plan from `plan.yaml`.
public struct Plan: Sendable {
  public var number: String
  public var year: Int
  public var title: String
  public var issuer: String
  public var place: String?
  public var signed: CivilDate?
  public var signer: Signer
  /// Markdown: the legal basis paragraph.
  public var basis: String?
  /// District slugs in administrative order.
  public var districtSlugs: [String]
  public var periods: [Period]
  public var keyDates: [KeyDate]
  public var targets: [Target]
  /// Ids of indicators that failed to load (reported once, in plan.yaml, not again per district).
  public var invalidIndicatorIDs: Set<String> = []
  /// Ids of periods that failed to load, likewise.
  public var invalidPeriodIDs: Set<String> = []
  /// Entries of `districts` that were refused (a broken or clashing code), likewise for folders.
  public var invalidDistrictSlugs: Set<String> = []
  /// Where each district slug is listed in plan.yaml, for diagnostics about it.
  public var districtLocations: [String: SourceLocation] = [:]
  /// How period reports are headed and signed (`report:`).
  public var report = ReportSettings()

  public var indicators: [Indicator] { targets.flatMap(\.indicators) }

  public func period(_ id: String) -> Period? { periods.first { $0.id == id } }
  /// Looked up for every reported value, so without building `indicators` each time.
  public func indicator(_ id: String) -> Indicator? {
    for target in targets { if let found = target.indicators.first(where: { $0.id == id }) { return found } }
    return nil
  }
}

/// Who signed the plan.
public struct Signer: Sendable {
  public var name: String
  public var title: String
}

/// A reporting period (6-month, annual) with its deadlines.
public struct Period: Sendable, Hashable {
  public var id: String
  public var label: String
  /// Districts send their report strictly before this day ("trước ngày 20/5").
  public var due: CivilDate
  /// The department sends to the Ministry and the Province strictly before this day.
  public var provinceDue: CivilDate
  /// Share of the target expected by this period, for "on track".
  public var expected: Rational
}

/// A date in the plan year worth a place on the calendar.
public struct KeyDate: Sendable {
  public var id: String
  public var title: String
  public var date: CivilDate
  /// The lunar date as written (`15/8`), when the date was converted from it.
  public var lunar: String?
  public var description: String?
}

/// A target (mục tiêu cụ thể) with its measurable indicators.
public struct Target: Sendable {
  public var id: String
  public var title: String
  /// The plan's own sentence for the target.
  public var text: String
  public var indicators: [Indicator]
}
