/// The one HTML escaper: text from content in templates (`{{name}}`), in HTML made in code, and
/// the heading ids and footnote prefixes this target splices into cmark-gfm's output.
public enum Escape {
  /// Replaces `& < > " '` byte by byte. swift-mustache's own escaper compares whole Characters,
  /// so a quote followed by a combining accent (`"\u{301}`, one Character) was left as a raw `"`
  /// that ends an attribute; it also hashed every Character into a dictionary, a seventh of a
  /// build's CPU. Strings without those five bytes, nearly all of them, are returned as they are.
  public static func html(_ s: String) -> String {
    guard s.utf8.contains(where: needsEscape) else { return s }
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 16)
    for byte in s.utf8 {
      switch byte {
      case 0x26: out += "&amp;".utf8
      case 0x3C: out += "&lt;".utf8
      case 0x3E: out += "&gt;".utf8
      case 0x22: out += "&quot;".utf8
      case 0x27: out += "&#39;".utf8
      default: out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
  }
}
