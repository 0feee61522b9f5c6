import Foundation
import Mustache
import PlansiteContent
import PlansiteTemplates

/// The Mustache templates, loaded once: from a folder (`templates/`, `--templates DIR`) or the
/// set compiled into plansite (`BuiltInTemplates`, for a content repository without
/// `templates/`); both go through the same reading, so the same files give the same site. The
/// page templates are named after the page (`home`, `district`, …) and inherit `layout`;
/// partials live in `partials/`.
public struct TemplateSet: Sendable {
  public static let pageTemplates = [
    "layout", "home", "plan", "targets", "indicator", "indicator-table", "districts", "ranking", "district",
    "action-month", "calendar",
    "search", "report", "report-period", "report-unit", "report/document.xml",
  ]

  /// Stands for the templates' folder in diagnostics about the built-in set.
  public static let builtInDisplayRoot = "(mẫu trang có sẵn)"

  private(set) var library: MustacheLibrary
  let displayRoot: String
  /// The `.mustache` files: path below the templates' root → text (for `lint`).
  let sources: [(file: String, text: String)]
  /// Static files copied as they are (`templates/assets/…`): name → bytes.
  let assets: [(String, [UInt8])]
  /// `report/bao-cao-mau.docx`, the document the Word reports are made from.
  let word: WordTemplate
  /// `strings/<language>.yaml`, by language.
  let stringFiles: [String: StringsFile]
  /// The words every template reads as `{{t.key}}`: those of `site.yaml`'s language once
  /// `SiteBuilder.check` chose them (`strings(for:into:)`), Vietnamese until then.
  public var strings: Strings {
    didSet {
      // The words are written into the templates' text (`InlinedWords`): parse them again.
      // Without any word written in if that fails (it cannot: the words hold no braces), never
      // with the last language's.
      if strings != oldValue,
        let again = Self.parseQuietly(sources, inlining: strings) ?? Self.parseQuietly(sources, inlining: .empty)
      {
        library = again
      }
      statusHTML = PartialCache.renderStatuses(self)
    }
  }
  /// `partials/status` rendered for each status in the chosen words (`PartialCache`).
  private(set) var statusHTML: [String: String] = [:]
  /// Figures' fragments shared between the pages of one build (`Renderer.run` sets it).
  var fragments: FigureFragments?

