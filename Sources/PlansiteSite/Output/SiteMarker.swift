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
    var lines = ["plansite", "fingerprint \(fingerprint)"]
    for (path, size) in sizes.sorted(by: { $0.key < $1.key }) where path != OutputWriter.marker {
      lines.append("\(size) \(path)")
    }
    for (path, key) in keys.sorted(by: { $0.key < $1.key }) { lines.append("key \(key) \(path)") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// nil for a text that is not a marker, or one with a line it does not know.
  init?(text: String) {
    let lines = text.split(separator: "\n")
    guard lines.count >= 2, lines[0] == "plansite", lines[1].hasPrefix("fingerprint ") else { return nil }
    fingerprint = String(lines[1].dropFirst("fingerprint ".count))
    sizes = [:]
    keys = [:]
    for line in lines.dropFirst(2) {
      if line.hasPrefix("key ") {
        let parts = line.split(separator: " ", maxSplits: 2)
        guard parts.count == 3 else { return nil }
        keys[String(parts[2])] = String(parts[1])
      } else {
        let parts = line.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, let size = Int(parts[0]) else { return nil }
        sizes[String(parts[1])] = size
      }
    }
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
