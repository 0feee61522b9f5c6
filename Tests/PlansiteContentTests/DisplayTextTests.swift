import PlansiteContent
import XCTest

/// How a diagnostic shows text from content: hidden characters spelt out, long lines cut to a
/// window, the caret under the right character.
final class DisplayTextTests: XCTestCase {
  func testControlAndBidiCharactersAreSpeltOutAndVietnameseIsNot() {
    XCTAssertEqual(DisplayText.escaped("a\u{1B}[31mb\u{7}"), #"a\u{1B}[31mb\u{7}"#)
    XCTAssertEqual(DisplayText.escaped("x\u{202E}y\u{2066}z"), #"x\u{202E}y\u{2066}z"#)
    XCTAssertEqual(DisplayText.escaped("C1\u{85}\u{9B}"), #"C1\u{85}\u{9B}"#)
    XCTAssertEqual(DisplayText.escaped("a\nb\rc"), #"a\u{A}b\u{D}c"#)
    XCTAssertEqual(DisplayText.escaped("a\tb"), #"a\u{9}b"#)
    XCTAssertEqual(DisplayText.escaped("a\tb", keepingTabs: true), "a\tb")
    let vietnamese = "Phòng Lao động – Thương binh và Xã hội huyện Cao Lộc “Đình Lập” ₫ ‰ …"
    XCTAssertEqual(DisplayText.escaped(vietnamese), vietnamese)
  }

  func testCaretStandsUnderItsCharacterAfterTabsEscapesAndVietnamese() {
    var shown = DisplayText.sourceLine("\tkind: huyện", column: 7)
    XCTAssertEqual(shown.text, "\tkind: huyện")
    XCTAssertEqual(shown.pad, "\t     ")
    shown = DisplayText.sourceLine("tên: Lộc\u{1B}x", column: 10)
    XCTAssertEqual(shown.text, #"tên: Lộc\u{1B}x"#)
    XCTAssertEqual(shown.pad, String(repeating: " ", count: 8 + 6))
    shown = DisplayText.sourceLine("abc", column: 4)  // just past the end: a missing value
    XCTAssertEqual(shown.pad, "   ")
  }

  func testLongLineIsCutToAWindowAroundTheCaret() {
    let line = String(repeating: "Xã hội ", count: 30_000) + "lỗi ở đây" + String(repeating: " và tiếp", count: 30_000)
    let column = 30_000 * 7 + 1
    let shown = DisplayText.sourceLine(line, column: column)
    XCTAssertTrue(shown.text.hasPrefix("…") && shown.text.hasSuffix("…"), shown.text)
    XCTAssertEqual(shown.text.count, 82)  // 80 columns and the two marks
    let caret = shown.text.index(shown.text.startIndex, offsetBy: shown.pad.count)
    XCTAssertTrue(shown.text[caret...].hasPrefix("lỗi ở đây"), shown.text)
    XCTAssertEqual(shown.pad.count, 1 + 26, "the mark, then a third of the window before the caret")
    // Near an end, the window gives its unused columns to the other side.
    let start = DisplayText.sourceLine(line, column: 3)
    XCTAssertFalse(start.text.hasPrefix("…"))
    XCTAssertEqual(start.pad, "  ")
    XCTAssertEqual(start.text.count, 81)
  }

  func testLongMessageKeepsItsStartAndItsEnd() {
    let message = "khóa \"" + String(repeating: "y", count: 5_000) + "\" không được hỗ trợ; các khóa hợp lệ: name, kind"
    let short = DisplayText.shortened(message)
    XCTAssertEqual(short.count, 400)
    XCTAssertTrue(short.hasPrefix("khóa \"yyy"))
    XCTAssertTrue(short.hasSuffix("các khóa hợp lệ: name, kind"))
    XCTAssertEqual(DisplayText.shortened("ngắn"), "ngắn")
  }
}
