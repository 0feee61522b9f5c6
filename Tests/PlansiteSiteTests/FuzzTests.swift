import Foundation
import PlansiteContent
import PlansiteMarkdown
import PlansiteTestSupport
import XCTest

@testable import PlansiteSite

/// Random and mutated YAML and Markdown through loading, checking and rendering: no crash, no
/// hang, no trap. A bounded run here; `FUZZ_ITERATIONS=20000 swift test --filter FuzzTests`
/// for a longer one. The seed is fixed (override with FUZZ_SEED) so a failure reproduces.
final class FuzzTests: XCTestCase {
  var iterations: Int { Int(ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"] ?? "") ?? 150 }
  var seed: UInt64 { UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "") ?? 0x5EED }

  /// SplitMix64: small, deterministic, good enough for mutations.
  struct RNG: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let fragments = [
    ":", "- ", "{", "}", "[", "]", "&a ", "*a", "\t", "\n", "  ", "\"", "'", "#", "|", ">", "done", "of", "-1", "0",
    "1e9", "3.5", "3,5", "yes", "có", "~", "null", "2023-02-30", "2023-06-01", "\u{FEFF}", "\r\n", "e\u{301}", "đ", "💥",
    "<script>", "[x](javascript:alert(1))", "**", "[^1]", "|---|", "```", "\u{0}",
  ]

  func mutate(_ text: String, _ rng: inout RNG) -> String {
    var chars = Array(text)
    for _ in 0..<Int.random(in: 1...6, using: &rng) {
      let pos = chars.isEmpty ? 0 : Int.random(in: 0..<chars.count, using: &rng)
      switch Int.random(in: 0..<4, using: &rng) {
      case 0: chars.insert(contentsOf: Array(Self.fragments.randomElement(using: &rng)!), at: pos)
      case 1: if !chars.isEmpty { chars.remove(at: pos) }
      case 2: if !chars.isEmpty { chars.replaceSubrange(pos..<min(chars.count, pos + Int.random(in: 1...20, using: &rng)), with: []) }
      default:
        let a = Int.random(in: 0...chars.count, using: &rng)
        let b = min(chars.count, a + Int.random(in: 0...40, using: &rng))
        chars.insert(contentsOf: chars[a..<b], at: pos)
      }
    }
    return String(chars)
  }

  func testMutatedContentNeverCrashesLoadingOrRendering() throws {
    var rng = RNG(state: seed)
    let base = TestSupport.fixture("mini").appendingPathComponent("content")
    let files = TestSupport.files(under: base).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".md") }
    let today = CivilDate(iso: "2023-06-15")!
    var built = 0
    for _ in 0..<iterations {
      let path = files.randomElement(using: &rng)!
      let original = try String(contentsOf: base.appendingPathComponent(path), encoding: .utf8)
      let content = TestSupport.contentCopy(of: "mini", overrides: [path: mutate(original, &rng)])
      let (loaded, diags) = ContentLoader.load(from: content, today: today)
      if let loaded {
        // Whatever loads must render: every page job is built without trapping.
        let model = SiteModel(content: loaded, today: today)
        XCTAssertFalse(SiteBuilder.jobs(model).isEmpty)
        built += 1
      } else {
        XCTAssertTrue(diags.hasErrors, "a refused load must say why")
      }
      try? FileManager.default.removeItem(at: content.deletingLastPathComponent())
    }
    XCTAssertGreaterThan(built, 0, "some mutations should still load")
  }

  func testRandomMarkdownRendersWithoutScriptsOrTraps() {
    var rng = RNG(state: seed ^ 0xABCD)
    for _ in 0..<(iterations * 4) {
      var doc = ""
      for _ in 0..<Int.random(in: 1...40, using: &rng) { doc += Self.fragments.randomElement(using: &rng)! + (Bool.random(using: &rng) ? " chữ " : "") }
      let r = Markdown.render(doc, idPrefix: "p-")
      XCTAssertFalse(r.html.contains("<script"), doc)
      XCTAssertFalse(r.html.lowercased().contains("href=\"javascript:"), doc)
    }
  }
}
