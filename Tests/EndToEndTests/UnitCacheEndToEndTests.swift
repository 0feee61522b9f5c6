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
