import Foundation
import PlansiteMarkdown
import XCTest

final class SlugTests: XCTestCase {
  func testVietnameseDistrictNamesLoseDiacritics() {
    XCTAssertEqual(Slug.make("Đình Lập"), "dinh-lap")
    XCTAssertEqual(Slug.make("Thành phố Lạng Sơn"), "thanh-pho-lang-son")
    XCTAssertEqual(Slug.make("Lộc Bình"), "loc-binh")
    XCTAssertEqual(Slug.make("Hữu Lũng"), "huu-lung")
  }

  func testUppercasePunctuationAndDigits() {
    XCTAssertEqual(Slug.make("I. MỤC ĐÍCH, YÊU CẦU"), "i-muc-dich-yeu-cau")
    XCTAssertEqual(Slug.make("Mục tiêu 2b"), "muc-tieu-2b")
  }

  func testHyphensAndSpacesCollapseAndTrim() {
    XCTAssertEqual(Slug.make("  --a  b--"), "a-b")
    XCTAssertEqual(Slug.make("a_–_b"), "a-b")
  }

  func testDecomposedInputGivesSameSlugAsComposed() {
    for text in ["Đình Lập", "Thành phố Lạng Sơn", "Hữu Lũng", "I. MỤC ĐÍCH, YÊU CẦU"] {
      let decomposed = text.decomposedStringWithCanonicalMapping
      XCTAssertNotEqual(Array(decomposed.utf8), Array(text.utf8))
      XCTAssertEqual(Slug.make(decomposed), Slug.make(text))
    }
  }

  func testEmptyAndSymbolOnlyTextGiveEmptySlug() {
    XCTAssertEqual(Slug.make(""), "")
    XCTAssertEqual(Slug.make(" — ?! "), "")
  }

  func testOtherLatinLettersFoldAndOtherScriptsBecomeGaps() {
    XCTAssertEqual(Slug.make("Straße Øst"), "strasse-ost")
    XCTAssertEqual(Slug.make("Hà Nội 河内 2024"), "ha-noi-2024")
  }
}

final class SlugFoldingTests: XCTestCase {
  func testSymbolsInLatinBlocksAreGapsNotLetters() {
    XCTAssertEqual(Slug.make("Diện tích 3×4 m²"), "dien-tich-3-4-m")
  }

  func testEveryLatinLetterFoldsLikeICULatinASCII() {
    let latin = Array(0xC0...0x24F) + Array(0x1E00...0x1EFF)
    for value in latin {
      guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
      let letter = String(scalar)
      let reference = (letter.applyingTransform(StringTransform("Latin-ASCII"), reverse: false) ?? "")
        .lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
      XCTAssertEqual(Slug.make(letter), reference, "U+\(String(value, radix: 16, uppercase: true)) \(letter)")
    }
  }
}
