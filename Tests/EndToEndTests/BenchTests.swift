import Foundation
import PlansiteTestSupport
import XCTest

/// `bench/run.py` measures what its rows say. It runs here on a site of 12 units with a stand-in
/// for plansite that records, at each build, a digest of the content it was given: with
/// `--repeat 3`, every run of "1 report changed" and "1 figure changed" must see content no
/// other run saw (a repeat of the same edit would time the no-change case), and the content
/// must be back as generated afterwards.
final class BenchTests: XCTestCase {
  func testEveryRepeatOfAnEditedRowBuildsAfterAChange() throws {
    let dir = TestSupport.temporaryDirectory("plansite-bench-test")
    let log = dir.appendingPathComponent("builds.log")
    let fake = dir.appendingPathComponent("plansite")
    try Data(
      """
      #!/usr/bin/env python3
      import hashlib, os, sys
      if sys.argv[1] == "build":
          content = sys.argv[sys.argv.index("--content") + 1]
          h = hashlib.sha256()
          for root, dirs, files in sorted(os.walk(content)):
              dirs.sort()
              for name in sorted(files):
                  path = os.path.join(root, name)
                  h.update(path.encode() + b"\\0")
                  with open(path, "rb") as f:
                      h.update(f.read())
          with open(os.environ["BENCH_TEST_LOG"], "a") as log:
              log.write(h.hexdigest()[:16] + "\\n")

      """.utf8
    ).write(to: fake)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
    var environment = ProcessInfo.processInfo.environment
    environment["BENCH_TEST_LOG"] = log.path
    let run = try TestSupport.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", TestSupport.packageRoot.appendingPathComponent("bench/run.py").path, "--binary", fake.path,
        "--sizes", "12", "--no-hugo", "--disk-only", "--repeat", "3", "--workdir",
        dir.appendingPathComponent("work").path,
      ], environment: environment)
    XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
    XCTAssertTrue(run.stdout.contains("1 report changed"), run.stdout)
    XCTAssertTrue(run.stdout.contains("1 figure changed"), run.stdout)
    let builds = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
    // Full ×3, no-change ×3, report ×3, back to the generated content, figure ×3, back again.
    XCTAssertEqual(builds.count, 14, builds.joined(separator: "\n"))
    guard builds.count == 14 else { return }
    let generated = builds[0]
    XCTAssertEqual(Array(builds[0..<6]), Array(repeating: generated, count: 6), "full and no-change builds")
    let edited = Array(builds[6..<9]) + Array(builds[10..<13])
    XCTAssertEqual(Set(edited).count, 6, "each edited run sees content no other run saw: \(edited)")
    XCTAssertFalse(edited.contains(generated))
    XCTAssertEqual(builds[9], generated, "the report is restored before the figure row")
    XCTAssertEqual(builds[13], generated, "the figure is restored")
  }

  /// The sizes of the issue: 3,321 commune-level units (today's national count) between 1,000
  /// and the 10,000 kept as headroom.
  func testTheDefaultSizesIncludeTheNationalCount() throws {
    let run = try TestSupport.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["python3", TestSupport.packageRoot.appendingPathComponent("bench/run.py").path, "--help"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("100,1000,3321,10000"), run.stdout)
  }
}
