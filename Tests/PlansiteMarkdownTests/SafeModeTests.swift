import PlansiteMarkdown
import XCTest

final class SafeModeTests: XCTestCase {
  func testScriptTagIsReplacedByOmittedComment() {
    let html = Markdown.render("<script>alert(1)</script>\n").html
    XCTAssertEqual(html, "<!-- raw HTML omitted -->\n")
  }

  func testInlineScriptIsOmittedButItsTextStays() {
    let html = Markdown.render("a <script>alert(1)</script> b").html
    XCTAssertEqual(html, "<p>a <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> b</p>\n")
  }

  func testJavascriptLinkLosesItsHref() {
    let html = Markdown.render("[bấm](javascript:alert(1)) [x](JAVASCRIPT:alert(1))").html
    XCTAssertEqual(html, #"<p><a>bấm</a> <a>x</a></p>"# + "\n")
  }

  func testTagfilterTagsNeverReachTheOutput() {
    let html = Markdown.render("<title>t</title> <xmp>x</xmp> <iframe src=x></iframe>").html
    XCTAssertFalse(html.contains("<title"), html)
    XCTAssertFalse(html.contains("<xmp"), html)
    XCTAssertFalse(html.contains("<iframe"), html)
  }

  func testQuotesInTextCannotOpenAttributes() {
    let html = Markdown.render(#"x" id="fn-1" onclick="y [t](u "a\"b")"#).html
    XCTAssertFalse(html.contains(#"id="fn-1""#), html)
    XCTAssertFalse(html.contains(#"onclick=""#), html)
  }

  func testLiteralAndRawHeadingTagsGetNoIDs() {
    let source = """
      Chữ &lt;h2&gt; và `<h2>` và \\<h2>

      <h2>thô</h2>

      ## Thật
      """
    let rendered = Markdown.render(source)
    XCTAssertEqual(rendered.headings, [Heading(level: 2, text: "Thật", id: "that")])
    XCTAssertEqual(
      rendered.html,
      "<p>Chữ &lt;h2&gt; và <code>&lt;h2&gt;</code> và &lt;h2&gt;</p>\n"
        + "<!-- raw HTML omitted -->\n"
        + #"<h2 id="that">Thật</h2>"# + "\n")
  }
}
