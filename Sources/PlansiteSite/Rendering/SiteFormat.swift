import PlansiteContent

/// Numbers and dates in the site's language, chosen by its strings file: Vietnamese
/// (`1.234,5`, `20/05/2023`, `VietnameseFormat`) or English (`1,234.5`, `20 May 2023`).
/// Names of weekdays and months come from the strings file (`weekday_1`…, `month_1`…).
public struct SiteFormat: Sendable {
  let english: Bool
  let strings: Strings

  public init(_ strings: Strings) {
    self.strings = strings
    english = strings.language.lowercased().hasPrefix("en")
  }

  /// `1.234` or `3,5` (Vietnamese), `1,234` or `3.5` (English).
  public func number(_ value: Rational, places: Int = 2) -> String {
    swapSeparators(VietnameseFormat.number(value, places: places))
  }

  /// A whole count (days, units): `1.234` or `1,234`.
  public func count(_ n: Int) -> String { swapSeparators(VietnameseFormat.days(n)) }

  /// `80%`, `80,0%` / `80.0%`, or per mille.
  public func share(_ value: Rational, scale: Int = 100) -> String {
    swapSeparators(VietnameseFormat.share(value, scale: scale))
  }

  /// `20/05/2023` or `20 May 2023`.
  public func date(_ d: CivilDate) -> String {
    english ? "\(d.day) \(monthName(d.month)) \(d.year)" : VietnameseFormat.date(d)
  }

  /// `Thứ Sáu, ngày 29/09/2023` or `Friday, 29 September 2023`.
  public func fullDate(_ d: CivilDate) -> String {
    strings.format(.dateFull, ["weekday": weekday(d.isoWeekday), "date": date(d)])
  }

  /// `01/06–30/06/2023` or `1–30 June 2023`; one date when both are the same day.
  public func range(_ a: CivilDate, _ b: CivilDate) -> String {
    guard english else { return VietnameseFormat.range(a, b) }
    if a == b { return date(a) }
    if a.year == b.year, a.month == b.month { return "\(a.day)–\(date(b))" }
    if a.year == b.year { return "\(a.day) \(monthName(a.month)) – \(date(b))" }
    return "\(date(a)) – \(date(b))"
  }

  /// `Tháng 6 năm 2023` or `June 2023`.
  public func monthTitle(month: Int, year: Int) -> String {
    strings.format(.monthTitle, ["month": String(month), "month_name": monthName(month), "year": String(year)])
  }

  /// `T2`…`CN` or `Mon`…`Sun`, Monday first.
  public var weekdayShort: [String] {
    (1...7).map { strings.text("weekday_short_\($0)") }
  }

  func weekday(_ iso: Int) -> String { strings.text("weekday_\(iso)") }
  func monthName(_ m: Int) -> String { strings.text("month_\(m)") }

  private func swapSeparators(_ s: String) -> String {
    guard english else { return s }
    return String(s.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
  }
}
