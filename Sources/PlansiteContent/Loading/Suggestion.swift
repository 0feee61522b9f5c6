/// "Did you mean" for misspelt keys and ids (`dnoe` → `done`), by edit distance.
public enum Suggestion {
  /// The closest candidate within a distance that still looks like a typo, or nil.
  public static func closest(to word: String, in candidates: [String]) -> String? {
    let limit = max(1, min(3, word.count / 2))
    var best: (String, Int)?
    for c in candidates {
      let d = distance(word.lowercased(), c.lowercased())
      if d <= limit, best == nil || d < best!.1 { best = (c, d) }
    }
    return best?.0
  }

  /// " (có phải ý bạn là \"done\"?)" or "".
  public static func hint(for word: String, in candidates: [String]) -> String {
    guard let s = closest(to: word, in: candidates) else { return "" }
    return " (có phải ý bạn là \"\(s)\"?)"
  }

  /// Damerau–Levenshtein (optimal string alignment): a swapped pair of letters costs 1.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        }
      }
    }
    return d[a.count][b.count]
  }
}
