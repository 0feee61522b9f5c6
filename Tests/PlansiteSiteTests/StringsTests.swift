import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest

@testable import PlansiteSite

/// The interface's words come from `templates/strings/<language>.yaml`: `{{t.key}}` in templates,
/// `strings[.key]` in view code, chosen by `site.yaml`'s `language`; what a strings file lacks is
/// reported by `check` like any template error.
final class StringsTests: XCTestCase {
  static let siteYAML = "title: T\nprovince: \"P\"\nsample_data: true\nfooter: F\n"

  /// `check` on the mini fixture with `language` and a copy of the templates changed by `edit`.
  func check(language: String, edit: (URL) throws -> Void = { _ in }) async throws -> (
    SiteModel?, TemplateSet?, [Diagnostic]
  ) {
    let content = TestSupport.contentCopy(
      of: "mini", overrides: ["site.yaml": Self.siteYAML + "language: \(language)\n"])
    let templates = content.deletingLastPathComponent().appendingPathComponent("templates")
    try FileManager.default.copyItem(at: TestSupport.packageRoot.appendingPathComponent("templates"), to: templates)
    try edit(templates)
    let options = BuildOptions(
      content: content, templates: templates, output: content.deletingLastPathComponent().appendingPathComponent("o"),
      today: CivilDate(iso: "2023-06-15")!)
    let (model, set, diags) = await SiteBuilder.check(options)
    return (model, set, diags.all)
  }

  func home(_ model: SiteModel, _ templates: TemplateSet) throws -> String {
    guard case .page(_, let template, let context) = model.homePage() else { throw XCTSkip("home is not a page") }
    return try XCTUnwrap(templates.render(template, context))
  }

  func testLanguageEnChoosesTheEnglishWordsForTemplatesAndViewCode() async throws {
    let (model, templates, diags) = try await check(language: "en")
    let (m, t) = (try XCTUnwrap(model, "\(diags)"), try XCTUnwrap(templates))
    XCTAssertEqual(m.strings.language, "en")
    let html = try home(m, t)
    XCTAssertTrue(html.contains(">Skip to main content</a>"), html)  // layout.mustache's {{t.…}}
    XCTAssertTrue(html.contains(">Reporting calendar</a>"), html)  // the navigation, from Swift
    XCTAssertFalse(html.contains("Bỏ qua, đến nội dung chính"))
  }

  func testLanguageTagWithRegionUsesTheLanguagesFile() async throws {
    let (model, _, diags) = try await check(language: "vi-VN")
    XCTAssertEqual(try XCTUnwrap(model, "\(diags)").strings[.navHome], "Trang chủ")
  }

  func testTemplateAskingForAKeyTheFileLacksIsAnErrorAtItsTag() async throws {
    let (model, _, diags) = try await check(language: "vi") { t in
      let layout = t.appendingPathComponent("layout.mustache")
      let text = try String(contentsOf: layout, encoding: .utf8)
      try text.replacingOccurrences(of: "{{t.layout_skip_link}}", with: "{{t.layout_skip_lnk}}")
        .write(to: layout, atomically: true, encoding: .utf8)
    }
    XCTAssertNil(model)
    let error = try XCTUnwrap(diags.first { $0.code == .stringKey }, "\(diags)")
    XCTAssertEqual(error.severity, .error)
    XCTAssertTrue(
      error.location?.path.hasSuffix("templates/layout.mustache") == true)
    XCTAssertEqual(error.location?.line, 10)
    XCTAssertEqual(error.location?.column, 39)
    XCTAssertTrue(error.message.contains("\"layout_skip_link\""), error.message)  // the suggestion
  }

  func testAKeyTheSwiftCodeNeedsMissingFromTheFileIsAnError() async throws {
    let (model, _, diags) = try await check(language: "en") { t in
      let en = t.appendingPathComponent("strings/en.yaml")
      let text = try String(contentsOf: en, encoding: .utf8)
      try text.split(separator: "\n").filter { !$0.hasPrefix("nav_calendar:") }.joined(separator: "\n")
        .write(to: en, atomically: true, encoding: .utf8)
    }
    XCTAssertNil(model)
    let error = try XCTUnwrap(diags.first { $0.code == .stringKey }, "\(diags)")
    XCTAssertTrue(
      error.location?.path.hasSuffix("templates/strings/en.yaml") == true)
    XCTAssertTrue(error.message.contains("nav_calendar"), error.message)
  }

