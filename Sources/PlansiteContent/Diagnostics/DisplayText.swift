/// Text from content as a diagnostic shows it: every invisible or controlling character spelt
/// out (`\u{1B}`), so a key, value or folder name cannot drive the terminal (colours, titles,
/// cursor moves, bidi reordering) or hide what is wrong; and a long source line cut to a window
/// around the caret.
public enum DisplayText {
  /// C0 and C1 controls and DEL (Cc), invisible format characters such as the bidi overrides
  /// U+202A–U+202E and U+2066–U+2069 or U+200B (Cf), and the line and paragraph separators.
  public static func isHidden(_ s: Unicode.Scalar) -> Bool {
    if s.value >= 0x20 && s.value < 0x7F { return false }
    switch s.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator: return true
    default: return false
    }
  }

  /// `\u{1B}` for ESC: the form a Swift or JavaScript string literal would use.
  public static func escape(_ s: Unicode.Scalar) -> String {
    "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
  }

  /// `text` with every hidden character escaped; tabs too unless `keepingTabs`.
  public static func escaped(_ text: String, keepingTabs: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: { isHidden($0) && !(keepingTabs && $0 == "\t") }) else {
      return text
    }
    var out = ""
    for s in text.unicodeScalars {
      if isHidden(s) && !(keepingTabs && s == "\t") { out += escape(s) } else { out.unicodeScalars.append(s) }
    }
    return out
  }

  /// A message no longer than `limit` characters: its start and its end (which says what to
  /// write) around "…", so a value of 200 KB quoted in it does not flood the terminal.
  public static func shortened(_ text: String, limit: Int = 400) -> String {
    guard text.count > limit else { return text }
    let tail = limit / 4
    return String(text.prefix(limit - tail - 3)) + " … " + String(text.suffix(tail))
  }

  /// The source line and the padding that puts a caret under `column` (1-based, counted in
  /// characters as `SourceLocation` counts them). Each character takes one column, as before;
  /// a tab stays a tab in both lines so the caret lines up whatever the tab width; an escaped
  /// character takes the width of its escape. A line wider than `width` is cut to a window of
  /// about `width` columns around the caret, marked with "…" where it was cut.
  public static func sourceLine(_ line: String, column: Int, width: Int = 80) -> (text: String, pad: String) {
    // Only the characters that can fall in the window are looked at: a line of 1 MB costs no
    // more than one of 200 characters (beyond walking to the caret).
    let skipped = max(column - 1 - width, 0)
    var i = line.index(line.startIndex, offsetBy: skipped, limitedBy: line.endIndex) ?? line.endIndex
    var cells: [(text: String, pad: String)] = []
    while i < line.endIndex && cells.count < column - 1 - skipped + width + 1 {
      let ch = line[i]
      if ch == "\t" {
        cells.append(("\t", "\t"))
      } else if ch.unicodeScalars.contains(where: isHidden) {
        let shown = escaped(String(ch))
        cells.append((shown, String(repeating: " ", count: shown.count)))
      } else {
        cells.append((String(ch), " "))
      }
      i = line.index(after: i)
    }
    let cutBefore = skipped > 0
    let cutAfter = i < line.endIndex
    let caret = min(max(column - 1 - skipped, 0), cells.count)
    func cellWidth(_ i: Int) -> Int { cells[i].pad == "\t" ? 1 : cells[i].pad.count }
    var start = 0
    var end = cells.count
    if cutBefore || cutAfter || cells.indices.reduce(0, { $0 + cellWidth($1) }) > width {
      // About a third of the window before the caret, the rest after it; a window that runs
      // into either end of the line gives its unused columns to the other side.
      start = caret
      var used = 0
      while start > 0 && used + cellWidth(start - 1) <= width / 3 {
        start -= 1
        used += cellWidth(start)
      }
      end = caret
      while end < cells.count && used + cellWidth(end) <= width {
        used += cellWidth(end)
        end += 1
      }
      while start > 0 && used + cellWidth(start - 1) <= width {
        start -= 1
        used += cellWidth(start)
      }
    }
    let before = cutBefore || start > 0
    var text = before ? "…" : ""
    var pad = before ? " " : ""
    for i in start..<end { text += cells[i].text }
    for i in start..<caret { pad += cells[i].pad }
    if cutAfter || end < cells.count { text += "…" }
    return (text, pad)
  }
}
