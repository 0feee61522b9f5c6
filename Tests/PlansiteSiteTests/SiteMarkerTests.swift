import XCTest

@testable import PlansiteSite

/// `.plansite-output` is written and read by `SiteMarker` alone (the no-change shortcut and page
/// reuse used to parse it each their own way).
final class SiteMarkerTests: XCTestCase {
  func testMarkerReadsBackWhatItWrote() throws {
    let marker = SiteMarker(
      fingerprint: "abc123", sizes: ["index.html": 120, "districts/a b/index.html": 7, ".plansite-output": 1],
      keys: ["districts/a b/index.html": "k1"])
    XCTAssertNil(marker.sizes[".plansite-output"], "the marker does not list itself")
    XCTAssertEqual(
      marker.text,
      "plansite\nfingerprint abc123\n7 districts/a b/index.html\n120 index.html\nkey k1 districts/a b/index.html\n")
    XCTAssertEqual(SiteMarker(text: marker.text), marker)
  }

  func testAnythingElseIsNotAMarker() {
    for text in [
      "", "plansite\n", "hugo\nfingerprint x\n", "plansite\nfingerprint x\nmười index.html\n",
      "plansite\nfingerprint x\nkey onlykey\n",
    ] {
      XCTAssertNil(SiteMarker(text: text), text.debugDescription)
    }
  }
}
