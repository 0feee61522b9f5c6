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
      case 2:
        if !chars.isEmpty {
          chars.replaceSubrange(pos..<min(chars.count, pos + Int.random(in: 1...20, using: &rng)), with: [])
        }
      default:
        let a = Int.random(in: 0...chars.count, using: &rng)
        let b = min(chars.count, a + Int.random(in: 0...40, using: &rng))
        chars.insert(contentsOf: chars[a..<b], at: pos)
      }
    }
    return String(chars)
  }

  /// What an attacker writes into an id or a text field: attribute breaks, tags, a script end,
  /// spreadsheet formulas, CSV separators.
  static let payloads = [
    "\" onload=\"alert(1)", "</script><svg onload=alert(1)>", "' onmouseover='alert(1)", "=cmd|' /C calc'!A0",
    "@SUM(1)", "+1", "-1", "\t=1", "\r=1", "a, \"b\"\nc",
  ]
  /// Ids of the fixture that other files refer to (periods, indicators, key dates).
  static let ids = ["6-thang", "nam", "p1", "c1", "c2", "m1", "f1", "y1", "t1", "quoc-te-thieu-nhi"]
  /// Keys whose values are shown or exported as text.
  static let textKeys = try! NSRegularExpression(
    pattern:
      #"\b(label|note|title|name|place|theme|description|organiser|audience|time|province|footer|office): ("[^"\n]*"|[^,}\n]*)"#
  )

  /// Besides random edits, whole values aimed where escaping matters: an id renamed in every
  /// file to one holding a payload (ids land in attributes, anchors, paths and the CSV), or a
  /// text value replaced by a payload (labels, notes and names land in pages and cells).
  func overrides(_ originals: [String: String], _ rng: inout RNG) -> [String: String] {
    switch Int.random(in: 0..<3, using: &rng) {
    case 0:
      let id = Self.ids.randomElement(using: &rng)!
      let renamed = id + Self.payloads.prefix(3).randomElement(using: &rng)!
      let pattern = try! NSRegularExpression(pattern: "(?<![A-Za-z0-9-])\(id)(?![A-Za-z0-9-])")
      var out: [String: String] = [:]
      for (path, text) in originals where path.hasSuffix(".yaml") {
        let range = NSRange(text.startIndex..., in: text)
        let template = NSRegularExpression.escapedTemplate(for: renamed)
        let changed = pattern.stringByReplacingMatches(in: text, range: range, withTemplate: template)
        if changed != text { out[path] = changed }
      }
      return out
    case 1:
      let candidates = originals.filter { $0.key.hasSuffix(".yaml") }.sorted { $0.key < $1.key }
      let (path, text) = candidates.randomElement(using: &rng)!
      let matches = Self.textKeys.matches(in: text, range: NSRange(text.startIndex..., in: text))
      guard let match = matches.randomElement(using: &rng), let value = Range(match.range(at: 2), in: text) else {
        return [:]
      }
      // A JSON string is a YAML double-quoted scalar.
      let payload = Self.payloads.randomElement(using: &rng)!
      let json = String(
        decoding: try! JSONSerialization.data(withJSONObject: [payload], options: .fragmentsAllowed), as: UTF8.self)
      return [path: text.replacingCharacters(in: value, with: String(json.dropFirst().dropLast()))]
    default:
      let path = originals.keys.sorted().randomElement(using: &rng)!
      return [path: mutate(originals[path]!, &rng)]
    }
  }

  func testMutatedContentBuildsEveryFileAndEachReadsBackClean() async throws {
    var rng = RNG(state: seed)
    let base = TestSupport.fixture("mini").appendingPathComponent("content")
    var originals: [String: String] = [:]
    for path in TestSupport.files(under: base) where path.hasSuffix(".yaml") || path.hasSuffix(".md") {
      originals[path] = try String(contentsOf: base.appendingPathComponent(path), encoding: .utf8)
    }
    let today = CivilDate(iso: "2023-06-15")!
    let templates = try await SiteFiles.templates()
    let auditor = try SiteAuditor()
    // Most mutations change a few files of the site: each distinct file is audited once.
    var audited: Set<Int> = []
    var built = 0
    var failures = 0
    for i in 0..<iterations where failures < 5 {
      let changes = overrides(originals, &rng)
      let content = TestSupport.contentCopy(of: "mini", overrides: changes)
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
      // The search index's files are audited together (the manifest names its shards).
      let fresh = site.filter { audited.insert($0.value.hashValue).inserted || $0.key.hasPrefix("search/") }
      let problems = missing.map { "\($0) missing or empty" } + (try auditor.problems(fresh))
      if !problems.isEmpty {
        failures += 1
        let changed = changes.sorted { $0.key < $1.key }.map { "\($0.key):\n\($0.value)" }.joined(separator: "\n")
        XCTFail("iteration \(i), content changed to:\n\(changed)\n\(problems.prefix(10).joined(separator: "\n"))")
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
      for _ in 0..<Int.random(in: 1...40, using: &rng) {
        doc += Self.fragments.randomElement(using: &rng)! + (Bool.random(using: &rng) ? " chữ " : "")
      }
      let r = Markdown.render(doc, idPrefix: "p-")
      XCTAssertFalse(r.html.contains("<script"), doc)
      XCTAssertFalse(r.html.lowercased().contains("href=\"javascript:"), doc)
    }
  }
}
