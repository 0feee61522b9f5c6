import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest

@testable import PlansiteSite

/// A rebuild reads only the input files stat(2) says changed (`InputDigests`): never one that
/// did change, whatever its size and modification time say.
final class InputDigestsTests: XCTestCase {
  func options(_ content: URL, _ output: URL) -> BuildOptions {
    BuildOptions(
      content: content, templates: TestSupport.packageRoot.appendingPathComponent("templates"), output: output,
      today: CivilDate(iso: "2023-06-15")!)
  }

  func testAnUnchangedFileIsNotReadAgainAndAChangedOneIs() throws {
    let content = TestSupport.contentCopy(of: "mini")
    let output = TestSupport.temporaryDirectory().appendingPathComponent("site")
    let cache = try XCTUnwrap(BuildCache(output: output))
    let report = content.appendingPathComponent("districts/a-chau/report.md").path
    // Just written: too recent to be kept (two writes within one timestamp tick look alike).
    _ = BuildFingerprint.compute(options(content, output), cache: cache)
    XCTAssertNil(InputDigests(cache: cache).recorded(report), "a file changed a moment ago is read again next time")

    // Once its change time is older than `racyWindow` (which nothing can set back), it is kept.
    Thread.sleep(forTimeInterval: Double(InputDigests.racyWindow) / 1e9 + 0.2)
    let first = BuildFingerprint.compute(options(content, output), cache: cache)
    let recorded = try XCTUnwrap(InputDigests(cache: cache).recorded(report))
    XCTAssertEqual(recorded.digest, InputTree.digest(ofFileAt: report))

    // The next build takes the recorded digest without reading the file: plant another one.
    InputDigests.save([(report, recorded.stamp, "planted")], to: cache)
    let second = BuildFingerprint.compute(options(content, output), cache: cache)
    XCTAssertNotEqual(second.site, first.site, "the planted digest was used: the file was not read")

    // Rewritten with the same size and its old modification time: the change time tells.
    InputDigests.save([(report, recorded.stamp, "planted")], to: cache)
    let text = try String(contentsOfFile: report, encoding: .utf8)
    try Data(String(text.reversed()).utf8).write(to: URL(fileURLWithPath: report))
    var old = [
      timespec(tv_sec: recorded.stamp.modified / 1_000_000_000, tv_nsec: recorded.stamp.modified % 1_000_000_000),
      timespec(tv_sec: recorded.stamp.modified / 1_000_000_000, tv_nsec: recorded.stamp.modified % 1_000_000_000),
    ]
    XCTAssertEqual(utimensat(AT_FDCWD, report, &old, 0), 0)
    let third = BuildFingerprint.compute(options(content, output), cache: cache)
    XCTAssertEqual(
      InputDigests(cache: cache).recorded(report)?.digest, nil, "read again (and, just changed, not kept)")
    XCTAssertNotEqual(third.site, first.site)
    XCTAssertEqual(third.site, BuildFingerprint.compute(options(content, output)).site, "the same as without a cache")
  }

  /// A cache record that is not one (cut short, garbage) is no cache: every file is read.
  func testAGarbledRecordIsNoRecord() throws {
    let content = TestSupport.contentCopy(of: "mini")
    let output = TestSupport.temporaryDirectory().appendingPathComponent("site")
    let cache = try XCTUnwrap(BuildCache(output: output))
    let plain = BuildFingerprint.compute(options(content, output)).site
    cache.write(InputDigests.area, "digests", key: "stamps 1", [0xff, 0xff, 0xff])
    XCTAssertEqual(BuildFingerprint.compute(options(content, output), cache: cache).site, plain)
  }
}
