import Foundation

/// A content file read into memory: UTF-8 checked, BOM dropped, NFC text, lines for diagnostics.
public struct SourceFile: Sendable {
  /// Path as shown to users (relative to the working directory when possible).
  public let path: String
  public let text: String
  public let lines: [Substring]

  /// Files above this size are refused before parsing (a district report is a few KB).
  public static let maxBytes = 1_000_000

  public init(path: String, text: String) {
    self.path = path
    self.text = text
    // Split on bytes: splitting on Characters walks grapheme clusters, which was a tenth of
    // loading time at 10,000 districts. "\n" is never part of a multi-byte sequence.
    self.lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
  }

  /// Reads and decodes a file, reporting unreadable, oversized or non-UTF-8 files.
  public static func read(
    _ url: URL, displayPath: String, maxBytes: Int = SourceFile.maxBytes,
    into diagnostics: inout Diagnostics
  ) -> SourceFile? {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch  where SystemError.posixCode(error) == EISDIR {
      // A content mistake, not an I/O failure: a folder was made where the file belongs.
      let name = url.lastPathComponent
      diagnostics.error(
        .missingFile, at: SourceLocation(path: displayPath),
        "\(name) là một thư mục, không phải tệp: đổi tên thư mục này và tạo tệp \(name)")
      return nil
    } catch {
      diagnostics.error(.io, at: SourceLocation(path: displayPath), "không đọc được tệp: \(SystemError.text(error))")
      return nil
    }
    if data.count > maxBytes {
      diagnostics.error(
        .tooLarge, at: SourceLocation(path: displayPath, line: 1, column: 1),
        "tệp lớn \(data.count) byte, quá giới hạn \(maxBytes) byte; hãy chia nhỏ hoặc rút gọn tệp")
      return nil
    }
    return decode(data, displayPath: displayPath, into: &diagnostics)
  }

  /// Decodes bytes as UTF-8, dropping a BOM and normalising CRLF and NFD so every later stage
  /// sees one form of the text.
  public static func decode(_ data: Data, displayPath: String, into diagnostics: inout Diagnostics)
    -> SourceFile?
  {
    var bytes = data[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    let decoded = bytes.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }
    guard let raw = decoded else {
      let (offset, line, column) = firstInvalidUTF8(bytes)
      diagnostics.error(
        .notUTF8, at: SourceLocation(path: displayPath, line: line, column: column),
        "tệp không phải UTF-8 (byte sai ở vị trí \(offset)); hãy lưu lại tệp với bảng mã UTF-8")
      return nil
    }
    var text = raw
    if text.utf8.contains(0x0D) {
      text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
        of: "\r", with: "\n")
    }
    if !isSurelyNFC(text) { text = text.precomposedStringWithCanonicalMapping }
    return SourceFile(path: displayPath, text: text)
  }

  /// The Unicode quick check, answered only where it is certain: every scalar lies in a block
  /// whose characters are all NFC, never combine with the character before them and have
  /// combining class 0 (Latin up to U+02FF, Vietnamese letters U+1E00–U+1EFF, punctuation
  /// U+2002–U+206F, currency signs such as ₫). Checked against Python's unicodedata. Anything
  /// else (a combining accent from an NFD editor, other scripts) goes through Foundation.
  static func isSurelyNFC(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { s in
      switch s.value {
      case 0..<0x300, 0x1E00...0x1EFF, 0x2002...0x206F, 0x20A0...0x20C0: true
      default: false
      }
    }
  }

  /// The byte offset (from the file start, BOM included) and line/column of the first bad byte.
  static func firstInvalidUTF8(_ bytes: Data.SubSequence) -> (Int, Int, Int) {
    var i = bytes.startIndex
    var lineStart = bytes.startIndex
    var line = 1
    while i < bytes.endIndex {
      let b = bytes[i]
      let need: Int
      switch b {
      case 0x00...0x7F: need = 0
      case 0xC2...0xDF: need = 1
      case 0xE0...0xEF: need = 2
      case 0xF0...0xF4: need = 3
      default: need = -1
      }
      var ok = need >= 0 && i + need < bytes.endIndex
      if ok {
        for k in 0..<need where !(0x80...0xBF).contains(bytes[i + 1 + k]) { ok = false }
      }
      if !ok {
        let col = (String(decoding: bytes[lineStart..<i], as: UTF8.self)).count + 1
        return (i, line, col)  // Data read from a file is indexed from 0, BOM included
      }
      if b == 0x0A {
        line += 1
        lineStart = i + 1
      }
      i += need + 1
    }
    return (bytes.endIndex, line, 1)
  }

  /// The text of a 1-based line, for the caret display.
  public func line(_ n: Int) -> String? {
    guard n >= 1, n <= lines.count else { return nil }
    return String(lines[n - 1])
  }

  /// A location from a 1-based line and a column counted in Unicode scalars (as Yams counts),
  /// converted to characters, which is how users count.
  public func location(line: Int, scalarColumn: Int) -> SourceLocation {
    guard let text = self.line(line) else {
      return SourceLocation(path: path, line: line, column: scalarColumn)
    }
    var scalars = 0
    var chars = 0
    for ch in text {
      if scalars >= scalarColumn - 1 { break }
      scalars += ch.unicodeScalars.count
      chars += 1
    }
    return SourceLocation(path: path, line: line, column: chars + 1)
  }
}
