import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest

@testable import PlansiteSite

/// Heading ids come from the author's words; they share each page with the ids of the layout,
/// the page's template and the anchors plansite makes (events, month grids, targets). A heading
/// that slugs to one of those takes a suffix instead of a second element with that id.
final class PageIDTests: XCTestCase {
  func testHeadingsNeverTakeAnIdOfTheTemplatesOrOfGeneratedAnchors() async throws {
    var c = Content.sample
    // Sample events name district "a" in both districts: give each its own.
    for d in c.districts.indices {
      c.districts[d].events = c.districts[d].events.map {
        var e = $0
        e.districtSlug = c.districts[d].slug
        return e
      }
      c.districts[d].narrative = "## Title\n\nA.\n\n## Nội dung\n\nB.\n"
    }
    c.actionMonth.narrative = [
      "Nội dung", "Tìm nhanh", "Lịch", "Lịch title", "Lịch tháng 6", "Chương trình title", "Ngày 2023-06-01",
    ]
    .map { "## \($0)\n\nĐoạn.\n" }.joined(separator: "\n")
    c.sections[0].markdown = ["Nội dung", "Tìm nhanh", "Mục lục", "Mục tiêu", "Mục tiêu 1", "Mục tiêu 1 title"]
      .map { "## \($0)\n\nĐoạn.\n" }.joined(separator: "\n")
    let files = try SiteFiles.render(
      c, today: CivilDate(iso: "2023-06-15")!, templates: try await SiteFiles.templates())
    XCTAssertEqual(try SiteAuditor().problems(files), [])
    // The headings are still there, with ids of their own.
    let actionMonth = try XCTUnwrap(files[SitePaths.actionMonth])
    XCTAssertTrue(actionMonth.contains("<h3 id=\"noi-dung-2\">Nội dung</h3>"), actionMonth)
    // The day summary's ids (`ngay-2023-06-01`) are reserved; units' events live on their pages.
    XCTAssertTrue(actionMonth.contains("<h3 id=\"ngay-2023-06-01-2\">Ngày 2023-06-01</h3>"), actionMonth)
    XCTAssertTrue(try XCTUnwrap(files[SitePaths.plan]).contains("<h3 id=\"muc-tieu-1-2\">Mục tiêu 1</h3>"))
  }

  /// The reserved lists name every literal id their templates (and the layout) hold.
  func testReservedIdListsCoverTheirTemplates() throws {
    let templates = TestSupport.packageRoot.appendingPathComponent("templates")
    func ids(_ name: String) throws -> Set<String> {
      let text = try String(contentsOf: templates.appendingPathComponent("\(name).mustache"), encoding: .utf8)
      let regex = try NSRegularExpression(pattern: #"\bid="([^"{]+)""#)
      return Set(
        regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
          String(text[Range($0.range(at: 1), in: text)!])
        })
    }
    let layout = try ids("layout")
    XCTAssertEqual(layout, LayoutView.templateIDs)
    // Key dates take their ids on the calendar page: the loader refuses the calendar's own.
    XCTAssertEqual(try ids("calendar").union(layout).filter { !KeyDate.isReserved($0) }, [])
    for (name, reserved) in [
      ("action-month", ActionMonthPageView.templateIDs), ("plan", PlanPageView.templateIDs),
      ("district", DistrictPageView.reservedIDs),
    ] {
      let used = try ids(name).union(layout)
      XCTAssertFalse(used.isEmpty)
      XCTAssertEqual(used.subtracting(reserved), [], name)
    }
  }
}
