import CPlansiteSystem
import Foundation
import PlansiteContent

/// The digests of the previous build's input files, found again by what stat(2) says of each
/// file — device, inode, size, modification and change times, as git's index does — so that a
/// rebuild reads only the files that changed, not the 100 MB of content at national scale.
/// A file changed less than `racyWindow` before it was hashed is not kept: timestamps can be
/// coarser than the time between two writes, so such a file is read again next time.
struct InputDigests: Sendable {
  struct Stamp: Equatable, Sendable {
    var device: Int
    var inode: Int
    var size: Int
    var modified: Int
    var changed: Int

    /// What stat(2) says of the file at `path` (links followed), or of an open file.
    init?(path: String? = nil, fd: Int32 = -1) {
      var (d, i, s, m, c): (Int64, Int64, Int64, Int64, Int64) = (0, 0, 0, 0, 0)
      let ok =
        path.map { plansite_stat_stamp($0, &d, &i, &s, &m, &c) } ?? plansite_fstat_stamp(fd, &d, &i, &s, &m, &c)
      guard ok == 0 else { return nil }
      (device, inode, size, modified, changed) = (Int(d), Int(i), Int(s), Int(m), Int(c))
    }

    init(device: Int, inode: Int, size: Int, modified: Int, changed: Int) {
      (self.device, self.inode, self.size, self.modified, self.changed) = (device, inode, size, modified, changed)
    }
  }

  static let area = "inputs"
  static let racyWindow = 2_000_000_000
  private static let record = "digests"
  private static let key = "stamps 1"

  /// Path → the stamp and digest the previous build recorded.
  private let known: [String: (Stamp, String)]
  /// When this build began, in nanoseconds since 1970 (the clock the file system stamps with).
  private let started: Int

  init(cache: BuildCache?) {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    started = Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec)
    var known: [String: (Stamp, String)] = [:]
    if let bytes = cache?.read(InputDigests.area, InputDigests.record, key: InputDigests.key) {
      var r = ByteReader(bytes)
      do {
        let count = try r.int()
        known.reserveCapacity(max(0, count))
        for _ in 0..<count {
          let path = try r.string()
          let stamp = Stamp(
            device: try r.int(), inode: try r.int(), size: try r.int(), modified: try r.int(), changed: try r.int())
          known[path] = (stamp, try r.string())
        }
      } catch { known = [:] }
    }
    self.known = known
  }

  /// The digest of the file at `path` and the stamp to keep it under (nil: not to be kept);
  /// nil digest when it cannot be read. Safe from many threads.
  func digest(ofFileAt path: String) -> (digest: String?, keep: Stamp?) {
    if let (stamp, digest) = known[path], stamp == Stamp(path: path) {
      return (digest, stamp)
    }
    let (digest, stamp) = InputTree.digestAndStamp(ofFileAt: path)
    guard let digest, let stamp, stamp.modified < started - InputDigests.racyWindow,
      stamp.changed < started - InputDigests.racyWindow
    else { return (digest, nil) }
    return (digest, stamp)
  }

  /// What the previous build recorded for `path` (tests).
  func recorded(_ path: String) -> (stamp: Stamp, digest: String)? { known[path].map { ($0.0, $0.1) } }

  /// Records `kept` (path → stamp and digest) for the next build.
  static func save(_ kept: [(path: String, stamp: Stamp, digest: String)], to cache: BuildCache?) {
    guard let cache else { return }
    var w = ByteWriter()
    w.int(kept.count)
    for (path, s, digest) in kept {
      w.string(path)
      for n in [s.device, s.inode, s.size, s.modified, s.changed] { w.int(n) }
      w.string(digest)
    }
    cache.write(area, record, key: key, w.bytes)
  }
}
