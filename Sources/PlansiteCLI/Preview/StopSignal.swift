import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ctrl-C (SIGINT) and SIGTERM, turned into something to await: the default handlers (which
/// kill the process on the spot) are replaced by DispatchSources, so `serve` can stop the server
/// and exit 0.
final class StopSignal: @unchecked Sendable {
  private let lock = NSLock()
  private var fired: Int32?
  private var waiters: [CheckedContinuation<Int32, Never>] = []
  private var sources: [DispatchSourceSignal] = []
  private let queue = DispatchQueue(label: "plansite.signals")

  init(_ signals: [Int32] = [SIGINT, SIGTERM]) {
    for sig in signals {
      signal(sig, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
      source.setEventHandler { [weak self] in self?.fire(sig) }
      source.resume()
      sources.append(source)
    }
  }

  private func fire(_ sig: Int32) {
    let ready: [CheckedContinuation<Int32, Never>] = lock.withLock {
      if fired == nil { fired = sig }
      defer { waiters = [] }
      return waiters
    }
    for waiter in ready { waiter.resume(returning: sig) }
  }

  /// Returns the first signal received (at once if one already came).
  func wait() async -> Int32 {
    await withCheckedContinuation { c in
      let now: Int32? = lock.withLock {
        if let fired { return fired }
        waiters.append(c)
        return nil
      }
      if let now { c.resume(returning: now) }
    }
  }

  var received: Bool { lock.withLock { fired != nil } }
}