  /// Loads `directory`, turning parse errors and missing templates into diagnostics.
  public static func load(from directory: URL, into diags: inout Diagnostics) async -> TemplateSet? {
    let displayRoot =
      directory.path.hasPrefix(FileManager.default.currentDirectoryPath + "/")
      ? String(directory.path.dropFirst(FileManager.default.currentDirectoryPath.count + 1)) : directory.path
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
      diags.error(
        .missingFile, at: SourceLocation(path: displayRoot),
        "không tìm thấy thư mục mẫu trang; dùng --templates để chỉ đúng thư mục")
      return nil
    }
    let sources = readTemplates(in: directory, displayRoot: displayRoot, into: &diags)
    var assets: [(String, [UInt8])] = []
    let assetDir = directory.appendingPathComponent("assets")
    for name in ((try? FileManager.default.contentsOfDirectory(atPath: assetDir.path)) ?? []).sorted()
    where !name.hasPrefix(".") {
      if let data = FileManager.default.contents(atPath: assetDir.appendingPathComponent(name).path) {
        assets.append(("assets/\(name)", [UInt8](data)))
      }
    }
    let word = FileManager.default.contents(atPath: directory.appendingPathComponent(WordTemplate.path).path)
    var stringSources: [(path: String, bytes: [UInt8])] = []
    let stringsDir = directory.appendingPathComponent(StringsFile.folder)
    for name in ((try? FileManager.default.contentsOfDirectory(atPath: stringsDir.path)) ?? []).sorted()
    where name.hasSuffix(".yaml") {
      if let data = FileManager.default.contents(atPath: stringsDir.appendingPathComponent(name).path) {
        stringSources.append(("\(StringsFile.folder)/\(name)", [UInt8](data)))
      }
    }
    return make(
      sources: sources, assets: assets, word: word, strings: stringSources, displayRoot: displayRoot, into: &diags)
  }

  /// The templates compiled into plansite: what the package's `templates/` held at build time.
  public static func builtIn(into diags: inout Diagnostics) -> TemplateSet? {
    var sources: [(file: String, text: String)] = []
    var assets: [(String, [UInt8])] = []
    var word: Data?
    var strings: [(path: String, bytes: [UInt8])] = []
    for (path, bytes) in BuiltInTemplates.files {
      if path.hasSuffix(".mustache") {
        guard let text = text(of: bytes) else {
          diags.error(
            .template, at: SourceLocation(path: "\(builtInDisplayRoot)/\(path)"),
            "không đọc được mẫu trang (tệp phải là chữ UTF-8)")
          continue
        }
        sources.append((path, text))
      }
      // Assets are the files directly in assets/, as `load(from:)` reads them.
      let parts = path.split(separator: "/", omittingEmptySubsequences: false)
      if parts.count == 2, parts[0] == "assets", !parts[1].hasPrefix(".") { assets.append((path, bytes)) }
      if path == WordTemplate.path { word = Data(bytes) }
      if path.hasPrefix("\(StringsFile.folder)/") { strings.append((path, bytes)) }
    }
    return make(
      sources: sources, assets: assets, word: word, strings: strings, displayRoot: builtInDisplayRoot, into: &diags)
  }

  /// Parses the templates, checks every page template is there and reads the Word template.
  static func make(
    sources: [(file: String, text: String)], assets: [(String, [UInt8])], word wordData: Data?,
    strings: [(path: String, bytes: [UInt8])] = [], displayRoot: String, into diags: inout Diagnostics
  ) -> TemplateSet? {
    let stringFiles = StringsFile.read(strings, displayRoot: displayRoot, into: &diags)
    let vietnamese = stringFiles["vi"]?.strings ?? .empty
    // Parsed with the words written in; parsed as written only to say where a template is wrong.
    guard
      let library = parseQuietly(sources, inlining: vietnamese)
        ?? parseTemplates(sources, displayRoot: displayRoot, into: &diags)
    else { return nil }
    for name in pageTemplates where library.getTemplate(named: name) == nil {
      diags.error(
        .template, at: SourceLocation(path: "\(displayRoot)/\(name).mustache"), "thiếu mẫu trang \(name).mustache")
    }
    let word = WordTemplate.load(wordData, shownPath: "\(displayRoot)/\(WordTemplate.path)", into: &diags)
    guard let word, !diags.hasErrors else { return nil }
    var set = TemplateSet(
      library: library, displayRoot: displayRoot, sources: sources, assets: assets, word: word,
      stringFiles: stringFiles, strings: vietnamese)
    set.statusHTML = PartialCache.renderStatuses(set)
    return set
  }

  /// Reads every `.mustache` file below `directory`, sorted by path; one that is not UTF-8 text
  /// is reported and left out.
  static func readTemplates(in directory: URL, displayRoot: String, into diags: inout Diagnostics) -> [(
    file: String, text: String
  )] {
    let files = (FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".mustache") }.sorted()
    var sources: [(file: String, text: String)] = []
    for file in files {
      guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(file).path),
        let text = text(of: [UInt8](data))
      else {
        diags.error(
          .template, at: SourceLocation(path: "\(displayRoot)/\(file)"),
          "không đọc được mẫu trang (tệp phải là chữ UTF-8)")
        continue
      }
      sources.append((file, text))
    }
    return sources
  }

  /// A template's text: UTF-8, without the byte-order mark a Windows editor may put first.
  static func text(of bytes: [UInt8]) -> String? {
    String(validating: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...], as: UTF8.self)
  }

  /// Parses every `.mustache` file below `directory`, named by its path without the extension.
  static func parseTemplates(in directory: URL, displayRoot: String, into diags: inout Diagnostics) -> MustacheLibrary?
  {
    parseTemplates(
      readTemplates(in: directory, displayRoot: displayRoot, into: &diags), displayRoot: displayRoot, into: &diags)
  }

  /// Parses `sources`, each named by its path without the extension. Each is parsed behind a
  /// standalone `{{% CONTENT_TYPE %}}` line (removed from the output, as standalone tags are)
  /// so its text is escaped by `Escape.html`, or by `Escape.xml` for
  /// `*.xml.mustache` (the Word report); a pragma cannot be set once for the library, since
  /// swift-mustache resets the content type in every partial.
  static func parseTemplates(
    _ sources: [(file: String, text: String)], displayRoot: String, inlining strings: Strings = .empty,
    into diags: inout Diagnostics
  ) -> MustacheLibrary? {
    MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
    MustacheContentTypes.register(XMLEscaping(), named: XMLEscaping.name)
    var library = MustacheLibrary()
    for (file, text) in sources {
      let shown = "\(displayRoot)/\(file)"
      do {
        let xml = file.hasSuffix(".xml.mustache")
        let pragma = "{{% CONTENT_TYPE: \(xml ? XMLEscaping.name : HTMLEscaping.name) }}\n"
        let text = InlinedWords.apply(text, strings, xml: xml)
        library.register(try MustacheTemplate(string: pragma + text), named: String(file.dropLast(".mustache".count)))
      } catch let error as MustacheTemplate.ParserError {
        diags.error(
          .template,
          at: SourceLocation(
            path: shown, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
          "mẫu trang sai cú pháp (\(error.error)); kiểm tra các thẻ {{#…}} và {{/…}} có đóng mở khớp nhau",
          line: error.context.line)
      } catch {
        diags.error(
          .template, at: SourceLocation(path: shown), "không đọc được mẫu trang: \(SystemError.message(error))")
      }
    }
    return diags.hasErrors ? nil : library
  }

  /// `sources` parsed with `strings` written in (`InlinedWords`); nil if any is wrong.
  private static func parseQuietly(_ sources: [(file: String, text: String)], inlining strings: Strings)
    -> MustacheLibrary?
  {
    var diags = Diagnostics()
    return parseTemplates(sources, displayRoot: "", inlining: strings, into: &diags)
  }

  /// Variables and partials the templates name but nothing provides (see `TemplateLint`).
  func lint(contexts: [Any]) -> Diagnostics {
    let partials = Set(sources.map { String($0.file.dropLast(".mustache".count)) })
    return TemplateLint.check(
      sources: sources, displayRoot: displayRoot, names: ViewModelNames.collect(contexts), partials: partials,
      strings: strings.keys, stringsPath: stringFiles[strings.language]?.shownPath ?? "\(displayRoot)/strings")
  }

  /// What the lint's verdict depends on besides the plansite binary: every template's text,
  /// the strings' keys and where they are shown from. `SiteBuilder.check` keeps a clean verdict
  /// under it, so a rebuild with the same templates does not lint them again.
  var lintKey: String {
    var h = SHA256()
    h.update("template lint 1\n\(displayRoot)\n\(stringFiles[strings.language]?.shownPath ?? "")\n")
    for (file, text) in sources { h.update("\(file)\n\(text.utf8.count)\n\(text)\n") }
    h.update(strings.keys.sorted().joined(separator: "\n"))
    return h.finalize()
  }

  /// `context` with `t` (the strings) beside it, as every template is rendered.
  func root(_ context: Any) -> RenderRoot {
    RenderRoot(strings, context as? MustacheParent ?? TemplateObject(context))
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
    return withPartialCache { library.render(root(full), withTemplate: template) }
  }

  /// Renders a page job; nil for a template that does not exist.
  func render(_ template: String, _ context: Any) -> String? {
    withPartialCache { library.render(root(context), withTemplate: template) }
  }

  /// Runs one page's render with a fresh cache of its repeated fragments (`PartialCache`).
  private func withPartialCache<R>(_ render: () -> R) -> R {
    PartialCache.$current.withValue(PartialCache(templates: self), operation: render)
  }
}
