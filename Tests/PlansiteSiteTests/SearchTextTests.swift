import PlansiteContent
import PlansiteMarkdown
import XCTest

@testable import PlansiteSite

/// The search index's text comes from the parsed document (issue 13 item 4): sections at the
/// headings, words separated at block boundaries, no markup, nothing the page does not show as text.
final class SearchTextTests: XCTestCase {
  static let report = """
    Mở đầu trước đề mục.

    # Kết quả nổi bật

    Đã hỗ trợ **412** trẻ em[^1] tại `xã A` &amp; xã <em>B</em>.
    Dòng tiếp theo ![biểu đồ cột](anh/bieu-do.png) của đoạn.

    Đoạn thứ hai.

    ## Khó khăn, vướng mắc

    | Cột | Giá trị |
    |---|---|
    | Cán bộ | Thiếu |

    ## Kiến nghị

    ### Về kinh phí

    - Cấp thêm
    - Hỗ trợ *sớm*

    ```
    mã  nguồn
    ```

    [^1]: Số liệu của Phòng.
    """

  func sections(_ markdown: String) -> [SearchText.Section] {
    SearchText.sections(of: Markdown.render(markdown, shiftHeadings: 1, textSections: true))
  }

  func testSectionsFollowTheHeadingsWithTheirWordsAndFirstParagraph() {
    let s = sections(Self.report)
    XCTAssertEqual(
      s.map { $0.heading?.text }, [nil, "Kết quả nổi bật", "Khó khăn, vướng mắc", "Kiến nghị", "Về kinh phí"])
    XCTAssertEqual(s.map { $0.heading?.level }, [nil, 2, 3, 3, 4], "levels after the page's shift")
    XCTAssertEqual(s[0].text, "Mở đầu trước đề mục.")
    // Inline markup, entities and raw HTML (omitted in safe mode) leave the words; a footnote's
    // number and an image's alt text are not text of the page.
    XCTAssertEqual(
      s[1].firstParagraph, "Đã hỗ trợ 412 trẻ em tại xã A & xã B. Dòng tiếp theo của đoạn.")
    XCTAssertEqual(s[1].text, s[1].firstParagraph + " Đoạn thứ hai.")
    // Table cells are separate words; without a paragraph, the snippet is the section's words.
    XCTAssertEqual(s[2].text, "Cột Giá trị Cán bộ Thiếu")
    XCTAssertEqual(s[2].firstParagraph, s[2].text)
    XCTAssertEqual(s[3].firstParagraph, "", "a heading followed by a sub-heading has no words of its own")
    // List items, a code block, then the footnotes (in the last section, never its snippet).
    XCTAssertEqual(s[4].text, "Cấp thêm Hỗ trợ sớm mã nguồn Số liệu của Phòng.")
    XCTAssertEqual(s[4].firstParagraph, "Cấp thêm")
  }

  func testNoIntroSectionWithoutWordsBeforeTheFirstHeading() {
    XCTAssertEqual(sections("## Một\n\nChữ.\n").map { $0.heading?.text }, ["Một"])
    XCTAssertEqual(sections("").count, 0)
    XCTAssertEqual(sections("Chỉ một đoạn.").map(\.text), ["Chỉ một đoạn."])
  }

  /// A unit's report in the index: titles, anchors and snippets from the sections; a footnote
  /// reference never glues its number to a word ("trẻ em1"), as text cut out of HTML did.
  func testDistrictReportEntries() {
    var content = Content.sample
    content.districts[0].narrative = Self.report
    let model = SiteModel(content: content, today: CivilDate(iso: "2023-06-15")!)
    let d = model.content.districts[0]
    let entries = model.districtReportEntries(d, model.districtNarrative(d))
    let page = SitePaths.district(d.slug)
    XCTAssertEqual(
      entries.map(\.title),
      ["Báo cáo của đơn vị", "Kết quả nổi bật", "Khó khăn, vướng mắc", "Kiến nghị", "Về kinh phí"].map {
        "\(d.fullName): \($0)"
      })
    XCTAssertEqual(entries[0].url, page + "#bao-cao")
    XCTAssertEqual(entries[1].url, page + "#bao-cao-ket-qua-noi-bat")
    XCTAssertEqual(entries[1].snippet, "Đã hỗ trợ 412 trẻ em tại xã A & xã B. Dòng tiếp theo của đoạn.")
    XCTAssertTrue(
      entries[1].key.hasSuffix("da ho tro 412 tre em tai xa a xa b dong tiep theo cua doan"), entries[1].key)
  }
}
