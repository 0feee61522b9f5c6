import Foundation
import PlansiteContent

/// What a build's output depends on: every byte of `content/` and `templates/`, the build date
/// and the plansite binary. When the fingerprint stored with the previous site is the same and
/// its files are all still there, a rebuild has nothing to do. SHA-256 over the bytes (not
/// timestamps) is what makes skipping safe: any changed byte gives another fingerprint.
public enum BuildFingerprint {
  public static func compute(_ options: BuildOptions) -> String {
    var h = SHA256()
    h.update("plansite-fingerprint-1\n\(options.today.iso)\n")
    // The binary: a new plansite may render differently.
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    if let a = try? FileManager.default.attributesOfItem(atPath: exe) {
      h.update("\(exe) \(a[.size] ?? 0) \((a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)\n")
    }
    for (label, root) in [("content", options.content), ("templates", options.templates)] {
      for path in files(under: root) {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { continue }
        h.update("\(label)/\(path)\n\(data.count)\n")
        h.update([UInt8](data))
      }
    }
    return h.finalize()
  }

  /// Regular files below `root` (symbolic links followed as the loader does), sorted.
  static func files(under root: URL) -> [String] {
    guard let e = FileManager.default.enumerator(atPath: root.path) else { return [] }
    var out: [String] = []
    while let p = e.nextObject() as? String {
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: root.appendingPathComponent(p).path, isDirectory: &isDir), !isDir.boolValue {
        out.append(p)
      }
    }
    return out.sorted()
  }

  /// The marker written into a finished site: the fingerprint and every file with its size.
  static func marker(fingerprint: String, site: URL) -> String {
    var lines = ["plansite", "fingerprint \(fingerprint)"]
    for path in files(under: site) where path != OutputWriter.marker {
      let size = (try? FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(path).path)[.size] as? Int) ?? 0
      lines.append("\(size) \(path)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// True when `output` was built from exactly this fingerprint and still holds every file.
  static func isCurrent(_ output: URL, fingerprint: String) -> Bool {
    guard let text = try? String(contentsOf: output.appendingPathComponent(OutputWriter.marker), encoding: .utf8)
    else { return false }
    let lines = text.split(separator: "\n")
    guard lines.count >= 2, lines[1] == "fingerprint \(fingerprint)" else { return false }
    for line in lines.dropFirst(2) {
      let parts = line.split(separator: " ", maxSplits: 1)
      guard parts.count == 2, let size = Int(parts[0]) else { return false }
      var st = stat()
      guard lstat(output.appendingPathComponent(String(parts[1])).path, &st) == 0, Int(st.st_size) == size else {
        return false
      }
    }
    return true
  }
}
