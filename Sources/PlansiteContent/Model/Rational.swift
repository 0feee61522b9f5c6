/// An exact fraction. Figures are compared as fractions so a status never flips on a rounding
/// error: 79,96 % is below 80 %, and 0,1 + 0,2 is exactly 0,3.
public struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Always reduced, denominator > 0.
  public let numerator: Int
  public let denominator: Int

  public init(_ n: Int, _ d: Int = 1) {
    precondition(d != 0, "Rational with zero denominator")
    let g = Rational.gcd(abs(n), abs(d))
    let sign = d < 0 ? -1 : 1
    numerator = sign * n / max(g, 1)
    denominator = sign * d / max(g, 1)
  }

  /// Reads a plain decimal (`35`, `3.5`, `-0.25`) exactly; nil for anything else or more
  /// than 6 decimals / 12 digits, which keeps every product inside Int128.
  public init?(decimal text: String) {
    var s = Substring(text)
    var negative = false
    if s.first == "-" {
      negative = true
      s = s.dropFirst()
    } else if s.first == "+" {
      s = s.dropFirst()
    }
    let parts = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard let intPart = parts.first, !intPart.isEmpty, intPart.count <= 12,
      intPart.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    var n = Int(intPart)!
    var d = 1
    if parts.count == 2 {
      let frac = parts[1]
      guard !frac.isEmpty, frac.count <= 6, frac.allSatisfy({ $0.isASCII && $0.isNumber }) else {
        return nil
      }
      for ch in frac {
        n = n * 10 + Int(String(ch))!
        d *= 10
      }
    }
    self.init(negative ? -n : n, d)
  }

  public static let zero = Rational(0)
  public static let one = Rational(1)

  public var isZero: Bool { numerator == 0 }
  public var isNegative: Bool { numerator < 0 }
  public var isInteger: Bool { denominator == 1 }

  public static func + (a: Rational, b: Rational) -> Rational {
    Rational.reduce(
      Int128(a.numerator) * Int128(b.denominator) + Int128(b.numerator) * Int128(a.denominator),
      Int128(a.denominator) * Int128(b.denominator))
  }

  public static func - (a: Rational, b: Rational) -> Rational { a + Rational(-b.numerator, b.denominator) }

  public static func * (a: Rational, b: Rational) -> Rational {
    Rational.reduce(
      Int128(a.numerator) * Int128(b.numerator), Int128(a.denominator) * Int128(b.denominator))
  }

  /// nil when dividing by zero.
  public static func / (a: Rational, b: Rational) -> Rational? {
    guard !b.isZero else { return nil }
    return Rational.reduce(
      Int128(a.numerator) * Int128(b.denominator), Int128(a.denominator) * Int128(b.numerator))
  }

  public static func < (a: Rational, b: Rational) -> Bool {
    Int128(a.numerator) * Int128(b.denominator) < Int128(b.numerator) * Int128(a.denominator)
  }

  /// For display only: never compare these.
  public var doubleValue: Double { Double(numerator) / Double(denominator) }

  /// Rounded half away from zero to `places` decimals, as digits and a sign: (negative, "955", 1)
  /// means -95.5. Done on integers so display never shows binary-float artefacts.
  public func rounded(places: Int) -> (negative: Bool, digits: String) {
    // In 64 bits when nothing overflows there (every figure of a real plan): the CSV rounds
    // three numbers a row, hundreds of thousands of rows, and 128-bit division is slow.
    if places <= 18 {
      var scale: UInt64 = 1
      for _ in 0..<places { scale *= 10 }
      let d = UInt64(denominator)
      let (n, o1) = UInt64(numerator.magnitude).multipliedReportingOverflow(by: scale)
      let (twice, o2) = n.multipliedReportingOverflow(by: 2)
      let (top, o3) = twice.addingReportingOverflow(d)
      let (bottom, o4) = d.multipliedReportingOverflow(by: 2)
      if !(o1 || o2 || o3 || o4) {
        let q = top / bottom
        return (numerator < 0 && q != 0, String(q))
      }
    }
    var scale = Int128(1)
    for _ in 0..<places { scale *= 10 }
    let n = Int128(numerator).magnitude * UInt128(scale)
    let d = UInt128(denominator)
    let q = (n * 2 + d) / (d * 2)
    return (numerator < 0 && q != 0, String(q))
  }

  /// Plain decimal with a point, for machine-readable output (CSV): `95.5`, `3`.
  public func decimalString(places: Int) -> String {
    if denominator == 1 { return String(numerator) }
    let (neg, digits) = rounded(places: places)
    var s = Array(digits.utf8)
    if places > 0 {
      if s.count <= places { s = [UInt8](repeating: UInt8(ascii: "0"), count: places - s.count + 1) + s }
      s.insert(UInt8(ascii: "."), at: s.count - places)
      while s.last == UInt8(ascii: "0") { s.removeLast() }
      if s.last == UInt8(ascii: ".") { s.removeLast() }
    }
    return (neg ? "-" : "") + String(decoding: s, as: UTF8.self)
  }

  public var description: String {
    denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
  }

  private static func gcd(_ a: Int, _ b: Int) -> Int {
    var (a, b) = (a, b)
    while b != 0 { (a, b) = (b, a % b) }
    return a
  }

  private static func reduce(_ n: Int128, _ d: Int128) -> Rational {
    var (a, b) = (n.magnitude, d.magnitude)
    while b != 0 { (a, b) = (b, a % b) }
    let g = Int128(max(a, 1))
    // Inputs are bounded (12 digits, 6 decimals), so reduced sums of many districts fit in Int.
    return Rational(Int(n / g), Int(d / g))
  }
}
