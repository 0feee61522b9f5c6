import Mustache
import PlansiteContent
import PlansiteTemplates

/// The words of the interface in one language (`templates/strings/vi.yaml`, `en.yaml`): key →
/// text. Templates read them as `{{t.key}}` on every page; Swift view code as `strings[.key]`,
/// or `strings.format(.key, ["days": "3"])` for a sentence with `{days}` in it.
public struct Strings: Sendable, Equatable {
  /// The language the file is for (`vi`, `en`), from its file name.
  public let language: String
  let values: [String: String]

  public init(language: String, values: [String: String]) {
    self.language = language
    self.values = values
  }

  public static let empty = Strings(language: "vi", values: [:])

  /// `strings/vi.yaml` of the templates compiled into plansite (view models built without a
  /// template set: tests, the template check's sample).
  public static let builtInVietnamese: Strings = {
    var diags = Diagnostics()
    let files = BuiltInTemplates.files.filter { $0.path == "\(StringsFile.folder)/vi.yaml" }
    return StringsFile.read(files, displayRoot: TemplateSet.builtInDisplayRoot, into: &diags)["vi"]?.strings ?? .empty
  }()

  /// The text of `key`; the key itself if the file lacks it (`check` reports that first, PS056).
  public subscript(_ key: StringKey) -> String { values[key.rawValue] ?? key.rawValue }

  /// The text of `key` with each `{name}` replaced by `arguments[name]`, in one pass: a value
  /// is never searched for placeholders itself, and a `{…}` that names no argument stays.
  /// (Foundation's replacingOccurrences, once per argument, was a tenth of a full build's CPU:
  /// every figure's target note is a formatted sentence.)
  public func format(_ key: StringKey, _ arguments: KeyValuePairs<String, String>) -> String {
    let text = self[key]
    var out = ""
    out.reserveCapacity(text.utf8.count + 32)
    var rest = text[...]
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      let afterOpen = rest.index(after: open)
      if let close = rest[afterOpen...].firstIndex(of: "}"),
        let value = arguments.first(where: { $0.key == rest[afterOpen..<close] })?.value
      {
        out += value
        rest = rest[rest.index(after: close)...]
      } else {
        out += "{"
        rest = rest[afterOpen...]
      }
    }
    out += rest
    return out
  }

  public var keys: Set<String> { Set(values.keys) }

  var isEmpty: Bool { values.isEmpty }

  /// The text of `key`, nil if the file lacks it.
  func value(_ key: String) -> String? { values[key] }

  /// A key made at run time from a family of keys (`weekday_1`…`weekday_7`, `month_1`…), all of
  /// which `StringKey.families` lists so `check` asks for each.
  func text(_ key: String) -> String { values[key] ?? key }
}

extension Strings: MustacheParent {
  public func child(named name: String) -> Any? { values[name] }
}

/// What every template is rendered with: `t` (the strings) and, for every other name, the
/// page's own context. Mustache looks a name up from the innermost section outwards, so
/// `{{t.key}}` reaches here from any section or partial.
final class RenderRoot: MustacheParent {
  let strings: Strings
  let page: MustacheParent

  init(_ strings: Strings, _ page: MustacheParent) {
    self.strings = strings
    self.page = page
  }

  func child(named name: String) -> Any? {
    name == "t" ? strings : page.child(named: name)
  }
}
