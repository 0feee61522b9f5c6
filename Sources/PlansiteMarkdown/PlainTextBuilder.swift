/// Accumulates UTF-8 text with every run of ASCII whitespace collapsed to one space and no
/// space at either end, so heading texts need no second pass.
struct PlainTextBuilder {
  private var bytes: [UInt8] = []
  private var spacePending = false

  /// `capacity` in UTF-8 bytes; the source length is usually enough for a whole document.
  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends raw UTF-8; whitespace inside it is collapsed too (code blocks keep their newlines).
  mutating func append(_ text: UnsafeRawBufferPointer) {
    let needed = bytes.count + text.count + 1
    if needed > bytes.capacity { bytes.reserveCapacity(max(needed, bytes.capacity * 2)) }
    for byte in text {
      if byte > 0x20 || !Self.isWhitespace(byte) {
        if spacePending {
          if !bytes.isEmpty { bytes.append(0x20) }
          spacePending = false
        }
        bytes.append(byte)
      } else {
        spacePending = true
      }
    }
  }

  /// Marks a word boundary (line break, end of a paragraph or table cell).
  mutating func appendBreak() {
    spacePending = true
  }

  var string: String {
    String(decoding: bytes, as: UTF8.self)
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }
}
