import Foundation  // strlen

/// What a link or image URL may do in the offline site, decided on the URL cmark-gfm parsed
/// (entities and backslash escapes already resolved), never on the HTML it writes.
enum URLPolicy {
  /// cmark-gfm's safe mode (`_scan_dangerous_url`) writes these as `href=""` / `src=""`:
  /// `javascript:`, `vbscript:`, `file:` and `data:` other than PNG, GIF, JPEG and WebP images,
  /// in any case. The renderer takes such links and images out instead; cmark-gfm's own check
  /// still runs, so a URL this rule missed would be emptied, never followed.
  static func isNeutralised(_ url: UnsafeBufferPointer<UInt8>) -> Bool {
    if hasPrefix(url, "data:") {
      return !safeImageData.contains { hasPrefix(url, $0) }
    }
    return hasPrefix(url, "javascript:") || hasPrefix(url, "vbscript:") || hasPrefix(url, "file:")
  }

  /// An image that a browser would fetch from elsewhere: a URL with a scheme (`https:`,
  /// `http:`, `ftp:`, … but not an inline `data:` image) or a network path (`//host/…`).
  /// The scheme is read as browsers read it in the `src` that cmark-gfm writes: characters it
  /// percent-encodes (spaces, `\`, controls, non-ASCII) cannot start a scheme or a `//`.
  static func isRemote(_ url: UnsafeBufferPointer<UInt8>) -> Bool {
    if hasPrefix(url, "//") { return true }
    guard let first = url.first, isLetter(first) else { return false }
    for byte in url.dropFirst() {
      if byte == UInt8(ascii: ":") { return !hasPrefix(url, "data:") }
      guard
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
          || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
      else { return false }
    }
    return false
  }

  private static let safeImageData = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

  /// ASCII case-insensitive.
  private static func hasPrefix(_ url: UnsafeBufferPointer<UInt8>, _ prefix: String) -> Bool {
    guard url.count >= prefix.utf8.count else { return false }
    return zip(url, prefix.utf8).allSatisfy { byte, expected in
      byte == expected || (isLetter(byte) && byte | 0x20 == expected)
    }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// The bytes of a C string cmark-gfm owns (valid until the node changes).
  init(cString: UnsafePointer<CChar>?) {
    guard let cString else {
      self.init(start: nil, count: 0)
      return
    }
    self.init(start: UnsafeRawPointer(cString).assumingMemoryBound(to: UInt8.self), count: strlen(cString))
  }
}
