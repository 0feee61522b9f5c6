import Foundation

/// The paths a watcher saw change, collected until the rebuild loop takes them. `next` waits for
/// the first change, then for the changes to settle: a short quiet time after the last one (an
/// editor writing a file and its backup, a `git pull` of many files give one build), capped so
/// that a steady stream of changes still builds. Changes that come during a build are kept for
/// the next one. Filled from any thread, so it is guarded by a lock.
final class ChangeFeed: @unchecked Sendable {
  struct Batch: Sendable {
    /// The changed files and folders (at most `limit` of them).
    var paths: Set<String> = []
    /// More changed than `limit`, or the kernel lost some events: treat as "anything changed".
    var overflowed = false
  }

  static let limit = 10_000

  private let lock = NSLock()
  private var pending = Batch()
  private var hasPending = false
  private var lastChange = ContinuousClock.now
  private var waiter: CheckedContinuation<Void, Never>?
  private var cancelled = false

  func add(_ path: String) {
    changed { batch in
      if batch.paths.count < ChangeFeed.limit { batch.paths.insert(path) } else { batch.overflowed = true }
    }
  }

  /// Something changed that the watcher cannot name (the kernel's event queue overflowed, a
  /// watch was lost).
  func addUnknown() {
    changed { $0.overflowed = true }
  }

  private func changed(_ update: (inout Batch) -> Void) {
    let ready: CheckedContinuation<Void, Never>? = lock.withLock {
      update(&pending)
      hasPending = true
      lastChange = .now
      defer { waiter = nil }
      return waiter
    }
    ready?.resume()
  }

  /// The next settled batch: waits for a change, then until nothing changed for `quiet` (at
  /// most `cap` after the first). Nil when the task is cancelled.
  func next(quiet: Duration, cap: Duration) async -> Batch? {
    await withTaskCancellationHandler {
      await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
        let now: Bool = lock.withLock {
          if hasPending || cancelled { return true }
          waiter = c
          return false
        }
        if now { c.resume() }
      }
    } onCancel: {
      let ready: CheckedContinuation<Void, Never>? = lock.withLock {
        cancelled = true
        defer { waiter = nil }
        return waiter
      }
      ready?.resume()
    }
    let first = ContinuousClock.now
    while !Task.isCancelled {
      let last = lock.withLock { lastChange }
      let now = ContinuousClock.now
      let quietLeft = quiet - (now - last)
      let capLeft = cap - (now - first)
      if quietLeft <= .zero || capLeft <= .zero { break }
      try? await Task.sleep(for: min(quietLeft, capLeft))
    }
    if Task.isCancelled { return nil }
    return lock.withLock {
      defer {
        pending = Batch()
        hasPending = false
      }
      return pending
    }
  }
}
