import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Everything below an input folder (`content/`, `templates/`) that reading and checking it
/// could depend on, for the build fingerprint: every entry's name and kind, the bytes of every
/// file, where each symbolic link points, and what could not be read. Folders count even when
/// empty, dot files too (a superset of what the readers look at is always safe).
///
/// A link is not walked through: a link to a file is hashed by the bytes it leads to; a link
/// to a folder inside the root names that folder, whose files are walked where they really
/// are; a link that leaves the root is recorded with where it leads and, for a folder, the
/// names directly in it (the readers refuse every file out there, so those names are all a
/// verdict can depend on, and a hostile link to `/` costs one listing, not a walk).
struct InputTree {
  struct Entry {
    /// `content/districts/a-chau/report.md`
    let name: String
    /// `d`, `f`, `o` (neither file, folder nor link), `l <target> …`, `… unreadable`.
    let kind: String
    /// The path whose bytes are hashed into this entry, if any.
    let hash: String?
  }

  private(set) var entries: [Entry] = []
  /// Some link leads to a folder.
  private(set) var hasFolderLinks = false
  private let root: String
  private let realRoot: String

  /// Walks `root` with readdir(3): FileManager's enumerator and URL joins were most of a
  /// no-change rebuild at 10,000 districts. Names are sorted folder by folder.
  init(_ root: URL, label: String) {
    self.root = root.path
    guard let real = InputTree.realPath(root.path) else {
      realRoot = ""
      entries.append(Entry(name: label, kind: "missing", hash: nil))
      return
    }
    realRoot = real
    walk("", label: label)
  }

  private mutating func walk(_ relative: String, label: String) {
    let dirPath = relative.isEmpty ? root : root + "/" + relative
    guard let dir = opendir(dirPath) else {
      entries.append(Entry(name: relative.isEmpty ? label : label + "/" + relative, kind: "d unreadable", hash: nil))
      return
    }
    var children: [(name: String, type: Int32)] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
      if name == "." || name == ".." { continue }
      children.append((name, Int32(entry.pointee.d_type)))
    }
    closedir(dir)
    children.sort { $0.name < $1.name }
    for (name, dType) in children {
      let path = relative.isEmpty ? name : relative + "/" + name
      let full = root + "/" + path
      let display = label + "/" + path
      var type = dType
      if type == Int32(DT_UNKNOWN) {
        var st = stat()
        guard lstat(full, &st) == 0 else {
          entries.append(Entry(name: display, kind: "o unreadable", hash: nil))
          continue
        }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: type = Int32(DT_DIR)
        case S_IFREG: type = Int32(DT_REG)
        case S_IFLNK: type = Int32(DT_LNK)
        default: type = Int32(DT_FIFO)
        }
      }
      switch type {
      case Int32(DT_DIR):
        entries.append(Entry(name: display, kind: "d", hash: nil))
        walk(path, label: label)
      case Int32(DT_REG):
        entries.append(Entry(name: display, kind: "f", hash: full))
      case Int32(DT_LNK):
        entries.append(link(full, display))
      default:
        entries.append(Entry(name: display, kind: "o", hash: nil))
      }
    }
  }

  private mutating func link(_ full: String, _ display: String) -> Entry {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink(full, &buffer, buffer.count - 1)
    let target = n >= 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
    var st = stat()
    guard let real = InputTree.realPath(full), stat(full, &st) == 0 else {
      return Entry(name: display, kind: "l \(target) dangling", hash: nil)
    }
    let inside = real == realRoot || real.hasPrefix(realRoot + "/")
    let place = inside ? "root" + real.dropFirst(realRoot.count) : real
    switch st.st_mode & S_IFMT {
    case S_IFREG:
      return Entry(name: display, kind: "l \(target) file \(place)", hash: inside ? full : nil)
    case S_IFDIR:
      hasFolderLinks = true
      guard !inside else { return Entry(name: display, kind: "l \(target) folder \(place)", hash: nil) }
      let names = ((try? FileManager.default.contentsOfDirectory(atPath: real)) ?? []).sorted()
      return Entry(name: display, kind: "l \(target) folder \(place) [\(names.joined(separator: "/"))]", hash: nil)
    default:
      return Entry(name: display, kind: "l \(target) other \(place)", hash: nil)
    }
  }

  /// SHA-256 of a regular file's bytes, read a megabyte at a time; nil when it cannot be read.
  /// Opened without blocking and checked again, so a pipe put there meanwhile never hangs a build.
  static func digest(ofFileAt path: String) -> String? { digestAndStamp(ofFileAt: path).digest }

  /// The same, with what fstat(2) said of the file before it was read (`InputDigests`).
  static func digestAndStamp(ofFileAt path: String) -> (digest: String?, stamp: InputDigests.Stamp?) {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return (nil, nil) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return (nil, nil) }
    let stamp = InputDigests.Stamp(fd: fd)  // before reading: a change while reading shows next time
    var hasher = SHA256()
    var chunk = [UInt8](repeating: 0, count: max(1, min(Int(st.st_size), 1 << 20)))
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return (nil, nil)
      }
      if n == 0 { break }
      chunk.withUnsafeBufferPointer { hasher.update(UnsafeBufferPointer(rebasing: $0[0..<n])) }
    }
    return (hasher.finalize(), stamp)
  }

  /// The path with every symbolic link resolved; nil when it leads nowhere.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
