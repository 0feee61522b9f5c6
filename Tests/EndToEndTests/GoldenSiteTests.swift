import Foundation
import PlansiteTestSupport
import XCTest

/// Runs the real binary on the fixture site and compares every written file with the golden
/// copy in `Fixtures/mini/expected/`. `RECORD_GOLDEN=1 swift test` rewrites them (and fails, so
/// a recording is never mistaken for a pass).
final class GoldenSiteTests: XCTestCase {
  func build(_ content: URL, output: URL, today: String = "2023-06-15") throws -> TestSupport.Run {
    try TestSupport.plansite([
      "build", "--content", content.path, "--templates",
      TestSupport.packageRoot.appendingPathComponent("templates").path,
      "--output", output.path, "--today", today, "--quiet",
    ])
  }

  func testFixtureSiteMatchesGoldenFiles() throws {
    let output = TestSupport.temporaryDirectory().appendingPathComponent("output")
    let run = try build(TestSupport.fixture("mini").appendingPathComponent("content"), output: output)
    XCTAssertEqual(run.status, 0, run.stderr)
    let expected = TestSupport.fixture("mini").appendingPathComponent("expected")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
      try? FileManager.default.removeItem(at: expected)
      try FileManager.default.copyItem(at: output, to: expected)
      try? FileManager.default.removeItem(at: expected.appendingPathComponent(".plansite-output"))
      XCTFail("recorded golden files in \(expected.path); run again without RECORD_GOLDEN")
      return
    }
    // The marker holds the build fingerprint, which names this machine's binary: not golden.
    let got = TestSupport.files(under: output).filter { $0 != ".plansite-output" }
    let want = TestSupport.files(under: expected).filter { $0 != ".plansite-output" }
    XCTAssertEqual(Set(want).subtracting(got).sorted(), [], "missing files")
    XCTAssertEqual(Set(got).subtracting(want).sorted(), [], "unexpected files")
    for path in got where want.contains(path) {
      let a = try Data(contentsOf: output.appendingPathComponent(path))
      let b = try Data(contentsOf: expected.appendingPathComponent(path))
      if a != b {
        XCTFail(
          "\(path) differs from its golden file:\n\(TextDiff.firstDifference(String(decoding: b, as: UTF8.self), String(decoding: a, as: UTF8.self)))"
        )
      }
    }
  }

  func testTwoBuildsAreByteIdentical() throws {
    let dir = TestSupport.temporaryDirectory()
    let content = TestSupport.fixture("mini").appendingPathComponent("content")
    XCTAssertEqual(try build(content, output: dir.appendingPathComponent("a")).status, 0)
    XCTAssertEqual(try build(content, output: dir.appendingPathComponent("b")).status, 0)
    let files = TestSupport.files(under: dir.appendingPathComponent("a"))
    XCTAssertEqual(files, TestSupport.files(under: dir.appendingPathComponent("b")))
    for f in files {
      XCTAssertEqual(
        try Data(contentsOf: dir.appendingPathComponent("a/\(f)")),
        try Data(contentsOf: dir.appendingPathComponent("b/\(f)")), f)
    }
  }

  func testFailedBuildLeavesThePreviousOutputAsItWas() throws {
    let output = TestSupport.temporaryDirectory().appendingPathComponent("output")
    let content = TestSupport.contentCopy(of: "mini")
    XCTAssertEqual(try build(content, output: output).status, 0)
    let before = try Data(contentsOf: output.appendingPathComponent("index.html"))
    try Data("reports:\n  - period: nam\n    values:\n      p1: {done: 45, of: 40}\n".utf8)
      .write(to: content.appendingPathComponent("districts/a-chau/indicators.yaml"))
    let run = try build(content, output: output)
    XCTAssertEqual(run.status, 1)
    XCTAssertTrue(run.stderr.contains("districts/a-chau/indicators.yaml:4:18: lỗi:"), run.stderr)
    XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent("index.html")), before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
    XCTAssertEqual(leftovers.sorted(), [".output.plansite-cache", "output"], "no staging folder left, the cache kept")
  }

  func testRefusesToReplaceAFolderItDidNotGenerate() throws {
    let content = TestSupport.contentCopy(of: "mini")
    let run = try build(content, output: content)
    XCTAssertEqual(run.status, 2, run.stderr)
    XCTAssertTrue(
      FileManager.default.fileExists(atPath: content.appendingPathComponent("plan.yaml").path), "content must survive")
  }

  func testCheckPrintsCompilerStyleDiagnosticsAndACount() throws {
    let content = TestSupport.contentCopy(
      of: "mini",
      overrides: [
        "districts/a-chau/indicators.yaml": "reports:\n  - period: nam\n    values:\n      p1: {dnoe: 4, of: 40}\n"
      ])
    let run = try TestSupport.plansite([
      "check", "--content", content.path, "--templates",
      TestSupport.packageRoot.appendingPathComponent("templates").path, "--today", "2023-06-15",
    ])
    XCTAssertEqual(run.status, 1)
    XCTAssertTrue(run.stderr.contains("indicators.yaml:4:12: lỗi: khóa \"dnoe\" không được hỗ trợ"), run.stderr)
    XCTAssertTrue(run.stderr.contains("[PS004]"), run.stderr)
    XCTAssertTrue(run.stderr.contains("      p1: {dnoe: 4, of: 40}\n             ^"), run.stderr)
    XCTAssertTrue(run.stderr.hasSuffix("lỗi, 0 cảnh báo\n"), run.stderr)
    let gh = try TestSupport.plansite([
      "check", "--content", content.path, "--templates",
      TestSupport.packageRoot.appendingPathComponent("templates").path, "--today", "2023-06-15", "--format", "github",
    ])
    XCTAssertTrue(gh.stderr.contains("::error file="), gh.stderr)
    XCTAssertTrue(gh.stderr.contains(",line=4,col=12,title=PS004::"), gh.stderr)
  }
}

