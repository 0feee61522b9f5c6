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

  /// A link safe mode would write as `href=""` (a link to the page itself) gives way to its text.
  func testJavascriptLinkGivesWayToItsText() {
    let html = Markdown.render("[bấm](javascript:alert(1)) [*x*](JAVASCRIPT:alert(1)) [y](vbscript:x)").html
    XCTAssertEqual(html, "<p>bấm <em>x</em> y</p>\n")
  }

  /// The text replacement of the past left `<a href="" title="t">` behind.
  func testJavascriptLinkWithTitleLeavesNoEmptyHref() {
    XCTAssertEqual(Markdown.render(#"[bấm](javascript:alert(1) "t")"#).html, "<p>bấm</p>\n")
    XCTAssertEqual(Markdown.render("[r]: javascript:x 'mô tả'\n\n[bấm][r]").html, "<p>bấm</p>\n")
  }

  /// An author's empty link is not neutralised: the spec keeps `href=""` (GFM 0.29 examples 495, 496, 169).
  func testEmptyLinksKeepTheirHrefAsInTheSpec() {
    XCTAssertEqual(Markdown.render("[link]()").html, #"<p><a href="">link</a></p>"# + "\n")
    XCTAssertEqual(Markdown.render("[link](<>)").html, #"<p><a href="">link</a></p>"# + "\n")
    XCTAssertEqual(Markdown.render("[foo]: <>\n\n[foo]").html, #"<p><a href="">foo</a></p>"# + "\n")
  }

  /// An image safe mode would write as `src=""` shows its alt text instead.
  func testUnsafeImageBecomesItsAltText() {
    let html = Markdown.render(#"![sơ đồ *x*](javascript:alert(1) "t") ![](data:text/html,x) ![b](file:///c)"#).html
    XCTAssertEqual(html, "<p>sơ đồ x  b</p>\n")
  }

  /// Images whose data safe mode allows stay images.
  func testInlineImageDataStays() {
    XCTAssertEqual(
      Markdown.render("![a](data:image/png;base64,AAAA)").html,
      #"<p><img src="data:image/png;base64,AAAA" alt="a" /></p>"# + "\n")
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
