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

  /// What each byte means to the scan; 0 is the common case and costs one table lookup.
  private static let classes: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 256)
    table[Int(UInt8(ascii: "\n"))] = 1
    for byte in [" ", "\t"] { table[Int(UInt8(ascii: Unicode.Scalar(byte)!))] = 2 }
    for byte: UInt8 in [0x0B, 0x0C, 0x0D] { table[Int(byte)] = 3 }  // spaces to cmark, not blank
    table[Int(UInt8(ascii: "|"))] = 4
    table[Int(UInt8(ascii: ")"))] = 5
    table[Int(UInt8(ascii: "@"))] = 6
    table[Int(UInt8(ascii: "<"))] = 7
    return table
  }()

  private static let cdata = Array("<![CDATA[".utf8)

  static func firstExcess(in bytes: UnsafeBufferPointer<UInt8>) -> Excess? {
    var scan = Scan(bytes: bytes)
    return classes.withUnsafeBufferPointer { scan.run(classes: $0) }
  }

  private struct Scan {
    let bytes: UnsafeBufferPointer<UInt8>
    var lineStart = 0
    var lineIsBlank = true
    var bars = 0
    var firstBarOver: Int?
    var parentheses = 0
    var blockStart = 0
    /// Offsets of `@`, `<?` and `<![CDATA[` in the current block, and which marker each is.
    var markers: [(offset: Int, marker: String)] = []

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func run(classes: UnsafeBufferPointer<UInt8>) -> Excess? {
      var i = 0
      let count = bytes.count
      while i < count {
        let byte = bytes[i]
        switch classes[Int(byte)] {
        case 0:
          lineIsBlank = false
        case 1:
          if let excess = endLine(at: i) { return excess }
          parentheses = 0
        case 2:
          parentheses = 0
        case 3:
          lineIsBlank = false
          parentheses = 0
        case 4:
          lineIsBlank = false
          if i == 0 || bytes[i - 1] != UInt8(ascii: "\\") {
            bars += 1
            if bars == MarkdownLimits.maxTableColumns + 2 { firstBarOver = i }
          }
        case 5:
          lineIsBlank = false
          parentheses += 1
          if parentheses > MarkdownLimits.maxParenthesesPerWord {
            var run = i
            while run < count, !Self.isSpace(bytes[run]) { run += 1 }
            let total = parentheses + bytes[(i + 1)..<run].count { $0 == UInt8(ascii: ")") }
            return earlierBlockExcess(before: lineStart)
              ?? Excess(kind: .tooManyParentheses(count: total), offset: i, lineStart: lineStart)
          }
        case 6:
          lineIsBlank = false
          markers.append((i, "@"))
        default:  // "<"
          lineIsBlank = false
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

    /// Checks the line that ends at `end`: its bars, and whether it closes a block.
    mutating func endLine(at end: Int) -> Excess? {
      if let at = firstBarOver {
        let kind = MarkdownIssue.Kind.tooManyTableColumns(count: bars)
        return earlierBlockExcess(before: lineStart) ?? Excess(kind: kind, offset: at, lineStart: lineStart)
      }
      if lineIsBlank {
        if let excess = blockExcess(endingAt: lineStart, before: lineStart) { return excess }
        blockStart = end + 1
        markers.removeAll(keepingCapacity: true)
      }
      lineStart = end + 1
      lineIsBlank = true
      bars = 0
      return nil
    }

    /// The block read so far, if it already exceeds the budget before `lineStart`: reading
    /// must stop at the marker that tipped it, which comes before the line that stops it now.
    func earlierBlockExcess(before lineStart: Int) -> Excess? {
      blockExcess(endingAt: lineStart, before: lineStart)
    }

    /// cmark-gfm rescans up to the end of the block from each marker: the block's length times
    /// the markers before `limit`. Points at the marker that makes it exceed the budget.
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

    /// `cmark_isspace`: what ends an autolink.
    static func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || (0x09...0x0D).contains(byte)
    }
  }
}
