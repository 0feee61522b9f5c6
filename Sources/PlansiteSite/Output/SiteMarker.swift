import Foundation

/// The `.plansite-output` file of a finished site, written and read here only: the build's
/// fingerprint, every file it wrote with its size, and for files made from one district the key
/// they were made from.
/// ```
/// plansite
/// fingerprint <hash>
/// <size> <path>
/// key <key> <path>
/// ```
struct SiteMarker: Equatable {
  var fingerprint: String
  /// Path → size, for every file of the site but the marker.
  var sizes: [String: Int]
  /// Path → the key of the district it was made from.
  var keys: [String: String]

  var text: String {
    // Written as bytes: tens of thousands of lines at national scale, after every build.
    var out: [UInt8] = []
    out.reserveCapacity(sizes.count * 48 + keys.count * 112)
    out += "plansite\nfingerprint \(fingerprint)\n".utf8
    for (path, size) in sizes.sorted(by: { $0.key < $1.key }) where path != OutputWriter.marker {
      out += String(size).utf8
      out.append(UInt8(ascii: " "))
      out += path.utf8
      out.append(UInt8(ascii: "\n"))
    }
    for (path, key) in keys.sorted(by: { $0.key < $1.key }) {
      out += "key ".utf8
      out += key.utf8
      out.append(UInt8(ascii: " "))
      out += path.utf8
      out.append(UInt8(ascii: "\n"))
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// nil for a text that is not a marker, or one with a line it does not know. Read as bytes:
  /// at national scale a marker has tens of thousands of lines, read before every rebuild.
  init?(text: String) {
    var text = text
    guard let marker = text.withUTF8({ SiteMarker.parse($0) }) else { return nil }
    self = marker
  }

  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> SiteMarker? {
    let (newline, space) = (UInt8(ascii: "\n"), UInt8(ascii: " "))
    var lines: [Slice<UnsafeBufferPointer<UInt8>>] = []
    var start = 0
    for i in bytes.indices where bytes[i] == newline {
      if i > start { lines.append(bytes[start..<i]) }
      start = i + 1
    }
    if start < bytes.count { lines.append(bytes[start...]) }
    func text(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> String { String(decoding: s, as: UTF8.self) }
    let head = Array("fingerprint ".utf8)
    guard lines.count >= 2, text(lines[0]) == "plansite", lines[1].starts(with: head) else { return nil }
    var marker = SiteMarker(fingerprint: text(lines[1].dropFirst(head.count)), sizes: [:])
    marker.sizes.reserveCapacity(lines.count)
    let keyPrefix = Array("key ".utf8)
    for line in lines.dropFirst(2) {
      if line.starts(with: keyPrefix) {
        let rest = line.dropFirst(keyPrefix.count)
        guard let gap = rest.firstIndex(of: space), gap > rest.startIndex, gap + 1 < rest.endIndex else { return nil }
        marker.keys[text(rest[(gap + 1)...])] = text(rest[..<gap])
      } else {
        guard let gap = line.firstIndex(of: space), gap > line.startIndex, gap + 1 < line.endIndex else { return nil }
        var size = 0
        for digit in line[..<gap] {
          guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit), size < Int.max / 10 - 10 else { return nil }
          size = size * 10 + Int(digit - UInt8(ascii: "0"))
        }
        marker.sizes[text(line[(gap + 1)...])] = size
      }
    }
    return marker
  }

  init(fingerprint: String, sizes: [String: Int], keys: [String: String] = [:]) {
    self.fingerprint = fingerprint
    self.sizes = sizes.filter { $0.key != OutputWriter.marker }
    self.keys = keys
  }

  /// The marker of the site in `output`, if it has a readable one.
  static func read(from output: URL) -> SiteMarker? {
    guard let text = try? String(contentsOf: output.appendingPathComponent(OutputWriter.marker), encoding: .utf8)
    else { return nil }
    return SiteMarker(text: text)
  }
}
