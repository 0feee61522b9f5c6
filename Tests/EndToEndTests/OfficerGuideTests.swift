import Foundation
import PlansiteTestSupport
import XCTest

/// Issue 17, item 5: docs/huong-dan-don-vi.md opens with the path that installs nothing (the
/// git host's web editor, a pull request, the annotations, the fix, the approval), then the
/// offline path with the released executable, saying plainly what Windows and macOS lack.
final class OfficerGuideTests: XCTestCase {
  func testGuideOpensWithTheWebEditorPathThenTheOfflineLinuxPath() throws {
    let guide = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/huong-dan-don-vi.md"), encoding: .utf8)
    let sections = guide.components(separatedBy: "\n## ").dropFirst()
    let titles = sections.map { $0.prefix { $0 != "\n" } }
    XCTAssertGreaterThan(titles.count, 3, "\(titles)")
    XCTAssertEqual(titles.first, "Cách 1: sửa trên trang web, không cần cài gì")
    XCTAssertEqual(titles.dropFirst().first, "Cách 2: kiểm tra trên máy mình (chỉ Linux)")

    // The web path, step by step, in the order an officer meets the buttons.
    let web = try XCTUnwrap(sections.first)
    var at = web.startIndex
    for step in [
      "Edit this file", "Commit changes…", "Create a new branch for this commit and start a pull request",
      "Propose changes", "Create pull request", "Files changed", "Bảng mã lỗi", "Edit file",
      "Commit directly to the", "Artifacts", "Merge",
    ] {
      guard let found = web.range(of: step, range: at..<web.endIndex) else {
        XCTFail("Cách 1 does not name \"\(step)\" after the previous step")
        return
      }
      at = found.upperBound
    }
    XCTAssertFalse(web.contains("plansite check\n"), "the web path asks for no command")

    // The offline path: the release, unpacked, check in the content folder; Linux only.
    let offline = try XCTUnwrap(sections.dropFirst().first)
    let version = try XCTUnwrap(try TestSupport.plansite(["--version"]).stdout.split(separator: " ").dropFirst().first)
    XCTAssertTrue(
      offline.contains("tar -xzf ~/Downloads/plansite-\(version)-linux-x86_64.tar.gz"), "the release of this version")
    XCTAssertTrue(offline.contains("plansite-\(version)-linux-x86_64/plansite check"))
    XCTAssertTrue(offline.contains("Chưa có bản cho Windows và cho macOS"))
    XCTAssertFalse(offline.contains("swift build"), "no Swift to install")
  }
}
