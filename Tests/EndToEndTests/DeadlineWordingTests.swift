import Foundation
import PlansiteTestSupport
import XCTest

/// Issue 14, item 5 and issue 16, item 4 through the real binary: a finished plan reads as a
/// record (no countdown, each deadline says what happened, the same site any day once
/// `site.yaml` sets `as_of:`), and deadlines are judged and printed in the plan's own words.
final class DeadlineWordingTests: XCTestCase {
  var templates: String { TestSupport.packageRoot.appendingPathComponent("templates").path }

  /// Builds the mini fixture with `overrides`; `today` nil builds on SOURCE_DATE_EPOCH = `epoch`.
  func build(_ overrides: [String: String], today: String?, epoch: String = "1795996800") throws -> URL {
    let content = TestSupport.contentCopy(of: "mini", overrides: overrides)
    let output = content.deletingLastPathComponent().appendingPathComponent("output")
    var args = ["build", "--content", content.path, "--templates", templates, "--output", output.path, "--quiet"]
    if let today { args += ["--today", today] }
    var env = ProcessInfo.processInfo.environment
    env["SOURCE_DATE_EPOCH"] = epoch  // 30/11/2026 by default: years after the plan
    let run = try TestSupport.run(TestSupport.binary, args, in: content.deletingLastPathComponent(), environment: env)
    XCTAssertEqual(run.status, 0, run.stderr)
    return output
  }

  func page(_ output: URL, _ path: String) throws -> String {
    try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
  }

  func site(asOf: String?) -> [String: String] {
    var yaml = "title: Trang thử nghiệm\nprovince: \"Thử Nghiệm, Bắc Bộ\"\nsample_data: true\n"
    if let asOf { yaml += "as_of: \(asOf)\n" }
    return ["site.yaml": yaml]
  }

  /// Built in 2026 with `as_of: 2023-12-31`: no countdown, no "quá hạn N ngày", each units'
  /// deadline says what happened, every page says the plan has ended and the data's date.
  func testABuildAfterThePlansEndShowsNoCountdown() throws {
    let output = try build(site(asOf: "2023-12-31"), today: nil)
    let calendar = try page(output, "calendar/index.html")
    XCTAssertFalse(calendar.contains("quá hạn"), "no overdue count in a record")
    XCTAssertFalse(calendar.contains("(còn "), "no countdown in a record")
    // a-chau sent 19/5, Đình Lập 20/5: "trước ngày 20/05/2023" makes the 20th late.
    XCTAssertTrue(calendar.contains("(1/2 đơn vị nộp đúng hạn, 1 trễ)"), calendar)
    XCTAssertTrue(calendar.contains("(0/2 đơn vị nộp đúng hạn, 2 không nộp)"), calendar)
    let home = try page(output, "index.html")
    XCTAssertTrue(
      home.contains(
        "hạn báo cáo cuối cùng đã qua: trước ngày 20/11/2023; trang này là bản lưu kết quả, số liệu tính đến ngày 15/05/2023"
      ),
      home)
    let unit = try page(output, "districts/dinh-lap/index.html")
    XCTAssertTrue(unit.contains("Không nộp"))
    XCTAssertFalse(unit.contains("quá hạn"))
    // The same site whatever the clock says.
    let again = try build(site(asOf: "2023-12-31"), today: nil, epoch: "1900000000")
    XCTAssertEqual(try page(again, "calendar/index.html"), calendar)
    XCTAssertEqual(try page(again, "calendar/plan.ics"), try page(output, "calendar/plan.ics"))
  }

