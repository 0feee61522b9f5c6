import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest

/// Issue 12, items 4, 5 and 7: no silently wrong figure (whole counts, the thousands separator,
/// targets, names, dates), no two ids on one page, one grammar for every id. Each case loads the
/// `mini` fixture with one file replaced and compares every diagnostic, exactly:
/// `file:line:col severity code message`.
final class ContentRulesTests: XCTestCase {
  let today = CivilDate(iso: "2023-06-15")!
  let mini = TestSupport.fixture("mini").appendingPathComponent("content")

  func load(_ overrides: [String: String], today: CivilDate? = nil) -> (Content?, [String]) {
    let root = TestSupport.contentCopy(of: "mini", overrides: overrides)
    defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
    let (content, diags) = ContentLoader.load(from: root, today: today ?? self.today)
    let lines = diags.sorted.map { d -> String in
      let l = d.location
      let place = l.map { "\(String($0.path.dropFirst(root.path.count + 1))):\($0.line):\($0.column)" } ?? "-"
      return "\(place) \(d.severity.rawValue) \(d.code.id) \(d.message)"
    }
    return (content, lines)
  }

  /// The mini plan.yaml with `replacements` applied (each must match).
  func plan(_ replacements: [(String, String)], file: StaticString = #filePath, line: UInt = #line) -> String {
    var text = try! String(contentsOf: mini.appendingPathComponent("plan.yaml"), encoding: .utf8)
    for (a, b) in replacements {
      XCTAssertTrue(text.contains(a), "plan.yaml has no \(a)", file: file, line: line)
      text = text.replacingOccurrences(of: a, with: b)
    }
    return text
  }

  func assertLines(_ got: [String], _ want: [String], file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(got, want, "\n" + got.joined(separator: "\n"), file: file, line: line)
  }

  // MARK: - Item 4: whole counts, the thousands separator

  /// `done: 15.200` is 15,200 children to the officer and 15.2 to YAML: refused at its line,
  /// with what to write, so nothing is summed into the province figure.
  func testThousandsSeparatorInACountIsAnErrorSayingWhatToWrite() {
    let (content, lines) = load([
      "districts/a-chau/indicators.yaml":
        "reports:\n  - period: 6-thang\n    values:\n      p1: {done: 15.200, of: 15630}\n"
    ])
    XCTAssertNil(content, "a figure read as 15.2 must not reach the site")
    assertLines(
      lines,
      [
        "districts/a-chau/indicators.yaml:4:18 error PS028 chỉ tiêu \"p1\": done \"15.200\" dùng dấu ngăn cách hàng nghìn, sẽ bị đọc thành 15,2; viết 15200"
      ])
  }

  func testEveryCountOfPeopleOrUnitsIsWholeUnlessItsUnitDeclaresDecimals() {
    let (content, lines) = load([
      "districts/a-chau/indicators.yaml": """
      reports:
        - period: 6-thang
          values:
            p1: {done: 352, of: 3.600}
            c1: {done: 8.5, of: 10}
            c2:
              done: 1.234.567
            m1: {done: 19, of: 2000.0}
            f1: {done: 1.25}
        - period: nam
          values:
            p1: {done: "15 200", of: 16000}
            c1: {done: 9, of: 10}
            f1: {done: 1.500}
            c2: {done: 15,200}

      """
    ])
    XCTAssertNil(content)
    assertLines(
      lines,
      [
        "districts/a-chau/indicators.yaml:4:27 error PS028 chỉ tiêu \"p1\": of \"3.600\" dùng dấu ngăn cách hàng nghìn, sẽ bị đọc thành 3,6; viết 3600",
        "districts/a-chau/indicators.yaml:5:18 error PS028 chỉ tiêu \"c1\": done phải là số nguyên (số người, trẻ em, xã hay đơn vị không có phần lẻ), không phải \"8.5\"",
        "districts/a-chau/indicators.yaml:7:15 error PS028 chỉ tiêu \"c2\": done \"1.234.567\" dùng dấu ngăn cách hàng nghìn; viết 1234567",
        "districts/a-chau/indicators.yaml:8:26 error PS028 chỉ tiêu \"m1\": of phải là số nguyên (số người, trẻ em, xã hay đơn vị không có phần lẻ), không phải \"2000.0\": viết 2000",
        "districts/a-chau/indicators.yaml:9:18 error PS028 chỉ tiêu \"f1\": done \"1.25\" có 2 chữ số thập phân; chỉ tiêu này chỉ nhận 1",
        "districts/a-chau/indicators.yaml:12:18 error PS028 chỉ tiêu \"p1\": done \"15 200\" dùng dấu ngăn cách hàng nghìn; viết 15200",
        "districts/a-chau/indicators.yaml:14:18 error PS028 chỉ tiêu \"f1\": done \"1.500\" dùng dấu ngăn cách hàng nghìn, sẽ bị đọc thành 1,5; viết 1500, hoặc 1.5 nếu là số thập phân",
        "districts/a-chau/indicators.yaml:15:21 error PS006 chỉ tiêu \"c2\": không dùng dấu phẩy trong số; số thập phân viết bằng dấu chấm (ví dụ 3.5), số có hàng nghìn viết liền (15200, không viết 15,200)",
      ])
  }

