import Foundation
import Mustache
import PlansiteContent

/// The Mustache templates of `templates/`, loaded once. The page templates are named after the
/// page (`home`, `district`, …) and inherit `layout`; partials live in `templates/partials/`.
public struct TemplateSet: Sendable {
  public static let pageTemplates = [
    "layout", "home", "plan", "targets", "indicator", "districts", "district", "action-month", "calendar",
    "search", "report", "report-period", "report-unit", "report/document.xml",
  ]

  let library: MustacheLibrary
  let directory: URL
  let displayRoot: String
  /// Static files copied as they are (`templates/assets/…`): name → bytes.
  let assets: [(String, [UInt8])]
  /// `report/bao-cao-mau.docx`, the document the Word reports are made from.
  let word: WordTemplate

  /// Loads `directory`, turning parse errors and missing templates into diagnostics.
  public static func load(from directory: URL, into diags: inout Diagnostics) async -> TemplateSet? {
    let displayRoot = directory.path.hasPrefix(FileManager.default.currentDirectoryPath + "/")
      ? String(directory.path.dropFirst(FileManager.default.currentDirectoryPath.count + 1)) : directory.path
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
      diags.error(.missingFile, at: SourceLocation(path: displayRoot), "không tìm thấy thư mục mẫu trang; dùng --templates để chỉ đúng thư mục")
      return nil
    }
    guard let library = parseTemplates(in: directory, displayRoot: displayRoot, into: &diags) else { return nil }
    for name in pageTemplates where library.getTemplate(named: name) == nil {
      diags.error(.template, at: SourceLocation(path: "\(displayRoot)/\(name).mustache"), "thiếu mẫu trang \(name).mustache")
    }
    var assets: [(String, [UInt8])] = []
    let assetDir = directory.appendingPathComponent("assets")
    for name in ((try? FileManager.default.contentsOfDirectory(atPath: assetDir.path)) ?? []).sorted() where !name.hasPrefix(".") {
      if let data = FileManager.default.contents(atPath: assetDir.appendingPathComponent(name).path) {
        assets.append(("assets/\(name)", [UInt8](data)))
      }
    }
    let word = WordTemplate.load(
      directory.appendingPathComponent(WordTemplate.path), shownPath: "\(displayRoot)/\(WordTemplate.path)", into: &diags)
    guard let word, !diags.hasErrors else { return nil }
    return TemplateSet(library: library, directory: directory, displayRoot: displayRoot, assets: assets, word: word)
  }

  /// Parses every `.mustache` file below `directory`, named by its path without the extension.
  /// Each is parsed behind a standalone `{{% CONTENT_TYPE %}}` line (removed from the output, as
  /// standalone tags are) so its text is escaped by `Escape.html`, or by `Escape.xml` for
  /// `*.xml.mustache` (the Word report); a pragma cannot be set once for the library, since
  /// swift-mustache resets the content type in every partial.
  static func parseTemplates(in directory: URL, displayRoot: String, into diags: inout Diagnostics) -> MustacheLibrary? {
    MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
    MustacheContentTypes.register(XMLEscaping(), named: XMLEscaping.name)
    let files = (FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".mustache") }.sorted()
    var library = MustacheLibrary()
    for file in files {
      let shown = "\(displayRoot)/\(file)"
      guard let text = try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8) else {
        diags.error(.template, at: SourceLocation(path: shown), "không đọc được mẫu trang (tệp phải là chữ UTF-8)")
        continue
      }
      do {
        let type = file.hasSuffix(".xml.mustache") ? XMLEscaping.name : HTMLEscaping.name
        let pragma = "{{% CONTENT_TYPE: \(type) }}\n"
        library.register(try MustacheTemplate(string: pragma + text), named: String(file.dropLast(".mustache".count)))
      } catch let error as MustacheTemplate.ParserError {
        diags.error(
          .template, at: SourceLocation(path: shown, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
          "mẫu trang sai cú pháp (\(error.error)); kiểm tra các thẻ {{#…}} và {{/…}} có đóng mở khớp nhau",
          line: error.context.line)
      } catch {
        diags.error(.template, at: SourceLocation(path: shown), "không đọc được mẫu trang: \(SystemError.message(error))")
      }
    }
    return diags.hasErrors ? nil : library
  }

  /// Variables and partials the templates name but nothing provides (see `TemplateLint`).
  func lint(contexts: [Any]) -> Diagnostics {
    var partials: Set<String> = []
    for name in (FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String] ?? [])
    where name.hasSuffix(".mustache") {
      partials.insert(String(name.dropLast(".mustache".count)))
    }
    return TemplateLint.check(directory: directory, displayRoot: displayRoot, names: ViewModelNames.collect(contexts), partials: partials)
  }

  /// Renders a partial (`partials/figure`) with its own context; empty if it does not exist.
  func renderPartial(_ name: String, _ context: Any) -> String {
    library.render(context, withTemplate: name) ?? ""
  }

  /// A Word report: `template` (XML) rendered with the template document's parts and `context`,
  /// zipped with the template document's other parts; nil for a template that does not exist.
  func wordDocument(_ template: String, _ context: any Sendable) throws -> [UInt8]? {
    guard let xml = wordXML(template, context) else { return nil }
    return try word.document(xml)
  }

  /// The Word report's body part (`word/document.xml`) as text, before it is zipped.
  func wordXML(_ template: String, _ context: any Sendable) -> String? {
    let full = WordDocumentContext(word: word.partsView, page: context)
    return library.render(TemplateObject(full), withTemplate: template)
  }

  /// Renders a page job; nil for a template that does not exist.
  func render(_ template: String, _ context: Any) -> String? {
    library.render(TemplateObject(context), withTemplate: template)
  }
}