  /// Indicator c2 "không quá 0": only An Châu sent an annual report (0 cases), so the closed
  /// annual province figure is "Chưa đủ số liệu", never "Đạt"; mid-year Đình Lập's 1 case breaches it.
  func testCeilingOverIncompleteCoverageIsNotAchieved() throws {
    let output = try build(site(asOf: "2023-12-31"), today: nil)
    let html = try page(output, "targets/c2/index.html")
    func province(_ period: String) -> String {
      let start = html.range(of: "id=\"ky-\(period)\"")!.upperBound
      let rest = html[start...]
      return String(rest[..<rest.range(of: "<p class=\"formula\">")!.lowerBound])
    }
    XCTAssertTrue(province("nam").contains("Chưa đủ số liệu"), province("nam"))
    XCTAssertTrue(province("nam").contains("1/2 đơn vị đã báo cáo"))
    XCTAssertFalse(province("nam").contains("Đạt"))
    XCTAssertTrue(province("6-thang").contains("Vượt ngưỡng"), province("6-thang"))
  }

  /// Without `as_of:` the same build counts from the clock; with `--today` inside the plan it
  /// counts down: the record view is a matter of the date, not of a switch.
  func testARunningPlanCountsDownAndTodayOverridesAsOf() throws {
    let output = try build(site(asOf: "2023-12-31"), today: "2023-06-15")
    let calendar = try page(output, "calendar/index.html")
    XCTAssertTrue(calendar.contains("(còn 153 ngày)"), "nam: due before 15/11, built 15/6")
    XCTAssertFalse(calendar.contains("Kế hoạch đã kết thúc"))
    let late = try build(site(asOf: nil), today: nil)
    XCTAssertTrue(try page(late, "calendar/index.html").contains("Kế hoạch đã kết thúc"))
  }

  /// "chậm nhất ngày 20/5": the report received on the 20th is on time, and every page and the
  /// .ics say the plan's words; the default "trước ngày" makes the same day 1 day late.
  func testBothDeadlineWordingsOnTheBoundaryDay() throws {
    let plan = try String(
      contentsOf: TestSupport.fixture("mini").appendingPathComponent("content/plan.yaml"), encoding: .utf8)
    let lastDay = plan.replacingOccurrences(
      of: "    province_due: 2023-05-25\n", with: "    province_due: 2023-05-25\n    due_wording: chậm nhất ngày\n")
    XCTAssertNotEqual(lastDay, plan)
    let output = try build(["plan.yaml": lastDay], today: "2023-06-15")
    let unit = try page(output, "districts/dinh-lap/index.html")
    XCTAssertTrue(unit.contains("Đúng hạn (20/05/2023)"), unit)
    XCTAssertTrue(unit.contains("chậm nhất ngày 20/05/2023"))
    let ics = try page(output, "calendar/plan.ics").replacingOccurrences(of: "\r\n ", with: "")
    XCTAssertTrue(ics.contains("chậm nhất ngày 20/05/2023"), ics)
    XCTAssertTrue(try page(output, "calendar/index.html").contains("(2/2 đơn vị nộp đúng hạn)"))

    let before = try build([:], today: "2023-06-15")
    let beforeUnit = try page(before, "districts/dinh-lap/index.html")
    XCTAssertTrue(beforeUnit.contains("Trễ 1 ngày (20/05/2023)"), beforeUnit)
    XCTAssertTrue(beforeUnit.contains("trước ngày 20/05/2023"))
    XCTAssertTrue(
      try page(before, "calendar/plan.ics").replacingOccurrences(of: "\r\n ", with: "").contains(
        "trước ngày 20/05/2023"))
  }

  /// A wording the tool does not know is refused with the three it does.
  func testAnUnknownWordingIsRefused() throws {
    let plan = try String(
      contentsOf: TestSupport.fixture("mini").appendingPathComponent("content/plan.yaml"), encoding: .utf8
    ).replacingOccurrences(
      of: "    province_due: 2023-05-25\n", with: "    province_due: 2023-05-25\n    due_wording: hạn chót\n")
    let content = TestSupport.contentCopy(of: "mini", overrides: ["plan.yaml": plan])
    let run = try TestSupport.plansite(
      ["check", "--content", content.path, "--templates", templates], in: content.deletingLastPathComponent())
    XCTAssertEqual(run.status, 1, run.stderr)
    XCTAssertTrue(run.stderr.contains("due_wording \"hạn chót\" không phải cách kế hoạch ghi hạn"), run.stderr)
    XCTAssertTrue(run.stderr.contains("[PS059]"))
  }
}