  /// The decimal unit still takes its decimals: the fixture's f1 (tỷ đồng, decimals: 1) loads.
  func testADecimalUnitKeepsItsDecimals() throws {
    let (content, lines) = load([:])
    assertLines(lines, [])
    let c = try XCTUnwrap(content)
    XCTAssertEqual(c.plan.indicator("f1")?.decimals, 1)
    XCTAssertEqual(c.plan.indicator("c1")?.decimals, 0)
    XCTAssertEqual(c.districts[1].report(for: "6-thang")?.values["f1"], .amount(Rational(23, 10)))
  }

  func testPlanTargetsAboveAHundredPercentAndFractionalCountsAreRefused() {
    let (_, lines) = load([
      "plan.yaml": plan([
        ("measure: percent, target: 80}", "measure: percent, target: 100.5}"),
        ("        target: 15\n", "        target: 15.5\n"),
        ("scale: 1000, target: 9.5", "scale: 1000, target: 1001"),
        ("measure: yes-no, target: 100}", "measure: yes-no, target: 120}"),
        ("baseline: {year: 2022, done: 14, of: 20}", "baseline: {year: 2022, done: 14, of: 2.000}"),
        ("measure: text}", "measure: text, decimals: 1}"),
        ("target: 0, better: lower, unit: trường hợp}", "target: 0, better: lower, unit: trường hợp, decimals: 7}"),
      ])
    ])
    assertLines(
      lines,
      [
        "plan.yaml:30:77 error PS011 target của chỉ tiêu tỷ lệ \"p1\" là 100,5 %, vượt quá 100; viết một tỷ lệ từ 0 đến 100",
        "plan.yaml:37:17 error PS028 target phải là số nguyên (chỉ tiêu count đếm người, xã hay đơn vị; đơn vị chia nhỏ được như tỷ đồng thì thêm decimals: 1 cho chỉ tiêu), không phải \"15.5\"",
        "plan.yaml:40:46 error PS028 baseline.of \"2.000\" dùng dấu ngăn cách hàng nghìn, sẽ bị đọc thành 2; viết 2000",
        "plan.yaml:44:129 error PS011 decimals từ 0 đến 6 (số chữ số sau dấu chấm)",
        "plan.yaml:45:84 error PS011 target của chỉ tiêu tỷ lệ \"m1\" là 1.001 ‰ (scale: 1000), vượt quá 1000; viết một tỷ lệ từ 0 đến 1000",
        "plan.yaml:50:66 error PS011 target của chỉ tiêu tỷ lệ \"y1\" là 120 %, vượt quá 100; viết một tỷ lệ từ 0 đến 100",
        "plan.yaml:54:75 error PS020 decimals chỉ dùng cho chỉ tiêu count đo bằng đơn vị chia nhỏ được (ví dụ tỷ đồng); done và of của tỷ lệ đếm người, đơn vị nên luôn là số nguyên",
      ])
  }

