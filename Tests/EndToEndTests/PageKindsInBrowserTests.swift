import Foundation
import PlansiteTestSupport
import XCTest

/// Every kind of page of the shipped site, built with the real binary on a day in June (the
/// Action Month runs, the calendars mark today), in headless Chromium at 1280 and 390 px
/// (`Tests/scripts/page_check.py`): axe-core finds no WCAG 2.1 A/AA violation, nothing scrolls
/// sideways on the phone, wide tables keep their first column (and a table of periods its last)
/// in view, month grids give way to the day-by-day agenda on the phone and draw a multi-day event
/// as one span on a laptop. Screenshots and page heights go to `test-artifacts/pages/` (look at
/// them). A missing tool is a failure, not a skip: `make test` installs them.
final class PageKindsInBrowserTests: XCTestCase {
  func testEveryPageKindAtLaptopAndPhoneWidthPassesAxeAndFits() throws {
    let root = TestSupport.temporaryDirectory("plansite-pages")
    defer { try? FileManager.default.removeItem(at: root) }
    let site = root.appendingPathComponent("site")
    let build = try TestSupport.plansite([
      "build", "--content", TestSupport.packageRoot.appendingPathComponent("content").path,
      "--templates", TestSupport.packageRoot.appendingPathComponent("templates").path,
      "--output", site.path, "--today", "2023-06-15", "--quiet",
    ])
    XCTAssertEqual(build.status, 0, "plansite build: \(build.stderr)")
    guard build.status == 0 else { return }
    let artifacts = TestSupport.packageRoot.appendingPathComponent("test-artifacts/pages")
    let script = TestSupport.packageRoot.appendingPathComponent("Tests/scripts/page_check.py")
    let run = try TestSupport.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", script.path, site.path, "--artifacts", artifacts.path])
    XCTAssertEqual(run.status, 0, "page_check.py:\n\(run.stdout)\(run.stderr)")
    // What the script measured is written down, not only printed.
    let heights =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: artifacts.appendingPathComponent("page-heights.json"))) as? [String: [String: Any]]
    let kinds = Set((heights ?? [:]).keys)
    for kind in ["home", "action-month", "calendar", "districts", "districts-x", "targets-x", "report-x", "search"] {
      XCTAssertTrue(kinds.contains(kind), "page kind \(kind) was not checked: \(kinds.sorted())")
      for width in ["1280", "390"] {
        let shot = artifacts.appendingPathComponent("\(kind)-\(width).png")
        XCTAssertTrue(FileManager.default.fileExists(atPath: shot.path), "no screenshot \(shot.lastPathComponent)")
      }
    }
    XCTAssertGreaterThan(heights?["home"]?["1280"] as? Int ?? 0, 0, "the home page height at 1280 px")
  }
}
