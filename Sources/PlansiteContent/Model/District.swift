/// A reporting unit — district-level (huyện, thành phố) before July 2025, commune-level (xã,
/// phường, đặc khu) since — and everything its folder holds. The type keeps its old name, as the
/// folders keep `content/districts/<slug>/`.
public struct District: Sendable {
  public var slug: String
  /// The name without its kind: "Cao Lộc".
  public var name: String
  /// One of `District.kinds`: "huyện", "xã", …
  public var kind: String
  /// The number of communes of a district-level unit; nil when `district.yaml` gives none (a
  /// commune has none to count).
  public var communes: Int?
  /// The plan's grouping of the unit (`group:` in plan.yaml's list: a former district, an
  /// area), or nil.
  public var group: String?
  public var contact: Contact
  /// Period id → the day the report was received.
  public var submissions: [String: CivilDate]
  public var reports: [Report]
  /// Markdown of `report.md`.
  public var narrative: String
  public var narrativePath: String
  public var events: [Event]
  /// `map: {row: 2, col: 5}` in district.yaml: the unit's tile on the schematic map, or nil.
  public var map: MapPosition? = nil

  /// "Huyện Cao Lộc", "Thành phố Lạng Sơn".
  public var fullName: String { District.fullName(name, kind: kind) }

  /// The kinds a unit may have, as `district.yaml` writes them: the district level (the
  /// 2023 plan's) first, then the commune level (since 1 July 2025), each in the order pages
  /// name them ("huyện, thành phố", "xã, phường").
  public static let kinds = districtKinds + communeKinds
  public static let districtKinds = ["huyện", "quận", "thị xã", "thành phố"]
  public static let communeKinds = ["xã", "phường", "thị trấn", "đặc khu"]

  static func fullName(_ name: String, kind: String) -> String { capitalised(kind) + " " + name }

  /// "Xã", "Thành phố": a kind at the head of a name or a heading.
  public static func capitalised(_ kind: String) -> String { kind.prefix(1).uppercased() + kind.dropFirst() }

  /// The kind a name starts with, as written ("Huyện", "Thành phố", "huyen", "TP."), or nil:
  /// `name` holds the name alone, the page puts the kind before it. A word matches when spelt
  /// as the kind or wholly without accents; "Huyền Sơn" is a name.
  static func kindPrefix(of name: String) -> String? {
    let words = name.split(whereSeparator: \.isWhitespace)
    guard let first = words.first else { return nil }
    // Unaccented, "quan", "xa" and "phuong" are also words of names ("Quan Sơn", "Quan Hóa"):
    // for the kinds added after 2023 an unaccented word counts only in a wholly unaccented name.
    let unaccentedName = name.allSatisfy(\.isASCII)
    func matches(_ written: String, _ kind: String) -> Bool {
      let w = written.lowercased()
      guard w != kind else { return true }
      let olderKind = ["huyện", "thành phố", "thị xã"].contains(kind)
      guard w.allSatisfy(\.isASCII), unaccentedName || olderKind else { return false }
      return w == ContentID.fixed(kind).replacingOccurrences(of: "-", with: " ")
    }
    if words.count >= 2 {
      let pair = name[words[0].startIndex..<words[1].endIndex]
      let two = "\(words[0]) \(words[1])"
      if kinds.contains(where: { $0.contains(" ") && matches(two, $0) }) { return String(pair) }
    }
    if kinds.contains(where: { !$0.contains(" ") && matches(String(first), $0) }) { return String(first) }
    // "TP. Lạng Sơn", "TP.Lạng Sơn", "TX Mới": the abbreviations, with a name after them.
    let lower = first.lowercased()
    for abbreviation in ["tp", "tx"] where lower.hasPrefix(abbreviation) {
      let rest = lower.dropFirst(2)
      if rest == "." || (rest.isEmpty && words.count > 1) { return String(first) }
      if rest.hasPrefix(".") { return String(first.prefix(3)) }
    }
    return nil
  }

  public func report(for period: String) -> Report? { reports.first { $0.period == period } }
}

/// A unit's tile on the schematic map: a cell of a rough grid of the province (row 1 at the
/// north, column 1 at the west), not a coordinate. `location`: where district.yaml wrote it.
public struct MapPosition: Sendable, Hashable {
  public var row: Int
  public var col: Int
  public var location: SourceLocation

  /// Small on purpose: a tile map of a province, readable on a phone.
  public static let range = 1...20

  public init(row: Int, col: Int, location: SourceLocation) {
    self.row = row
    self.col = col
    self.location = location
  }

  public static func == (a: MapPosition, b: MapPosition) -> Bool { a.row == b.row && a.col == b.col }
  public func hash(into h: inout Hasher) {
    h.combine(row)
    h.combine(col)
  }
}

/// How to reach the district's office.
public struct Contact: Sendable {
  public var office: String?
  public var phone: String?
  public var email: String?
}

/// A district's reported values for one period.
public struct Report: Sendable {
  public var period: String
  public var asOf: CivilDate?
  /// Indicator id → value.
  public var values: [String: Value]
}

/// One reported value, shaped by the indicator's measure.
public enum Value: Sendable, Equatable {
  /// percent, or a count with its whole: {done: 35, of: 40}
  case fraction(done: Rational, of: Rational)
  /// a count: {done: 3.5}
  case amount(Rational)
  case yesNo(Bool)
  /// Markdown note for a qualitative indicator.
  case note(String)
}

/// An Action Month (or other) event, province-level or a district's.
public struct Event: Sendable {
  public var start: CivilDate
  /// Inclusive; equal to `start` for a one-day event.
  public var end: CivilDate
  public var title: String
  public var time: String?
  public var place: String?
  public var organiser: String?
  public var audience: String?
  /// Markdown.
  public var description: String?
  /// nil for province-level events.
  public var districtSlug: String?
  /// Position in the source, for stable ids.
  public var index: Int
  /// `illustration: true`: the plan does not say this event; the page marks it "Minh họa".
  public var illustration = false
}

/// The Action Month for Children (1–30 June).
public struct ActionMonth: Sendable {
  public var theme: String
  public var start: CivilDate
  public var end: CivilDate
  public var events: [Event]
  /// Markdown of `action-month.md`.
  public var narrative: String
  /// `action-month.md` as diagnostics show it.
  public var narrativePath = "action-month.md"
}

/// A narrative section of the plan, `plan/NN-slug.md`.
public struct NarrativeSection: Sendable {
  public var slug: String
  public var path: String
  public var markdown: String
}

/// Everything loaded from `content/`, validated.
public struct Content: Sendable {
  public var site: SiteSettings
  public var plan: Plan
  public var sections: [NarrativeSection]
  public var actionMonth: ActionMonth
  /// In the plan's administrative order.
  public var districts: [District]
}
