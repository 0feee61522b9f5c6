/// The first place in a document where reading further would make cmark-gfm do more than
/// linear work, found in one pass over the bytes before cmark-gfm sees them (parsing is where
/// the time goes, so a check after parsing would come too late). It reads no Markdown: it
/// counts bytes that cmark-gfm's scanners revisit, per line, per run without spaces and per
/// block of lines between blank lines (no paragraph, table cell or raw HTML spans a blank line).
/// Table cells and nesting depth need the parse itself: `ParseObserver` watches those.
enum InputBounds {
  struct Excess {
    var kind: MarkdownIssue.Kind
    /// Byte offset of the character to point at.
    var offset: Int
    /// Byte offset of the start of the line to stop reading at.
    var lineStart: Int
  }

  /// The bytes the scan stops at; every other byte costs one table lookup.
  private static let interesting: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for byte in "\n|)@<".utf8 { table[Int(byte)] = true }
    return table
  }()

  private static let cdata = Array("<![CDATA[".utf8)

  static func firstExcess(in bytes: UnsafeBufferPointer<UInt8>) -> Excess? {
    var scan = Scan(bytes: bytes)
    return interesting.withUnsafeBufferPointer { scan.run(interesting: $0) }
  }

  private struct Scan {
    let bytes: UnsafeBufferPointer<UInt8>
    var lineStart = 0
    var bars = 0
    var firstBarOver: Int?
    var parentheses = 0  // in the line; runs without spaces are looked at only past the limit
    var blockStart = 0
    /// Offsets of `@`, `<?` and `<![CDATA[` in the current block, and which marker each is.
    var markers: [(offset: Int, marker: String)] = []

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func run(interesting: UnsafeBufferPointer<Bool>) -> Excess? {
      let count = bytes.count
      var i = 0
      while true {
        while i < count, !interesting[Int(bytes[i])] { i += 1 }
        guard i < count else { break }
        switch bytes[i] {
        case UInt8(ascii: "\n"):
          if let excess = endLine(at: i) { return excess }
        case UInt8(ascii: "|"):
          if i == 0 || bytes[i - 1] != UInt8(ascii: "\\") {
            bars += 1
            if bars == MarkdownLimits.maxTableColumns + 2 { firstBarOver = i }
          }
        case UInt8(ascii: ")"):
          parentheses += 1
        case UInt8(ascii: "@"):
          markers.append((i, "@"))
        default:  // "<"
          if i + 1 < count, bytes[i + 1] == UInt8(ascii: "?") {
            markers.append((i, "<?"))
          } else if bytes[i...].starts(with: InputBounds.cdata) {
            markers.append((i, "<![CDATA["))
          }
        }
        i += 1
      }
      return endLine(at: count) ?? blockExcess(endingAt: count, before: count)
    }

    /// Checks the line that ends at `end` (its bars and parentheses) and whether it is blank,
    /// which closes a block.
    mutating func endLine(at end: Int) -> Excess? {
      if let at = firstBarOver {
        let kind = MarkdownIssue.Kind.tooManyTableColumns(count: bars)
        return blockExcess(endingAt: lineStart, before: lineStart)
          ?? Excess(kind: kind, offset: at, lineStart: lineStart)
      }
      if parentheses > MarkdownLimits.maxParenthesesPerWord, let excess = parenthesesExcess(end: end) {
        return blockExcess(endingAt: lineStart, before: lineStart) ?? excess
      }
      var first = lineStart
      while first < end, bytes[first] == UInt8(ascii: " ") || bytes[first] == UInt8(ascii: "\t") { first += 1 }
      if first == end {  // blank: the block before it is complete
        if let excess = blockExcess(endingAt: lineStart, before: lineStart) { return excess }
        blockStart = end + 1
        markers.removeAll(keepingCapacity: true)
      }
      lineStart = end + 1
      bars = 0
      firstBarOver = nil
      parentheses = 0
      return nil
    }

    /// The first run without spaces (`cmark_isspace`: what ends an autolink) in the line
    /// holding more closing parentheses than allowed, pointing at the first one too many.
    func parenthesesExcess(end: Int) -> Excess? {
      var inRun = 0
      var over: Int?
      var total = 0
      for i in lineStart..<end {
        let byte = bytes[i]
        if byte == 0x20 || (0x09...0x0D).contains(byte) {
          if over != nil { break }
          inRun = 0
        } else if byte == UInt8(ascii: ")") {
          inRun += 1
          if inRun == MarkdownLimits.maxParenthesesPerWord + 1, over == nil { over = i }
          total = inRun
        }
      }
      return over.map { Excess(kind: .tooManyParentheses(count: total), offset: $0, lineStart: lineStart) }
    }

    /// cmark-gfm rescans up to the end of the block from each marker: the block's length times
    /// the markers before `limit`. Points at the marker that makes it exceed the budget; reading
    /// stops at its line, which comes before any line that stops it otherwise.
    func blockExcess(endingAt end: Int, before limit: Int) -> Excess? {
      let length = end - blockStart
      guard length > 0 else { return nil }
      let allowed = MarkdownLimits.maxRescanBytes / length  // markers within the budget
      let counted = markers.prefix { $0.offset < limit }
      guard counted.count > allowed else { return nil }
      let tipping = counted[allowed]
      let kind = MarkdownIssue.Kind.crowdedParagraph(
        marker: tipping.marker, firstLine: line(at: blockStart), lastLine: line(at: max(blockStart, end - 1)))
      return Excess(kind: kind, offset: tipping.offset, lineStart: start(ofLineAt: tipping.offset))
    }

    func start(ofLineAt offset: Int) -> Int {
      var i = offset
      while i > 0, bytes[i - 1] != UInt8(ascii: "\n") { i -= 1 }
      return i
    }

    func line(at offset: Int) -> Int {
      1 + bytes[..<min(offset, bytes.count)].count { $0 == UInt8(ascii: "\n") }
    }
  }
}
