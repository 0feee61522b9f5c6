import Foundation

/// Watches folders by polling: every file's size, modification time and inode, compared with
/// the previous look. Portable (no inotify/FSEvents), and cheap for a content folder of a few
/// hundred files. Editors' temporary files (`.x.swp`, `x~`, `#x#`, dot files) are ignored.
struct FolderWatcher: Sendable {
  struct Stamp: Equatable, Sendable {
    var size: UInt64
    var modified: Double
    var inode: UInt64
  }

  typealias Snapshot = [String: Stamp]

  let roots: [URL]
  /// Folders never looked into (the output, should it sit inside a watched folder).
  let excluded: [String]

  init(roots: [URL], excluding: [URL] = []) {
    self.roots = roots.map(\.standardizedFileURL)
    self.excluded = excluding.map { $0.standardizedFileURL.path }
  }

  /// Every file and folder below the roots, with its stamp. A missing root is just empty.
  func snapshot() -> Snapshot {
    var result: Snapshot = [:]
    let fm = FileManager.default
    for root in roots {
      result[root.path] = stamp(root.path)
      guard let names = fm.enumerator(atPath: root.path) else { continue }
      while let relative = names.nextObject() as? String {
        let full = root.path + "/" + relative
        let name = (relative as NSString).lastPathComponent
        if FolderWatcher.ignored(name) || excluded.contains(where: { full == $0 || full.hasPrefix($0 + "/") }) {
          names.skipDescendants()
          continue
        }
        result[full] = stamp(full)
      }
    }
    return result
  }

  static func ignored(_ name: String) -> Bool {
    name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
      || (name.hasPrefix("#") && name.hasSuffix("#"))
  }

  private func stamp(_ path: String) -> Stamp {
    guard let a = try? FileManager.default.attributesOfItem(atPath: path) else {
      return Stamp(size: 0, modified: 0, inode: 0)
    }
    return Stamp(
      size: (a[.size] as? NSNumber)?.uint64Value ?? 0,
      modified: (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0,
      inode: (a[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0)
  }

  /// Calls `rebuild` whenever something changed, one build at a time: it polls every
  /// `interval`, then waits until nothing has changed for `debounce` (an editor saving several
  /// files, or a `git pull`, gives one build). Changes made during a build start the next one.
  /// Returns when the task is cancelled.
  func run(
    interval: Duration = .milliseconds(300), debounce: Duration = .milliseconds(200),
    rebuild: @Sendable () async -> Void
  ) async {
    var last = snapshot()
    while !Task.isCancelled {
      try? await Task.sleep(for: interval)
      if Task.isCancelled { return }
      var current = snapshot()
      guard current != last else { continue }
      // Settle: wait until two looks `debounce` apart agree (at most ~3 s of churn).
      for _ in 0..<15 {
        try? await Task.sleep(for: debounce)
        if Task.isCancelled { return }
        let again = snapshot()
        if again == current { break }
        current = again
      }
      last = current
      await rebuild()
    }
  }
}
