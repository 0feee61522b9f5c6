import Yams

/// Reads typed values out of a composed YAML tree, turning every mismatch into a diagnostic at
/// the node's position. Readers return nil after reporting, so loading continues and finds
/// every problem in one run.
final class YAMLReader {
  let doc: YAMLDocument
  private var found = Diagnostics()
  private var dropped = 0
  /// Each source line is copied once however many diagnostics show it.
  private var lines: [Int: String] = [:]

  /// Diagnostics listed per file; beyond them one more says how many were left out. A hostile
  /// file (20,000 unknown keys on one line of 1 MB) would otherwise print, and hold, gigabytes.
  static let maxDiagnostics = 100

  init(_ doc: YAMLDocument) { self.doc = doc }

  var path: String { doc.file.path }

  /// What was found in this file, the count of those left out last.
  var diagnostics: Diagnostics {
    guard dropped > 0 else { return found }
    var all = found
    all.error(
      .tooManyProblems, at: SourceLocation(path: path),
      "tệp còn \(dropped) vấn đề nữa chưa liệt kê (chỉ liệt kê \(Self.maxDiagnostics) vấn đề đầu); sửa các vấn đề trên rồi chạy lại plansite check"
    )
    return all
  }

  func location(_ node: Node?) -> SourceLocation {
    guard let mark = node?.mark else { return SourceLocation(path: path, line: 1, column: 1) }
    return doc.file.location(line: mark.line, scalarColumn: mark.column)
  }

  func error(_ code: DiagnosticCode, _ node: Node?, _ message: String) {
    report(.error, code, node, message)
  }

  func warning(_ code: DiagnosticCode, _ node: Node?, _ message: String) {
    report(.warning, code, node, message)
  }

  private func report(_ severity: Severity, _ code: DiagnosticCode, _ node: Node?, _ message: String) {
    guard found.all.count < Self.maxDiagnostics else {
      dropped += 1  // counted before its place is worked out: that walks the line
      return
    }
    let loc = location(node)
    if lines[loc.line] == nil { lines[loc.line] = doc.file.line(loc.line) }
    found.append(Diagnostic(severity, code, at: loc, message, sourceLine: lines[loc.line]))
  }

  /// The keys of a mapping, checked against the allowed and required ones.
  func fields(
    _ node: Node?, _ what: String, allowed: [String], required: [String] = []
  ) -> Fields? {
    guard let node else { return nil }
    guard case .mapping(let map) = node else {
      error(.wrongType, node, "\(what) phải là một khối \"khóa: giá trị\"")
      return nil
    }
    var values: [String: Node] = [:]
    var keys: [String: Node] = [:]
    var order: [String] = []
    // A misspelt required key is reported once, as the typo, not again as missing.
    var suggested: Set<String> = []
    for (k, v) in map {
      if let s = k.scalar?.string, doc.ignoredKeys.contains(s) { continue }  // a repeat, reported
      guard let key = k.scalar?.string else {
        error(
          .wrongType, k, "khóa trong \(what) phải là một chữ, không phải danh sách hay khối: viết \"khóa: giá trị\"")
        continue
      }
      if !allowed.isEmpty && !allowed.contains(key) {
        if let s = Suggestion.closest(to: key, in: allowed) { suggested.insert(s) }
        error(
          .unknownKey, k,
          "khóa \"\(key)\" không được hỗ trợ trong \(what)\(Suggestion.hint(for: key, in: allowed)); các khóa hợp lệ: \(allowed.joined(separator: ", "))"
        )
        continue
      }
      values[key] = v
      keys[key] = k
      order.append(key)
    }
    for key in required where (values[key] == nil && !suggested.contains(key)) || values[key].map(isNull) == true {
      error(.missingKey, node, "\(what) thiếu khóa bắt buộc \"\(key)\"")
    }
    return Fields(node: node, values: values, keys: keys, order: order)
  }

  struct Fields {
    let node: Node
    let values: [String: Node]
    let keys: [String: Node]
    /// Keys in file order.
    let order: [String]
    subscript(_ key: String) -> Node? {
      guard let v = values[key], !YAMLReader.isNullNode(v) else { return nil }
      return v
    }
  }

  func isNull(_ node: Node) -> Bool { YAMLReader.isNullNode(node) }

  static func isNullNode(_ node: Node) -> Bool {
    guard case .scalar(let s) = node, s.style == .plain else { return false }
    return s.string.isEmpty || s.string == "~" || s.string == "null" || s.string == "Null"
  }

