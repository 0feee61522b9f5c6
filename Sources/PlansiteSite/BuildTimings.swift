import Foundation

/// `PLANSITE_TIMINGS=1 plansite build …` prints each phase of the build and its seconds on
/// standard error: what `make bench` reports a rebuild spends its time on. Off, it costs a
/// clock read per phase.
struct BuildTimings {
  static let enabled = ProcessInfo.processInfo.environment["PLANSITE_TIMINGS"] != nil
  private var last = ContinuousClock.now

  /// Ends the phase begun at the previous mark (or at creation).
  mutating func mark(_ phase: String) {
    let now = ContinuousClock.now
    if BuildTimings.enabled {
      let seconds = Double((now - last).components.attoseconds) / 1e18 + Double((now - last).components.seconds)
      FileHandle.standardError.write(Data(String(format: "plansite: %-22@ %7.3f s\n", phase, seconds).utf8))
    }
    last = now
  }
}