  func testAnotherLanguagesFileOutOfStepIsAWarning() async throws {
    let (model, _, diags) = try await check(language: "vi") { t in
      try "nav_home: Home\n".write(to: t.appendingPathComponent("strings/en.yaml"), atomically: true, encoding: .utf8)
    }
    XCTAssertNotNil(model, "\(diags)")
    let warning = try XCTUnwrap(diags.first { $0.code == .stringsOutOfStep }, "\(diags)")
    XCTAssertEqual(warning.severity, .warning)
    XCTAssertTrue(warning.location?.path.hasSuffix("strings/en.yaml") == true)
  }

  func testUnreadableOrMissingStringsFileIsAnError() async throws {
    let (model, _, diags) = try await check(language: "vi") { t in
      try "nav_home: Trang chủ\nNav-Plan: Kế hoạch\nnav_units:\n  - a\n".write(
        to: t.appendingPathComponent("strings/vi.yaml"), atomically: true, encoding: .utf8)
    }
    XCTAssertNil(model)
    let bad = diags.filter { $0.code == .stringsFile }
    XCTAssertEqual(bad.map(\.location?.line), [2, 4], "\(diags)")
    XCTAssertTrue(bad.allSatisfy { $0.location?.path.hasSuffix("templates/strings/vi.yaml") == true })

    let (none, _, missing) = try await check(language: "fr")
    XCTAssertNil(none)
    XCTAssertEqual(missing.filter { $0.severity == .error }.map(\.code), [.stringsFile], "\(missing)")
    XCTAssertTrue(missing[0].location?.path.hasSuffix("templates/strings/fr.yaml") == true)
  }

  /// The shipped files keep the same keys, so the English edition builds whatever the Vietnamese
  /// one shows (check only warns about the other language's file, PS057).
  func testShippedStringFilesHaveTheSameKeysAndEverySwiftKey() throws {
    var diags = Diagnostics()
    var files: [(path: String, bytes: [UInt8])] = []
    for name in ["vi", "en"] {
      let url = TestSupport.packageRoot.appendingPathComponent("templates/strings/\(name).yaml")
      files.append(("strings/\(name).yaml", [UInt8](try Data(contentsOf: url))))
    }
    let read = StringsFile.read(files, displayRoot: "templates", into: &diags)
    XCTAssertEqual(diags.all.count, 0, "\(diags.all)")
    let (vi, en) = (try XCTUnwrap(read["vi"]).strings.keys, try XCTUnwrap(read["en"]).strings.keys)
    XCTAssertEqual(vi.subtracting(en).sorted(), [], "keys of vi.yaml missing from en.yaml")
    XCTAssertEqual(en.subtracting(vi).sorted(), [], "keys of en.yaml missing from vi.yaml")
    XCTAssertEqual(Set(StringKey.allCases.map(\.rawValue) + StringKey.families).subtracting(vi).sorted(), [])
  }

  func testFormatFillsNamedPlaceholders() {
    let s = Strings(language: "vi", values: ["nav_home": "quá hạn {days} ngày, {days}/{of}"])
    XCTAssertEqual(s.format(.navHome, ["days": "3", "of": "5"]), "quá hạn 3 ngày, 3/5")
  }

  /// One pass: a value is never searched for placeholders (a unit named "{of}" stays so), and a
  /// brace that names no argument, or is never closed, is kept as written.
  func testFormatLeavesValuesAndUnknownBracesAlone() {
    let s = Strings(language: "vi", values: ["nav_home": "{unit} {x} {of}/{ {days"])
    XCTAssertEqual(s.format(.navHome, ["unit": "{of}", "of": "5"]), "{of} {x} 5/{ {days")
    XCTAssertEqual(s.format(.navHome, [:]), "{unit} {x} {of}/{ {days")
  }

