import Foundation
import Yams

/// A composed YAML file with its source, so every value read from it can say where it came from.
/// Parsing goes compose → bound → read, never `Yams.load`: aliases are not expanded without limit.
public struct YAMLDocument {
  public let file: SourceFile
  public let root: Node

  /// Limits for hostile input; the messages name them.
  public static let maxNodes = 50_000
  public static let maxDepth = 40

  /// Parses `file`, reporting syntax errors, tabs, duplicate keys and oversized trees.
  public static func parse(_ file: SourceFile, into diagnostics: inout Diagnostics) -> YAMLDocument? {
    if let tab = firstIndentTab(file) {
      diagnostics.error(
        .tabIndent, at: SourceLocation(path: file.path, line: tab.line, column: tab.column),
        "dùng phím Tab để thụt lề; YAML chỉ chấp nhận dấu cách: thay mỗi Tab bằng 2 dấu cách",
        line: file.line(tab.line))
      return nil
    }
    let node: Node?
    do {
      // Readers interpret scalars themselves (exact decimals, có/không), so no implicit tags are
      // resolved: the default resolver runs seven regular expressions per key while Yams checks
      // for duplicate keys (a third of loading time). UTF-8 is named so Yams does not read the
      // environment for every file.
      node = try Yams.compose(yaml: file.text, .basic, .default, .utf8)
    } catch let error as YamlError {
      diagnostics.append(YAMLDocument.diagnostic(for: error, in: file))
      return nil
    } catch {
      diagnostics.error(.yamlSyntax, at: SourceLocation(path: file.path), "\(error)")
      return nil
    }
    guard let root = node else {
      return YAMLDocument(file: file, root: Node.mapping(Node.Mapping([])))
    }
    var budget = maxNodes
    if let problem = bound(root, depth: 0, budget: &budget) {
      let mark = root.mark
      diagnostics.error(
        problem.code,
        at: file.location(line: mark?.line ?? 1, scalarColumn: mark?.column ?? 1), problem.message)
      return nil
    }
    return YAMLDocument(file: file, root: root)
  }

  /// Walks the tree with a node budget: a "billion laughs" file is refused after
  /// `maxNodes` nodes instead of being expanded into gigabytes.
  private static func bound(_ node: Node, depth: Int, budget: inout Int) -> (
    code: DiagnosticCode, message: String
  )? {
    budget -= 1
    if budget < 0 {
      return (
        .aliasBomb,
        "tệp có hơn \(maxNodes) giá trị sau khi mở rộng bí danh (alias); nội dung không cần nhiều như vậy — không dùng & và *, hãy viết giá trị trực tiếp"
      )
    }
    if depth > maxDepth {
      return (.tooLarge, "tệp lồng sâu hơn \(maxDepth) cấp; hãy viết phẳng hơn")
    }
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

  /// A tab inside a line's leading whitespace (YAML forbids tabs for indentation).
  static func firstIndentTab(_ file: SourceFile) -> (line: Int, column: Int)? {
    for (i, line) in file.lines.enumerated() {
      var col = 0
      for ch in line {
        col += 1
        if ch == "\t" { return (i + 1, col) }
        if ch != " " && ch != "-" { break }
      }
    }
    return nil
  }

  /// Converts Yams' errors in one place; messages in Vietnamese, the parser's own words kept.
  static func diagnostic(for error: YamlError, in file: SourceFile) -> Diagnostic {
    func at(_ mark: Mark) -> SourceLocation {
      file.location(line: mark.line, scalarColumn: mark.column)
    }
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return Diagnostic(
        .error, .yamlSyntax, at: at(mark),
        "YAML sai cú pháp (\(problem)); kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép",
        sourceLine: file.line(mark.line))
    case .duplicatedKeysInMapping(let keys, let context):
      let key = keys.first ?? ""
      let loc = duplicateKeyLocation(key, after: context.mark, in: file) ?? at(context.mark)
      return Diagnostic(
        .error, .duplicateKey, at: loc,
        "khóa \"\(key)\" xuất hiện hai lần trong cùng một khối; xóa một lần hoặc đổi tên",
        sourceLine: file.line(loc.line))
    case .reader(let problem, _, _, _):
      return Diagnostic(.error, .notUTF8, at: SourceLocation(path: file.path), problem)
    default:
      return Diagnostic(.error, .yamlSyntax, at: SourceLocation(path: file.path), "\(error)")
    }
  }

  /// Yams marks a duplicate at the mapping's start; users need the second occurrence.
  static func duplicateKeyLocation(_ key: String, after mark: Mark, in file: SourceFile)
    -> SourceLocation?
  {
    let forms = ["\(key):", "\"\(key)\":", "'\(key)':"]
    var seen = 0
    var indent: Int?
    for n in max(mark.line, 1)...max(file.lines.count, 1) {
      guard let text = file.line(n) else { break }
      var body = Substring(text)
      var col = 1
      while let f = body.first, f == " " || f == "-" {
        body = body.dropFirst()
        col += 1
      }
      guard forms.contains(where: { body.hasPrefix($0) }) else { continue }
      if indent == nil { indent = col }
      guard col == indent else { continue }
      seen += 1
      if seen == 2 { return SourceLocation(path: file.path, line: n, column: col) }
    }
    return nil
  }
}
