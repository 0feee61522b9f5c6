import Foundation
import PlansiteMarkdown

/// Text helpers of the search index: folding, snippets and the text of rendered Markdown. They
/// work on UTF-8 bytes where they can: at 10,000 districts the index reads ~100,000 sections.
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

  // MARK: - Text of HTML

  /// Tags whose boundaries separate words; inline tags (`a`, `em`, `strong`, `code`…) do not.
  static let blockTags: Set<String> = [
    "p", "li", "ul", "ol", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr",
    "table", "thead", "tbody", "div", "blockquote", "pre", "section", "dd", "dt", "dl", "input",
  ]

  /// The text of an HTML fragment: tags and comments dropped, entities decoded, whitespace collapsed.
  public static func text(ofHTML html: Substring) -> String {
    text(ofHTML: Array(html.utf8)[...])
  }

  static func text(ofHTML bytes: ArraySlice<UInt8>) -> String {
    let n = bytes.endIndex
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var pendingSpace = false
    var i = bytes.startIndex
    while i < n {
      let b = bytes[i]
      if b == UInt8(ascii: "<") {
        if bytes[i...].starts(with: "<!--".utf8) {
          i = (find("-->", in: bytes, from: i + 4) ?? n - 3) + 3
          continue
        }
        var j = i + 1
        if j < n, bytes[j] == UInt8(ascii: "/") { j += 1 }
        let nameStart = j
        while j < n, isASCIIAlnum(bytes[j]) { j += 1 }
        let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
        if blockTags.contains(name) { pendingSpace = true }
        while j < n, bytes[j] != UInt8(ascii: ">") { j += 1 }
        i = j + 1
      } else if isSpace(b) {
        pendingSpace = true
        i += 1
      } else {
        if pendingSpace, !out.isEmpty { out.append(0x20) }
        pendingSpace = false
        i += 1
        if b == UInt8(ascii: "&"), let semi = bytes[i..<min(n, i + 10)].firstIndex(of: UInt8(ascii: ";")),
          let decoded = entity(String(decoding: bytes[i..<semi], as: UTF8.self))
        {
          out.append(contentsOf: decoded.utf8)
          i = semi + 1
        } else {
          out.append(b)
        }
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func isASCIIAlnum(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
  }

  /// The offset of `needle` in `bytes[start...]`, nil if absent.
  static func find(_ needle: String, in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
    let pattern = Array(needle.utf8)
    var i = start
    while i + pattern.count <= bytes.endIndex {
      if bytes[i] == pattern[0], bytes[i..<i + pattern.count].elementsEqual(pattern) { return i }
      i += 1
    }
    return nil
  }

  static func entity(_ name: String) -> String? {
    switch name {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    case "nbsp": return "\u{A0}"
    default:
      guard name.hasPrefix("#") else { return nil }
      let digits = name.dropFirst()
      let value =
        digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
      return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
  }

  // MARK: - Sections

  /// A rendered Markdown document cut at its headings.
  struct Section {
    /// nil for the text before the first heading.
    var heading: Heading?
    /// The text of the first paragraph after the heading (or of the whole section if none).
    var firstParagraph: String
    /// The HTML up to the next heading, as UTF-8.
    var body: ArraySlice<UInt8>
    /// The text of everything up to the next heading.
    var text: String { SearchText.text(ofHTML: body) }
  }

  /// Cuts `rendered.html` at its headings: the n-th `<hK id="…">` tag is the n-th heading, as the
  /// Markdown renderer writes them (safe mode leaves no other `<hK` in its output).
  static func sections(of rendered: RenderedMarkdown) -> [Section] {
    let bytes = Array(rendered.html.utf8)[...]
    // Byte ranges of each heading element, from `<hK` to after `</hK>`.
    var bounds: [(Heading, Range<Int>)] = []
    var next = 0
    var i = 0
    while next < rendered.headings.count, let lt = bytes[i...].firstIndex(of: UInt8(ascii: "<")) {
      i = lt + 1
      guard lt + 3 < bytes.count, bytes[lt + 1] == UInt8(ascii: "h"), (0x31...0x36).contains(bytes[lt + 2]),
        bytes[lt + 3] == 0x20 || bytes[lt + 3] == UInt8(ascii: ">")
      else { continue }
      let h = rendered.headings[next]
      next += 1
      // The renderer escapes the id in the attribute (an id prefix comes from content).
      guard bytes[(lt + 3)...].starts(with: " id=\"\(Escape.html(h.id))\"".utf8),
        let close = find("</h", in: bytes, from: lt + 3),
        let gt = bytes[close...].firstIndex(of: UInt8(ascii: ">"))
      else { continue }
      bounds.append((h, lt..<(gt + 1)))
      i = gt + 1
    }
    var sections: [Section] = []
    let intro = bytes[0..<(bounds.first?.1.lowerBound ?? bytes.count)]
    if !text(ofHTML: intro).isEmpty {
      sections.append(section(nil, intro))
    }
    for (k, (h, range)) in bounds.enumerated() {
      let end = k + 1 < bounds.count ? bounds[k + 1].1.lowerBound : bytes.count
      sections.append(section(h, bytes[range.upperBound..<end]))
    }
    return sections
  }

  /// The first paragraph is the first `<p>` or list item, whichever comes first.
  private static func section(_ heading: Heading?, _ body: ArraySlice<UInt8>) -> Section {
    let start = body.startIndex
    let p = find("<p>", in: body, from: start)
    let li = find("<li>", in: body, from: start)
    var first = body
    if let p, li.map({ p < $0 }) ?? true {
      first = body[(p + 3)..<(find("</p>", in: body, from: p + 3) ?? body.endIndex)]
    } else if let li {
      let end = ["</li>", "<ul", "<ol"].compactMap { find($0, in: body, from: li + 4) }.min() ?? body.endIndex
      first = body[(li + 4)..<end]
    }
    return Section(heading: heading, firstParagraph: text(ofHTML: first), body: body)
  }
}
