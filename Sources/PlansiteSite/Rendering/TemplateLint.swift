import Foundation
import PlansiteContent

/// Finds what swift-mustache renders silently as "": a variable no view model provides and a
/// partial that does not exist. It reads only the tag names (`{{name}}`, `{{#a.b}}`, `{{>p}}`)
/// after the library has parsed the templates; it is not a template parser.
enum TemplateLint {
  /// `sources`: each `.mustache` file (path below the templates' root → text); `names`: every
  /// property name reachable in the page contexts (from `ViewModelNames`).
  static func check(
    sources: [(file: String, text: String)], displayRoot: String, names: Set<String>, partials: Set<String>,
    strings: Set<String> = [], stringsPath: String = "strings"
  ) -> Diagnostics {
    var diags = Diagnostics()
    for (file, text) in sources {
      for (lineNo, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        for tag in tags(in: String(line)) {
          let loc = SourceLocation(path: "\(displayRoot)/\(file)", line: lineNo + 1, column: tag.column)
          switch tag.sigil {
          case ">":
            if !partials.contains(tag.name) {
              diags.error(
                .template, at: loc,
                "mẫu trang gọi partial \"\(tag.name)\" không tồn tại\(Suggestion.hint(for: tag.name, in: Array(partials)))",
                line: String(line))
            }
          case "<", "$", "!", "/":
            continue
          default:
            guard tag.name != "." else { continue }
            if tag.name.hasPrefix("t.") {
              let key = String(tag.name.dropFirst(2))
              if !strings.contains(key) {
                diags.error(
                  .stringKey, at: loc,
                  "khóa chữ \"\(key)\" không có trong \(stringsPath)\(Suggestion.hint(for: key, in: Array(strings)))"
                    + "; thêm dòng \(key): … vào tệp đó (và vào tệp của mỗi ngôn ngữ khác)",
                  line: String(line))
              }
              continue
            }
            for part in tag.name.split(separator: ".") where !names.contains(String(part)) && Int(part) == nil {
              diags.error(
                .template, at: loc,
                "biến \"\(tag.name)\" không có trong dữ liệu của trang\(Suggestion.hint(for: String(part), in: Array(names))); xem danh sách biến trong docs/templates.md",
                line: String(line))
            }
          }
        }
      }
    }
    return diags
  }

  struct Tag {
    var sigil: Character?
    var name: String
    /// 1-based, in characters.
    var column: Int
  }

  static func tags(in line: String) -> [Tag] {
    var result: [Tag] = []
    let chars = Array(line)
    var i = 0
    while i + 1 < chars.count {
      guard chars[i] == "{", chars[i + 1] == "{" else {
        i += 1
        continue
      }
      let start = i
      var j = i + 2
      let triple = j < chars.count && chars[j] == "{"
      if triple { j += 1 }
      var body = ""
      while j + 1 < chars.count, !(chars[j] == "}" && chars[j + 1] == "}") {
        body.append(chars[j])
        j += 1
      }
      var trimmed = body.trimmingCharacters(in: .whitespaces)
      var sigil: Character?
      if let f = trimmed.first, "#^/>!<$&".contains(f) {
        sigil = f
        trimmed = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
      }
      if !trimmed.isEmpty { result.append(Tag(sigil: sigil, name: trimmed, column: start + 1)) }
      i = j + (triple ? 3 : 2)
    }
    return result
  }
}

/// Property names of the view models, found by reflecting on page contexts (of `Content.sample`,
/// which fills every field): the templates' API is exactly these names.
enum ViewModelNames {
  static func collect(_ values: [Any]) -> Set<String> {
    var names: Set<String> = []
    func walk(_ value: Any) {
      let mirror = Mirror(reflecting: value)
      switch mirror.displayStyle {
      case .optional:
        if let child = mirror.children.first { walk(child.value) }
      case .collection, .set:
        for child in mirror.children { walk(child.value) }
      case .struct, .class:
        // `{{{html}}}` of a status or figure is made by the renderer (`PartialCache`).
        if value is StatusView || value is FigureView { names.insert("html") }
        for child in mirror.children {
          if let label = child.label { names.insert(label) }
          walk(child.value)
        }
      default: break
      }
    }
    values.forEach(walk)
    return names
  }
}
