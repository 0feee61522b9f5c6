import Foundation

/// Files of the previous site that can be kept as they are: a district's page and calendar are
/// made only from the global inputs and that district's folder (see `BuildFingerprint`), so
/// when their key is the one recorded in the previous site's marker, the previous files are
/// hard-linked instead of rendered. Editing one district of 10,000 renders that one district
/// page, not all of them (the pages that gather every district are rendered as always).
public struct PageReuse: Sendable {
  /// Path → (key it was made from, size), from the previous site's marker.
  private let previous: [String: (key: String, size: Int)]

  /// Reads the marker of the site in `output`; nothing is reused without one.
  public init(output: URL) {
    var sizes: [Substring: Int] = [:]
    var keys: [(Substring, String)] = []
    if let text = try? String(contentsOf: output.appendingPathComponent(OutputWriter.marker), encoding: .utf8) {
      for line in text.split(separator: "\n").dropFirst(2) {
        let parts = line.split(separator: " ", maxSplits: 2)
        if parts.count == 3, parts[0] == "key" {
          keys.append((parts[2], String(parts[1])))
        } else if parts.count >= 2, let size = Int(parts[0]) {
          sizes[line.split(separator: " ", maxSplits: 1)[1]] = size
        }
      }
    }
    var previous: [String: (String, Int)] = [:]
    for (path, key) in keys { if let size = sizes[path] { previous[String(path)] = (key, size) } }
    self.previous = previous
  }

  /// The recorded sizes of `paths` when every one of them was made from `key` by the
  /// previous build (the file must still have that size to be kept); nil otherwise.
  func sizes(of paths: [String], madeFrom key: String) -> [Int]? {
    var sizes: [Int] = []
    for path in paths {
      guard let recorded = previous[path], recorded.key == key else { return nil }
      sizes.append(recorded.size)
    }
    return sizes
  }
}
