import Foundation
import XCTest

@testable import PlansiteCLI

/// The watchers of `serve` (issue 18, item 3) on a real folder: inotify on Linux and the
/// scanning fallback, each seeing every kind of change promptly and nothing it must ignore.
/// Each wait is bounded; a change is taken as soon as it settles (60 ms of quiet).
final class FolderWatcherTests: XCTestCase {
  func testInotifyWatchSeesNewChangedRemovedFilesAndNewFolders() async throws {
    try await seesEveryChange(polling: false, within: 2)
  }

  func testPollingWatchSeesNewChangedRemovedFilesAndNewFolders() async throws {
    try await seesEveryChange(polling: true, within: 3)
  }

  func testInotifyWatchIgnoresEditorsTemporaryFilesAndTheOutput() async throws {
    try await ignoresTemporaryFilesAndOutput(polling: false, within: 2)
  }

  func testPollingWatchIgnoresEditorsTemporaryFilesAndTheOutput() async throws {
    try await ignoresTemporaryFilesAndOutput(polling: true, within: 3)
  }

  func testInotifyWatchesEveryFolderAndNothingWhileIdle() async throws {
    let site = Site()
    for i in 0..<50 { try site.write("content/districts/d\(i)/report.md", "# \(i)\n") }
    let feed = ChangeFeed()
    let watch = try InotifyWatch(scope: site.watcher().scope, feed: feed, log: { _ in })
    defer { watch.stop() }
    // content, districts, 51 units, templates, templates/partials, and the roots' parent.
    XCTAssertEqual(watch.watchCount, 56)
    let idle = await Self.next(feed, within: 0.3)
    XCTAssertNil(idle, "nothing changed, yet the watcher reported \(idle?.paths.sorted() ?? [])")
  }

  func testRebuildLoopBuildsOnceForABurstAndAgainForChangesDuringABuild() async throws {
    let site = Site()
    let builds = Counter()
    let watcher = site.watcher()
    let task = Task {
      await watcher.run(quiet: .milliseconds(200)) { [site] in
        let n = builds.increment()
        if n == 1 {
          // A change while the first build runs: a second build follows.
          try? site.write("content/districts/a/report.md", "# A, lần 3\n")
          try? await Task.sleep(for: .milliseconds(200))
        }
      }
    }
    defer { task.cancel() }
    try await Task.sleep(for: .milliseconds(100))  // the loop has started its watch
    // A burst of saves, 10 ms apart (well within the quiet time): one build.
    for i in 0..<5 {
      try site.write("content/districts/a/report.md", "# A, \(i)\n")
      try await Task.sleep(for: .milliseconds(10))
    }
    try await Self.eventually(within: 5) { builds.value >= 2 }
    try await Task.sleep(for: .milliseconds(300))
    XCTAssertEqual(builds.value, 2, "one build for the burst, one for the change made during it")
  }

  // MARK: - the cases, for both watchers

  private func seesEveryChange(polling: Bool, within seconds: Double) async throws {
    let site = Site()
    let feed = ChangeFeed()
    let watch = site.watcher(polling: polling).start(into: feed)
    defer { watch.stop() }
    let report = site.path("content/districts/a/report.md")

    // A changed file.
    try site.append("content/districts/a/report.md", "Thêm một dòng.\n")
    try await expect(feed, changed: report, within: seconds, "a changed file")

    // A new file.
    try site.write("content/districts/a/events.yaml", "events: []\n")
    try await expect(feed, changed: site.path("content/districts/a/events.yaml"), within: seconds, "a new file")

    // A removed file.
    try FileManager.default.removeItem(atPath: site.path("content/districts/a/events.yaml"))
    try await expect(feed, changed: site.path("content/districts/a/events.yaml"), within: seconds, "a removed file")

    // A new folder with a file in it, made at once (as `git pull` or a copy does)…
    try site.write("content/districts/b/c/report.md", "# C\n")
    try await expect(feed, changed: site.path("content/districts/b/c/report.md"), within: seconds, "a new folder")
    // …is watched from then on.
    try site.append("content/districts/b/c/report.md", "Sửa.\n")
    try await expect(
      feed, changed: site.path("content/districts/b/c/report.md"), within: seconds, "a file in a new folder")

    // A folder renamed: its files are watched under the new name.
    try FileManager.default.moveItem(atPath: site.path("content/districts/b"), toPath: site.path("content/districts/e"))
    try await expect(
      feed, changed: site.path("content/districts/e"), within: seconds, "a renamed folder",
      alsoAllowed: site.path("content/districts/b"))
    try site.append("content/districts/e/c/report.md", "Sửa lần nữa.\n")
    try await expect(
      feed, changed: site.path("content/districts/e/c/report.md"), within: seconds, "a file in a renamed folder")

    // The templates folder is watched as well.
    try site.append("templates/page.mustache", "<!-- sửa -->\n")
    try await expect(feed, changed: site.path("templates/page.mustache"), within: seconds, "a template")
  }

