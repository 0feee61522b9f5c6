import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest

/// Loading the fixture plan, and what each kind of bad input reports (code, line, column).
final class LoaderTests: XCTestCase {
  let today = CivilDate(iso: "2023-06-15")!

  func load(_ overrides: [String: String] = [:]) -> (Content?, Diagnostics) {
    ContentLoader.load(from: TestSupport.contentCopy(of: "mini", overrides: overrides), today: today)
  }

  /// The single diagnostic of `code`, with its file name, line and column.
  func only(_ d: Diagnostics, _ code: DiagnosticCode, file: StaticString = #filePath, line: UInt = #line) -> (
    String, Int, Int, String
  )? {
    let found = d.all.filter { $0.code == code }
    XCTAssertEqual(
      found.count, 1, "expected one \(code.id), got: \(d.all.map { "\($0.code.id) \($0.message)" })", file: file,
      line: line)
    guard let f = found.first, let loc = f.location else { return nil }
    return ((loc.path as NSString).lastPathComponent, loc.line, loc.column, f.message)
  }

  func testFixtureLoadsEveryMeasure() throws {
    let (content, diags) = load()
    XCTAssertFalse(diags.hasErrors, "\(diags.all)")
    let c = try XCTUnwrap(content)
    XCTAssertEqual(c.districts.map(\.slug), ["a-chau", "dinh-lap"])
    XCTAssertEqual(c.plan.indicators.map(\.measure), [.percent, .count, .count, .percent, .count, .yesNo, .text])
    let values = c.districts[0].report(for: "6-thang")!.values
    XCTAssertEqual(values["p1"], .fraction(done: Rational(1999), of: Rational(2500)))
    XCTAssertEqual(values["c2"], .amount(.zero))
    XCTAssertEqual(values["f1"], .amount(Rational(12, 10)))
    XCTAssertEqual(values["y1"], .yesNo(true), "có reads as yes")
    XCTAssertEqual(c.districts[1].report(for: "6-thang")!.values["y1"], .yesNo(false), "không reads as no")
    XCTAssertEqual(values["t1"], .note("Tổ chức **3** buổi truyền thông."))
    XCTAssertNil(c.districts[1].report(for: "nam"), "Đình Lập has no annual report")
    XCTAssertEqual(c.plan.indicator("m1")?.scale, 1000)
    XCTAssertEqual(c.plan.keyDates.first { $0.id == "tet-trung-thu" }?.date, CivilDate(iso: "2023-09-29"))
  }

  func testDoneGreaterThanOfPointsAtDone() {
    let (_, d) = load([
      "districts/a-chau/indicators.yaml": "reports:\n  - period: nam\n    values:\n      p1: {done: 45, of: 40}\n"
    ])
    let r = only(d, .outOfRange)
    XCTAssertEqual(r?.0, "indicators.yaml")
    XCTAssertEqual(r?.1, 4)
    XCTAssertEqual(r?.2, 18)
    XCTAssertTrue(r?.3.contains("\"done\" (45) lớn hơn \"of\" (40)") ?? false, r?.3 ?? "")
  }

  func testMisspeltKeySuggestsTheRightOne() {
    let (_, d) = load([
      "districts/a-chau/indicators.yaml": "reports:\n  - period: nam\n    values:\n      p1: {dnoe: 4, of: 40}\n"
    ])
    let r = d.all.first { $0.code == .unknownKey }
    XCTAssertEqual(r?.location?.line, 4)
    XCTAssertEqual(r?.location?.column, 12)
    XCTAssertTrue(r?.message.contains("có phải ý bạn là \"done\"") ?? false, r?.message ?? "")
  }

  func testUnknownIndicatorAndPeriodAreReportedWithSuggestions() {
    let (_, d) = load([
      "districts/a-chau/indicators.yaml":
        "reports:\n  - period: 6-thnag\n    values: {}\n  - period: nam\n    values:\n      p2: {done: 1, of: 2}\n"
    ])
    XCTAssertEqual(only(d, .unknownPeriod)?.1, 2)
    XCTAssertTrue(only(d, .unknownPeriod)?.3.contains("\"6-thang\"") ?? false)
    XCTAssertEqual(only(d, .unknownIndicator)?.1, 6)
  }

  func testYesNoAnsweredWithANumberAndTextGivenNumbers() {
    let (_, d) = load([
      "districts/a-chau/indicators.yaml": "reports:\n  - period: nam\n    values:\n      y1: 1\n      t1: {done: 3}\n"
    ])
    let errors = d.all.filter { $0.severity == .error }.map { ($0.code, $0.location?.line) }
    XCTAssertTrue(errors.contains { $0.0 == .invalidValue && $0.1 == 4 }, "\(errors)")
    XCTAssertTrue(errors.contains { $0.0 == .invalidValue && $0.1 == 5 }, "\(errors)")
  }

  func testZeroWholeAndNegativeNumbersAreRefused() {
    let (_, d) = load([
      "districts/a-chau/indicators.yaml":
        "reports:\n  - period: nam\n    values:\n      p1: {done: 0, of: 0}\n      c2: {done: -1}\n"
    ])
    let lines = d.all.filter { $0.code == .outOfRange }.compactMap { $0.location?.line }.sorted()
    XCTAssertEqual(lines, [4, 5])
  }

  func testTabIndentationIsExplained() {
    let (_, d) = load(["districts/a-chau/district.yaml": "name: An Châu\nkind: huyện\ncontact:\n\toffice: x\n"])
    let r = only(d, .tabIndent)
    XCTAssertEqual(r?.1, 4)
    XCTAssertEqual(r?.2, 1)
  }

