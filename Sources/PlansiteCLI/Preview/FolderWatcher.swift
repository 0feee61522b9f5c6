import Foundation

/// Watches the content and templates folders for `serve`. On Linux the kernel tells (inotify,
/// `InotifyWatch`): nothing is read while nothing changes, and a save is known within a
/// millisecond. Elsewhere, or when inotify cannot watch every folder, the folders are scanned
/// (`PollingWatch`). Editors' temporary files (`.x.swp`, `x~`, `#x#`, dot files and folders)
/// and the excluded folders (the output, should it sit inside a watched one) are ignored.
struct FolderWatcher: Sendable {
  let scope: WatchScope
  let polling: Bool
  let log: @Sendable (String) -> Void

  /// `polling`: scan even where inotify works (the tests of the fallback).
  init(
    roots: [URL], excluding: [URL] = [], polling: Bool = false,
    log: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    self.scope = WatchScope(
      roots: roots.map(\.standardizedFileURL.path), excluded: excluding.map(\.standardizedFileURL.path))
    self.polling = polling
    self.log = log
  }

  static func ignored(_ name: String) -> Bool {
    name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
      || (name.hasPrefix("#") && name.hasSuffix("#"))
  }

  /// Starts watching: changes go into `feed` until the returned watch is stopped.
  func start(into feed: ChangeFeed) -> any ChangeSource {
    if !polling {
      do {
        return try InotifyWatch(scope: scope, feed: feed, log: log)
      } catch let failure as WatchFailure where failure.unsupported {
        // No inotify on this system: scanning, as expected.
      } catch {
        let why = (error as? WatchFailure)?.text ?? "\(error)"
        log("Không theo dõi được thư mục bằng inotify (\(why)); chuyển sang quét thư mục định kỳ.")
      }
    }
    return PollingWatch(scope: scope, feed: feed)
  }

  /// Calls `rebuild` whenever something changed, one build at a time: after a change, it waits
  /// until nothing has changed for `quiet` (at most `cap`), so that an editor saving several
  /// files, or a `git pull`, gives one build. Changes made during a build start the next one.
  /// Returns when the task is cancelled.
  func run(
    quiet: Duration = .milliseconds(60), cap: Duration = .seconds(1),
    rebuild: @Sendable () async -> Void
  ) async {
    let feed = ChangeFeed()
    let watch = start(into: feed)
    defer { watch.stop() }
    await FolderWatcher.rebuild(on: feed, quiet: quiet, cap: cap, rebuild)
  }

  /// The loop of `run`, on a feed watched already (`serve` starts watching before its first
  /// build, so that an edit made while it runs is built after it).
  static func rebuild(
    on feed: ChangeFeed, quiet: Duration = .milliseconds(60), cap: Duration = .seconds(1),
    _ rebuild: @Sendable () async -> Void
  ) async {
    while await feed.next(quiet: quiet, cap: cap) != nil {
      await rebuild()
    }
  }
}

/// A running watch: stopped once, by its owner.
protocol ChangeSource: Sendable {
  func stop()
}

/// Which paths are watched: those inside a root, outside every excluded folder, with no ignored
/// name below the root.
struct WatchScope: Sendable {
  let roots: [String]
  let excluded: [String]

  func includes(_ path: String) -> Bool {
    guard let root = roots.first(where: { path == $0 || path.hasPrefix($0 + "/") }) else { return false }
    if excluded.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) { return false }
    return !path.dropFirst(root.count).split(separator: "/").contains { FolderWatcher.ignored(String($0)) }
  }
}

/// The entries of one folder as readdir(3) gives them: name and whether it is a folder (a link
/// to a folder is not one: it is not followed, as the build's walkers do not follow it).
enum FolderEntries {
  static func read(_ dir: String) -> [(name: String, isFolder: Bool)]? {
    guard let handle = opendir(dir) else { return nil }
    defer { closedir(handle) }
    var out: [(String, Bool)] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
      if name == "." || name == ".." { continue }
      var type = Int32(entry.pointee.d_type)
      if type == Int32(DT_UNKNOWN) {
        var st = stat()
        guard lstat(dir + "/" + name, &st) == 0 else { continue }
        type = (st.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : Int32(DT_REG)
      }
      out.append((name, type == Int32(DT_DIR)))
    }
    return out
  }
}

struct WatchFailure: Error {
  let text: String
  /// The system has no inotify (ENOSYS).
  var unsupported = false

  /// `what` and the current errno's text.
  static func system(_ what: String) -> WatchFailure {
    WatchFailure(text: "\(what): \(String(cString: strerror(errno)))", unsupported: errno == ENOSYS)
  }
}
