import Foundation
import PlansiteContent

#if canImport(Glibc)
  import Glibc
#endif

/// A site folder walked or removed on every core: at national scale it holds tens of thousands
/// of files in thousands of unit folders, and a rebuild checks the new site's folder and
/// removes the old one each time. The top two levels are read first; the folders found there
/// (one per unit) are then shared out among the cores.
enum FolderTree {
  private struct Listing {
    var files: [(name: String, type: Int32)] = []
    var folders: [String] = []
  }

  /// Entries of one folder (`relative` to `root`); symbolic links and other kinds count as files.
  private static func list(_ root: String, _ relative: String) -> Listing? {
    let path = relative.isEmpty ? root : root + "/" + relative
    guard let dir = opendir(path) else { return nil }
    defer { closedir(dir) }
    var listing = Listing()
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
      if name == "." || name == ".." { continue }
      let child = relative.isEmpty ? name : relative + "/" + name
      var type = Int32(entry.pointee.d_type)
      if type == Int32(DT_UNKNOWN) {
        var st = stat()
        if lstat(root + "/" + child, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { type = Int32(DT_DIR) }
      }
      if type == Int32(DT_DIR) { listing.folders.append(child) } else { listing.files.append((child, type)) }
    }
    return listing
  }

  /// The folders at depth two (and any shallower files and folders), for sharing out.
  private static func frontier(_ root: String) -> (shallow: Listing, deep: [String]) {
    var shallow = Listing()
    var deep: [String] = []
    guard let top = list(root, "") else { return (shallow, deep) }
    shallow.files = top.files
    for folder in top.folders {
      shallow.folders.append(folder)
      guard let below = list(root, folder) else { continue }
      shallow.files += below.files
      deep += below.folders
    }
    return (shallow, deep)
  }

  /// Path → size of every regular file below `root`, with `nil` for an entry that is not one
  /// (a link, a pipe…): what `OutputWriter.commit` compares with what it wrote.
  static func files(under root: String) -> [String: Int?] {
    let (shallow, deep) = frontier(root)
    let found = Mutex([String: Int?]())
    var top: [String: Int?] = [:]
    record(root, shallow.files, into: &top)
    found.withLock { $0 = top }
    DispatchQueue.concurrentPerform(iterations: deep.count) { i in
      var local: [String: Int?] = [:]
      var pending = [deep[i]]
      while let folder = pending.popLast() {
        guard let listing = list(root, folder) else { continue }
        record(root, listing.files, into: &local)
        pending += listing.folders
      }
      found.withLock { $0.merge(local) { a, _ in a } }
    }
    return found.withLock { $0 }
  }

  private static func record(_ root: String, _ files: [(name: String, type: Int32)], into out: inout [String: Int?]) {
    for (name, _) in files {
      var st = stat()
      out[name] = lstat(root + "/" + name, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG ? Int(st.st_size) : nil
    }
  }

  /// The first path (in order) by which the regular files below `root` differ from `expected`
  /// (path → size): a file missing, added, of another size or not a regular file. nil when they
  /// are exactly those: what a site folder must hold before it is swapped in or left as built.
  static func firstDifference(under root: String, from expected: [String: Int]) -> String? {
    let present = files(under: root)
    return present.keys.filter { expected[$0] == nil }.min()
      ?? expected.keys.filter { path in present[path].map { $0 != expected[path] } ?? true }.min()
  }

  /// Removes `root` and everything below it (links are removed, never followed).
  static func remove(_ root: String) {
    let (shallow, deep) = frontier(root)
    DispatchQueue.concurrentPerform(iterations: deep.count) { removeFolder(root, deep[$0]) }
    for (name, _) in shallow.files { unlink(root + "/" + name) }
    for folder in shallow.folders.reversed() { removeFolder(root, folder) }
    rmdir(root)
  }

  /// Removes `root` and everything below it on the calling thread alone (a background sweep
  /// that should not take cores from the build it runs beside).
  static func removeOnOneCore(_ root: String) {
    var st = stat()
    guard lstat(root, &st) == 0 else { return }
    guard (st.st_mode & S_IFMT) == S_IFDIR else {
      unlink(root)
      return
    }
    removeFolder(root, "")
  }

  private static func removeFolder(_ root: String, _ relative: String) {
    if let listing = list(root, relative) {
      for (name, _) in listing.files { unlink(root + "/" + name) }
      for folder in listing.folders { removeFolder(root, folder) }
    }
    rmdir(relative.isEmpty ? root : root + "/" + relative)
  }
}