  func string(_ node: Node?, _ what: String) -> String? {
    guard let node else { return nil }
    guard case .scalar(let s) = node else {
      error(.wrongType, node, "\(what) phải là một chuỗi chữ, không phải danh sách hay khối")
      return nil
    }
    guard let hidden = YAMLReader.firstControl(s.string) else { return YAMLReader.trimmed(s.string) }
    // Only a quoted escape (`"\e"`, `"\u202E"`) puts one here: the text itself was checked.
    error(
      .controlCharacter, node,
      "\(what) có ký tự điều khiển U+\(YAMLReader.hex(hidden)) (không nhìn thấy được, thường do viết \\e, \\a hay \\u… trong ngoặc kép); xóa ký tự này"
    )
    return YAMLReader.trimmed(
      String(String.UnicodeScalarView(s.string.unicodeScalars.filter { !YAMLReader.isControl($0) })))
  }

  /// The first control character of a value that no page, calendar or terminal should receive:
  /// C0 and C1 controls but tab and newline, the bidi embeddings, overrides and isolates, and the
  /// line and paragraph separators. Most values are told apart by their bytes alone.
  static func firstControl(_ text: String) -> Unicode.Scalar? {
    let suspect = text.utf8.contains { b in
      (b < 0x20 && b != 0x09 && b != 0x0A) || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2
    }
    return suspect ? text.unicodeScalars.first(where: isControl) : nil
  }

  static func isControl(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x09, 0x0A: false
    case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  static func hex(_ s: Unicode.Scalar) -> String {
    let h = String(s.value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - h.count)) + h
  }

  /// `s` without leading and trailing spaces or tabs; the string itself when there are none,
  /// which is nearly always (Foundation's trimming bridges every string it is given).
  static func trimmed(_ s: String) -> String {
    // The same set as Foundation's `.whitespaces`: tab and the space separators (Zs).
    let isSpace: (Character) -> Bool = { c in
      c.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }
    guard let first = s.first, let last = s.last, isSpace(first) || isSpace(last) else { return s }
    guard let start = s.firstIndex(where: { !isSpace($0) }), let end = s.lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return String(s[start...end])
  }

  func sequence(_ node: Node?, _ what: String) -> [Node]? {
    guard let node else { return nil }
    guard case .sequence(let seq) = node else {
      error(.wrongType, node, "\(what) phải là một danh sách (mỗi mục bắt đầu bằng \"- \")")
      return nil
    }
    return Array(seq)
  }

  /// A non-negative (unless `allowNegative`) exact number such as `35` or `3.5`.
  func number(_ node: Node?, _ what: String, allowNegative: Bool = false) -> Rational? {
    guard let node else { return nil }
    guard case .scalar(let s) = node, s.style == .plain || s.style == .any,
      let value = Rational(
        decimal: s.string.utf8.contains(0x5F) ? s.string.replacingOccurrences(of: "_", with: "") : s.string)
    else {
      let shown = node.scalar?.string ?? "…"
      error(
        .wrongType, node,
        "\(what) phải là một số (ví dụ 35 hoặc 3.5, dùng dấu chấm thập phân), không phải \"\(shown)\"")
      return nil
    }
    if !allowNegative && value.isNegative {
      error(.outOfRange, node, "\(what) không được âm (\(s.string))")
      return nil
    }
    return value
  }

  func integer(_ node: Node?, _ what: String) -> Int? {
    guard let value = number(node, what) else { return nil }
    guard value.isInteger else {
      error(.wrongType, node, "\(what) phải là số nguyên")
      return nil
    }
    return value.numerator
  }

  func date(_ node: Node?, _ what: String) -> CivilDate? {
    guard let text = string(node, what) else { return nil }
    guard let date = CivilDate(iso: text) else {
      error(
        .invalidDate, node,
        "\(what): \"\(text)\" không phải ngày hợp lệ; viết theo dạng YYYY-MM-DD, ví dụ 2023-05-18")
      return nil
    }
    return date
  }

  /// yes/no, also true/false and the Vietnamese có/không.
  func yesNo(_ node: Node?, _ what: String) -> Bool? {
    guard let node else { return nil }
    if case .scalar(let s) = node {
      switch s.string.lowercased() {
      case "yes", "true", "có", "co": return true
      case "no", "false", "không", "khong": return false
      default: break
      }
    }
    error(.invalidValue, node, "\(what) phải là yes hoặc no (hoặc có / không)")
    return nil
  }
}
