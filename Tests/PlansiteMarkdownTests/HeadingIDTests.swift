import Foundation
import PlansiteMarkdown
import XCTest

final class HeadingIDTests: XCTestCase {
  func testRepeatedHeadingGetsNumberedID() {
    let rendered = Markdown.render("## Kết quả\n\n## Kết quả\n")
    XCTAssertEqual(rendered.headings.map(\.id), ["ket-qua", "ket-qua-2"])
    XCTAssertEqual(
      rendered.html, #"<h2 id="ket-qua">Kết quả</h2>"# + "\n" + #"<h2 id="ket-qua-2">Kết quả</h2>"# + "\n")
  }

  func testHeadingTextHasNoMarkup() {
    let rendered = Markdown.render("# Mục *tiêu* `2b`\n")
    XCTAssertEqual(rendered.headings, [Heading(level: 1, text: "Mục tiêu 2b", id: "muc-tieu-2b")])
  }

  func testReservedIDsAreSkipped() {
    let rendered = Markdown.render("# Tổng quan\n\n# Tổng quan\n", reservedIDs: ["tong-quan", "tong-quan-2"])
    XCTAssertEqual(rendered.headings.map(\.id), ["tong-quan-3", "tong-quan-4"])
  }

  func testIDPrefixIsPrependedAndChecksReservedIDs() {
    let rendered = Markdown.render("## Lộc Bình\n", idPrefix: "huyen-", reservedIDs: ["huyen-loc-binh"])
    XCTAssertEqual(rendered.headings.map(\.id), ["huyen-loc-binh-2"])
    XCTAssertTrue(rendered.html.contains(#"<h2 id="huyen-loc-binh-2">"#), rendered.html)
  }

  func testHeadingWithoutLettersGetsFallbackID() {
    let rendered = Markdown.render("# —\n\n# ???\n")
    XCTAssertEqual(rendered.headings.map(\.id), ["muc", "muc-2"])
  }

  func testHeadingNeverTakesAFootnoteID() {
    let rendered = Markdown.render("# FN 1\n\n# fn\n\n# fn\n")
    XCTAssertEqual(rendered.headings.map(\.id), ["muc-fn-1", "muc-fn", "muc-fn-2"])
  }

  func testShiftHeadingsChangesTagsAndLevelsAndClampsAtSix() {
    let rendered = Markdown.render("# Một\n\n### Ba\n\n###### Sáu\n", shiftHeadings: 2)
    XCTAssertEqual(rendered.headings.map(\.level), [3, 5, 6])
    XCTAssertEqual(
      rendered.html,
      #"<h3 id="mot">Một</h3>"# + "\n" + #"<h5 id="ba">Ba</h5>"# + "\n" + #"<h6 id="sau">Sáu</h6>"# + "\n")
  }

  func testNegativeShiftClampsAtOne() {
    let rendered = Markdown.render("## Hai\n", shiftHeadings: -3)
    XCTAssertEqual(rendered.headings.map(\.level), [1])
    XCTAssertEqual(rendered.html, #"<h1 id="hai">Hai</h1>"# + "\n")
  }

  func testSetextAndNestedHeadingsGetIDsInDocumentOrder() {
    let source = "Dòng một\ndòng hai\n---\n\n> ## Trích\n\n- ## Trong danh sách\n"
    let rendered = Markdown.render(source)
    XCTAssertEqual(rendered.headings.map(\.text), ["Dòng một dòng hai", "Trích", "Trong danh sách"])
    XCTAssertTrue(rendered.html.contains(#"<h2 id="dong-mot-dong-hai">Dòng một"#), rendered.html)
    XCTAssertTrue(rendered.html.contains(#"<h2 id="trich">Trích</h2>"#), rendered.html)
    XCTAssertTrue(rendered.html.contains(#"<h2 id="trong-danh-sach">Trong danh sách</h2>"#), rendered.html)
  }

  func testHeadingsInsideFootnotesComeLastLikeInTheHTML() {
    let source = "[^b]: ## Ghi chú B\n\n# Đầu[^b]\n\n## Cuối\n"
    let rendered = Markdown.render(source)
    XCTAssertEqual(rendered.headings.map(\.id), ["dau", "cuoi", "ghi-chu-b"])
    XCTAssertTrue(rendered.html.contains(#"<h2 id="ghi-chu-b">Ghi chú B</h2>"#), rendered.html)
  }

  func testPrefixIsEscapedInsideTheAttribute() {
    let rendered = Markdown.render("# A\n", idPrefix: #"x"><script>"#)
    XCTAssertTrue(rendered.html.hasPrefix(#"<h1 id="x&quot;&gt;&lt;script&gt;a">"#), rendered.html)
  }

  /// Each repeat used to retry every suffix from 2: 20,000 headings "## a" took a minute.
  func testManyEqualHeadingsGetIDsInLinearTime() {
    let start = Date()
    let rendered = Markdown.render(String(repeating: "## Kết quả\n", count: 20_000) + "## Kết quả 2\n")
    XCTAssertLessThan(Date().timeIntervalSince(start), MarkdownLimitTests.budget)
    XCTAssertEqual(rendered.headings.count, 20_001)
    XCTAssertEqual(rendered.headings[19_999].id, "ket-qua-20000")
    XCTAssertEqual(rendered.headings.last?.id, "ket-qua-2-2", "the heading \"Kết quả 2\" finds ket-qua-2 taken")
    XCTAssertEqual(Set(rendered.headings.map(\.id)).count, 20_001)
  }
}
