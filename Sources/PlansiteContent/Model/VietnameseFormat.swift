import Foundation

/// Numbers and dates as Vietnamese readers write them: `1.234`, `95,5%`, `3,5`, `20/05/2023`.
public enum VietnameseFormat {
  /// `1.234` or `3,5`: up to `places` decimals, trailing zeros dropped, never `-0`.
  public static func number(_ value: Rational, places: Int = 2) -> String {
    let (neg, digits) = value.rounded(places: places)
    var intPart = digits
    var frac = ""
    if places > 0 {
      let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
      intPart = String(padded.dropLast(places))
      frac = String(padded.suffix(places))
      while frac.hasSuffix("0") { frac.removeLast() }
    }
    let grouped = group(intPart)
    return (neg ? "-" : "") + grouped + (frac.isEmpty ? "" : "," + frac)
  }

  /// A share in percent (or per mille): exact integers as `80%`, others with one decimal
  /// (`79,96` shows `80,0%`, so a rounded figure never looks like the exact target).
  public static func share(_ value: Rational, scale: Int = 100) -> String {
    let sign = scale == 1000 ? "‰" : "%"
    if value.isInteger { return number(value, places: 0) + sign }
    let (neg, digits) = value.rounded(places: 1)
    let padded = digits.count < 2 ? "0" + digits : digits
    return (neg ? "-" : "") + group(String(padded.dropLast())) + "," + String(padded.suffix(1)) + sign
  }

  /// A count of days as every page writes numbers: `1.112`, never `1112`.
  public static func days(_ n: Int) -> String { (n < 0 ? "-" : "") + group(String(n.magnitude)) }

  /// Thousands grouped with dots: `1234567` → `1.234.567`.
  static func group(_ digits: String) -> String {
    guard digits.count > 3 else { return digits }
    var out = ""
    for (i, ch) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
      out.append(ch)
    }
    return out
  }

  /// `20/05/2023`
  public static func date(_ d: CivilDate) -> String {
    String(format: "%02d/%02d/%04d", d.day, d.month, d.year)
  }

  /// `20/05`
  public static func dayMonth(_ d: CivilDate) -> String {
    String(format: "%02d/%02d", d.day, d.month)
  }

  /// `01/06–30/06/2023`, or one date when both are the same day.
  public static func range(_ a: CivilDate, _ b: CivilDate) -> String {
    if a == b { return date(a) }
    if a.year == b.year { return "\(dayMonth(a))–\(date(b))" }
    return "\(date(a))–\(date(b))"
  }

  /// Vietnamese alphabetical order (Đ after D, letters before tone marks).
  public static func collate(_ a: String, _ b: String) -> Bool { order(a, b) == .orderedAscending }

  /// The same, as one comparison (a sort that breaks ties asks once, not twice).
  public static func order(_ a: String, _ b: String) -> ComparisonResult {
    firstLetterOrder(a, b) ?? a.compare(b, options: [], range: nil, locale: vietnamese)
  }

  /// The order of two names that start with different plain Latin letters (not d, which đ
  /// follows, nor a letter a combining mark changes): those letters alone decide, as the locale
  /// comparison would, without its cost (sorting thousands of unit names asks it tens of
  /// thousands of times). nil otherwise.
  static func firstLetterOrder(_ a: String, _ b: String) -> ComparisonResult? {
    func lead(_ s: String) -> UInt8? {
      var scalars = s.unicodeScalars.makeIterator()
      guard let first = scalars.next(), first.isASCII, let second = scalars.next(),
        !(0x300...0x36F).contains(second.value)
      else { return nil }
      let letter = UInt8(first.value) | 0x20  // lowercase
      return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(letter) && letter != UInt8(ascii: "d") ? letter : nil
    }
    guard let x = lead(a), let y = lead(b), x != y else { return nil }
    return x < y ? .orderedAscending : .orderedDescending
  }

  private static let vietnamese = Locale(identifier: "vi")
}