/// A short report of where two texts first differ, line by line.
enum TextDiff {
  static func firstDifference(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(a.count, b.count) where i >= a.count || i >= b.count || a[i] != b[i] {
      return "line \(i + 1)\n- \(i < a.count ? String(a[i]) : "<end>")\n+ \(i < b.count ? String(b[i]) : "<end>")"
    }
    return "(same text, different bytes)"
  }
}

/// Incremental builds: only changed files are written, and the result equals a full build.
final class IncrementalBuildTests: XCTestCase {
  func build(_ content: URL, _ output: URL) throws {
    let run = try TestSupport.plansite([
      "build", "--content", content.path, "--templates",
      TestSupport.packageRoot.appendingPathComponent("templates").path,
      "--output", output.path, "--today", "2023-06-15", "--quiet",
    ])
    XCTAssertEqual(run.status, 0, run.stderr)
  }

  func testIncrementalBuildEqualsFullBuildAndRewritesOnlyChangedFiles() throws {
    let content = TestSupport.contentCopy(of: "mini")
    let dir = TestSupport.temporaryDirectory()
    let incremental = dir.appendingPathComponent("incremental")
    try build(content, incremental)
    let before = TestSupport.inodes(under: incremental)

    // No change: nothing is touched, not even the marker.
    try build(content, incremental)
    XCTAssertEqual(TestSupport.inodes(under: incremental), before)

    // One district's narrative changes: only its page (and the marker) get new files.
    let report = content.appendingPathComponent("districts/dinh-lap/report.md")
    try Data("## Tình hình\n\nĐình Lập đã gửi báo cáo bổ sung.\n".utf8).write(to: report)
    try build(content, incremental)
    let after = TestSupport.inodes(under: incremental)
    let changed = after.keys.filter { after[$0] != before[$0] }.sorted()
    XCTAssertTrue(changed.contains("districts/dinh-lap/index.html"), "\(changed)")
    XCTAssertFalse(changed.contains("districts/a-chau/index.html"), "\(changed)")
    XCTAssertFalse(changed.contains("targets/p1/index.html"), "\(changed)")
    // Streamed files too: the CSV's figures did not change. The search index's shard of the
    // units did, the province's did not (its entries are the same).
    XCTAssertFalse(changed.contains("data/indicators.csv"), "\(changed)")
    XCTAssertTrue(changed.contains("search/e/u0.js"), "\(changed)")
    XCTAssertNotNil(after["search/e/p0.js"])
    XCTAssertFalse(changed.contains("search/e/p0.js"), "\(changed)")
    XCTAssertFalse(changed.contains { $0.hasPrefix("search/w/p0/") }, "\(changed)")

    let full = dir.appendingPathComponent("full")
    try build(content, full)
    let files = TestSupport.files(under: full)
    XCTAssertEqual(TestSupport.files(under: incremental), files)
    for f in files {
      XCTAssertEqual(
        try Data(contentsOf: incremental.appendingPathComponent(f)),
        try Data(contentsOf: full.appendingPathComponent(f)),
        "\(f) differs between the incremental and the full build")
    }
  }
}
