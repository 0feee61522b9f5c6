import Foundation
import PlansiteContent
import ZIPFoundation

#if canImport(Glibc)
  import Glibc
#endif

/// The offline bundle (`build --zip FILE`): the whole site under one top-level folder, files in
/// sorted order with the build date as their time, so the same site gives the same zip.
///
/// `--zip` only ever replaces a zip that plansite wrote: each one carries `comment` as its zip
/// comment (`unzip -z` shows it; extracting adds no file), and anything else at that path — a
/// folder, a link, another file — is refused (`OutputGuard`). The zip is written beside the
/// target, in a hidden folder of its own, and renamed over it: a reader never sees half a file.
public enum SiteArchive {
  /// The zip comment that marks a bundle as plansite's (ASCII: zip comments have no encoding).
  public static let comment = "plansite offline site: written by plansite build --zip, which may replace this file"

  public struct Failure: Error, CustomStringConvertible {
    public let description: String
    /// The target is not plansite's to replace (rather than a failed write).
    public let refused: Bool
  }

  public static func write(site: URL, to zip: URL, folder: String, date: CivilDate) throws {
    let fm = FileManager.default
    let parent = zip.deletingLastPathComponent()
    // A folder of its own beside the target, flock(2)ed while in use: one left by a killed
    // build is recognised (nobody holds it) and removed by the next.
    let prefix = ".\(zip.lastPathComponent).plansite-zip-"
    let unique = String(UInt32.random(in: 0...UInt32.max), radix: 16)
    let work = parent.appendingPathComponent(prefix + "\(getpid())-\(unique)")
    let partial = work.appendingPathComponent(zip.lastPathComponent)
    var lock: Int32 = -1
    defer {
      try? fm.removeItem(at: work)
      if lock >= 0 { close(lock) }
    }
    do {
      try fm.createDirectory(at: parent, withIntermediateDirectories: true)
      clearLeftovers(in: parent, prefix: prefix)
      try fm.createDirectory(at: work, withIntermediateDirectories: false)
      lock = open(work.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      if lock >= 0 { _ = flock(lock, LOCK_EX | LOCK_NB) }
      try writeArchive(site: site, to: partial, folder: folder, date: date)
      try markAsOurs(partial)
      // Checked again just before the swap: the path may have changed during the build.
      if let refusal = OutputGuard.zipTargetRefusal(zip) {
        throw Failure(description: refusal, refused: true)
      }
      guard rename(partial.path, zip.path) == 0 else {
        let reason = SystemError.text(errno: errno)
        throw Failure(description: "không đặt được tệp nén vào \(zip.path): \(reason)", refused: false)
      }
    } catch let failure as Failure {
      throw failure
    } catch {
      throw Failure(description: "không ghi được tệp nén \(zip.path): \(SystemError.text(error))", refused: false)
    }
  }

  /// Removes the work folders of zips whose writer is gone (nobody holds their lock).
  private static func clearLeftovers(in parent: URL, prefix: String) {
    for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
      let url = parent.appendingPathComponent(name)
      let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      guard fd >= 0 else { continue }
      defer { close(fd) }
      if flock(fd, LOCK_EX | LOCK_NB) == 0 { try? FileManager.default.removeItem(at: url) }
    }
  }

  private static func writeArchive(site: URL, to path: URL, folder: String, date: CivilDate) throws {
    // Noon UTC of the build date: the same DOS timestamp in every time zone's zip tools.
    let stamp = Date(timeIntervalSince1970: TimeInterval(date.dayNumber) * 86_400 + 43_200)
    let archive = try Archive(url: path, accessMode: .create)
    let files = BuildFingerprint.files(under: site).filter { $0 != OutputWriter.marker }
    for file in files {
      let data = try Data(contentsOf: site.appendingPathComponent(file))
      try archive.addEntry(
        with: "\(folder)/\(file)", type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
        permissions: 0o644, compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
  }

  /// The end-of-central-directory record is the last 22 bytes of a zip with no comment; its last
  /// two hold the comment's length, and the comment follows it. ZIPFoundation writes none.
  private static let endRecordSize = 22
  private static let endRecordSignature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]

  private static func markAsOurs(_ path: URL) throws {
    let handle = try FileHandle(forUpdating: path)
    defer { try? handle.close() }
    let size = try handle.seekToEnd()
    guard size >= UInt64(endRecordSize) else { throw Failure(description: "tệp nén hỏng", refused: false) }
    try handle.seek(toOffset: size - UInt64(endRecordSize))
    let record = try handle.read(upToCount: endRecordSize) ?? Data()
    guard Array(record.prefix(4)) == endRecordSignature, record.suffix(2).allSatisfy({ $0 == 0 }) else {
      throw Failure(description: "tệp nén không có phần kết thúc như mong đợi", refused: false)
    }
    let text = Array(comment.utf8)
    try handle.seek(toOffset: size - 2)
    try handle.write(contentsOf: [UInt8(text.count & 0xFF), UInt8(text.count >> 8)] + text)
  }

  /// True when the file at `path` is a zip that ends with plansite's comment.
  public static func isOurs(_ path: String) -> Bool {
    let text = Array(comment.utf8)
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let tail = endRecordSize + text.count
    guard let size = try? handle.seekToEnd(), size >= UInt64(tail),
      (try? handle.seek(toOffset: size - UInt64(tail))) != nil,
      let bytes = try? handle.read(upToCount: tail), bytes.count == tail
    else { return false }
    let b = Array(bytes)
    return Array(b[0..<4]) == endRecordSignature && Int(b[20]) | Int(b[21]) << 8 == text.count
      && Array(b[endRecordSize...]) == text
  }
}
