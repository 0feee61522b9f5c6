import Yams

/// Numbers that count people, children, communes or units. A count is whole; only an indicator
/// whose unit can be divided (money, say) declares how many decimals it takes (`decimals: 1`).
/// The Vietnamese thousands separator is caught before YAML's decimal point reads it:
/// `15.200` means fifteen thousand two hundred to the officer who typed it, 15.2 to a parser.
extension YAMLReader {
  /// `what` names the value (`chỉ tiêu "7a": done`); `decimals` is how many places it may have.
  func count(_ node: Node?, _ what: String, decimals: Int = 0, reason: String = CountText.people) -> Rational? {
    guard let node else { return nil }
    if case .scalar(let s) = node, let grouped = CountText.grouped(s.string),
      !(grouped.separator == "." && grouped.groups.count == 2 && decimals >= 3)
    {
      var alternative = ""
      if decimals > 0, let d = CountText.asDecimal(grouped), CountText.decimalPlaces(d) <= decimals {
        alternative = ", hoặc \(d) nếu là số thập phân"
      }
      // What a reader would make of it: 15.200 is the decimal 15,2; 1.234.567 is no number.
      let misread = Rational(decimal: s.string).map { ", sẽ bị đọc thành \(VietnameseFormat.number($0))" } ?? ""
      error(
        .notWhole, node,
        "\(what) \"\(s.string)\" dùng dấu ngăn cách hàng nghìn\(misread); viết \(grouped.groups.joined())\(alternative)"
      )
      return nil
    }
    guard let value = number(node, what), let text = node.scalar?.string else { return nil }
    let places = CountText.decimalPlaces(text)
    guard places > decimals else { return value }
    if decimals > 0 {
      error(.notWhole, node, "\(what) \"\(text)\" có \(places) chữ số thập phân; chỉ tiêu này chỉ nhận \(decimals)")
    } else {
      let fix = value.isInteger ? ": viết \(value.numerator)" : ""
      error(.notWhole, node, "\(what) phải là số nguyên (\(reason)), không phải \"\(text)\"\(fix)")
    }
    return nil
  }

  /// A whole number that is not a share of anything: a year, a number of communes.
  func wholeNumber(_ node: Node?, _ what: String, reason: String) -> Int? {
    count(node, what, reason: reason).map(\.numerator)
  }
}

enum CountText {
  static let people = "số người, trẻ em, xã hay đơn vị không có phần lẻ"
  /// For plan.yaml, whose author can declare a divisible unit.
  static let planCount =
    "chỉ tiêu count đếm người, xã hay đơn vị; đơn vị chia nhỏ được như tỷ đồng thì thêm decimals: 1 cho chỉ tiêu"

  /// `15.200`, `1.234.567`, `15,200`, `15 200`: digits in groups of three after the first,
  /// one separator throughout.
  static func grouped(_ text: String) -> (separator: Character, groups: [Substring])? {
    let separators: Set<Character> = [".", ",", " ", "\u{A0}", "\u{202F}", "'"]
    guard let sep = text.first(where: { !($0.isASCII && $0.isNumber) }), separators.contains(sep) else { return nil }
    let groups = text.split(separator: sep, omittingEmptySubsequences: false)
    guard groups.count >= 2, (1...3).contains(groups[0].count), groups[0].first != "0",
      groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      groups.dropFirst().allSatisfy({ $0.count == 3 })
    else { return nil }
    return (sep, groups)
  }

  /// `15.200` or `15,200` read as a decimal, without trailing zeros: "15.2"; nil for more groups.
  static func asDecimal(_ g: (separator: Character, groups: [Substring])) -> String? {
    guard g.groups.count == 2, g.separator == "." || g.separator == "," else { return nil }
    let fraction = g.groups[1].reversed().drop { $0 == "0" }.reversed()
    return fraction.isEmpty ? String(g.groups[0]) : "\(g.groups[0]).\(String(fraction))"
  }

  /// Digits after the decimal point as written: `3.50` has 2.
  static func decimalPlaces(_ text: String) -> Int {
    guard let dot = text.firstIndex(of: ".") else { return 0 }
    return text[text.index(after: dot)...].count { $0.isASCII && $0.isNumber }
  }
}