  func testAPlanYearWithAThousandsSeparatorIsRefused() {
    let (_, lines) = load(["plan.yaml": plan([("year: 2023\n", "year: 2.023\n")])])
    XCTAssertEqual(
      lines.first,
      "plan.yaml:2:7 error PS028 year \"2.023\" dùng dấu ngăn cách hàng nghìn, sẽ bị đọc thành 2,02; viết 2023")
  }

  // MARK: - Item 4: names, as_of, communes

  func testBlankNamesAndTitlesAreRefused() {
    let (_, lines) = load([
      "districts/a-chau/district.yaml": "name: \"  \"\nkind: huyện\ncommunes: 10\n",
      "districts/a-chau/events.yaml": "events:\n  - date: 2023-06-05\n    title: \"\"\n",
      "site.yaml": "title: \" \"\nprovince: Thử Nghiệm\n",
      "plan.yaml": plan([("label: Báo cáo năm", "label: \"\""), ("label: Có ban chỉ đạo", "label: ''")]),
    ])
    assertLines(
      lines,
      [
        "districts/a-chau/district.yaml:1:7 error PS029 name để trống; hãy viết name (trang web hiện nội dung này làm tiêu đề)",
        "districts/a-chau/events.yaml:3:12 error PS029 title để trống; hãy viết title (trang web hiện nội dung này làm tiêu đề)",
        "plan.yaml:15:12 error PS029 label để trống; hãy viết label (trang web hiện nội dung này làm tiêu đề)",
        "plan.yaml:50:25 error PS029 label để trống; hãy viết label (trang web hiện nội dung này làm tiêu đề)",
        "site.yaml:1:8 error PS029 title để trống; hãy viết title (trang web hiện nội dung này làm tiêu đề)",
      ])
  }

  /// "Huyện Huyện Cao Lộc": the page puts the kind before the name.
  func testANameThatRepeatsItsKindIsRefused() {
    let cases: [(String, String, String)] = [
      (
        "Huyện An Châu", "huyện",
        "tên \"Huyện An Châu\" đã có loại đơn vị \"Huyện\", trang sẽ ghi \"Huyện Huyện An Châu\"; viết name: An Châu (loại ghi ở kind)"
      ),
      (
        "Thành phố An Châu", "thành phố",
        "tên \"Thành phố An Châu\" đã có loại đơn vị \"Thành phố\", trang sẽ ghi \"Thành phố Thành phố An Châu\"; viết name: An Châu (loại ghi ở kind)"
      ),
      (
        "thị xã An Châu", "huyện",
        "tên \"thị xã An Châu\" đã có loại đơn vị \"thị xã\", trang sẽ ghi \"Huyện thị xã An Châu\"; viết name: An Châu (loại ghi ở kind)"
      ),
      (
        "TP. An Châu", "thành phố",
        "tên \"TP. An Châu\" đã có loại đơn vị \"TP.\", trang sẽ ghi \"Thành phố TP. An Châu\"; viết name: An Châu (loại ghi ở kind)"
      ),
      (
        "TP.An Châu", "thành phố",
        "tên \"TP.An Châu\" đã có loại đơn vị \"TP.\", trang sẽ ghi \"Thành phố TP.An Châu\"; viết name: An Châu (loại ghi ở kind)"
      ),
      (
        "Huyen An Chau", "huyện",
        "tên \"Huyen An Chau\" đã có loại đơn vị \"Huyen\", trang sẽ ghi \"Huyện Huyen An Chau\"; viết name: An Chau (loại ghi ở kind)"
      ),
    ]
    for (name, kind, message) in cases {
      let (_, lines) = load(["districts/a-chau/district.yaml": "name: \(name)\nkind: \(kind)\ncommunes: 10\n"])
      assertLines(lines, ["districts/a-chau/district.yaml:1:7 error PS030 \(message)"])
    }
    // Names that merely start like a kind are names.
    for name in ["Thành Công", "Huyền Sơn", "Tpx"] {
      let (content, lines) = load(["districts/a-chau/district.yaml": "name: \(name)\nkind: huyện\ncommunes: 10\n"])
      assertLines(lines, [])
      XCTAssertEqual(content?.districts.first?.fullName, "Huyện \(name)")
    }
  }

