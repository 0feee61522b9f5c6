import Foundation
import PlansiteContent

#if canImport(Glibc)
  import Glibc
#endif

/// An advisory lock (flock(2)) on a small file that exists only while someone holds it: one
/// build per output folder, one `plansite new district` per `plan.yaml`. The lock goes with the
/// process: a killed holder lets go at once, and its file is taken over by the next one.
///
/// The holder removes the file before letting go. Whoever was waiting on that file then holds
/// a lock no newcomer will ever see, so after every lock the path is checked to still name the
/// locked file, and the whole thing starts again when it does not.
public final class FileLock: @unchecked Sendable {
  public let path: String
  private let state = Mutex<Int32>(-1)

  public struct Failure: Error, CustomStringConvertible {
    public let description: String
  }

  private init(path: String, fd: Int32) {
    self.path = path
    state.withLock { $0 = fd }
  }

  deinit { release() }

  /// Takes the lock, waiting while another process holds it; `waiting` is told once, with the
  /// holder's process id when its file says so. Polls instead of blocking in flock(2), so a
  /// waiting build never holds a thread of the cooperative pool.
  public static func acquire(_ path: String, waiting: ((Int32?) -> Void)? = nil) async throws -> FileLock {
    var told = false
    while true {
      if let lock = try attempt(path) { return lock }
      if !told {
        told = true
        waiting?(holder(path))
      }
      try? await Task.sleep(nanoseconds: 50_000_000)
    }
  }

  /// Takes the lock if no one holds it; nil when someone does.
  public static func attempt(_ path: String) throws -> FileLock? {
    while true {
      let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
      guard fd >= 0 else {
        throw Failure(description: "không mở được tệp khóa \(path): \(SystemError.text(errno: errno))")
      }
      var locked = stat()
      guard fstat(fd, &locked) == 0, (locked.st_mode & S_IFMT) == S_IFREG else {
        close(fd)
        throw Failure(description: "\(path) không phải tệp khóa của plansite; hãy xóa nó rồi chạy lại")
      }
      if flock(fd, LOCK_EX | LOCK_NB) != 0 {
        let e = errno
        close(fd)
        if e == EAGAIN || e == EINTR { return nil }
        throw Failure(description: "không khóa được \(path): \(SystemError.text(errno: e))")
      }
      var named = stat()
      if lstat(path, &named) == 0, named.st_dev == locked.st_dev, named.st_ino == locked.st_ino {
        // Who holds it, for the message of whoever waits next.
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return FileLock(path: path, fd: fd)
      }
      close(fd)  // the previous holder removed that file as it let go: take the one at `path`
    }
  }

  /// The process id written by the holder, if the file holds one.
  static func holder(_ path: String) -> Int32? {
    guard let data = FileManager.default.contents(atPath: path), data.count < 32 else { return nil }
    return Int32(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Removes the file, then lets go (see the type's comment for why in that order).
  public func release() {
    state.withLock { fd in
      guard fd >= 0 else { return }
      unlink(path)
      close(fd)
      fd = -1
    }
  }
}