  /// Words that used to be Swift properties (`Status.label`, `SubmissionState.label`, the weekday
  /// names) come from the strings file, with numbers and dates in its language's style.
  func testLabelsAndDatesFollowTheLanguage() async throws {
    let (viModel, _, _) = try await check(language: "vi")
    let (enModel, _, _) = try await check(language: "en")
    let (vi, en) = (try XCTUnwrap(viModel), try XCTUnwrap(enModel))
    let friday = CivilDate(iso: "2023-09-29")!
    XCTAssertEqual(vi.format.fullDate(friday), "Thứ Sáu, ngày 29/09/2023")
    XCTAssertEqual(en.format.fullDate(friday), "Friday, 29 September 2023")
    XCTAssertEqual(en.format.range(CivilDate(iso: "2023-06-01")!, CivilDate(iso: "2023-06-30")!), "1–30 June 2023")
    XCTAssertEqual(vi.format.range(CivilDate(iso: "2023-06-01")!, CivilDate(iso: "2023-06-30")!), "01/06–30/06/2023")
    XCTAssertEqual(en.format.monthTitle(month: 6, year: 2023), "June 2023")
    XCTAssertEqual(vi.format.number(Rational(12345, 10)), "1.234,5")
    XCTAssertEqual(en.format.number(Rational(12345, 10)), "1,234.5")
    XCTAssertEqual(en.format.share(Rational(1999, 20)), "100.0%")
    XCTAssertEqual(vi.submissionLabel(.late(friday, days: 1)), "Trễ 1 ngày (29/09/2023)")
    XCTAssertEqual(vi.submissionLabel(.missing(overdueDays: 3)), "Chưa nộp, quá hạn 3 ngày")
    XCTAssertEqual(en.submissionLabel(.pending(daysLeft: 12)), "Not due yet (12 days left)")
    XCTAssertEqual(vi.strings.status(.onTrack), "Đúng tiến độ")
    XCTAssertEqual(en.strings.status(.behind), "Behind")
    // The judging statuses and day counts grouped like every other number (from main's SubmissionTests).
    XCTAssertEqual(vi.strings.status(.exceeded), "Vượt ngưỡng")
    XCTAssertEqual(vi.strings.status(.notAchieved), "Chưa đạt")
    XCTAssertEqual(vi.strings.status(.incomplete), "Chưa đủ số liệu")
    XCTAssertEqual(vi.strings.status(.notAssigned), "Không giao chỉ tiêu riêng")
    XCTAssertEqual(en.strings.status(.notAchieved), "Not achieved")
    XCTAssertEqual(vi.submissionLabel(.missing(overdueDays: 1112)), "Chưa nộp, quá hạn 1.112 ngày")
    XCTAssertEqual(en.submissionLabel(.missing(overdueDays: 1112)), "Not sent, 1,112 days overdue")
    // Once the plan is over the site is a record: a missing report is not counted in days.
    let after = CivilDate(iso: "2099-01-01")!
    let viRecord = SiteModel(content: vi.content, today: after, strings: vi.strings)
    let enRecord = SiteModel(content: en.content, today: after, strings: en.strings)
    XCTAssertEqual(viRecord.submissionLabel(.missing(overdueDays: 3)), "Không nộp")
    XCTAssertEqual(enRecord.submissionLabel(.missing(overdueDays: 3)), "Not submitted")
  }

  /// A deadline reads in the plan's own wording (`due_wording:`), in the site's language.
  func testDueWordingsComeFromTheStringsFile() async throws {
    let (viModel, _, _) = try await check(language: "vi")
    let (enModel, _, _) = try await check(language: "en")
    let (vi, en) = (try XCTUnwrap(viModel), try XCTUnwrap(enModel))
    let day = CivilDate(iso: "2024-06-15")!
    var p = try XCTUnwrap(vi.plan.periods.first)
    XCTAssertEqual(vi.dueText(p, day), "trước ngày 15/06/2024")
    p.wording = .noLaterThan
    XCTAssertEqual(vi.dueText(p, day), "chậm nhất ngày 15/06/2024")
    XCTAssertEqual(en.dueText(p, day), "no later than 15 June 2024")
    p.wording = .onDay
    XCTAssertEqual(vi.dueText(p, day), "trong ngày 15/06/2024")
    XCTAssertEqual(en.dueText(p, day), "on 15 June 2024")
  }
}
