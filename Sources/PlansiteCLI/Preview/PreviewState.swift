import Foundation
import PlansiteContent

/// What the preview server knows about the latest build: its number (the reload signal) and,
/// when it failed, the diagnostics to show instead of the pages. Shared between the build loop
/// and the request handlers, so it is guarded by a lock.
///
/// Open pages wait for the next number (`version(after:)`): their requests are held, at most
/// `maxWaiting` at once, and answered the moment a build ends.
final class PreviewState: @unchecked Sendable {
  private let lock = NSLock()
  private var _version = 0
  private var _failure: Diagnostics?
  private var _builtAt = Date()
  private let maxWaiting: Int
  private var waiting: [UInt64: CheckedContinuation<Void, Never>] = [:]
  private var nextWaiter: UInt64 = 0

  init(maxWaiting: Int = ServerLimits().maxWaiting) {
    self.maxWaiting = maxWaiting
  }

  /// Increases after every build, failed or not, so open pages reload and show the result.
  var version: Int { lock.withLock { _version } }

  /// The diagnostics of the latest build when it failed; nil while the site is fine.
  var failure: Diagnostics? { lock.withLock { _failure } }

  /// Both at once, so a page and its reload script agree.
  var snapshot: (version: Int, failure: Diagnostics?) { lock.withLock { (_version, _failure) } }

  /// When the latest build ended.
  var builtAt: Date { lock.withLock { _builtAt } }

  /// How many requests are held now.
  var waitingCount: Int { lock.withLock { waiting.count } }

  func finished(failure: Diagnostics?) {
    let woken: [CheckedContinuation<Void, Never>] = lock.withLock {
      _version += 1
      _failure = failure
      _builtAt = Date()
      defer { waiting = [:] }
      return Array(waiting.values)
    }
    for waiter in woken { waiter.resume() }
  }

  /// The build number once it differs from `seen`: at once when it does already; else when the
  /// next build ends, `timeout` passes or the task is cancelled (its client left), whichever
  /// comes first. When `maxWaiting` requests are held already, at once: the page asks again a
  /// second later, so a page left open in many tabs cannot take every connection.
  func version(after seen: Int, timeout: Duration) async -> Int {
    let id: UInt64 = lock.withLock {
      nextWaiter += 1
      return nextWaiter
    }
    await withTaskCancellationHandler {
      await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
        let held: Bool = lock.withLock {
          guard _version == seen, waiting.count < maxWaiting, !Task.isCancelled else { return false }
          waiting[id] = c
          return true
        }
        if held { releaseLater(id, after: timeout) } else { c.resume() }
      }
    } onCancel: {
      release(id)
    }
    return version
  }

  private func release(_ id: UInt64) {
    lock.withLock { waiting.removeValue(forKey: id) }?.resume()
  }

  private func releaseLater(_ id: UInt64, after timeout: Duration) {
    let (seconds, attoseconds) = timeout.components
    let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
    DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) { [weak self] in
      self?.release(id)
    }
  }
}
