import Foundation
import Yams

/// A composed YAML file with its source, so every value read from it can say where it came from.
/// Parsing goes compose → bound → read, never `Yams.load`: aliases are not expanded without limit.
public struct YAMLDocument {
  public let file: SourceFile
  public let root: Node
  /// Keys that stand in for the repeats of a duplicate key, already reported: readers skip them,
  /// so the rest of the file is still checked.
  public let ignoredKeys: Set<String>

  /// Limits for hostile input; the messages name them.
  public static let maxNodes = 50_000
  public static let maxDepth = 40
  /// Tabs, control characters and repeated keys reported per file; the rest are not listed (a
  /// repeated key beyond them stops the reading of the file).
  static let maxReports = 20
  static let tooDeepMessage =
    "tệp lồng sâu hơn \(maxDepth) cấp (khối trong khối, danh sách trong danh sách); hãy viết phẳng hơn"

  init(file: SourceFile, root: Node, ignoredKeys: Set<String> = []) {
    self.file = file
    self.root = root
    self.ignoredKeys = ignoredKeys
  }

  /// Parses `file`, reporting syntax errors, tabs, control characters, duplicate keys and
  /// oversized trees. A duplicate key or a control character does not stop the reading: each is
  /// reported where it is and the file is read on, so one bad key does not hide the others.
  public static func parse(_ file: SourceFile, into diagnostics: inout Diagnostics) -> YAMLDocument? {
    var text = replacingControlCharacters(file, into: &diagnostics) ?? file.text
    let tabs = indentTabs(file)
    for tab in tabs.prefix(maxReports) {
      diagnostics.error(
        .tabIndent, at: SourceLocation(path: file.path, line: tab.line, column: tab.column),
        "dùng phím Tab để thụt lề; YAML chỉ chấp nhận dấu cách: thay mỗi Tab bằng 2 dấu cách",
        line: file.line(tab.line))
    }
    if !tabs.isEmpty {
      // Read on with each indenting tab taken as one space (every column stays where it was), so
      // the rest of the file is still checked; a file that then does not parse says nothing more:
      // its syntax error could be the tab's doing.
      text = withoutIndentTabs(text)
      if (try? Yams.compose(yaml: text, .basic, .default, .utf8)) == nil { return nil }
    }
    var node: Node?
    var ignored: Set<String> = []
    while true {
      do {
        // Readers interpret scalars themselves (exact decimals, có/không), so no implicit tags are
        // resolved: the default resolver runs seven regular expressions per key while Yams checks
        // for duplicate keys (a third of loading time). UTF-8 is named so Yams does not read the
        // environment for every file.
        node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        break
      } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
        let key = keys.first ?? ""
        guard ignored.count < maxReports,
          let second = repeatedKey(key, firstAt: context.mark, in: text, file: file)
        else {
          let loc = file.location(line: context.mark.line, scalarColumn: context.mark.column)
          diagnostics.append(duplicateKeyDiagnostic(key, at: loc, in: file))
          return nil
        }
        diagnostics.append(duplicateKeyDiagnostic(key, at: second.location, in: file))
        // The repeat is renamed to a key no content can hold, of the same length so every later
        // position on the line is unchanged; the reader skips it.
        let stand = String(
          String.UnicodeScalarView(
            (0..<second.length).map { Unicode.Scalar(UInt32(0xE000 + ($0 == 0 ? ignored.count + 1 : 0)))! }))
        ignored.insert(stand)
        text = replacing(
          in: text, line: second.location.line, column: second.textColumn, count: second.source, with: stand)
      } catch let error as YamlError {
        diagnostics.append(YAMLDocument.diagnostic(for: error, in: file, parsed: text))
        return nil
      } catch {
        diagnostics.error(
          .yamlSyntax, at: SourceLocation(path: file.path, line: 1, column: 1), YAMLSyntaxMessage.generic)
        return nil
      }
    }
    guard let root = node else {
      return YAMLDocument(file: file, root: Node.mapping(Node.Mapping([])), ignoredKeys: ignored)
    }
    var budget = maxNodes
    if let problem = bound(root, depth: 0, budget: &budget) {
      let mark = problem.node?.mark
      let loc = file.location(line: mark?.line ?? 1, scalarColumn: mark?.column ?? 1)
      diagnostics.error(problem.code, at: loc, problem.message, line: file.line(loc.line))
      return nil
    }
    return YAMLDocument(file: file, root: root, ignoredKeys: ignored)
  }

  /// Characters libyaml refuses (C0 controls but tab and newline, DEL, C1 controls but NEL,
  /// U+FFFE, U+FFFF) are reported one by one with their line and column, and replaced by a space
  /// so the rest of the file is still read (a space keeps every column; values are trimmed, so
  /// `kind: huyện` followed by a NUL is not reported a second time). In the indentation they are
  /// dropped instead, where a space would change the structure. Nil when there are none, which a
  /// scan of the bytes tells without decoding.
  static func replacingControlCharacters(_ file: SourceFile, into diagnostics: inout Diagnostics) -> String? {
    let suspect: Bool =
      file.text.utf8.withContiguousStorageIfAvailable { b in
        var i = 0
        while i < b.count {
          let c = b[i]
          if (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D) || c == 0x7F { return true }
          if c == 0xC2 || c == 0xEF, i + 1 < b.count, c == 0xC2 ? (0x80...0x9F).contains(b[i + 1]) : b[i + 1] == 0xBF {
            return true
          }
          i += 1
        }
        return false
      } ?? true
    guard suspect else { return nil }
    func refused(_ s: Unicode.Scalar) -> Bool {
      switch s.value {
      case 0x09, 0x0A, 0x0D, 0x85: false
      case 0..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
      default: false
      }
    }
    var found = 0
    var lines: [String] = []
    for (n, line) in file.lines.enumerated() {
      guard line.unicodeScalars.contains(where: refused) else {
        lines.append(String(line))
        continue
      }
      var column = 0
      var cleaned = ""
      for ch in line {
        column += 1
        guard ch.unicodeScalars.contains(where: refused) else {
          cleaned.append(ch)
          continue
        }
        for s in ch.unicodeScalars {
          guard refused(s) else {
            cleaned.unicodeScalars.append(s)
            continue
          }
          if !cleaned.allSatisfy({ $0 == " " }) { cleaned.append(" ") }
          found += 1
          if found <= maxReports {
            let hex = String(s.value, radix: 16, uppercase: true)
            diagnostics.error(
              .controlCharacter, at: SourceLocation(path: file.path, line: n + 1, column: column),
              "tệp có ký tự điều khiển U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) (không nhìn thấy được) ở đây, thường do chép từ phần mềm khác: xóa ký tự này",
              line: String(line))
          }
        }
      }
      lines.append(cleaned)
    }
    return found == 0 ? nil : lines.joined(separator: "\n")
  }

  /// Where a key repeats in the mapping whose first occurrence is at `first`: its place (a quote
  /// included), the column of the key's own text (inside a quote), its length in characters, and
  /// its length in scalars (as libyaml counts columns).
  /// Found in the text as an editor wrote it: a block key at the same indentation further down
  /// the same block, or a flow key later on the same line inside the same braces.
  static func repeatedKey(_ key: String, firstAt first: Mark, in text: String, file: SourceFile)
    -> (location: SourceLocation, textColumn: Int, source: Int, length: Int)?
  {
    let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
    guard first.line >= 1, first.line <= lines.count, !key.isEmpty, !key.contains("\n") else { return nil }
    let forms = [key, "\"\(key)\"", "'\(key)'"]
    let start = file.location(line: first.line, scalarColumn: first.column).column
    func keyForm(_ body: Substring) -> (offset: Int, form: String)? {
      for form in forms where body.hasPrefix(form + ":") {
        let after = body.dropFirst(form.count + 1).first
        if after == nil || after == " " || after == "," || after == "}" {
          return (form == key ? 0 : 1, form)
        }
      }
      return nil
    }
    let firstLine = Array(lines[first.line - 1])
    let before = firstLine.prefix(start - 1)
    let length = key.unicodeScalars.count
    if before.allSatisfy({ $0 == " " || $0 == "-" }) {
      for n in first.line..<lines.count {
        let line = lines[n]
        let body = line.drop { $0 == " " || $0 == "-" }
        if body.isEmpty || body.hasPrefix("#") { continue }
        let col = line.count - body.count + 1
        if col > start { continue }  // deeper: a nested block or a multi-line value
        // Less indented, or a new "- " item: the mapping has ended.
        if col < start || line.prefix(col - 1).contains("-") { return nil }
        guard let f = keyForm(body) else { continue }
        return (SourceLocation(path: file.path, line: n + 1, column: col), col + f.offset, key.count, length)
      }
      return nil
    }
    var depth = 0
    var i = start - 1 + key.count
    while i < firstLine.count {
      let c = firstLine[i]
      if c == "{" || c == "[" { depth += 1 }
      if c == "}" || c == "]" { depth -= 1 }
      if depth < 0 { return nil }
      if c == "," && depth == 0 {
        let rest = firstLine[(i + 1)...].drop { $0 == " " }
        if let f = keyForm(Substring(String(rest))) {
          let col = firstLine.count - rest.count + 1
          return (SourceLocation(path: file.path, line: first.line, column: col), col + f.offset, key.count, length)
        }
      }
      i += 1
    }
    return nil
  }

  /// `text` with `count` characters at a line and column replaced.
  static func replacing(in text: String, line: Int, column: Int, count: Int, with replacement: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var chars = Array(lines[line - 1])
    chars.replaceSubrange((column - 1)..<(column - 1 + count), with: Array(replacement))
    lines[line - 1] = String(chars)
    return lines.joined(separator: "\n")
  }

  static func duplicateKeyDiagnostic(_ key: String, at loc: SourceLocation, in file: SourceFile) -> Diagnostic {
    Diagnostic(
      .error, .duplicateKey, at: loc,
      "khóa \"\(key)\" xuất hiện hai lần trong cùng một khối; xóa một lần hoặc đổi tên",
      sourceLine: file.line(loc.line))
  }

  /// Walks the tree with a node budget: a "billion laughs" file is refused after
  /// `maxNodes` nodes instead of being expanded into gigabytes. The node returned is where the
  /// nesting went too deep (nil for the whole file).
  private static func bound(_ node: Node, depth: Int, budget: inout Int) -> (
    code: DiagnosticCode, message: String, node: Node?
  )? {
    budget -= 1
    if budget < 0 {
      return (
        .aliasBomb,
        "tệp có hơn \(maxNodes) giá trị sau khi mở rộng bí danh (alias); nội dung không cần nhiều như vậy — không dùng & và *, hãy viết giá trị trực tiếp",
        nil
      )
    }
    if depth > maxDepth { return (.tooLarge, tooDeepMessage, node) }
    switch node {
    case .scalar, .alias: return nil
    case .sequence(let seq):
      for child in seq {
        if let p = bound(child, depth: depth + 1, budget: &budget) { return p }
      }
    case .mapping(let map):
      for (k, v) in map {
        if let p = bound(k, depth: depth + 1, budget: &budget) { return p }
        if let p = bound(v, depth: depth + 1, budget: &budget) { return p }
      }
    }
    return nil
  }

  /// Each tab inside a line's leading whitespace (YAML forbids tabs for indentation).
  static func indentTabs(_ file: SourceFile) -> [(line: Int, column: Int)] {
    guard file.text.utf8.contains(0x09) else { return [] }
    var found: [(line: Int, column: Int)] = []
    for (i, line) in file.lines.enumerated() {
      var col = 0
      for ch in line {
        col += 1
        if ch == "\t" {
          found.append((i + 1, col))
          break
        }
        if ch != " " && ch != "-" { break }
      }
    }
    return found
  }

  /// `text` with the tabs of each line's indentation replaced by single spaces.
  static func withoutIndentTabs(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      let indent = line.prefix { $0 == " " || $0 == "-" || $0 == "\t" }
      guard indent.contains("\t") else { return String(line) }
      return indent.replacingOccurrences(of: "\t", with: " ") + line.dropFirst(indent.count)
    }.joined(separator: "\n")
  }

  /// Converts Yams' errors in one place, in Vietnamese. `parsed` is the text Yams was given
  /// (control characters replaced), which offsets refer to.
  static func diagnostic(for error: YamlError, in file: SourceFile, parsed: String) -> Diagnostic {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      return YAMLSyntaxMessage.diagnostic(context: context, problem: problem, mark: mark, in: file)
    case .duplicatedKeysInMapping(let keys, let context):
      let loc = file.location(line: context.mark.line, scalarColumn: context.mark.column)
      return duplicateKeyDiagnostic(keys.first ?? "", at: loc, in: file)
    case .reader(_, let offset, let value, _):
      // Characters libyaml refuses were replaced before parsing; this is the rest.
      var loc = SourceLocation(path: file.path, line: 1, column: 1)
      if let offset, let index = parsed.index(parsed.startIndex, offsetBy: offset, limitedBy: parsed.endIndex) {
        let before = parsed[..<index]
        let line = before.utf8.count { $0 == 0x0A } + 1
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        loc = SourceLocation(path: file.path, line: line, column: before[lineStart...].count + 1)
      }
      let hex = String(UInt32(bitPattern: value), radix: 16, uppercase: true)
      return Diagnostic(
        .error, .controlCharacter, at: loc,
        "tệp có ký tự U+\(hex) không đọc được ở đây: xóa ký tự này", sourceLine: file.line(loc.line))
    default:
      return Diagnostic(
        .error, .yamlSyntax, at: SourceLocation(path: file.path, line: 1, column: 1), YAMLSyntaxMessage.generic)
    }
  }
}
