import Foundation

/// A value behind a lock, for results gathered from `concurrentPerform`.
/// (Synchronization's `Mutex` needs macOS 15; this works on every platform we build for.)
public final class Mutex<Value>: @unchecked Sendable {
  private var value: Value
  private let lock = NSLock()

  public init(_ value: Value) { self.value = value }

  public func withLock<T>(_ body: (inout Value) -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return body(&value)
  }
}
