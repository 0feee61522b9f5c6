import Foundation

/// `PLANSITE_TIMINGS=1 plansite build …` prints each phase of the build on standard error,
/// with its wall seconds and the CPU seconds the process spent in it (on every core; CPU
/// seconds hardly change when other programs load the machine): what `make bench` reports a
/// rebuild spends its time on. Off, it costs two clock reads per phase.
struct BuildTimings {
  static let enabled = ProcessInfo.processInfo.environment["PLANSITE_TIMINGS"] != nil
  private var last = ContinuousClock.now
  private var lastCPU = BuildTimings.cpuSeconds()

  /// Ends the phase begun at the previous mark (or at creation).
  mutating func mark(_ phase: String) {
    guard BuildTimings.enabled else { return }
    let now = ContinuousClock.now
    let cpu = BuildTimings.cpuSeconds()
    let wall = (now - last).components
    let seconds = Double(wall.seconds) + Double(wall.attoseconds) / 1e18
    let line = String(format: "plansite: %-22@ %7.3f s wall %7.3f s CPU\n", phase, seconds, cpu - lastCPU)
    FileHandle.standardError.write(Data(line.utf8))
    (last, lastCPU) = (ContinuousClock.now, BuildTimings.cpuSeconds())
  }

  private static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }
}
