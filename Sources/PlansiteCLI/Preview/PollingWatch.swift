import CPlansiteSystem
import Foundation

/// The portable watch: every `interval`, each watched file and folder's lstat(2) stamp, compared
/// with the previous look. A look is one readdir(3) per folder and one lstat per entry (no
/// FileManager attributes: about 0.2 s of CPU a look at 3,321 units); the pause after a look
/// is at least ten times the look, so scanning never takes more than a tenth of a core.
final class PollingWatch: ChangeSource, @unchecked Sendable {
  /// A folder is its inode and mode only: what it holds is looked at entry by entry, and its
  /// times change when an editor's temporary file comes and goes.
  struct Stamp: Equatable {
    var size: Int64
    var modified: (Int64, Int64)
    var changed: (Int64, Int64)
    var inode: UInt64
    var mode: UInt32

    init(_ st: plansite_entry_stamp) {
      let folder = st.is_folder != 0
      size = folder ? 0 : st.size
      modified = folder ? (0, 0) : (st.modified_sec, st.modified_nsec)
      changed = folder ? (0, 0) : (st.changed_sec, st.changed_nsec)
      inode = st.inode
      mode = st.mode
    }

    static func == (a: Stamp, b: Stamp) -> Bool {
      a.size == b.size && a.inode == b.inode && a.mode == b.mode && a.modified == b.modified && a.changed == b.changed
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
      var st = plansite_entry_stamp()
      guard plansite_entry_stamp(path, follow ? 1 : 0, &st) == 0 else { return }
      result[path] = Stamp(st)
      guard st.is_folder != 0, let entries = FolderEntries.read(path) else { return }
      for entry in entries where !FolderWatcher.ignored(entry.name) { look(path + "/" + entry.name) }
    }
    for root in scope.roots { look(root, follow: true) }
    return result
  }
}
