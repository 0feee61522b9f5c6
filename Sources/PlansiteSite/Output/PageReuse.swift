import Foundation

/// Files of the previous site that can be kept as they are: a district's page and calendar are
/// made only from the global inputs and that district's folder (see `BuildFingerprint`), so
/// when their key is the one recorded in the previous site's marker, the previous files are
/// hard-linked instead of rendered. Editing one district of 10,000 renders that one district
/// page, not all of them (the pages that gather every district are rendered as always).
public struct PageReuse: Sendable {
  /// Path → (key it was made from, size), from the previous site's marker.
  private let previous: [String: (key: String, size: Int)]

  /// From the marker of the previous site; nothing is reused without one.
  init(marker: SiteMarker?) {
    var previous: [String: (String, Int)] = [:]
    if let marker {
      for (path, key) in marker.keys { if let size = marker.sizes[path] { previous[path] = (key, size) } }
    }
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
