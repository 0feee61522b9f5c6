import Foundation
import Mustache
import PlansiteContent
import XCTest

@testable import PlansiteSite

/// Templates are parsed with plansite's escaper: the same text as swift-mustache's own for
/// ordinary strings, and safe where that one is not.
final class EscapeTests: XCTestCase {
  let samples = [
    "", "Huyện Đình Lập", "a < b && c > d", "\"trích dẫn\" và 'nháy đơn'", "<script>alert(1)</script>",
    "78,4% – Đạt ✔", "&amp; đã thoát", "Tỷ lệ ≥ 80%", "😀 <b>", "x\u{301}<",
  ]

  func testMatchesSwiftMustachesDefaultEscapingOnOrdinaryText() throws {
    let plain = try MustacheTemplate(string: "{{x}}")
    for s in samples {
      XCTAssertEqual(Escape.html(s), plain.render(["x": s]), s)
    }
  }

  func testQuoteFollowedByACombiningAccentIsEscaped() throws {
    // One Character for Swift, but a raw `"` for the browser: it would end the attribute.
    let hostile = "\"\u{301} onmouseover=alert(1) x=\""
    XCTAssertFalse(Escape.html(hostile).utf8.contains(0x22))
    XCTAssertTrue(Escape.html(hostile).hasPrefix("&quot;\u{301} onmouseover"))
  }

  func testEveryLoadedTemplateEscapesWithIt() throws {
    var diags = Diagnostics()
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("escape-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("partials"), withIntermediateDirectories: true)
    try "<p title=\"{{x}}\">{{>partials/p}}</p>\n".write(
      to: dir.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
    try "{{x}}".write(to: dir.appendingPathComponent("partials/p.mustache"), atomically: true, encoding: .utf8)
    let library = try XCTUnwrap(TemplateSet.parseTemplates(in: dir, displayRoot: "t", into: &diags))
    let hostile = "\"\u{301}<"
    XCTAssertEqual(
      library.render(["x": hostile], withTemplate: "page"), "<p title=\"&quot;\u{301}&lt;\">&quot;\u{301}&lt;</p>\n")
  }
}