  func testAsOfOutsideThePlanYearIsAnErrorAndAfterTheBuildDateAWarning() {
    let values = "    values:\n      p1: {done: 1, of: 2}\n"
    let file =
      "reports:\n  - period: 6-thang\n    as_of: 2022-05-15\n" + values + "  - period: nam\n    as_of: 2023-11-10\n"
      + values
    let (_, lines) = load(["districts/a-chau/indicators.yaml": file])
    assertLines(
      lines,
      [
        "districts/a-chau/indicators.yaml:3:12 error PS031 ngày chốt số liệu 15/05/2022 nằm ngoài năm kế hoạch 2023; kiểm tra lại năm, ví dụ as_of: 2023-05-15",
        "districts/a-chau/indicators.yaml:7:12 warning PS031 ngày chốt số liệu 10/11/2023 sau ngày dựng trang (15/06/2023); kiểm tra lại ngày hoặc tháng",
      ])
    // The build date is the loader's parameter: the same file is fine once built after 10/11.
    let (_, later) = load(
      ["districts/a-chau/indicators.yaml": file.replacingOccurrences(of: "2022-05-15", with: "2023-05-15")],
      today: CivilDate(iso: "2023-12-31"))
    assertLines(later, [])
  }

  func testZeroOrFractionalCommunes() {
    let (content, lines) = load(["districts/a-chau/district.yaml": "name: An Châu\nkind: huyện\ncommunes: 0\n"])
    XCTAssertNotNil(content, "0 communes is the scaffold's placeholder: a warning")
    assertLines(
      lines,
      [
        "districts/a-chau/district.yaml:3:11 warning PS011 communes (số xã, phường, thị trấn) là 0, trang sẽ ghi \"0 xã, phường, thị trấn\"; điền số thật, ví dụ communes: 22"
      ])
    let (_, fractional) = load(["districts/a-chau/district.yaml": "name: An Châu\nkind: huyện\ncommunes: 22.0\n"])
    assertLines(
      fractional,
      [
        "districts/a-chau/district.yaml:3:11 error PS028 communes phải là số nguyên (số xã, phường, thị trấn), không phải \"22.0\": viết 22"
      ])
  }

  // MARK: - Item 5: ids that differ only in case

