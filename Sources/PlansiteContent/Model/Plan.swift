/// The site settings from `site.yaml`.
public struct SiteSettings: Sendable {
  public var title: String
  public var province: String
  public var language: String
  /// When true every page says "Số liệu minh họa": the district figures are illustrations.
  public var sampleData: Bool
  public var footer: String
  /// `title_en`, `footer_en`: shown instead in the English edition (`language: en`).
  public var titleEN: String? = nil
  public var footerEN: String? = nil
  /// `as_of:` fixes the build date of an archived site, so it reads the same any day; `--today`
  /// still overrides it (previews of a past day), the clock and SOURCE_DATE_EPOCH do not.
  public var asOf: CivilDate? = nil
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
  /// Everyone the plan obliges to report, as the plan words it (`reporters:`): "các sở, ban,
  /// ngành, cơ quan, đơn vị liên quan và UBND các huyện, thành phố". Nil: the units listed.
  public var reporters: String? = nil
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
  /// Slug → the group plan.yaml lists the unit under (`group:`), for units that have one.
  public var districtGroups: [String: String] = [:]
  /// How period reports are headed and signed (`report:`).
  public var report = ReportSettings()
  /// Parts of plan.yaml that could not be read at all (a syntax error, a missing list): district
  /// files are still checked, but not against these (the cause is reported once, in plan.yaml).
  public var unknown: Set<PlanPart> = []
  /// `title_en`: the English edition's title of the plan.
  public var titleEN: String? = nil

  /// Whether a district's use of period `id` is wrong: the id is not declared, and not because
  /// plan.yaml failed to say (the periods could not be read, or this one failed to load).
  public func isUndeclaredPeriod(_ id: String) -> Bool {
    period(id) == nil && !invalidPeriodIDs.contains(id) && !unknown.contains(.periods)
  }

  /// The plan year, when plan.yaml gave a valid one.
  public var knownYear: Int? { unknown.contains(.year) ? nil : year }

  /// As `isUndeclaredPeriod`, for indicators.
  public func isUndeclaredIndicator(_ id: String) -> Bool {
    indicator(id) == nil && !invalidIndicatorIDs.contains(id) && !unknown.contains(.indicators)
  }

  /// What is known when plan.yaml is missing or cannot be parsed: nothing.
  static let unreadable = Plan(
    number: "", year: 0, title: "", issuer: "", signer: Signer(name: "", title: ""), districtSlugs: [],
    periods: [], keyDates: [], targets: [], unknown: [.year, .districts, .periods, .indicators])

  public var indicators: [Indicator] { targets.flatMap(\.indicators) }

  /// The last day anything of the plan is still due on time (units' and the department's).
  public var lastOnTimeDay: CivilDate? {
    periods.flatMap { [$0.lastOnTimeDay($0.due), $0.lastOnTimeDay($0.provinceDue)] }.max()
  }

  /// Whether the plan is over on `today`: every deadline has passed, so the site is a record
  /// (no countdowns, each deadline says what happened).
  public func isFinished(on today: CivilDate) -> Bool {
    guard let last = lastOnTimeDay else { return false }
    return today > last
  }

  public func period(_ id: String) -> Period? { periods.first { $0.id == id } }
  /// Looked up for every reported value, so without building `indicators` each time.
  public func indicator(_ id: String) -> Indicator? {
    for target in targets { if let found = target.indicators.first(where: { $0.id == id }) { return found } }
    return nil
  }
}

/// A part of plan.yaml that district files are checked against.
public enum PlanPart: Sendable, Hashable {
  case year, districts, periods, indicators
}

/// Who signed the plan.
public struct Signer: Sendable {
  public var name: String
  public var title: String
  /// The head a deputy signs for (`for: Giám đốc` prints "KT. GIÁM ĐỐC" above the title).
  public var signsFor: String? = nil
}

/// How the plan words a deadline day: whether the day itself is still on time.
public enum DueWording: String, Sendable, Hashable, CaseIterable {
  /// "trước ngày D": D is the first day late (the 2023 plan).
  case before = "trước ngày"
  /// "chậm nhất ngày D": D is the last day on time.
  case noLaterThan = "chậm nhất ngày"
  /// "trong ngày D": sent on D (earlier is on time too).
  case onDay = "trong ngày"

  /// The plan's own words, as written in plan.yaml (pages print them from the strings files:
  /// `deadline_due_*`, `SiteModel.dueText`).
  public var words: String { rawValue }
  /// Whether a report received on the day named is on time.
  public var dayIsOnTime: Bool { self != .before }
}

/// A reporting period (6-month, annual) with its deadlines.
public struct Period: Sendable, Hashable {
  public var id: String
  public var label: String
  /// The day the plan names for the units' report; `wording` says whether it is still on time.
  public var due: CivilDate
  /// The day the plan names for the department's report to the Ministry and the Province.
  public var provinceDue: CivilDate
  /// Share of the target expected by this period, for "on track".
  public var expected: Rational
  /// `label_en`: the English edition's label.
  public var labelEN: String? = nil
  /// "trước ngày" (default, as the 2023 plan), "chậm nhất ngày" or "trong ngày" (`due_wording:`).
  public var wording: DueWording = .before

  /// The last day a report for a deadline `day` is on time.
  public func lastOnTimeDay(_ day: CivilDate) -> CivilDate { wording.dayIsOnTime ? day : day.adding(days: -1) }

  /// Whether the units' deadline has passed on `today`: the period's figures are final.
  public func isClosed(on today: CivilDate) -> Bool { today > lastOnTimeDay(due) }
}

/// A date in the plan year worth a place on the calendar.
public struct KeyDate: Sendable {
  /// A key date's id is an element id and a calendar UID on the calendar page, beside the ids
  /// the calendar makes itself (deadlines `han-…`, month grids `thang-…`) and those of its
  /// template and the layout; a test keeps this list in step with the templates.
  public static let reservedPrefixes = ["han-", "thang-"]
  public static let reservedIDs: Set<String> = [
    "noi-dung", "tim-nhanh", "nop-bao-cao", "nop-bao-cao-title", "lich-trinh", "lich-trinh-title",
    "lich-thang", "lich-thang-title",
  ]

  public static func isReserved(_ id: String) -> Bool {
    reservedIDs.contains(id) || reservedPrefixes.contains { id.hasPrefix($0) }
  }

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
  /// `title_en`, `text_en`: the English edition's words.
  public var titleEN: String? = nil
  public var textEN: String? = nil
}
