import Foundation
import XCTest

@testable import PlansiteContent

/// Unit names sort in Vietnamese order; names whose first letters differ are ordered by those
/// letters without the locale's comparison, which must give the same answer.
final class VietnameseOrderTests: XCTestCase {
  func testTheFirstLetterShortcutAgreesWithTheLocale() {
    let names = [
      "An", "Ân", "Ăn Cư", "Bắc Sơn", "bình gia", "Cao Lộc", "Chi Lăng", "Đình Lập", "Dương", "Đông", "Ea Súp",
      "Êa", "Gia", "Hữu Lũng", "Ia Grai", "Kim", "Lộc Bình", "Mường", "Na Rì", "Ông", "Ơn", "Phú", "Quán", "Quan Sơn",
      "Rạch", "Sơn", "Tràng Định", "Uông", "Ưu", "Văn Lãng", "Xuân", "Yên", "Zô", "A\u{0306}n", "fan", "Jrai",
      "Wê", "1 Tháng 5", "Ô", "o", "Z",
    ]
    var shortcuts = 0
    for a in names {
      for b in names {
        let locale = a.compare(b, options: [], range: nil, locale: Locale(identifier: "vi"))
        if let fast = VietnameseFormat.firstLetterOrder(a, b) {
          shortcuts += 1
          XCTAssertEqual(fast, locale, "\(a) / \(b)")
        }
        XCTAssertEqual(VietnameseFormat.order(a, b), locale, "\(a) / \(b)")
      }
    }
    XCTAssertGreaterThan(shortcuts, names.count * names.count / 3, "most pairs take the shortcut")
    XCTAssertNil(VietnameseFormat.firstLetterOrder("Dương", "Đông"), "đ follows d: the locale decides")
    XCTAssertNil(VietnameseFormat.firstLetterOrder("A\u{0306}n", "Bắc"), "a decomposed ă: the locale decides")
  }
}
