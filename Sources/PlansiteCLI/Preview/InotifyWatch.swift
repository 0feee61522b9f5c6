import CPlansiteSystem
import Dispatch
import Foundation

/// The Linux watch (inotify, through CPlansiteSystem; elsewhere it cannot open and `serve`
/// scans instead): one watch on every folder below the roots (3,381 at 3,321 units,
/// well under Debian's default of 8,192 or more per user), and one on each root's parent, so
/// that a root made, removed or renamed is seen too. The kernel queues the events; nothing
/// runs while nothing changes. A new folder gets its watches (and its files count as changed:
/// they may have been written before the watch existed); a folder moved away loses them. When
/// the kernel's queue overflows, every watch is made again and the change counts as unknown.
/// When a watch cannot be added (the per-user limit), the watch falls back to `PollingWatch`.
final class InotifyWatch: ChangeSource, @unchecked Sendable {
  private let fd: Int32
  private let scope: WatchScope
  private let feed: ChangeFeed
  private let log: @Sendable (String) -> Void
  /// Everything below runs on this queue.
  private let queue = DispatchQueue(label: "plansite.inotify")
  private var source: DispatchSourceRead?
  private var fallback: PollingWatch?
  /// The folder each watch descriptor stands for.
  private var folders: [Int32: String] = [:]

  init(scope: WatchScope, feed: ChangeFeed, log: @escaping @Sendable (String) -> Void) throws {
    self.scope = scope
    self.feed = feed
    self.log = log
    fd = plansite_watch_open()
    guard fd >= 0 else { throw WatchFailure.system("inotify") }
    do {
      try queue.sync { try watchAll() }
    } catch {
      close(fd)
      throw error
    }
    let source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: queue)
    source.setEventHandler { [weak self] in self?.readEvents() }
    source.setCancelHandler { [fd] in close(fd) }
    self.source = source
    source.resume()
  }

  func stop() {
    queue.sync {
      source?.cancel()
      source = nil
      fallback?.stop()
    }
  }

  /// The number of folders watched (the roots' parents included).
  var watchCount: Int { queue.sync { folders.count } }

  // MARK: - watches

  private func watchAll() throws {
    for root in scope.roots {
      let parent = (root as NSString).deletingLastPathComponent
      if parent != root { _ = try watch(parent) }
      try watchTree(root, report: false)
    }
  }

  /// Adds a watch on `dir`; false when it is gone or unreadable (the build reports that).
  private func watch(_ dir: String) throws -> Bool {
    let wd = plansite_watch_add(fd, dir)
    guard wd >= 0 else {
      switch errno {
      case ENOENT, ENOTDIR, EACCES: return false
      case ENOSPC:
        let limit = plansite_watch_limit()
        throw WatchFailure(
          text: "đã đủ \(limit >= 0 ? "\(limit)" : "?") thư mục theo dõi, giới hạn fs.inotify.max_user_watches")
      default: throw WatchFailure.system("inotify \(dir)")
      }
    }
    folders[wd] = dir
    return true
  }

  /// Watches `dir` and every folder below it. `report`: a new folder, whose files and folders
  /// all count as changed.
  private func watchTree(_ dir: String, report: Bool) throws {
    guard scope.includes(dir), try watch(dir) else { return }
    if report { feed.add(dir) }
    // Read after the watch exists: a file made in between is either listed or reported.
    for entry in FolderEntries.read(dir) ?? [] where !FolderWatcher.ignored(entry.name) {
      let path = dir + "/" + entry.name
      if entry.isFolder {
        try watchTree(path, report: report)
      } else if report && scope.includes(path) {
        feed.add(path)
      }
    }
  }

  private func unwatchTree(_ dir: String) {
    for (wd, path) in folders where path == dir || path.hasPrefix(dir + "/") {
      plansite_watch_remove(fd, wd)
      folders[wd] = nil
    }
  }

  // MARK: - events

  private func readEvents() {
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while source != nil {
      let n = buffer.withUnsafeMutableBytes { plansite_read(fd, $0.baseAddress, $0.count) }
      guard n > 0 else { return }  // EAGAIN: all read
      var offset = 0
      var event = plansite_watch_event()
      while true {
        let next = buffer.withUnsafeBytes { plansite_watch_next($0.baseAddress, n, offset, &event) }
        guard next > 0 else { break }
        offset = next
        let name = String(decoding: buffer[event.name_offset..<(event.name_offset + event.name_length)], as: UTF8.self)
        handle(wd: event.watch, kind: event.kind, name: name)
        if source == nil { return }  // fell back to scanning
      }
    }
  }

  private func handle(wd: Int32, kind: UInt32, name: String) {
    if kind & UInt32(PLANSITE_WATCH_OVERFLOW) != 0 {
      // Events were lost: whatever they were, build again, and watch every folder afresh
      // (folders made or moved meanwhile included).
      feed.addUnknown()
      for wd in folders.keys { plansite_watch_remove(fd, wd) }
      folders = [:]
      do { try watchAll() } catch { fallBack(error) }
      return
    }
    guard let dir = folders[wd] else { return }
    if kind & UInt32(PLANSITE_WATCH_GONE) != 0 {
      folders[wd] = nil  // the folder is gone; its parent's watch reported it
      return
    }
    guard !name.isEmpty else {
      // The watched folder itself (its attributes changed, or a root was removed or moved).
      if scope.includes(dir) { feed.add(dir) }
      return
    }
    let path = dir + "/" + name
    guard scope.includes(path) else { return }
    feed.add(path)
    guard kind & UInt32(PLANSITE_WATCH_FOLDER) != 0 else { return }
    if kind & UInt32(PLANSITE_WATCH_ADDED) != 0 {
      do { try watchTree(path, report: true) } catch { fallBack(error) }
    } else if kind & UInt32(PLANSITE_WATCH_MOVED_AWAY) != 0 {
      unwatchTree(path)
    }
  }

  /// A watch could not be added: scanning from now on, and a build, since a change may have
  /// been missed.
  private func fallBack(_ error: any Error) {
    let why = (error as? WatchFailure)?.text ?? "\(error)"
    log("Không theo dõi thêm được thư mục bằng inotify (\(why)); chuyển sang quét thư mục định kỳ.")
    source?.cancel()
    source = nil
    folders = [:]
    fallback = PollingWatch(scope: scope, feed: feed)
    feed.addUnknown()
  }
}
