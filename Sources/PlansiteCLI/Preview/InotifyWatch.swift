#if canImport(Glibc)
  import Dispatch
  import Foundation
  import Glibc

  /// The Linux watch: one inotify watch on every folder below the roots (3,381 at 3,321 units,
  /// well under Debian's default of 8,192 or more per user), and one on each root's parent, so
  /// that a root made, removed or renamed is seen too. The kernel queues the events; nothing
  /// runs while nothing changes. A new folder gets its watches (and its files count as changed:
  /// they may have been written before the watch existed); a folder moved away loses them. When
  /// the kernel's queue overflows, every watch is made again and the change counts as unknown.
  /// When a watch cannot be added (the per-user limit), the watch falls back to `PollingWatch`.
  final class InotifyWatch: ChangeSource, @unchecked Sendable {
    private static let mask = UInt32(
      IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF
        | IN_MOVE_SELF | IN_ONLYDIR)

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
      fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      guard fd >= 0 else { throw WatchFailure.system("inotify_init1") }
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
      let wd = inotify_add_watch(fd, dir, Self.mask)
      guard wd >= 0 else {
        switch errno {
        case ENOENT, ENOTDIR, EACCES: return false
        case ENOSPC:
          let limit = (try? String(contentsOfFile: "/proc/sys/fs/inotify/max_user_watches", encoding: .utf8)) ?? "?"
          throw WatchFailure(
            text: "đã đủ \(limit.trimmingCharacters(in: .whitespacesAndNewlines)) thư mục theo dõi, "
              + "giới hạn fs.inotify.max_user_watches")
        default: throw WatchFailure.system("inotify_add_watch \(dir)")
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
        inotify_rm_watch(fd, wd)
        folders[wd] = nil
      }
    }

    // MARK: - events

    private func readEvents() {
      let header = MemoryLayout<inotify_event>.size
      var buffer = [UInt8](repeating: 0, count: 64 * 1024)
      while source != nil {
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return }  // EAGAIN: all read
        var offset = 0
        while offset + header <= n {
          let (wd, mask, length) = buffer.withUnsafeBytes {
            (
              $0.loadUnaligned(fromByteOffset: offset, as: Int32.self),
              $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
              Int($0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            )
          }
          let nameBytes = buffer[(offset + header)..<min(n, offset + header + length)].prefix { $0 != 0 }
          offset += header + length
          handle(wd: wd, mask: mask, name: String(decoding: nameBytes, as: UTF8.self))
          if source == nil { return }  // fell back to polling
        }
      }
    }

    private func handle(wd: Int32, mask: UInt32, name: String) {
      if mask & UInt32(IN_Q_OVERFLOW) != 0 {
        // Events were lost: whatever they were, build again, and watch every folder afresh
        // (folders made or moved meanwhile included).
        feed.addUnknown()
        for wd in folders.keys { inotify_rm_watch(fd, wd) }
        folders = [:]
        do { try watchAll() } catch { fallBack(error) }
        return
      }
      guard let dir = folders[wd] else { return }
      if mask & UInt32(IN_IGNORED) != 0 {
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
      guard mask & UInt32(IN_ISDIR) != 0 else { return }
      if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
        do { try watchTree(path, report: true) } catch { fallBack(error) }
      } else if mask & UInt32(IN_MOVED_FROM) != 0 {
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
#endif
