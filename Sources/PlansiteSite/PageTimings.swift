import Foundation
import PlansiteContent

/// `PLANSITE_TIMINGS=pages` adds, after the phases, the CPU seconds the render phase spent per
/// template (Mustache only), in building view models (the specs) and in writing files: which
/// pages a full build's time goes to. Thread CPU time, so the two cores' shares add up.
final class PageTimings: Sendable {
  static let enabled = ProcessInfo.processInfo.environment["PLANSITE_TIMINGS"] == "pages"
  static let shared = PageTimings()

  private struct Entry { var count = 0, seconds = 0.0 }
  private let entries = Mutex<[String: Entry]>([:])

  /// The calling thread's CPU seconds so far.
  static func now() -> Double {
    guard enabled else { return 0 }
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  func add(_ name: String, since start: Double) {
    guard PageTimings.enabled else { return }
    let spent = PageTimings.now() - start
    entries.withLock {
      $0[name, default: Entry()].count += 1
      $0[name, default: Entry()].seconds += spent
    }
  }

  /// How many figures' fragments one page left for another and how many were taken.
  func print(_ fragments: FigureFragments) {
    guard PageTimings.enabled else { return }
    let (offered, taken) = fragments.handedOver
    FileHandle.standardError.write(Data("plansite:   figure fragments: \(offered) left, \(taken) taken\n".utf8))
  }

  func print() {
    guard PageTimings.enabled else { return }
    let all = entries.withLock { $0 }.sorted { $0.value.seconds > $1.value.seconds }
    for (name, e) in all {
      let line = String(format: "plansite:   %-34@ %6d × %8.3f s CPU\n", name, e.count, e.seconds)
      FileHandle.standardError.write(Data(line.utf8))
    }
  }
}