  func testDuplicateKeyPointsAtTheSecondOccurrence() {
    let (_, d) = load(["districts/a-chau/district.yaml": "name: An Châu\nkind: huyện\ncommunes: 10\nname: Khác\n"])
    let r = only(d, .duplicateKey)
    XCTAssertEqual(r?.1, 4)
  }

  func testYAMLSyntaxErrorCarriesTheParserPosition() {
    let (_, d) = load(["districts/a-chau/district.yaml": "name: An Châu\nkind: [huyện\n"])
    XCTAssertNotNil(only(d, .yamlSyntax)?.1)
  }

  func testInvalidDateAndLunarDate() {
    let plan = try! String(
      contentsOf: TestSupport.fixture("mini").appendingPathComponent("content/plan.yaml"), encoding: .utf8)
    let (_, d) = load([
      "plan.yaml": plan.replacingOccurrences(of: "2023-05-20", with: "2023-02-30").replacingOccurrences(
        of: "\"15/8\"", with: "\"30/13\"")
    ])
    XCTAssertEqual(only(d, .invalidDate)?.1, 11)
    XCTAssertEqual(only(d, .lunarDate)?.0, "plan.yaml")
  }

  func testAliasBombIsRefusedQuicklyWithALimit() {
    var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1...9 {
      bomb +=
        "\(Character(UnicodeScalar(97 + i)!)): &\(Character(UnicodeScalar(97 + i)!)) ["
        + Array(repeating: "*\(Character(UnicodeScalar(96 + i)!))", count: 10).joined(separator: ", ") + "]\n"
    }
    let started = Date()
    let (_, d) = load(["districts/a-chau/events.yaml": bomb])
    XCTAssertLessThan(Date().timeIntervalSince(started), 10, "a bomb must not be expanded")
    XCTAssertTrue(only(d, .aliasBomb)?.3.contains("50000") ?? false)
  }

  func testCRLFAndBOMAndNFDAreTolerated() throws {
    let nfd = "name: An Cha\u{302}u\r\nkind: huye\u{323}\u{302}n\r\ncommunes: 10\r\n"
    let (content, d) = load(["districts/a-chau/district.yaml": "\u{FEFF}" + nfd])
    XCTAssertFalse(d.hasErrors, "\(d.all)")
    let district = try XCTUnwrap(content?.districts.first)
    XCTAssertEqual(Array(district.name.utf8), Array("An Châu".precomposedStringWithCanonicalMapping.utf8))
    XCTAssertEqual(district.kind, "huyện")
  }

  /// Decoding skips Foundation's normalisation when every scalar is in a block that is surely
  /// NFC; whatever the path, the text must equal Foundation's NFC form.
  func testDecodedTextIsAlwaysNFC() throws {
    var samples = [
      "Huyện Đình Lập “Tháng hành động” – 1.000 ₫", "e\u{301}", "Cha\u{302}u", "\u{212B}", "\u{2000}x", "한글",
    ]
    for range in [0x20..<0x300, 0x1E00..<0x1F00, 0x2000..<0x2070, 0x20A0..<0x20C1] {
      samples += range.compactMap { Unicode.Scalar($0).map { "a" + String(Character($0)) + "\u{300}" } }
      samples += range.compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
    }
    var diags = Diagnostics()
    for sample in samples {
      let file = try XCTUnwrap(SourceFile.decode(Data(sample.utf8), displayPath: "x", into: &diags))
      XCTAssertEqual(
        Array(file.text.utf8), Array(sample.precomposedStringWithCanonicalMapping.utf8), sample.debugDescription)
    }
  }

  func testValuesAreTrimmedOfSpacesAndNoBreakSpaces() throws {
    let (content, d) = load([
      "districts/a-chau/district.yaml": "name: \"  An Châu\u{A0}\\t\"\nkind: huyện\ncommunes: 10\n"
    ])
    XCTAssertFalse(d.hasErrors, "\(d.all)")
    XCTAssertEqual(try XCTUnwrap(content?.districts.first).name, "An Châu")
  }

  func testNotUTF8GivesTheByteOffset() throws {
    let root = TestSupport.contentCopy(of: "mini")
    try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xC3, 0x28, 0x0A]).write(
      to: root.appendingPathComponent("districts/a-chau/district.yaml"))
    let (_, d) = ContentLoader.load(from: root, today: today)
    XCTAssertTrue(only(d, .notUTF8)?.3.contains("vị trí 6") ?? false)
  }

  func testFutureSubmissionIsAWarningAndUnknownPeriodAnError() {
    let (_, d) = load([
      "districts/a-chau/district.yaml":
        "name: An Châu\nkind: huyện\nsubmissions:\n  nam: 2023-11-10\n  quy-3: 2023-06-01\n"
    ])
    XCTAssertEqual(d.all.first { $0.code == .submission }?.severity, .warning)
    XCTAssertEqual(only(d, .unknownPeriod)?.1, 5)
  }

  func testEventEndingBeforeItStartsAndOutsideThePlanYear() {
    let (_, d) = load([
      "districts/a-chau/events.yaml":
        "events:\n  - start: 2023-06-10\n    end: 2023-06-09\n    title: Sai\n  - date: 2024-06-01\n    title: Năm sau\n"
    ])
    XCTAssertEqual(
      d.all.filter { $0.code == .eventDate && $0.severity == .error }.compactMap { $0.location?.line }.sorted(), [3, 5])
  }

  func testUnknownFileInADistrictFolderIsAWarning() {
    let (content, d) = load(["districts/a-chau/ghi-chu.txt": "x"])
    XCTAssertNotNil(content)
    XCTAssertEqual(d.all.first { $0.code == .unknownFile }?.severity, .warning)
  }
}
