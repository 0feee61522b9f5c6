import XCTest

@testable import PlansiteSite

final class SHA256Tests: XCTestCase {
  func digest(_ s: String) -> String {
    var h = SHA256()
    h.update(s)
    return h.finalize()
  }

  func testStandardVectors() {
    XCTAssertEqual(digest(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    XCTAssertEqual(digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    XCTAssertEqual(
      digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    var h = SHA256()
    for _ in 0..<1000 { h.update(String(repeating: "a", count: 1000)) }
    XCTAssertEqual(h.finalize(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Fed in pieces of every length from 0 to 130 bytes (across block boundaries, and ending at
  /// each place in a block), the digest is that of the whole.
  func testPiecesOfAnyLengthGiveTheDigestOfTheWhole() {
    let text = String((0..<9_000).map { Character(UnicodeScalar(UInt8(33 + $0 % 90))) })
    let bytes = Array(text.utf8)
    for length in [55, 56, 63, 64, 65, 119, 120, 8_999, 9_000] {
      let whole = digest(String(decoding: bytes[0..<length], as: UTF8.self))
      var h = SHA256()
      var at = 0
      var piece = 0
      while at < length {
        let end = min(length, at + piece % 131)
        h.update(Array(bytes[at..<end]))
        at = end
        piece += 7
      }
      XCTAssertEqual(h.finalize(), whole, "\(length)")
    }
  }
}
