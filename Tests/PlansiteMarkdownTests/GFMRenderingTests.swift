import PlansiteMarkdown
import XCTest

final class GFMRenderingTests: XCTestCase {
  func testTableRendersTableElement() {
    let html = Markdown.render("| Huyện | Dân số |\n|---|---:|\n| Lộc Bình | 80 000 |\n").html
    XCTAssertTrue(html.contains("<table>"), html)
    XCTAssertTrue(html.contains("<th>Huyện</th>"), html)
    XCTAssertTrue(html.contains(#"<td align="right">80 000</td>"#), html)
  }

  func testTaskListRendersDisabledCheckboxes() {
    let html = Markdown.render("- [ ] Việc chưa làm\n- [x] Việc đã xong\n").html
    XCTAssertTrue(html.contains(#"<li><input type="checkbox" disabled="" /> Việc chưa làm</li>"#), html)
    XCTAssertTrue(
      html.contains(#"<li><input type="checkbox" checked="" disabled="" /> Việc đã xong</li>"#), html)
  }

  func testDoubleTildeRendersDel() {
    XCTAssertEqual(Markdown.render("~~bỏ~~ giữ").html, "<p><del>bỏ</del> giữ</p>\n")
  }

  func testBareWwwAndHttpsURLsBecomeLinks() {
    let html = Markdown.render("Xem www.example.com và https://x.example/a.").html
    XCTAssertEqual(
      html,
      #"<p>Xem <a href="http://www.example.com">www.example.com</a> và "#
        + #"<a href="https://x.example/a">https://x.example/a</a>.</p>"# + "\n")
  }

  func testEmptyDocumentRendersNothing() {
    XCTAssertEqual(Markdown.render(""), RenderedMarkdown(html: "", headings: []))
  }
}
