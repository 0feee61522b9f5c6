import Foundation
import PlansiteMarkdown

/// Text helpers of the search index: folding, snippets and the sections of rendered Markdown.
/// They work on UTF-8 bytes where they can: at 10,000 districts the index reads ~100,000 sections.
public enum SearchText {
  public static let snippetLimit = 160

  // MARK: - Folding

  /// Lowercase, diacritics removed (NFD, combining marks U+0300–U+036F dropped), `đ` → `d`,
  /// anything but letters and digits turned into single spaces. `search.js` has the same
  /// function: `toLowerCase`, `normalize("NFD")`, strip marks, `đ` → `d`, `[^\p{L}\p{N}]+` → " ".
  public static func fold(_ s: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    var pendingSpace = false
    func word(_ bytes: some Sequence<UInt8>) {
      if pendingSpace, !out.isEmpty { out.append(0x20) }
      pendingSpace = false
      out.append(contentsOf: bytes)
    }
    for u in s.unicodeScalars {
      let v = u.value
      if v < 0x80 {
        let b = UInt8(v)
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word(CollectionOfOne(b))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): word(CollectionOfOne(b + 32))
        default: pendingSpace = true
        }
      } else if (0x300...0x36F).contains(v) {
        continue  // a combining mark of decomposed (NFD) input
      } else {
        let folded = foldTable[v] ?? foldScalar(u)
        if folded.isEmpty { pendingSpace = true } else { word(folded.utf8) }
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The folded form of one scalar: its letters and digits, or "" for a separator.
  static func foldScalar(_ u: Unicode.Scalar) -> String {
    var out = String.UnicodeScalarView()
    for d in String(u).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
    where !(0x300...0x36F).contains(d.value) && isWordScalar(d) {
      out.append(d == "đ" ? "d" : d)
    }
    return String(out)
  }

  /// Latin-1, Latin Extended A/B and Latin Extended Additional (every Vietnamese letter), folded once.
  static let foldTable: [UInt32: String] = {
    var table: [UInt32: String] = [:]
    for range in [0x80...0x24F, 0x1E00...0x1EFF] as [ClosedRange<UInt32>] {
      for v in range {
        if let u = Unicode.Scalar(v) { table[v] = foldScalar(u) }
      }
    }
    return table
  }()

  /// `\p{L}` or `\p{N}`, as JavaScript's regular expressions mean them.
  static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
    switch u.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber:
      return true
    default:
      return false
    }
  }

  // MARK: - Snippets

  /// Whitespace collapsed and cut at a word boundary before `limit` characters, with "…".
  public static func snippet(_ s: String, limit: Int = snippetLimit) -> String {
    let text = collapsingWhitespace(s)
    // Fewer bytes than the limit means fewer characters too.
    guard text.utf8.count >= limit,
      let cut = text.index(text.startIndex, offsetBy: limit - 1, limitedBy: text.endIndex),
      cut < text.endIndex
    else { return text }
    let head = text[..<cut]
    let atWord = text[cut] == " " ? head : head[..<(head.lastIndex(of: " ") ?? head.endIndex)]
    return atWord.trimmingCharacters(in: .whitespaces) + "…"
  }

  /// Runs of ASCII whitespace turned into one space, none at either end.
  static func collapsingWhitespace(_ s: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    var pendingSpace = false
    for b in s.utf8 {
      if isSpace(b) {
        pendingSpace = true
      } else {
        if pendingSpace, !out.isEmpty { out.append(0x20) }
        pendingSpace = false
        out.append(b)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C }

  // MARK: - Sections

  /// A rendered Markdown document's section: its heading and words, from the parsed document
  /// (`RenderedMarkdown.sections`, rendered with `textSections: true`), never from its HTML.
  struct Section {
    /// nil for the text before the first heading.
    var heading: Heading?
    /// The first paragraph after the heading (or the whole section if it has none).
    var firstParagraph: String
    /// Every word up to the next heading.
    var text: String
  }

  static func sections(of rendered: RenderedMarkdown) -> [Section] {
    rendered.sections.map { s in
      Section(
        heading: s.headingIndex.map { rendered.headings[$0] }, firstParagraph: s.firstParagraph, text: s.text)
    }
  }
}
