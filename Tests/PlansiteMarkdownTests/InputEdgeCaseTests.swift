import PlansiteMarkdown
import XCTest

final class InputEdgeCaseTests: XCTestCase {
  func testNulByteBecomesReplacementCharacterInsteadOfCuttingTheText() {
    let rendered = Markdown.render("# a\u{0}b\n\nc\u{0}d")
    XCTAssertEqual(rendered.html, "<h1 id=\"a-b\">a\u{FFFD}b</h1>\n<p>c\u{FFFD}d</p>\n")
    XCTAssertEqual(rendered.headings.map(\.text), ["a\u{FFFD}b"])
  }

  func testCRLFSourceRendersLikeLF() {
    XCTAssertEqual(
      Markdown.render("# Tiêu đề\r\n\r\nĐoạn\r\nhai\r\n"), Markdown.render("# Tiêu đề\n\nĐoạn\nhai\n"))
  }
}
