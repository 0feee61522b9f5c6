import Foundation
import PlansiteMarkdown
import XCTest

/// No document within the 200 KB file limit makes Markdown slow. Each hostile document below
/// took cmark-gfm 0.29.0.gfm.6 from 2 s to minutes (or gigabytes) when read whole; read up to
/// the line that crosses `MarkdownLimits`, inspecting and rendering it takes milliseconds, and
/// `inspect` names the line and column.
final class MarkdownLimitTests: XCTestCase {
  /// Generous: a debug build on a busy shared machine; unbounded, the fastest case took 2 s.
  static let budget = 1.5

  func testWideTableRowIsRefusedAtTheFirstBarPastTheLimit() {
    let columns = 49_000 / 2
    let source =
      "Bảng:\n\n|" + String(repeating: "a|", count: columns) + "\n|" + String(repeating: "-|", count: columns) + "\n"
    assertBounded(
      source, .tooManyTableColumns(count: columns + 1), line: 3, column: 2 * MarkdownLimits.maxTableColumns + 3)
  }

  func testEscapedBarsDoNotCount() {
    let row = "| a \\| b " + String(repeating: "\\|", count: 300) + " |\n"
    XCTAssertEqual(Markdown.inspect("| x |\n|---|\n" + row), [])
  }

  /// cmark-gfm pads every line after a header to the header's width: 100 columns and 90,000
  /// one-letter lines would be 9 million cells.
  func testPaddedTableCellsStopAtTheLimit() {
    let columns = MarkdownLimits.maxTableColumns
    let header = "|" + String(repeating: "a|", count: columns) + "\n|" + String(repeating: "-|", count: columns) + "\n"
    let source = header + String(repeating: "x\n", count: 90_000)
    let rows = MarkdownLimits.maxTableCells / columns  // the header counts as one
    assertBounded(source, .tooManyTableCells, line: rows + 2, column: 1)
  }

  func testDeepQuotesFollowedByLazyLinesStopAtTheFirstLevelPastTheLimit() {
    let source = String(repeating: "> ", count: 50_000) + "a\n" + String(repeating: "b\n", count: 50_000)
    assertBounded(source, .nestedTooDeep, line: 1, column: 2 * MarkdownLimits.maxNestingDepth + 1)
  }

  func testDeepListsStopAtTheFirstLevelPastTheLimit() {
    let source = "Mở đầu\n\n" + String(repeating: "- ", count: 30_000) + "a\n" + String(repeating: "b\n", count: 60_000)
    assertBounded(source, .nestedTooDeep, line: 3, column: 2 * MarkdownLimits.maxNestingDepth + 1)
    let ordered = String(repeating: "1. ", count: 30_000) + "a\n" + String(repeating: "b\n", count: 50_000)
    assertBounded(ordered, .nestedTooDeep, line: 1, column: 3 * MarkdownLimits.maxNestingDepth + 1)
  }

  /// cmark-gfm places a footnote where its text starts, after its `[^a]: `.
  func testNestedFootnotesCountAsLevels() {
    let source = String(repeating: "[^a]: ", count: 15_000) + "x\n" + String(repeating: "y\n", count: 50_000)
    assertBounded(source, .nestedTooDeep, line: 1, column: 6 * (MarkdownLimits.maxNestingDepth + 1) + 1)
  }

  /// Sixteen levels, counted as an author counts them (a list and its item are one).
  func testNestingUpToTheLimitIsFine() {
    let depth = MarkdownLimits.maxNestingDepth
    let quotes = String(repeating: "> ", count: depth - 2) + "- - x\n" + String(repeating: "y\n", count: 1000)
    XCTAssertEqual(Markdown.inspect(quotes), [])
    XCTAssertEqual(Markdown.inspect(String(repeating: "> ", count: depth + 1) + "x\n").map(\.kind), [.nestedTooDeep])
  }

  func testClosingParenthesesAfterAnAutolink() {
    let source = "Xem www.a" + String(repeating: ")", count: 199_990)
    let limit = MarkdownLimits.maxParenthesesPerWord
    assertBounded(source, .tooManyParentheses(count: 199_990), line: 1, column: 10 + limit)
  }

