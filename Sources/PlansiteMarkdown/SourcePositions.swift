/// Turns byte positions in a source text into lines and columns as users count them
/// (1-based, columns in characters). Built only when a document has something to report.
struct SourcePositions {
  private let bytes: [UInt8]
  /// Byte offset where each line starts.
  private let starts: [Int]

  init(_ text: String) {
    bytes = Array(text.utf8)
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
    self.starts = starts
  }

  func issue(_ pending: PendingIssue) -> MarkdownIssue {
    var offset: Int
    switch pending.position {
    case .offset(let at):
      offset = at
    case .lineAndByteColumn(let line, let column):
      // cmark-gfm counts inline columns from the start of the paragraph's text, without the
      // indentation and quote markers of its later lines, and does not count the line ends of
      // a code span across lines: the image is at or after this offset.
      offset = starts[min(max(line, 1), starts.count) - 1] + max(column - 1, 0)
      switch pending.kind {
      case .remoteImage, .moreRemoteImages: offset = imageMarker(from: offset) ?? offset
      default: break
      }
    }
    offset = min(offset, bytes.count)
    let line = lineIndex(containing: offset)
    let prefix = bytes[starts[line]..<offset]
    return MarkdownIssue(pending.kind, line: line + 1, column: String(decoding: prefix, as: UTF8.self).count + 1)
  }

  /// The first `![` at or after `offset`, within the same block of lines (up to a blank line).
  private func imageMarker(from offset: Int) -> Int? {
    var i = offset
    while i + 1 < bytes.count {
      if bytes[i] == UInt8(ascii: "!"), bytes[i + 1] == UInt8(ascii: "[") { return i }
      if bytes[i] == UInt8(ascii: "\n"), isBlankLine(from: i + 1) { return nil }
      i += 1
    }
    return nil
  }

  private func isBlankLine(from start: Int) -> Bool {
    var i = start
    while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
    return i == bytes.count || bytes[i] == UInt8(ascii: "\n")
  }

  private func lineIndex(containing offset: Int) -> Int {
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }
}
