/// Hands out heading ids that are unique on the page: `prefix + slug`, then `-2`, `-3`…
struct HeadingIDAllocator {
  /// Used when a heading has no ASCII letters or digits at all ("Mục" would not need it; "—" does).
  static let fallbackSlug = "muc"

  private let prefix: String
  private var taken: Set<String>
  /// The suffix to try next for each base id: every smaller one is taken, so a page of
  /// 20,000 headings "Kết quả" costs 20,000 lookups, not 200 million.
  private var nextSuffix: [String: Int] = [:]

  init(prefix: String, reserved: Set<String>) {
    self.prefix = prefix
    self.taken = reserved
  }

  mutating func makeID(forHeadingText text: String) -> String {
    var base = Slug.make(text)
    if base.isEmpty { base = Self.fallbackSlug }
    // Footnotes own every id that starts with `fn-` or `fnref-` (after the prefix), so a heading
    // such as "FN 1" must not become `fn-1`; no suffix could fix that, a leading word can.
    if base.hasPrefix("fn-") || base.hasPrefix("fnref-") || base == "fn" || base == "fnref" {
      base = Self.fallbackSlug + "-" + base
    }
    var candidate = prefix + base
    var suffix = nextSuffix[candidate] ?? 2
    let first = candidate
    while taken.contains(candidate) {
      candidate = first + "-" + String(suffix)
      suffix += 1
    }
    nextSuffix[first] = suffix
    taken.insert(candidate)
    return candidate
  }
}
