import Foundation
import PlansiteTestSupport
import XCTest

/// The corpus of broken content: each folder of `Fixtures/broken/` holds files that replace
/// (or, listed in `delete.txt`, remove) files of the `mini` fixture, and `expected.txt`, the
/// diagnostics `plansite check` must print: `CODE severity path:line:col`, one per line. A case
/// with `expected-text.txt` must also print exactly that text with `--format text` (messages,
/// source lines and carets: golden diagnostics). `RECORD_GOLDEN=1` rewrites the expectations
/// (and fails).
final class BrokenContentTests: XCTestCase {
  func testEveryBrokenCaseReportsExactlyItsDiagnostics() throws {
    let root = TestSupport.fixture("broken")
    let cases = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
    XCTAssertGreaterThanOrEqual(cases.count, 40)
    for name in cases {
      let (content, templates) = try Self.prepare(name)
      let dir = root.appendingPathComponent(name)
      let run = try TestSupport.run(
        TestSupport.binary,
        ["check", "--content", ".", "--templates", templates.path, "--today", "2023-06-15", "--format", "github"],
        in: content)
      let got = parse(run.stderr, templates: templates.path)
      if FileManager.default.fileExists(atPath: dir.appendingPathComponent("expected-text.txt").path) {
        try Self.assertText(name)
      }
      let expectedURL = dir.appendingPathComponent("expected.txt")
      if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
        try Data((got.joined(separator: "\n") + "\n").utf8).write(to: expectedURL)
        XCTFail("recorded \(name)")
        continue
      }
      let want = (try? String(contentsOf: expectedURL, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
      XCTAssertEqual(got, want, "case \(name):\n\(run.stderr)")
      XCTAssertEqual(run.status, want.contains { $0.contains(" error ") } ? 1 : 0, "case \(name) exit status")
    }
  }

  /// YAML errors (a unit's district.yaml, action-month.yaml) hide none of the Markdown
  /// diagnostics of the same run: each Markdown file is inspected as it is read, not only after a
  /// clean load (PS038 remote image and PS053 missing section in the units' reports, PS040 in
  /// action-month.md beside its broken YAML).
  func testYAMLErrorsHideNoMarkdownDiagnostics() throws {
    let (content, templates) = try Self.prepare("md5-yaml-errors-hide-no-markdown")
    let run = try TestSupport.run(
      TestSupport.binary,
      ["check", "--content", ".", "--templates", templates.path, "--today", "2023-06-15", "--format", "github"],
      in: content)
    let got = parse(run.stderr, templates: templates.path)
    for want in [
      "PS001 error districts/a-chau/district.yaml:2:7", "PS001 error action-month.yaml:1:8",
      "PS038 warning districts/a-chau/report.md:3:25", "PS038 warning districts/a-chau/report.md:7:29",
      "PS053 warning districts/dinh-lap/report.md:1:1", "PS053 warning districts/dinh-lap/report.md:5:1",
      "PS040 error action-month.md:7:33",
    ] {
      XCTAssertTrue(got.contains(want), "missing \(want) in:\n\(run.stderr)")
    }
    XCTAssertEqual(run.status, 1, run.stderr)
  }

  /// The case's `check --format text` output equals its `expected-text.txt`, byte for byte.
  static func assertText(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let (content, templates) = try prepare(name)
    let run = try TestSupport.run(
      TestSupport.binary, ["check", "--content", ".", "--templates", templates.path, "--today", "2023-06-15"],
      in: content)
    let expectedURL = TestSupport.fixture("broken").appendingPathComponent("\(name)/expected-text.txt")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
      try Data(run.stderr.utf8).write(to: expectedURL)
      XCTFail("recorded \(name)/expected-text.txt", file: file, line: line)
      return
    }
    let want = try String(contentsOf: expectedURL, encoding: .utf8)
    XCTAssertEqual(
      run.stderr, want, "case \(name): \(TextDiff.firstDifference(want, run.stderr))", file: file, line: line)
  }

  /// A copy of the `mini` content with the case's deletions and files applied, and the templates
  /// to check it with.
  static func prepare(_ name: String) throws -> (content: URL, templates: URL) {
    let dir = TestSupport.fixture("broken").appendingPathComponent(name)
    let content = TestSupport.contentCopy(of: "mini")
    // Deletions first: a case may put a folder where a file was.
    if let deletions = try? String(contentsOf: dir.appendingPathComponent("delete.txt"), encoding: .utf8) {
      for line in deletions.split(separator: "\n") {
        try? FileManager.default.removeItem(at: content.appendingPathComponent(String(line)))
      }
    }
    let overrides = dir.appendingPathComponent("content")
    for file in TestSupport.files(under: overrides) {
      let target = content.appendingPathComponent(file)
      try? FileManager.default.removeItem(at: target)
      try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: overrides.appendingPathComponent(file), to: target)
    }
    if let setup = try? String(contentsOf: dir.appendingPathComponent("symlink.txt"), encoding: .utf8) {
      // "link target": a symbolic link inside content/ pointing at target.
      let parts = setup.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
      let link = content.appendingPathComponent(parts[0])
      try? FileManager.default.removeItem(at: link)
      try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: parts[1])
    }
    let templates =
      FileManager.default.fileExists(atPath: dir.appendingPathComponent("templates").path)
      ? copyTemplates(with: dir.appendingPathComponent("templates"))
      : TestSupport.packageRoot.appendingPathComponent("templates")
    return (content, templates)
  }

  /// The repository's templates with the case's files laid over them.
  static func copyTemplates(with overrides: URL) -> URL {
    let dir = TestSupport.temporaryDirectory().appendingPathComponent("templates")
    try! FileManager.default.copyItem(at: TestSupport.packageRoot.appendingPathComponent("templates"), to: dir)
    for file in TestSupport.files(under: overrides) {
      let target = dir.appendingPathComponent(file)
      try? FileManager.default.removeItem(at: target)
      try! FileManager.default.copyItem(at: overrides.appendingPathComponent(file), to: target)
    }
    return dir
  }

  /// `::error file=p,line=4,col=18,title=PS011::…` → `PS011 error p:4:18`.
  func parse(_ stderr: String, templates: String) -> [String] {
    stderr.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("::") else { return nil }
      let head = line.dropFirst(2).split(separator: "::", maxSplits: 1)[0]
      let kind = head.split(separator: " ")[0]
      var props: [String: String] = [:]
      for p in head.dropFirst(kind.count + 1).split(separator: ",") {
        let kv = p.split(separator: "=", maxSplits: 1)
        if kv.count == 2 {
          props[String(kv[0])] = String(kv[1]).replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(
            of: "%2C", with: ",")
        }
      }
      var file = props["file"] ?? "-"
      if file.hasPrefix(templates + "/") { file = "templates/" + file.dropFirst(templates.count + 1) }
      return "\(props["title"] ?? "?") \(kind) \(file):\(props["line"] ?? "0"):\(props["col"] ?? "0")"
    }
  }
}
