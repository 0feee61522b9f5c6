import Foundation
import PlansiteTestSupport
import XCTest

/// Issue 12, items 4, 5 and 7 through the real binary: what used to build (a thousands
/// separator summed as a decimal, two indicators on one page, script in a period id) is
/// refused by `build` as by `check`, with the message, and nothing is written.
final class ContentRulesEndToEndTests: XCTestCase {
  var templates: String { TestSupport.packageRoot.appendingPathComponent("templates").path }

  func build(_ overrides: [String: String]) throws -> (TestSupport.Run, output: URL) {
    let content = TestSupport.contentCopy(of: "mini", overrides: overrides)
    let output = content.deletingLastPathComponent().appendingPathComponent("output")
    let run = try TestSupport.plansite(
      [
        "build", "--content", content.path, "--templates", templates, "--output", output.path, "--today", "2023-06-15",
        "--quiet",
      ], in: content.deletingLastPathComponent())
    return (run, output)
  }

  /// The diagnostic lines of `stderr` (not the source line and caret under each).
  func diagnostics(_ stderr: String) -> [String] {
    stderr.split(separator: "\n").map(String.init).filter { $0.contains(": lỗi: ") || $0.contains(": cảnh báo: ") }
  }

  func testBuildRefusesAThousandsSeparatorInsteadOfSummingIt() throws {
    let (run, output) = try build([
      "districts/a-chau/indicators.yaml":
        "reports:\n  - period: 6-thang\n    values:\n      p1: {done: 15.200, of: 15630}\n"
    ])
    XCTAssertEqual(run.status, 1, run.stderr)
    XCTAssertEqual(
      diagnostics(run.stderr),
      [
        "content/districts/a-chau/indicators.yaml:4:18: lỗi: chỉ tiêu \"p1\": done \"15.200\" dùng dấu ngăn cách hàng nghìn, sẽ bị đọc thành 15,2; viết 15200 [PS028]"
      ])
    XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "no site with 15.2 children in it")
  }

  func testBuildRefusesTwoIndicatorsThatWouldShareOnePage() throws {
    let plan = try String(
      contentsOf: TestSupport.fixture("mini").appendingPathComponent("content/plan.yaml"), encoding: .utf8
    )
    .replacingOccurrences(
      of: "      - id: c1\n", with: "      - {id: P1, label: Chữ hoa, measure: percent, target: 80}\n      - id: c1\n")
    let (run, output) = try build(["plan.yaml": plan])
    XCTAssertEqual(run.status, 1, run.stderr)
    XCTAssertEqual(
      diagnostics(run.stderr),
      [
        "content/plan.yaml:34:14: lỗi: mã chỉ tiêu \"P1\" trùng với \"p1\" ở dòng 30: cả hai đều thành \"p1\" trong đường dẫn trang nên một trang hay một mục sẽ mất; đổi một trong hai mã cho khác hẳn [PS027]"
      ])
    XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
  }

  /// `<section id="ky-{{id}}">`: an id that closes the attribute would run script (issue 12, 7).
  func testBuildRefusesAPeriodIDThatWouldLeaveItsAttribute() throws {
    let plan = try String(
      contentsOf: TestSupport.fixture("mini").appendingPathComponent("content/plan.yaml"), encoding: .utf8
    )
    .replacingOccurrences(
      of: "  - id: nam\n",
      with: "  - id: 'x\" onload=\"alert(1)'\n    label: Kỳ thêm\n    due: 2023-12-01\n    expected: 1.0\n  - id: nam\n"
    )
    let (run, output) = try build(["plan.yaml": plan])
    XCTAssertEqual(run.status, 1, run.stderr)
    XCTAssertEqual(
      diagnostics(run.stderr),
      [
        "content/plan.yaml:14:9: lỗi: mã kỳ báo cáo \"x\" onload=\"alert(1)\" không hợp lệ: mã chỉ gồm chữ thường không dấu a–z, chữ số 0–9 và dấu gạch ngang (-), không bắt đầu hay kết thúc bằng dấu gạch ngang, tối đa 80 ký tự: viết x-onload-alert-1 [PS026]"
      ])
    XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
  }
}
