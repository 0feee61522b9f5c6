import XCTest

@testable import PlansiteMarkdown

/// Sections by heading and the neutral block tree, read from cmark-gfm's parsed tree.
final class MarkdownSectionsTests: XCTestCase {
  func testASectionRunsToTheNextHeadingOfItsLevelAndKeepsItsSubHeadings() {
    let source = """
      ## Kết quả nổi bật

      Đoạn một.

      ### Ở cấp xã

      Đoạn hai.

      ## Khó khăn, vướng mắc

      - Ý một.
      - Ý hai.
      """
    let sections = MarkdownSections.split(source)
    XCTAssertEqual(sections.map(\.title), ["Kết quả nổi bật", "Ở cấp xã", "Khó khăn, vướng mắc"])
    XCTAssertEqual(sections.map(\.line), [1, 5, 9])
    XCTAssertEqual(sections[0].body.trimmingCharacters(in: .newlines), "Đoạn một.\n\n### Ở cấp xã\n\nĐoạn hai.")
    XCTAssertEqual(sections[1].body.trimmingCharacters(in: .newlines), "Đoạn hai.")
    XCTAssertEqual(sections[2].body.trimmingCharacters(in: .newlines), "- Ý một.\n- Ý hai.")
    XCTAssertEqual(sections.map(\.isEmpty), [false, false, false])
  }

  func testSetextHeadingsCRLFAndAnEmptySection() {
    let source = "Kiến nghị\r\n---------\r\n\r\n## Khó khăn\r\n\r\nMột dòng.\r\n"
    let sections = MarkdownSections.split(source)
    XCTAssertEqual(sections.map(\.title), ["Kiến nghị", "Khó khăn"])
    XCTAssertEqual(sections.map(\.level), [2, 2])
    XCTAssertEqual(sections.map(\.isEmpty), [true, false])
    XCTAssertEqual(sections[1].body.trimmingCharacters(in: .newlines), "Một dòng.")
  }

  func testHeadingsInsideQuotesOrListsAreNotSections() {
    let source = "## A\n\n> ## B\n>\n> text\n\n- ## C\n"
    XCTAssertEqual(MarkdownSections.split(source).map(\.title), ["A"])
  }

  func testAFootnoteDefinedInAnotherSectionFollowsItsReference() throws {
    let source = "## Một\n\nCâu[^n].\n\n## Hai\n\nKhác.\n\n[^n]: Ghi chú.\n"
    let sections = MarkdownSections.split(source)
    let first = try XCTUnwrap(sections.first)
    XCTAssertTrue(first.body.contains("[^n]: Ghi chú."), first.body)
    XCTAssertEqual(
      MarkdownBlocks.parse(first.body).last, .footnote(number: 1, [.paragraph([MarkdownInline(text: "Ghi chú.")])]))
    XCTAssertEqual(sections[1].body.components(separatedBy: "[^n]:").count, 2, "the definition appears once, not twice")
  }

  func testBlocksKeepEmphasisListsTablesAndDropRawHTML() {
    let source = """
      Chữ **đậm** và *nghiêng* [liên kết](javascript:alert(1)) <b>x</b>

      - [x] Xong
      - [ ] Chưa

      1. Một

      | A | B |
      |---|---|
      | 1 | 2 |

      <script>alert(1)</script>
      """
    let blocks = MarkdownBlocks.parse(source)
    XCTAssertEqual(blocks.count, 4, "\(blocks)")
    XCTAssertEqual(
      blocks[0],
      .paragraph([
        MarkdownInline(text: "Chữ "), MarkdownInline(text: "đậm", bold: true), MarkdownInline(text: " và "),
        MarkdownInline(text: "nghiêng", italic: true), MarkdownInline(text: " "), MarkdownInline(text: "liên kết"),
        MarkdownInline(text: " "), MarkdownInline(text: "x"),
      ]))
    XCTAssertEqual(
      blocks[1],
      .list(
        ordered: false, start: 0,
        items: [
          .init(checked: true, blocks: [.paragraph([MarkdownInline(text: "Xong")])]),
          .init(checked: false, blocks: [.paragraph([MarkdownInline(text: "Chưa")])]),
        ]))
    XCTAssertEqual(
      blocks[2],
      .list(ordered: true, start: 1, items: [.init(checked: nil, blocks: [.paragraph([MarkdownInline(text: "Một")])])]))
    XCTAssertEqual(
      blocks[3],
      .table(
        rows: [
          [[MarkdownInline(text: "A")], [MarkdownInline(text: "B")]],
          [[MarkdownInline(text: "1")], [MarkdownInline(text: "2")]],
        ], headerRows: 1))
  }
}
