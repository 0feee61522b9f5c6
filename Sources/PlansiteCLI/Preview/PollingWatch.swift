import Foundation

/// The portable watch: every `interval`, each watched file and folder's lstat(2) stamp, compared
/// with the previous look. A look is one readdir(3) per folder and one lstat per entry (no
/// FileManager attributes: about 0.2 s of CPU a look at 3,321 units); the pause after a look
/// is at least ten times the look, so scanning never takes more than a tenth of a core.
final class PollingWatch: ChangeSource, @unchecked Sendable {
  struct Stamp: Equatable {
    var size: Int64
    var modified: timespec
    var changed: timespec
    var inode: UInt64
    var mode: UInt32

    /// A folder is its inode and mode only: what it holds is looked at entry by entry, and its
    /// times change when an editor's temporary file comes and goes.
    init(_ st: stat) {
      let folder = (st.st_mode & S_IFMT) == S_IFDIR
      size = folder ? 0 : Int64(st.st_size)
      modified = folder ? timespec() : st.st_mtim
      changed = folder ? timespec() : st.st_ctim
      inode = UInt64(st.st_ino)
      mode = UInt32(st.st_mode)
    }

    static func == (a: Stamp, b: Stamp) -> Bool {
      a.size == b.size && a.inode == b.inode && a.mode == b.mode
        && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
        && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
    }
  }

  typealias Snapshot = [String: Stamp]

  private let scope: WatchScope
  private var task: Task<Void, Never>?

  init(scope: WatchScope, feed: ChangeFeed, interval: Duration = .milliseconds(250)) {
    self.scope = scope
    let first = Self.snapshot(scope)
    task = Task.detached { [scope] in
      var last = first
      while !Task.isCancelled {
        let started = ContinuousClock.now
        let current = Self.snapshot(scope)
        for (path, stamp) in current where last[path] != stamp { feed.add(path) }
        for path in last.keys where current[path] == nil { feed.add(path) }
        last = current
        let look = ContinuousClock.now - started
        try? await Task.sleep(for: max(interval, look * 10))
      }
    }
  }

  func stop() { task?.cancel() }

  /// Every watched file and folder below the roots, with its stamp. A missing root is empty.
  static func snapshot(_ scope: WatchScope) -> Snapshot {
    var result: Snapshot = [:]
    // A root may be a link to the folder; links below it are not followed.
    func look(_ path: String, follow: Bool = false) {
      guard scope.includes(path) else { return }
      var st = stat()
      guard (follow ? stat(path, &st) : lstat(path, &st)) == 0 else { return }
      result[path] = Stamp(st)
      guard (st.st_mode & S_IFMT) == S_IFDIR, let entries = FolderEntries.read(path) else { return }
      for entry in entries where !FolderWatcher.ignored(entry.name) { look(path + "/" + entry.name) }
    }
    for root in scope.roots { look(root, follow: true) }
    return result
  }
}
