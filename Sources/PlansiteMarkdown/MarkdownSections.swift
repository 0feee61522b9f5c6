import CCmarkGFM
import Foundation

/// The part of a Markdown document under one heading: from the line after the heading to the
/// next heading of the same or a higher level (sub-headings stay inside).
public struct MarkdownSection: Sendable, Equatable {
  /// The heading's text without markup, whitespace collapsed.
  public let title: String
  /// 1…6, as written.
  public let level: Int
  /// 1-based line of the heading in the source, for diagnostics.
  public let line: Int
  /// The body as Markdown source, followed by the document's footnote definitions so that a
  /// reference inside the section keeps its note (cmark-gfm drops the ones not referenced).
  public let body: String
  /// Whether the body holds no block at all (a heading followed directly by the next one).
  public let isEmpty: Bool
}

/// Sections by heading, found on the parsed tree (never by scanning HTML or matching `#` in
/// lines): the consolidated report gathers each unit's "Khó khăn, vướng mắc" this way.
public enum MarkdownSections {
  /// Every heading at the top of the document (not inside a list or a quote) with its section,
  /// in document order.
  public static func split(_ source: String) -> [MarkdownSection] {
    let document = CmarkDocument(parsing: source)
    var headings: [(level: Int, title: String, start: Int, end: Int)] = []
    var footnotes: [ClosedRange<Int>] = []
    var blockStarts: [Int] = []
    var node = cmark_node_first_child(document.root)
    while let current = node {
      let start = Int(cmark_node_get_start_line(current))
      let end = max(start, Int(cmark_node_get_end_line(current)))
      switch cmark_node_get_type(current) {
      case CMARK_NODE_HEADING:
        let text = MarkdownBlocks.plainText(of: current)
        headings.append((Int(cmark_node_get_heading_level(current)), text, start, end))
      case CMARK_NODE_FOOTNOTE_DEFINITION:
        footnotes.append(start...end)
      default:
        blockStarts.append(start)
      }
      node = cmark_node_next(current)
    }
    let lines = SourceLines(source)
    let notes = footnotes.sorted { $0.lowerBound < $1.lowerBound }.map { lines.text($0) }.joined(separator: "\n")
    return headings.enumerated().map { i, h in
      let next = headings[(i + 1)...].first { $0.level <= h.level }
      let last = (next?.start ?? lines.count + 1) - 1
      var parts: [String] = []
      var hasBlock = false
      if h.end + 1 <= last {
        // Footnote definitions inside the range are left out here and appended once below.
        var from = h.end + 1
        for note in footnotes where note.lowerBound > h.end && note.upperBound <= last {
          if from < note.lowerBound { parts.append(lines.text(from...(note.lowerBound - 1))) }
          from = note.upperBound + 1
        }
        if from <= last { parts.append(lines.text(from...last)) }
        hasBlock =
          blockStarts.contains { $0 > h.end && $0 <= last }
          || headings.contains { $0.start > h.end && $0.start <= last }
      }
      if !notes.isEmpty { parts.append(notes) }
      return MarkdownSection(
        title: h.title, level: h.level, line: h.start, body: parts.joined(separator: "\n"), isEmpty: !hasBlock)
    }
  }
}

/// The source split at line endings as cmark-gfm counts them (`\n`, `\r\n` or a lone `\r`).
private struct SourceLines {
  private var lines: [Substring] = []

  init(_ source: String) {
    let scalars = source.unicodeScalars
    var start = scalars.startIndex
    var s = scalars.startIndex
    while s < scalars.endIndex {
      let c = scalars[s]
      guard c == "\n" || c == "\r" else {
        s = scalars.index(after: s)
        continue
      }
      lines.append(source[start..<s])
      s = scalars.index(after: s)
      if c == "\r", s < scalars.endIndex, scalars[s] == "\n" { s = scalars.index(after: s) }
      start = s
    }
    if start < scalars.endIndex { lines.append(source[start...]) }
  }

  var count: Int { lines.count }

  /// Lines `range` (1-based, clamped to the document), joined by `\n`.
  func text(_ range: ClosedRange<Int>) -> String {
    let lo = max(1, range.lowerBound)
    let hi = min(lines.count, range.upperBound)
    guard lo <= hi else { return "" }
    return lines[(lo - 1)...(hi - 1)].joined(separator: "\n")
  }
}
