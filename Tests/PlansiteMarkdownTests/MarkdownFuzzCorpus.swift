import Foundation

/// Markdown documents made the way `FuzzTests` (PlansiteSiteTests) makes them: the fixture
/// site's `.md` files mutated, and documents strung together from fragments, with the same
/// deterministic generator (`FUZZ_SEED`, `FUZZ_ITERATIONS`), plus fragments of links and images.
struct MarkdownFuzzCorpus {
  static var iterations: Int { Int(ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"] ?? "") ?? 150 }
  static var seed: UInt64 { UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "") ?? 0x5EED }

  /// SplitMix64, as in FuzzTests.
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

  /// FuzzTests' fragments, then links, images and URLs of every kind the renderer tells apart.
  static let fragments = [
    ":", "- ", "{", "}", "[", "]", "&a ", "*a", "\t", "\n", "  ", "\"", "'", "#", "|", ">", "done", "of", "-1", "0",
    "1e9", "3.5", "3,5", "yes", "có", "~", "null", "2023-02-30", "2023-06-01", "\u{FEFF}", "\r\n", "e\u{301}", "đ", "💥",
    "<script>", "[x](javascript:alert(1))", "**", "[^1]", "|---|", "```", "\u{0}",
    "![", "](", ")", "(", "<", ">", "!", "[x]()", "[x](<>)", "[r]: <>\n", "[r]: https://t.example/r.png\n", "[r]",
    "![a](https://t.example/p.gif)", "![](//t.example/p)", "![b](anh/b.png)", "![c](javascript:x)",
    "[d](javascript:x \"t\")", "![e](data:image/png;base64,AA)", "![f](data:text/html,x)", " \"t\"", "https://",
    "www.example.com", "a@b.co", "[^1]: ", "\n\n", "`", "\\", "&amp;", "HTTP:", "VBScript:",
  ]

  let iterations: Int
  var count: Int { iterations * 5 }

  func documents() -> [String] {
    var rng = RNG(state: Self.seed ^ 0x21)
    let bases = Self.fixtureMarkdown()
    var documents: [String] = []
    for _ in 0..<iterations {
      documents.append(Self.mutate(bases.randomElement(using: &rng)!, &rng))
    }
    for _ in 0..<(iterations * 4) {
      var document = ""
      for _ in 0..<Int.random(in: 1...40, using: &rng) {
        document += Self.fragments.randomElement(using: &rng)! + (Bool.random(using: &rng) ? " chữ " : "")
      }
      documents.append(document)
    }
    return documents
  }

  /// FuzzTests' mutation: insert a fragment, delete, cut a run, or repeat a run.
  static func mutate(_ text: String, _ rng: inout RNG) -> String {
    var chars = Array(text)
    for _ in 0..<Int.random(in: 1...6, using: &rng) {
      let pos = chars.isEmpty ? 0 : Int.random(in: 0..<chars.count, using: &rng)
      switch Int.random(in: 0..<4, using: &rng) {
      case 0: chars.insert(contentsOf: Array(fragments.randomElement(using: &rng)!), at: pos)
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

  /// The `.md` files of the end-to-end fixture site `mini`.
  static func fixtureMarkdown() -> [String] {
    let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("EndToEndTests/Fixtures/mini/content")
    let names = FileManager.default.enumerator(atPath: content.path)?.allObjects as? [String] ?? []
    let texts = names.filter { $0.hasSuffix(".md") }.sorted().compactMap {
      try? String(contentsOf: content.appendingPathComponent($0), encoding: .utf8)
    }
    precondition(!texts.isEmpty, "no .md files under \(content.path)")
    return texts
  }
}
