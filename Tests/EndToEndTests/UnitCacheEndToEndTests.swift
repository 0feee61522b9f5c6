import Foundation
import PlansiteTestSupport
import XCTest

/// `plansite build` keeps each loaded unit beside the output (`.NAME.plansite-cache/units/`)
/// and the next build takes the units whose folder did not change from there. Whatever the
/// content's problems, a build from those records prints what the build that wrote them
/// printed, byte for byte: every case of the broken corpus is built twice.
final class UnitCacheEndToEndTests: XCTestCase {
  func testABuildFromTheRecordsPrintsTheSameDiagnostics() throws {
    let cases = try FileManager.default.contentsOfDirectory(atPath: TestSupport.fixture("broken").path).sorted()
    XCTAssertGreaterThanOrEqual(cases.count, 40)
    for name in cases {
      let (content, templates) = try BrokenContentTests.prepare(name)
      let site = content.deletingLastPathComponent().appendingPathComponent("site")
      let arguments = [
        "build", "--content", ".", "--templates", templates.path, "--output", "../site", "--today", "2023-06-15",
        "--quiet",
      ]
      let first = try TestSupport.plansite(arguments, in: content)
      let units = content.deletingLastPathComponent().appendingPathComponent(".site.plansite-cache/units")
      let written = try records(in: units)
      XCTAssertFalse(written.isEmpty, "case \(name): no unit was kept")
      // A built site would make the next build "unchanged" before it loads anything: one file
      // less, and it builds again.
      try? FileManager.default.removeItem(at: site.appendingPathComponent("README.md"))
      let second = try TestSupport.plansite(arguments, in: content)
      XCTAssertEqual(
        second.stderr, first.stderr, "case \(name): \(TextDiff.firstDifference(first.stderr, second.stderr))")
      XCTAssertEqual(second.status, first.status, "case \(name)")
      // A unit read again from its folder is stored again: a new file in place of the old.
      XCTAssertEqual(try records(in: units), written, "case \(name): the second build read every unit again")
    }
  }

  /// A clean template lint is kept beside the output (`.NAME.plansite-cache/lint/`), under the
  /// templates' key: a template edited after it to name a field no page has is linted again and
  /// refused, and once mended the site builds.
  func testAKeptLintNeverHidesALaterTemplateError() throws {
    let dir = TestSupport.temporaryDirectory("plansite-lint")
    let templates = dir.appendingPathComponent("templates")
    try FileManager.default.copyItem(at: TestSupport.packageRoot.appendingPathComponent("templates"), to: templates)
    let content = TestSupport.contentCopy(of: "mini")
    let arguments = [
      "build", "--content", content.path, "--templates", templates.path, "--output",
      dir.appendingPathComponent("site").path, "--today", "2023-06-15", "--quiet",
    ]
    let first = try TestSupport.plansite(arguments)
    XCTAssertEqual(first.status, 0, first.stderr)
    let lint = dir.appendingPathComponent(".site.plansite-cache/lint/clean")
    XCTAssertTrue(FileManager.default.fileExists(atPath: lint.path), "a clean lint is kept")

    let page = templates.appendingPathComponent("plan.mustache")
    let original = try String(contentsOf: page, encoding: .utf8)
    try Data((original + "{{tenKhongCo}}\n").utf8).write(to: page)
    let broken = try TestSupport.plansite(arguments)
    XCTAssertNotEqual(broken.status, 0)
    XCTAssertTrue(broken.stderr.contains("biến \"tenKhongCo\" không có trong dữ liệu của trang"), broken.stderr)

    try Data(original.utf8).write(to: page)
    let mended = try TestSupport.plansite(arguments)
    XCTAssertEqual(mended.status, 0, mended.stderr)
  }

  /// Each record's name and file number.
  func records(in folder: URL) throws -> [String: Int] {
    let fm = FileManager.default
    var out: [String: Int] = [:]
    for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] {
      let attributes = try fm.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
      out[name] = (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1
    }
    return out
  }
}
