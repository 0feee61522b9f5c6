import Foundation
import PlansiteTestSupport
import XCTest

@testable import PlansiteSite

/// Issue 17, item 6: what only Linux has lives in one small C target (CPlansiteSystem), so the
/// Swift sources compile on macOS too (not tested there); on Linux it still does its work.
final class PortableSourceTests: XCTestCase {
  /// No Swift source reaches for a Linux-only call itself: no `dlsym` lookups of glibc symbols,
  /// no `Glibc.`-qualified calls, no Linux-only constants.
  func testLinuxOnlyCallsLiveOnlyInTheSystemTarget() throws {
    let sources = TestSupport.packageRoot.appendingPathComponent("Sources")
    let linuxOnly = [
      "dlsym(", "Glibc.", "renameat2", "mallopt", "RENAME_EXCHANGE", "M_MMAP_THRESHOLD", "MSG_NOSIGNAL",
      "epoll_", "inotify_", "/proc/", "st_mtim", "sendfile(", "O_PATH",
    ]
    var found: [String] = []
    var swiftFiles = 0
    for file in TestSupport.files(under: sources) where file.hasSuffix(".swift") {
      swiftFiles += 1
      let lines = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8).split(separator: "\n")
      for (n, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
        for word in linuxOnly where line.contains(word) { found.append("Sources/\(file):\(n + 1): \(word)") }
      }
    }
    XCTAssertGreaterThan(swiftFiles, 50)
    XCTAssertEqual(found, [], "Linux-only calls outside Sources/CPlansiteSystem")
    let c = try String(
      contentsOf: sources.appendingPathComponent("CPlansiteSystem/system.c"), encoding: .utf8)
    for branch in ["defined(__linux__)", "defined(__APPLE__)", "defined(__GLIBC__)", "renamex_np", "SYS_renameat2"] {
      XCTAssertTrue(c.contains(branch), "system.c lacks \(branch)")
    }
  }

  /// The exchange a build commits with: two folders swap names in one step.
  func testExchangeSwapsTwoFoldersInOneStep() throws {
    let dir = TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    TestSupport.write(["old/a.txt": "cũ\n", "new/b.txt": "mới\n"], to: dir)
    XCTAssertTrue(OutputWriter.exchange(dir.appendingPathComponent("new").path, dir.appendingPathComponent("old").path))
    XCTAssertEqual(TestSupport.files(under: dir), ["new/a.txt", "old/b.txt"])
    XCTAssertFalse(
      OutputWriter.exchange(dir.appendingPathComponent("none").path, dir.appendingPathComponent("old").path))
    XCTAssertEqual(TestSupport.files(under: dir), ["new/a.txt", "old/b.txt"], "a failed exchange moves nothing")
  }
}
