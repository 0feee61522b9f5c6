import Foundation
import PlansiteContent
import PlansiteMarkdown
import PlansiteTestSupport
import XCTest

@testable import PlansiteSite

/// Random and mutated YAML and Markdown through loading and the whole site: every page, the
/// calendars and the streamed files (CSV, search index) are made and read back by real parsers
/// (`site_audit.py`): no crash, no trap, no markup or formula from content, no broken row.
/// A bounded run here; `FUZZ_ITERATIONS=20000 swift test --filter FuzzTests` for a longer one.
/// The seed is fixed (override with FUZZ_SEED) so a failure reproduces.
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
    // Markup, script and formulas aimed at attributes, the search index and the CSV.
    "\" onload=\"alert(1)", "<svg onload=alert(1)>", "</script>", "' x='", "=cmd|' /C calc'!A0", "@SUM(1)", "+1", ",",
    "\"\"", "\r",
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

  func testMutatedContentBuildsEveryFileAndEachReadsBackClean() async throws {
    var rng = RNG(state: seed)
    let base = TestSupport.fixture("mini").appendingPathComponent("content")
    let files = TestSupport.files(under: base).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".md") }
    let today = CivilDate(iso: "2023-06-15")!
    let templates = try await SiteFiles.templates()
    let auditor = try SiteAuditor()
    // Most mutations change a few files of the site: each distinct file is audited once.
    var audited: Set<Int> = []
    var built = 0
    var failures = 0
    for i in 0..<iterations where failures < 5 {
      let path = files.randomElement(using: &rng)!
      let original = try String(contentsOf: base.appendingPathComponent(path), encoding: .utf8)
      let mutated = mutate(original, &rng)
      let content = TestSupport.contentCopy(of: "mini", overrides: [path: mutated])
      defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
      let (loaded, diags) = ContentLoader.load(from: content, today: today)
      guard let loaded, !diags.hasErrors else {
        XCTAssertTrue(diags.hasErrors, "a refused load must say why")
        continue
      }
      let site = try SiteFiles.render(loaded, today: today, templates: templates)
      // Every page of the content is there, and every file the site always has.
      var expected = [SitePaths.home, SitePaths.csv, SearchIndex.path, SitePaths.calendarICS, SitePaths.report]
      expected += loaded.districts.flatMap { [SitePaths.district($0.slug), SitePaths.districtICS($0.slug)] }
      expected += loaded.plan.indicators.map { SitePaths.indicator($0.id) }
      let missing = expected.filter { site[$0]?.isEmpty ?? true }
      let fresh = site.filter { audited.insert($0.value.hashValue).inserted }
      let problems = missing.map { "\($0) missing or empty" } + (try auditor.problems(fresh))
      if !problems.isEmpty {
        failures += 1
        XCTFail("iteration \(i), \(path) mutated to:\n\(mutated)\n\(problems.prefix(10).joined(separator: "\n"))")
      }
      built += 1
    }
    XCTAssertGreaterThan(built, iterations / 10, "some mutations should still load: \(built) of \(iterations)")
    print("fuzz: \(built) of \(iterations) mutated sites built and audited, \(audited.count) distinct files")
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
