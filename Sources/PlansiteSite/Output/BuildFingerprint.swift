import Foundation
import PlansiteContent

/// What a build's output depends on: every byte of `content/` and `templates/`, the build date
/// and the plansite binary. When the fingerprint stored with the previous site is the same and
/// its files are all still there, a rebuild has nothing to do. SHA-256 over the bytes (not
/// timestamps) is what makes skipping safe: any changed byte gives another fingerprint.
///
/// The same digests give each district a key: everything outside `content/districts/` (plan,
/// site settings, narrative, templates, date, binary) and that district's own folder. A
/// district's page and calendar are made from nothing else (`PageReuse` relies on it, and
/// `PageReuseTests` renders each from a model holding no other district to check it).
public struct BuildFingerprint: Sendable {
  /// The whole build's fingerprint.
  public let site: String
  /// District slug → the key of its page and calendar.
  public let districtKeys: [String: String]

  public static func compute(_ options: BuildOptions) -> BuildFingerprint {
    var global = SHA256()
    global.update("plansite-fingerprint-3\n\(options.today.iso)\n")
    // The binary: a new plansite may render differently.
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    if let a = try? FileManager.default.attributesOfItem(atPath: exe) {
      global.update("\(exe) \(a[.size] ?? 0) \((a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)\n")
    }
    // Each file is hashed on its own, on every core (100 MB of content at 10,000 districts).
    let files = [("content", options.content), ("templates", options.templates)].flatMap { label, root in
      self.files(under: root).map { (name: "\(label)/\($0)", path: root.path + "/" + $0) }
    }
    let digests = Mutex([String](repeating: "", count: files.count))
    DispatchQueue.concurrentPerform(iterations: files.count) { i in
      guard let data = FileManager.default.contents(atPath: files[i].path) else { return }
      var file = SHA256()
      file.update([UInt8](data))
      let digest = file.finalize()
      digests.withLock { $0[i] = digest }
    }
    // Files of content/districts/<slug>/ go to their district, the rest to the global part.
    var perDistrict: [(slug: String, lines: String)] = []
    for (file, digest) in zip(files, digests.withLock { $0 }) where !digest.isEmpty {
      let line = "\(file.name)\n\(digest)\n"
      let parts = file.name.split(separator: "/", maxSplits: 3)
      if parts.count == 4, parts[0] == "content", parts[1] == "districts" {
        let slug = String(parts[2])
        if perDistrict.last?.slug == slug { perDistrict[perDistrict.count - 1].lines += line } else { perDistrict.append((slug, line)) }
      } else {
        global.update(line)
      }
    }
    let globalDigest = global.finalize()
    var site = SHA256()
    site.update(globalDigest)
    var keys: [String: String] = [:]
    for (slug, lines) in perDistrict {
      var h = SHA256()
      h.update("\(globalDigest)\n\(slug)\n\(lines)")
      let key = h.finalize()
      keys[slug] = key
      site.update("\(slug) \(key)\n")
    }
    return BuildFingerprint(site: site.finalize(), districtKeys: keys)
  }

  /// Files below `root`, sorted; symbolic links to files count, links to folders are not
  /// followed. Read with readdir(3): FileManager's enumerator and URL joins were most of a
  /// no-change rebuild at 10,000 districts.
  static func files(under root: URL) -> [String] {
    var out: [String] = []
    func walk(_ relative: String) {
      let dirPath = relative.isEmpty ? root.path : root.path + "/" + relative
      guard let dir = opendir(dirPath) else { return }
      defer { closedir(dir) }
      while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name == "." || name == ".." { continue }
        let path = relative.isEmpty ? name : relative + "/" + name
        var type = Int32(entry.pointee.d_type)
        if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
          var st = stat()
          guard stat(root.path + "/" + path, &st) == 0 else { continue }
          let isDir = (st.st_mode & S_IFMT) == S_IFDIR
          if isDir && type == Int32(DT_LNK) { continue }
          type = isDir ? Int32(DT_DIR) : Int32(DT_REG)
        }
        if type == Int32(DT_DIR) { walk(path) } else { out.append(path) }
      }
    }
    walk("")
    return out.sorted()
  }

  /// The marker written into a finished site: the fingerprint, every file with its size, and
  /// for files made from one district, the key they were made from (`key <key> <path>`).
  static func marker(fingerprint: String, site: URL, keys: [String: String] = [:]) -> String {
    var lines = ["plansite", "fingerprint \(fingerprint)"]
    for path in files(under: site) where path != OutputWriter.marker {
      var st = stat()
      lines.append("\(stat(site.path + "/" + path, &st) == 0 ? Int(st.st_size) : 0) \(path)")
    }
    for (path, key) in keys.sorted(by: { $0.key < $1.key }) { lines.append("key \(key) \(path)") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// True when `output` was built from exactly this fingerprint and still holds every file.
  static func isCurrent(_ output: URL, fingerprint: String) -> Bool {
    guard let text = try? String(contentsOf: output.appendingPathComponent(OutputWriter.marker), encoding: .utf8)
    else { return false }
    let lines = text.split(separator: "\n")
    guard lines.count >= 2, lines[1] == "fingerprint \(fingerprint)" else { return false }
    for line in lines.dropFirst(2) where !line.hasPrefix("key ") {
      let parts = line.split(separator: " ", maxSplits: 1)
      guard parts.count == 2, let size = Int(parts[0]) else { return false }
      var st = stat()
      guard lstat(output.path + "/" + parts[1], &st) == 0, Int(st.st_size) == size else {
        return false
      }
    }
    return true
  }
}
