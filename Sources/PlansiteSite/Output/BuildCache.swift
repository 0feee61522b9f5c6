import CPlansiteSystem
import Foundation
import PlansiteContent

/// What a build keeps for the next one beside the output folder, in `.NAME.plansite-cache/`
/// (never inside the site, which is published): records, each made from a key (a
/// `BuildFingerprint` key) and found again only under the same key. A record that is missing,
/// cut short or written under another key is a miss, and the build does the work again: the
/// cache makes a rebuild faster, never different.
///
/// Its folder holds a `CACHEDIR.TAG` (backup tools skip such folders) that says plansite made
/// it; a folder of that name without it is someone else's, and the build then runs without a
/// cache rather than write there.
public struct BuildCache: Sendable {
  public let root: URL

  static let tag = """
    Signature: 8a477f597d28d172789f06886806bc55
    # plansite build cache: made by plansite build, safe to delete (the next build is slower).

    """
  private static let header = "plansite-cache 1\n"

  /// `.output.plansite-cache` beside `output`.
  public static func folder(for output: URL) -> URL {
    let output = output.standardizedFileURL
    return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).plansite-cache")
  }

  /// The cache of builds into `output`, created when absent; nil when a folder of that name
  /// exists that plansite did not make, or none can be made.
  public init?(output: URL) {
    root = BuildCache.folder(for: output)
    let tagPath = root.appendingPathComponent("CACHEDIR.TAG").path
    if let tag = FileManager.default.contents(atPath: tagPath) {
      guard String(decoding: tag, as: UTF8.self) == BuildCache.tag else { return nil }
      return
    }
    var st = stat()
    guard lstat(root.path, &st) != 0 else { return nil }  // there, but not ours
    do {
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: false)
      try Data(BuildCache.tag.utf8).write(to: URL(fileURLWithPath: tagPath))
    } catch { return nil }
  }

  private func path(_ area: String, _ name: String) -> String { root.path + "/" + area + "/" + name }

  /// The record `area/name` if it was written under `key`.
  public func read(_ area: String, _ name: String, key: String) -> [UInt8]? {
    let fd = open(path(area, name), O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
    var bytes = [UInt8](repeating: 0, count: Int(st.st_size))
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeMutableBytes { plansite_read(fd, $0.baseAddress! + done, $0.count - done) }
      if n < 0, errno == EINTR { continue }
      guard n > 0 else { return nil }
      done += n
    }
    let head = Array((BuildCache.header + key + "\n").utf8)
    guard bytes.count >= head.count, bytes[0..<head.count].elementsEqual(head) else { return nil }
    return Array(bytes[head.count...])
  }

  /// Writes the record `area/name` under `key` (a temporary file renamed over the old one, so a
  /// reader never sees half a record). Failures are ignored: the next build does the work again.
  public func write(_ area: String, _ name: String, key: String, _ payload: [UInt8]) {
    let folder = root.path + "/" + area
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let temporary = folder + "/.\(name).\(getpid()).tmp"
    let data = Data(Array((BuildCache.header + key + "\n").utf8) + payload)
    guard FileManager.default.createFile(atPath: temporary, contents: data) else { return }
    if rename(temporary, path(area, name)) != 0 { unlink(temporary) }
  }

  /// Where a build puts the site it replaced (`OutputWriter.retired`): removing tens of
  /// thousands of files is left to the next build, which does it on a spare core while it
  /// reads and plans (`sweepRetired`). Created when absent.
  public var retired: URL? {
    let folder = root.appendingPathComponent("retired")
    guard mkdir(folder.path, 0o755) == 0 || errno == EEXIST else { return nil }
    return folder
  }

  /// Starts removing, on a thread of its own at the lowest priority (it takes what the build
  /// leaves idle), the sites earlier builds retired; the returned group is done when they are
  /// gone. A site retired after this call is left for the next.
  public func sweepRetired() -> DispatchGroup {
    let group = DispatchGroup()
    let folder = root.path + "/retired"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    guard !names.isEmpty else { return group }
    group.enter()
    // Not a shared worker thread: its lowered priority would stay with whatever ran there next.
    Thread {
      plansite_background_thread()
      for name in names { FolderTree.removeOnOneCore(folder + "/" + name) }
      group.leave()
    }.start()
    return group
  }

  /// Removes the records of `area` not named in `keeping` (units no longer in the content).
  public func prune(_ area: String, keeping names: Set<String>) {
    let folder = root.path + "/" + area
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !names.contains(name) {
      unlink(folder + "/" + name)
    }
  }
}
