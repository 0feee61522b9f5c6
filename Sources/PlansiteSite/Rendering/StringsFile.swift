import Foundation
import PlansiteContent
import Yams

/// One `templates/strings/<language>.yaml`, read with Yams: a flat map of keys (`a_z0_9_`, so a
/// Mustache tag can name them) to the text a reader sees.
struct StringsFile: Sendable {
  /// `vi`, `en`: the file's name without `.yaml`.
  let language: String
  /// As diagnostics show it (`templates/strings/vi.yaml`).
  let shownPath: String
  let strings: Strings

  /// Where the strings files live below the templates' root.
  static let folder = "strings"

  /// Reads every `strings/*.yaml` of `files` (path below the templates' root → bytes), by
  /// language; a file that cannot be read is reported (PS055) and left out.
  static func read(_ files: [(path: String, bytes: [UInt8])], displayRoot: String, into diags: inout Diagnostics)
    -> [String: StringsFile]
  {
    var result: [String: StringsFile] = [:]
    for (path, bytes) in files {
      let parts = path.split(separator: "/")
      guard parts.count == 2, parts[0] == folder, parts[1].hasSuffix(".yaml"), !parts[1].hasPrefix(".") else {
        continue
      }
      let language = String(parts[1].dropLast(".yaml".count))
      if let file = parse(bytes, language: language, shownPath: "\(displayRoot)/\(path)", into: &diags) {
        result[language] = file
      }
    }
    return result
  }

  static func parse(_ bytes: [UInt8], language: String, shownPath: String, into diags: inout Diagnostics)
    -> StringsFile?
  {
    // The YAML reader's own codes (syntax, tabs, duplicate keys) stay: they say what is wrong.
    var local = Diagnostics()
    defer { diags.append(contentsOf: local) }
    guard let source = SourceFile.decode(Data(bytes), displayPath: shownPath, into: &local),
      let doc = YAMLDocument.parse(source, into: &local)
    else { return nil }
    func location(_ node: Node) -> SourceLocation {
      guard let mark = node.mark else { return SourceLocation(path: shownPath, line: 1, column: 1) }
      return source.location(line: mark.line, scalarColumn: mark.column)
    }
    guard case .mapping(let mapping) = doc.root else {
      local.error(
        .stringsFile, at: location(doc.root),
        "tệp chuỗi chữ phải là các dòng \"khoa: chữ hiện trên trang\", ví dụ nav_home: Trang chủ",
        line: source.line(doc.root.mark?.line ?? 1))
      return nil
    }
    var values: [String: String] = [:]
    for (keyNode, valueNode) in mapping {
      // A repeated key is already reported (PS003); its stand-in is skipped.
      guard let key = keyNode.scalar?.string, !doc.ignoredKeys.contains(key) else { continue }
      guard isKey(key) else {
        local.error(
          .stringsFile, at: location(keyNode),
          "khóa \"\(key)\" sai quy tắc: chỉ dùng chữ thường không dấu a–z, chữ số và dấu gạch dưới, ví dụ nav_home",
          line: source.line(keyNode.mark?.line ?? 1))
        continue
      }
      guard case .scalar(let scalar) = valueNode else {
        local.error(
          .stringsFile, at: location(valueNode),
          "giá trị của \"\(key)\" phải là một dòng chữ (viết trong ngoặc kép nếu có dấu hai chấm), không phải danh sách hay khối",
          line: source.line(valueNode.mark?.line ?? 1))
        continue
      }
      values[key] = scalar.string
    }
    guard !local.hasErrors else { return nil }
    return StringsFile(language: language, shownPath: shownPath, strings: Strings(language: language, values: values))
  }

  static func isKey(_ s: String) -> Bool {
    !s.isEmpty && s.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F }
  }
}

extension TemplateSet {
  /// The strings of `language` (`site.yaml`), from `strings/<language>.yaml` or, for a tag such as
  /// `vi-VN`, `strings/vi.yaml`. Reports a missing file (PS055), a key plansite's Swift code
  /// asks for that the file lacks (PS056), and keys the other languages' files lack (PS057, a
  /// warning: the edition in that language would not build).
  public func strings(for language: String, into diags: inout Diagnostics) -> Strings? {
    let tag = language.lowercased()
    let primary = String(tag.prefix { $0 != "-" })
    guard let file = stringFiles[tag] ?? stringFiles[primary] else {
      diags.error(
        .stringsFile, at: SourceLocation(path: "\(displayRoot)/\(StringsFile.folder)/\(primary).yaml"),
        "không có tệp chuỗi chữ cho language: \(language) (site.yaml); thêm tệp này (chép từ "
          + "\(StringsFile.folder)/vi.yaml rồi dịch), hoặc viết language: vi")
      return nil
    }
    let missingForSwift = (StringKey.allCases.map(\.rawValue) + StringKey.families).filter {
      file.strings.values[$0] == nil
    }
    for key in missingForSwift {
      diags.error(
        .stringKey, at: SourceLocation(path: file.shownPath),
        "thiếu khóa \(key) mà plansite cần để dựng trang; thêm dòng \(key): … vào tệp này")
    }
    for other in stringFiles.values.sorted(by: { $0.language < $1.language }) where other.language != file.language {
      let missing = file.strings.keys.subtracting(other.strings.keys).sorted()
      guard !missing.isEmpty else { continue }
      diags.warning(
        .stringsOutOfStep, at: SourceLocation(path: other.shownPath),
        "thiếu \(missing.count) khóa mà \(file.language).yaml có (\(missing.prefix(5).joined(separator: ", "))"
          + "\(missing.count > 5 ? ", …" : "")); bản language: \(other.language) sẽ không dựng được cho đến khi "
          + "thêm chúng (đã dịch)")
    }
    return missingForSwift.isEmpty ? file.strings : nil
  }
}