  /// `2B` and `2b` would share `targets/2b/`: whichever comes second is a clash, for every kind.
  func testIDsThatDifferOnlyInCaseClashForEveryKind() throws {
    let root = TestSupport.contentCopy(
      of: "mini",
      overrides: [
        "plan.yaml": plan([
          ("districts: [a-chau, dinh-lap]", "districts: [a-chau, dinh-lap, A-Chau]"),
          ("  - id: nam\n", "  - id: nam\n    label: x\n    due: 2023-11-15\n    expected: 1.0\n  - id: NAM\n"),
          (
            "  - id: tet-trung-thu\n",
            "  - id: Quoc-Te-Thieu-Nhi\n    title: x\n    date: 2023-06-01\n  - id: tet-trung-thu\n"
          ),
          ("      - id: c1\n", "      - {id: P1, label: x, measure: percent, target: 80}\n      - id: c1\n"),
          (
            "  - id: \"3\"\n",
            "  - id: \"2\"\n    title: x\n    indicators: [{id: x1, label: x, measure: text}]\n  - id: \"3\"\n"
          ),
        ]),
        // Footnote ids of the plan page start with the section's name: one name, one section.
        "plan/03-Muc-Dich.md": "# Mục đích\n",
      ])
    // A folder that is a listed code in other case: one folder on Windows and macOS.
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("districts/dinh-lap"), to: root.appendingPathComponent("districts/Dinh-Lap"))
    let (content, diags) = ContentLoader.load(from: root, today: today)
    XCTAssertNil(content)
    let lines = diags.sorted.map {
      "\(String($0.location!.path.dropFirst(root.path.count + 1))):\($0.location!.line):\($0.location!.column) \($0.code.id) \($0.message.replacingOccurrences(of: root.path + "/", with: ""))"
    }
    assertLines(
      lines,
      [
        "districts/Dinh-Lap:0:0 PS010 thư mục đơn vị \"Dinh-Lap\" trùng với mã \"dinh-lap\" (thư mục districts/dinh-lap/) khi viết thành đường dẫn trang; gộp nội dung vào districts/dinh-lap/ rồi xóa thư mục này",
        "plan.yaml:7:31 PS010 mã đơn vị \"A-Chau\" trùng với \"a-chau\" ở dòng 7: cả hai đều thành \"a-chau\" trong đường dẫn trang nên một trang hay một mục sẽ mất; đổi một trong hai mã cho khác hẳn",
        "plan.yaml:18:9 PS027 mã kỳ báo cáo \"NAM\" trùng với \"nam\" ở dòng 14: cả hai đều thành \"nam\" trong đường dẫn trang nên một trang hay một mục sẽ mất; đổi một trong hai mã cho khác hẳn",
        "plan.yaml:27:9 PS027 mã ngày quan trọng \"Quoc-Te-Thieu-Nhi\" trùng với \"quoc-te-thieu-nhi\" ở dòng 24: cả hai đều thành \"quoc-te-thieu-nhi\" trong đường dẫn trang nên một trang hay một mục sẽ mất; đổi một trong hai mã cho khác hẳn",
        "plan.yaml:41:14 PS027 mã chỉ tiêu \"P1\" trùng với \"p1\" ở dòng 37: cả hai đều thành \"p1\" trong đường dẫn trang nên một trang hay một mục sẽ mất; đổi một trong hai mã cho khác hẳn",
        "plan.yaml:49:9 PS027 mã mục tiêu \"2\" đã dùng ở dòng 38; mỗi mã chỉ dùng một lần",
        "plan/03-Muc-Dich.md:0:0 PS027 tên tệp \"03-Muc-Dich.md\" cho cùng mã phần lời văn \"muc-dich\" với plan/01-muc-dich.md; đổi tên một trong hai tệp",
      ])
  }

  // MARK: - Item 7: one grammar for every id

  /// A period id that would leave its attribute (`ky-{{id}}`) never reaches the site.
  /// A key date's id lands on the calendar page beside the calendar's own ids: `thang-6` took
  /// June's grid anchor, `han-nam-so` a deadline's id and calendar UID.
  func testKeyDateIDsThatTheCalendarUsesItselfAreRefused() throws {
    for taken in ["thang-6", "han-nam-so", "lich-trinh", "noi-dung"] {
      let (content, lines) = load(["plan.yaml": plan([("id: quoc-te-thieu-nhi", "id: \(taken)")])])
      XCTAssertNil(content, taken)
      XCTAssertEqual(lines.count, 1, lines.joined(separator: "\n"))
      XCTAssertTrue(
        lines.first?.hasPrefix("plan.yaml:20:9 error PS026 mã ngày quan trọng \"\(taken)\"") ?? false, "\(lines)")
      XCTAssertTrue(lines.first?.contains("ngay-\(taken)") ?? false, "suggests a free id: \(lines)")
    }
  }

  func testEveryKindOfIDFollowsOneGrammarAndCheckSuggestsTheFixedForm() throws {
    let root = TestSupport.contentCopy(
      of: "mini",
      overrides: [
        "plan.yaml": plan([
          ("districts: [a-chau, dinh-lap]", "districts: [a-chau, dinh-lap, \"../x\"]"),
          (
            "  - id: nam\n",
            "  - id: 'x\" onload=\"alert(1)'\n    label: x\n    due: 2023-11-15\n    expected: 1.0\n  - id: nam\n"
          ),
          ("  - id: tet-trung-thu\n", "  - id: Tết Trung Thu\n"),
          ("{id: m1, ", "{id: \"-m1\", "),
          ("  - id: \"5\"\n", "  - id: Mục 5\n"),
        ]),
        "site.yaml": "title: T\nprovince: P\nlanguage: \"vi><script>\"\n",
        "plan/02-Kinh phí.md": "# Kinh phí\n",
      ])
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("districts/dinh-lap"), to: root.appendingPathComponent("districts/Cao Lộc"))
    let (content, diags) = ContentLoader.load(from: root, today: today)
    XCTAssertNil(content)
    let lines = diags.sorted.map {
      "\(String($0.location!.path.dropFirst(root.path.count + 1))):\($0.location!.line):\($0.location!.column) \($0.code.id) \($0.message)"
    }
    let rule =
      "mã chỉ gồm chữ thường không dấu a–z, chữ số 0–9 và dấu gạch ngang (-), không bắt đầu hay kết thúc bằng dấu gạch ngang, tối đa 80 ký tự"
    assertLines(
      lines,
      [
        "districts/Cao Lộc:0:0 PS026 tên thư mục đơn vị \"Cao Lộc\" không hợp lệ: \(rule): viết cao-loc (đổi tên thư mục và thêm mã vào districts của plan.yaml)",
        "plan.yaml:7:31 PS026 mã đơn vị \"../x\" không hợp lệ: \(rule): viết x",
        "plan.yaml:14:9 PS026 mã kỳ báo cáo \"x\" onload=\"alert(1)\" không hợp lệ: \(rule): viết x-onload-alert-1",
        "plan.yaml:27:9 PS026 mã ngày quan trọng \"Tết Trung Thu\" không hợp lệ: \(rule): viết tet-trung-thu",
        "plan.yaml:49:14 PS026 mã chỉ tiêu \"-m1\" không hợp lệ: \(rule): viết m1",
        "plan.yaml:55:9 PS026 mã mục tiêu \"Mục 5\" không hợp lệ: \(rule): viết muc-5",
        "plan/02-Kinh phí.md:0:0 PS026 tên tệp \"02-Kinh phí.md\" không hợp lệ: phần sau số thứ tự là mã của phần lời văn; mã chỉ gồm chữ thường không dấu a–z, chữ số 0–9 và dấu gạch ngang: đổi tên thành 02-kinh-phi.md",
        "site.yaml:3:11 PS026 language \"vi><script>\" không phải mã ngôn ngữ (trang ghi nó vào <html lang>); viết vi, hoặc en cho tiếng Anh",
      ])
  }

  /// An id refused in plan.yaml is reported there once, not again in every district that uses it.
  func testARefusedIDIsNotReportedAgainInEveryDistrict() {
    let (_, lines) = load([
      "plan.yaml": plan([("  - id: 6-thang\n", "  - id: 6-Thang\n"), ("  - id: \"5\"\n", "  - id: Mục 5\n")]),
      "districts/a-chau/indicators.yaml": "reports:\n  - period: 6-Thang\n    values:\n      t1: {note: x}\n",
      "districts/a-chau/district.yaml":
        "name: An Châu\nkind: huyện\ncommunes: 10\nsubmissions:\n  6-Thang: 2023-05-19\n",
        // Đình Lập already writes the fixed form the plan is told to use: not an error either.
    ])
    XCTAssertEqual(
      lines.map { String($0.prefix(while: { $0 != " " })) }, ["plan.yaml:9:9", "plan.yaml:51:9"], "\(lines)")
  }

  func testTheFixedFormOfAnID() {
    let cases = [
      ("2B", "2b"), ("Cao Lộc", "cao-loc"), ("Đình Lập", "dinh-lap"), ("x\" onload=\"alert(1)", "x-onload-alert-1"),
      ("../../etc", "etc"), ("-a--b-", "a-b"), ("6 tháng", "6-thang"), ("河", ""), ("Cha\u{302}u", "chau"),
      (String(repeating: "a", count: 90), String(repeating: "a", count: 80)),
    ]
    for (id, fixed) in cases {
      XCTAssertEqual(ContentID.fixed(id), fixed, id)
      XCTAssertFalse(ContentID.isValid(id), id)
      XCTAssertTrue(fixed.isEmpty || ContentID.isValid(fixed), fixed)
    }
    for id in ["2b", "6-thang", "thanh-pho-lang-son", "a--b", "1"] { XCTAssertTrue(ContentID.isValid(id), id) }
  }
}