  func testManyAtSignsInOneLongParagraph() {
    let source = String(repeating: "a@", count: 100_000)
    let allowed = MarkdownLimits.maxRescanBytes / 200_000
    assertBounded(source, .crowdedParagraph(marker: "@", firstLine: 1, lastLine: 1), line: 1, column: 2 * allowed + 2)
  }

  func testManyRawHTMLOpenings() {
    let processing = "x" + String(repeating: "<?", count: 100_000)
    let allowed = MarkdownLimits.maxRescanBytes / 200_001
    assertBounded(
      processing, .crowdedParagraph(marker: "<?", firstLine: 1, lastLine: 1), line: 1, column: 2 * allowed + 2)
    let cdata = "x\n" + String(repeating: "<![CDATA[", count: 22_000)
    assertBounded(
      cdata, .crowdedParagraph(marker: "<![CDATA[", firstLine: 1, lastLine: 2), line: 2,
      column: 9 * (MarkdownLimits.maxRescanBytes / 198_002) + 1)
  }

  /// The same markers spread over paragraphs cost little and pass: the budget is per block.
  func testMarkersInShortParagraphsPass() {
    let source = String(repeating: "Liên hệ a@b.co hoặc c@d.co, <?x?>\n\n", count: 5000)
    XCTAssertEqual(Markdown.inspect(source), [])
  }

  /// A large but ordinary report: wide tables, nested lists, e-mails, links, long words.
  func testLargeOrdinaryReportHasNoIssues() {
    var source = "# Báo cáo\n\n"
    let header = "| Xã | " + (1...30).map { "Chỉ tiêu \($0)" }.joined(separator: " | ") + " |\n"
    source += header + "|" + String(repeating: "---|", count: 31) + "\n"
    for row in 1...500 { source += "| Xã \(row) | " + (1...30).map { "\($0 * row)" }.joined(separator: " | ") + " |\n" }
    source += "\n" + (1...6).map { String(repeating: "  ", count: $0 - 1) + "- mức \($0)\n" }.joined()
    source += "\nLiên hệ: " + (1...19).map { "can.bo\($0)@langson.gov.vn" }.joined(separator: ", ") + "\n"
    source += "\nNguồn: https://vi.wikipedia.org/wiki/Lạng_Sơn_(tỉnh) và (xem (phụ lục (2)))\n"
    XCTAssertLessThan(source.utf8.count, 200_000)
    XCTAssertEqual(Markdown.inspect(source), [])
    XCTAssertTrue(Markdown.render(source).html.contains("<td>15000</td>"))
  }

  /// Both `inspect` (check) and `render` (build) stop at the limit, report it, and are fast.
  private func assertBounded(
    _ source: String, _ kind: MarkdownIssue.Kind, line: Int, column: Int, file: StaticString = #filePath,
    testLine: UInt = #line
  ) {
    let start = Date()
    let issues = Markdown.inspect(source)
    let html = Markdown.render(source).html
    let elapsed = Date().timeIntervalSince(start)
    XCTAssertEqual(issues, [MarkdownIssue(kind, line: line, column: column)], file: file, line: testLine)
    XCTAssertLessThan(
      elapsed, Self.budget, "\(source.utf8.count) bytes, \(html.utf8.count) bytes of HTML", file: file, line: testLine)
  }
}

final class MarkdownNestingAfterParseTests: XCTestCase {
  /// A line of quotes that ends in a heading opens no paragraph, so the parse observer never
  /// sees it: the walk over the parsed tree catches it.
  func testDeepQuotesEndingInAHeadingAreCaught() {
    let source = "Mở đầu\n\n" + String(repeating: "> ", count: 20_000) + "# Tiêu đề\n"
    XCTAssertEqual(
      Markdown.inspect(source),
      [MarkdownIssue(.nestedTooDeep, line: 3, column: 2 * MarkdownLimits.maxNestingDepth + 1)])
  }

  /// Another limit reported first does not hide deep nesting earlier in the document.
  func testDeepNestingIsReportedBesideALaterLimit() {
    let source = String(repeating: "- ", count: 20) + "# h\n\n" + "www.a" + String(repeating: ")", count: 100)
    XCTAssertEqual(
      Markdown.inspect(source).map(\.kind), [.nestedTooDeep, .tooManyParentheses(count: 100)])
  }
}