  private func ignoresTemporaryFilesAndOutput(polling: Bool, within seconds: Double) async throws {
    let site = Site()
    let feed = ChangeFeed()
    // The output inside the content folder, as a careless --output may put it.
    let watch = site.watcher(polling: polling).start(into: feed)
    defer { watch.stop() }
    try site.write("content/output/index.html", "<p>trang</p>\n")
    try site.write("content/output/districts/a/index.html", "<p>a</p>\n")
    try site.write("content/districts/a/.report.md.swp", "vim")
    try site.write("content/districts/a/report.md~", "emacs")
    try site.write("content/districts/a/#report.md#", "emacs")
    try site.write("content/districts/a/.goutputstream-X1Y2", "gedit")
    try site.write("content/.git/index", "git")
    try site.write("templates/.page.mustache.swx", "vim")
    // Then one real change: the first batch holds it and nothing of the above.
    try site.append("content/districts/a/report.md", "Thêm một dòng.\n")
    let batch = await Self.next(feed, within: seconds)
    XCTAssertEqual(batch?.paths, [site.path("content/districts/a/report.md")])
    XCTAssertEqual(batch?.overflowed, false)
  }

  // MARK: - helpers

  /// Waits for the next batch and checks that it names `path`, and nothing but `path` and the
  /// folders above it (a folder's entry changes with what it holds).
  /// `alsoAllowed`: a folder that may be named too, with what it held (a renamed folder's old name).
  private func expect(
    _ feed: ChangeFeed, changed path: String, within seconds: Double, _ what: String, alsoAllowed: String? = nil,
    file: StaticString = #filePath, line: UInt = #line
  ) async throws {
    guard let batch = await Self.next(feed, within: seconds) else {
      return XCTFail("\(what): no change reported within \(seconds) s", file: file, line: line)
    }
    XCTAssertTrue(batch.paths.contains(path), "\(what): \(batch.paths.sorted())", file: file, line: line)
    var allowed: Set<String> = [path]
    for (i, c) in path.enumerated() where c == "/" && i > 0 { allowed.insert(String(path.prefix(i))) }
    // A new folder's files count as changed too.
    let extra = batch.paths.filter { p in
      !allowed.contains(p) && !p.hasPrefix(path + "/")
        && !(alsoAllowed.map { p == $0 || p.hasPrefix($0 + "/") } ?? false)
    }
    XCTAssertEqual(extra, [], "\(what): reported besides", file: file, line: line)
  }

  static func next(_ feed: ChangeFeed, within seconds: Double) async -> ChangeFeed.Batch? {
    await withTaskGroup(of: ChangeFeed.Batch?.self) { group in
      group.addTask { await feed.next(quiet: .milliseconds(60), cap: .seconds(1)) }
      group.addTask {
        try? await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
        return nil
      }
      let first = await group.next() ?? nil
      group.cancelAll()
      return first
    }
  }

  static func eventually(within seconds: Double, _ condition: () -> Bool) async throws {
    let deadline = Date().addingTimeInterval(seconds)
    while !condition() && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
    XCTAssertTrue(condition(), "not within \(seconds) s")
  }
}

/// A project folder in the temporary directory: content/ with one unit, templates/.
private final class Site: Sendable {
  let root: String

  init() {
    root = NSTemporaryDirectory() + "plansite-watch-" + UUID().uuidString
    try? write("content/districts/a/report.md", "# A\n")
    try? write("templates/page.mustache", "<html></html>\n")
    try? write("templates/partials/head.mustache", "<head></head>\n")
  }

  deinit { try? FileManager.default.removeItem(atPath: root) }

  func path(_ relative: String) -> String { root + "/" + relative }

  func watcher(polling: Bool = false) -> FolderWatcher {
    FolderWatcher(
      roots: [URL(fileURLWithPath: path("content")), URL(fileURLWithPath: path("templates"))],
      excluding: [URL(fileURLWithPath: path("content/output"))], polling: polling)
  }

  func write(_ relative: String, _ text: String) throws {
    let url = URL(fileURLWithPath: path(relative))
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func append(_ relative: String, _ text: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path(relative)))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
  }
}

private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  var value: Int { lock.withLock { count } }
  func increment() -> Int {
    lock.withLock {
      count += 1
      return count
    }
  }
}
