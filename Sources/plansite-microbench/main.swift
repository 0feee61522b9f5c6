import CCmarkGFM
import Foundation
import Mustache
import PlansiteMarkdown
import PlansiteSite

// Two single-core figures `make bench` prints before its builds:
// 1. Markdown: plansite's renderer (cmark-gfm plus heading ids, footnote prefixes, the outline
//    and safe links) against bare cmark-gfm with the same options and extensions, on the same
//    documents: every `.md` below the folder given (default `content/`).
// 2. Templates: what one swift-mustache name lookup and one `partials/figure` cost, the floor
//    under the pages' rendering time.
// Usage: plansite-microbench [FOLDER] [SECONDS]

let arguments = CommandLine.arguments
let folder = URL(fileURLWithPath: arguments.count > 1 ? arguments[1] : "content")
let seconds = arguments.count > 2 ? Double(arguments[2]) ?? 2 : 2

func markdownFiles(_ root: URL) -> [String] {
  let names = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).filter {
    $0.hasSuffix(".md")
  }.sorted()
  return names.compactMap { try? String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }
}

/// Runs `body` over the documents until `seconds` have passed; bytes per second.
func throughput(_ documents: [String], seconds: Double, _ body: (String) -> Int) -> Double {
  let bytes = documents.reduce(0) { $0 + $1.utf8.count }
  var rounds = 0
  var sink = 0
  let start = DispatchTime.now().uptimeNanoseconds
  var elapsed = 0.0
  repeat {
    for d in documents { sink &+= body(d) }
    rounds += 1
    elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  } while elapsed < seconds
  if sink == 42 { print("") }  // keeps the work from being optimised away
  return Double(bytes * rounds) / elapsed
}

/// The best of five alternating rounds of each: on a shared machine the slowest rounds measure
/// the neighbours, the fastest the code.
func compare(_ documents: [String], seconds: Double, _ a: (String) -> Int, _ b: (String) -> Int) -> (Double, Double) {
  var best = (0.0, 0.0)
  for _ in 0..<5 {
    best.0 = max(best.0, throughput(documents, seconds: seconds / 5, a))
    best.1 = max(best.1, throughput(documents, seconds: seconds / 5, b))
  }
  return best
}

let options: Int32 = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
cmark_gfm_core_extensions_ensure_registered()
let extensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"].compactMap { (name: String) in
  cmark_find_syntax_extension(name)
}

func bareCmark(_ source: String, _ options: Int32, _ extensions: [OpaquePointer]) -> Int {
  guard let parser = cmark_parser_new(options) else { return 0 }
  defer { cmark_parser_free(parser) }
  for e in extensions { cmark_parser_attach_syntax_extension(parser, e) }
  var source = source
  source.withUTF8 { bytes in
    bytes.withMemoryRebound(to: CChar.self) { if let p = $0.baseAddress { cmark_parser_feed(parser, p, $0.count) } }
  }
  guard let root = cmark_parser_finish(parser) else { return 0 }
  defer { cmark_node_free(root) }
  guard let html = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else { return 0 }
  defer { free(html) }
  return strlen(html)
}

let documents = markdownFiles(folder)
guard !documents.isEmpty else {
  FileHandle.standardError.write(Data("no .md files below \(folder.path)\n".utf8))
  exit(2)
}
let size = documents.reduce(0) { $0 + $1.utf8.count }
let (bare, ours) = compare(
  documents, seconds: seconds, { bareCmark($0, options, extensions) },
  { Markdown.render($0, idPrefix: "bao-cao-", shiftHeadings: 1).html.utf8.count })
print(
  String(
    format: "Markdown, one core, best of 5 rounds, %d documents (%.1f KB) from %@:", documents.count,
    Double(size) / 1000, folder.path))
print(String(format: "  cmark-gfm alone       %6.1f MB/s", bare / 1e6))
print(String(format: "  plansite Markdown     %6.1f MB/s  (%.0f %% of cmark-gfm)", ours / 1e6, 100 * ours / bare))

// Templates, parsed as plansite parses them (escaping by Escape.html).
struct Escaping: MustacheContentType { func escapeText(_ text: String) -> String { Escape.html(text) } }
MustacheContentTypes.register(Escaping(), named: "BENCH_HTML")
func template(_ text: String) throws -> MustacheTemplate {
  try MustacheTemplate(string: "{{% CONTENT_TYPE: BENCH_HTML }}\n" + text)
}
let status: [String: Any] = [
  "key": "dat", "label": "Đạt", "icon": "✔", "html": "<span class=\"status status-dat\">✔ Đạt</span>\n",
]
let figure: [String: Any] = [
  "text": "78,4%", "detail": "412/525", "status": status, "bar": "78.4", "coverage": "", "notes": [String](),
  "hasData": true,
]
let figureSource = (try? String(contentsOfFile: "templates/partials/figure.mustache", encoding: .utf8)) ?? ""
var library = MustacheLibrary()
let cases: [(String, String)] = [
  ("one name ({{text}})", "{{text}}"),
  ("ten names", String(repeating: "{{text}}", count: 10)),
  ("a section ({{#hasData}}…{{/hasData}})", "{{#hasData}}x{{/hasData}}"),
  ("templates/partials/figure.mustache", figureSource),
]
print("Templates (swift-mustache), one core:")
for (name, text) in cases where !text.isEmpty {
  do {
    library.register(try template(text), named: name)
  } catch {
    print("  \(name): \(error)")
    continue
  }
  var n = 0
  var sink = 0
  let start = DispatchTime.now().uptimeNanoseconds
  var elapsed = 0.0
  repeat {
    for _ in 0..<1000 { sink &+= library.render(figure, withTemplate: name)?.utf8.count ?? 0 }
    n += 1000
    elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  } while elapsed < seconds / 2
  if sink == 42 { print("") }
  print(
    "  " + name.padding(toLength: 40, withPad: " ", startingAt: 0)
      + String(format: "%6.2f µs per render", elapsed / Double(n) * 1e6))
}
