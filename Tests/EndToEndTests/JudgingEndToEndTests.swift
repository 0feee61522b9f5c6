import Foundation
import PlansiteTestSupport
import XCTest

/// Issue 14, item 4 and issue 16, item 3 on the shipped 2023 plan through the real binary: the
/// archived site (`as_of: 2023-12-31`) judges closed periods as final, ceilings as ceilings, and
/// shows a unit's share of a split province target with its working.
final class JudgingEndToEndTests: XCTestCase {
  static let output: URL = {
    let dir = TestSupport.temporaryDirectory("plansite-judging")
    let output = dir.appendingPathComponent("output")
    let run = try! TestSupport.plansite(
      [
        "build", "--content", TestSupport.packageRoot.appendingPathComponent("content").path, "--templates",
        TestSupport.packageRoot.appendingPathComponent("templates").path, "--output", output.path, "--quiet",
      ], in: dir)
    precondition(run.status == 0, run.stderr)
    return output
  }()

  func page(_ path: String) throws -> String {
    try String(contentsOf: Self.output.appendingPathComponent(path), encoding: .utf8)
  }

  /// The section of an indicator page for one period.
  func section(_ html: String, period: String) -> String {
    guard let start = html.range(of: "<section class=\"period\" id=\"ky-\(period)\"") else { return "" }
    let rest = html[start.lowerBound...]
    return String(rest[..<(rest.range(of: "</section>")?.upperBound ?? rest.endIndex)])
  }

  /// The known case: the closed annual result 99,8 % against 100 % reads "Chưa đạt", not "Chậm".
  func testClosedAnnualResultReadsNotAchieved() throws {
    let annual = section(try page("targets/1/index.html"), period: "nam")
    XCTAssertTrue(annual.contains("99,8%"), annual)
    XCTAssertTrue(annual.contains("<strong>Toàn tỉnh:</strong> <span class=\"figure\">"), annual)
    let province = annual.components(separatedBy: "<p class=\"formula\">")[0]
    XCTAssertTrue(province.contains("Chưa đạt"), province)
    XCTAssertFalse(annual.contains("> Chậm<"), "no running wording in a closed period")
    XCTAssertTrue(annual.contains("Kỳ đã chốt (hạn trước ngày 15/11/2023 đã qua)"))
  }

  /// Indicator 7d, "không quá 0 trường hợp": Hữu Lũng reported 1 case in the year, so the
  /// province breaches its ceiling ("Vượt ngưỡng", not "Chậm") though Đình Lập has not reported;
  /// the ceiling reads as one and is not halved mid-year.
  func testCeilingReadsAsACeiling() throws {
    let html = try page("targets/7d/index.html")
    XCTAssertTrue(html.contains("không quá 0 trường hợp"))
    let province = section(html, period: "nam").components(separatedBy: "<p class=\"formula\">")[0]
    XCTAssertTrue(province.contains("Vượt ngưỡng"), province)
    XCTAssertTrue(province.contains("10/11 đơn vị đã báo cáo"), province)
    XCTAssertTrue(html.contains("Mức trần áp dụng nguyên ở mọi kỳ: không quá 0 trường hợp."))
    XCTAssertFalse(html.contains("mục tiêu năm"), "a ceiling has no mid-year share")
  }

  /// Indicator 9 (150 of 200 communes): a unit's page shows its share and how it was derived,
  /// and the province figure is over the plan's 200 everywhere.
  func testSplitTargetShowsTheUnitsShareAndOneDenominator() throws {
    let unit = try page("districts/van-lang/index.html")
    XCTAssertTrue(
      unit.contains("Chỉ tiêu của đơn vị: 150 × 17/200 = 12,75 xã (chỉ tiêu tỉnh chia theo tỷ lệ 17/200)"), unit)
    let indicator = try page("targets/9/index.html")
    let annual = section(indicator, period: "nam").components(separatedBy: "<p class=\"formula\">")[0]
    XCTAssertTrue(annual.contains("(trên 200)"), annual)
    // Baseline 144, half-year milestone 147 (not 75).
    XCTAssertTrue(indicator.contains("Mốc của kỳ này: 147 xã (số liệu gốc 144 xã cộng 50% phần còn lại đến mục tiêu)."))
  }

  /// The plan's signature block, number and place-and-date line, as printed.
  func testPlanPageIsFaithfulToTheDocument() throws {
    let plan = try page("plan/index.html")
    XCTAssertTrue(
      plan.contains(
        "<p class=\"chuc-vu\">KT. GIÁM ĐỐC</p><p class=\"chuc-vu\">PHÓ GIÁM ĐỐC</p><p class=\"ho-ten\">Đàm Văn Chính</p>"
      ),
      plan)
    XCTAssertTrue(plan.contains("Số: <span class=\"cho-trong\""))
    XCTAssertTrue(
      plan.contains("Lạng Sơn, ngày <span class=\"cho-trong\"></span> tháng <span class=\"cho-trong\"></span> năm 2023")
    )
    let calendar = try page("calendar/index.html")
    XCTAssertTrue(
      calendar.contains(
        "Hạn gửi báo cáo năm của các sở, ban, ngành, cơ quan, đơn vị liên quan và UBND các huyện, thành phố"))
    let am = try page("action-month/index.html")
    XCTAssertTrue(am.contains("<span class=\"minh-hoa\">Minh họa</span>"))
  }
}
