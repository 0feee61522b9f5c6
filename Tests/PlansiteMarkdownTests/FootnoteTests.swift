import PlansiteMarkdown
import XCTest

final class FootnoteTests: XCTestCase {
  private let source = "Chỉ tiêu[^1] và lại[^1].\n\n[^1]: Theo Nghị quyết.\n"

  func testPrefixedFootnoteHTMLHasExactShape() {
    let html = Markdown.render(source, idPrefix: "bai-").html
    let expected = """
      <p>Chỉ tiêu<sup class="footnote-ref"><a href="#bai-fn-1" id="bai-fnref-1" data-footnote-ref>1</a></sup> \
      và lại<sup class="footnote-ref"><a href="#bai-fn-1" id="bai-fnref-1-2" data-footnote-ref>1</a></sup>.</p>
      <section class="footnotes" data-footnotes>
      <ol>
      <li id="bai-fn-1">
      <p>Theo Nghị quyết. \
      <a href="#bai-fnref-1" class="footnote-backref" data-footnote-backref aria-label="Quay lại nội dung">↩</a> \
      <a href="#bai-fnref-1-2" class="footnote-backref" data-footnote-backref aria-label="Quay lại nội dung">↩\
      <sup class="footnote-ref">2</sup></a></p>
      </li>
      </ol>
      </section>

      """
    XCTAssertEqual(html, expected)
  }

  func testBackLinkLabelIsVietnameseWithoutPrefix() {
    let html = Markdown.render(source).html
    XCTAssertFalse(html.contains("Back to content"), html)
    XCTAssertTrue(
      html.contains(
        ##"<a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="Quay lại nội dung">"##
      ), html)
    XCTAssertTrue(html.contains(#"<li id="fn-1">"#), html)
  }

  func testVietnameseLabelIsNFC() {
    let html = Markdown.render(source).html
    let label = "Quay lại nội dung".precomposedStringWithCanonicalMapping
    XCTAssertTrue(html.utf8.elementsEqual(html.precomposedStringWithCanonicalMapping.utf8))
    XCTAssertNotNil(html.range(of: label), html)
  }

  func testAuthorLinkToANoteFollowsThePrefix() {
    let html = Markdown.render("Xem [ghi chú](#fn-1)[^1].\n\n[^1]: x\n", idPrefix: "p-").html
    XCTAssertTrue(html.contains(##"<a href="#p-fn-1">ghi chú</a>"##), html)
  }

  func testFootnoteMarkerIsNotPartOfHeadingText() {
    let rendered = Markdown.render("## Kết quả[^1]\n\n[^1]: Ước tính.\n")
    XCTAssertEqual(rendered.headings, [Heading(level: 2, text: "Kết quả", id: "ket-qua")])
  }

  func testNamedLabelsArePrefixed() {
    let html = Markdown.render("Xem[^nguồn].\n\n[^nguồn]: Sở.\n", idPrefix: "p-").html
    XCTAssertTrue(
      html.contains(##"<a href="#p-fn-ngu%E1%BB%93n" id="p-fnref-ngu%E1%BB%93n" data-footnote-ref>"##), html)
    XCTAssertTrue(html.contains(#"<li id="p-fn-ngu%E1%BB%93n">"#), html)
    XCTAssertTrue(html.contains(##"<a href="#p-fnref-ngu%E1%BB%93n" class="footnote-backref""##), html)
  }

  func testTwoDocumentsWithDifferentPrefixesShareNoID() {
    let first = Markdown.render("# Kết quả\n\nA[^1] B[^2]\n\n[^1]: x\n[^2]: y\n", idPrefix: "a-")
    let second = Markdown.render("# Kết quả\n\nC[^1] D[^2]\n\n[^1]: z\n[^2]: w\n", idPrefix: "b-")
    let firstIDs = Self.ids(in: first.html)
    let secondIDs = Self.ids(in: second.html)
    XCTAssertEqual(firstIDs, ["a-ket-qua", "a-fnref-1", "a-fnref-2", "a-fn-1", "a-fn-2"])
    XCTAssertTrue(firstIDs.isDisjoint(with: secondIDs), "\(firstIDs) ∩ \(secondIDs)")
    // Every in-page link of a document points at one of its own ids.
    XCTAssertTrue(Self.fragmentLinks(in: first.html).isSubset(of: firstIDs))
    XCTAssertTrue(Self.fragmentLinks(in: second.html).isSubset(of: secondIDs))
  }

  func testTextThatLooksLikeFootnoteMarkupIsNotRewritten() {
    let html = Markdown.render("Chữ id=\"fn-1\" và `href=\"#fn-1\"`[^1]\n\n[^1]: x\n", idPrefix: "p-").html
    XCTAssertTrue(html.contains("Chữ id=&quot;fn-1&quot; và <code>href=&quot;#fn-1&quot;</code>"), html)
  }

  private static func ids(in html: String) -> Set<String> {
    attributeValues(named: " id=\"", in: html)
  }

  private static func fragmentLinks(in html: String) -> Set<String> {
    attributeValues(named: " href=\"#", in: html)
  }

  private static func attributeValues(named opening: String, in html: String) -> Set<String> {
    var values: Set<String> = []
    var rest = html[...]
    while let start = rest.range(of: opening) {
      rest = rest[start.upperBound...]
      guard let end = rest.firstIndex(of: "\"") else { break }
      values.insert(String(rest[..<end]))
      rest = rest[end...]
    }
    return values
  }
}
