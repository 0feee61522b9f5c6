import Foundation
import PlansiteContent
import XCTest

@testable import PlansiteSite

#if canImport(Glibc)
  import Glibc
#endif

/// Files are compared with the previous site a megabyte at a time, and an unchanged file,
/// streamed or whole, keeps the previous site's inode.
final class OutputWriterTests: XCTestCase {
  func temporary() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")
  }

  func testComparisonCrossesMegabyteBoundaries() throws {
    let dir = temporary()
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("big")
    let bytes = (0..<2_500_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    try Data(bytes).write(to: file)
    bytes.withUnsafeBytes { XCTAssertTrue(OutputWriter.sameBytes(file.path, $0)) }
    var changed = bytes
    changed[2_000_001] &+= 1
    changed.withUnsafeBytes { XCTAssertFalse(OutputWriter.sameBytes(file.path, $0)) }
    bytes.dropLast().withUnsafeBytes { XCTAssertFalse(OutputWriter.sameBytes(file.path, $0)) }
  }

  func testStreamedFileIsLinkedWhenUnchangedAndWrittenWhenChanged() throws {
    let output = temporary()
    let pieces: [[UInt8]] = [
      Array(repeating: 7, count: 1_500_000), Array("giữa".utf8), Array(repeating: 9, count: 700_000),
    ]
    func build(_ pieces: [[UInt8]]) throws -> (changed: Bool, size: Int) {
      let writer = try OutputWriter(output: output)
      let result = try writer.write("data/x.csv", streaming: { sink in for p in pieces { try sink.write(p) } })
      try writer.commit()
      return result
    }
    func inode() throws -> UInt64 {
      try XCTUnwrap(
        FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("data/x.csv").path)[
          .systemFileNumber] as? UInt64)
    }
    let total = pieces.map(\.count).reduce(0, +)
    XCTAssertEqual(try build(pieces).changed, true)
    let first = try inode()
    XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent("data/x.csv")), Data(pieces.joined()))

    let again = try build(pieces)
    XCTAssertEqual(again.changed, false)
    XCTAssertEqual(again.size, total)
    XCTAssertEqual(try inode(), first)

    var edited = pieces
    edited[2][699_999] = 8
    XCTAssertEqual(try build(edited).changed, true)
    XCTAssertNotEqual(try inode(), first)
    XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent("data/x.csv")), Data(edited.joined()))
  }

  func testFingerprintListsFilesAndLinkedFilesButNotLinkedFolders() throws {
    let root = temporary()
    let fm = FileManager.default
    try fm.createDirectory(at: root.appendingPathComponent("districts/a"), withIntermediateDirectories: true)
    try Data("x".utf8).write(to: root.appendingPathComponent("plan.yaml"))
    try Data("y".utf8).write(to: root.appendingPathComponent("districts/a/report.md"))
    try fm.createSymbolicLink(
      atPath: root.appendingPathComponent("link.md").path,
      withDestinationPath: root.appendingPathComponent("plan.yaml").path)
    try fm.createSymbolicLink(
      atPath: root.appendingPathComponent("linked-folder").path,
      withDestinationPath: root.appendingPathComponent("districts").path)
    XCTAssertEqual(BuildFingerprint.files(under: root), ["districts/a/report.md", "link.md", "plan.yaml"])
  }

  func names(_ dir: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
  }

  /// A staging folder is removed only when the build that made it is gone: one still being
  /// written (here, by this process) stays, whatever its name says.
  func testClearingStagingFoldersKeepsThoseOfRunningBuilds() throws {
    let dir = temporary()
    let output = dir.appendingPathComponent("site")
    let running = try OutputWriter(output: output)
    try running.write("index.html", Array("đang dựng".utf8))
    let dead = dir.appendingPathComponent(".site.plansite-tmp-\(Int32.max)")
    try FileManager.default.createDirectory(
      at: dead.appendingPathComponent("districts"), withIntermediateDirectories: true)
    try Data("cũ".utf8).write(to: dead.appendingPathComponent("districts/index.html"))
    OutputWriter.clearStaleStaging(of: output)
    XCTAssertTrue(
      FileManager.default.fileExists(atPath: running.staging.appendingPathComponent("index.html").path),
      "a running build's staging was removed")
    XCTAssertFalse(FileManager.default.fileExists(atPath: dead.path), "a killed build's staging was kept")
    try running.commit()
    XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8), "đang dựng")
    XCTAssertEqual(names(dir), ["site"])
  }

  /// The replaced site goes into the cache's `retired` folder whole (the output already holds
  /// the new one), and the next build's sweep removes it, links and all, never what they lead to.
  func testTheReplacedSiteIsRetiredAndSweptByTheNextBuild() throws {
    let output = temporary()
    let cache = try XCTUnwrap(BuildCache(output: output))
    func build(_ text: String) throws {
      var writer = try OutputWriter(output: output)
      writer.retired = cache.retired
      try writer.write("index.html", Array(text.utf8))
      try writer.write("districts/a/index.html", Array(text.utf8))
      try writer.commit()
    }
    try build("một")
    let retired = cache.root.appendingPathComponent("retired")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: retired.path), [])
    // Something outside that a link in the old site points to must survive the sweep.
    let outside = temporary()
    try Data("của người dùng".utf8).write(to: outside)
    try build("hai")
    let old = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: retired.path).first)
    let oldSite = retired.appendingPathComponent(old)
    XCTAssertEqual(try String(contentsOf: oldSite.appendingPathComponent("index.html"), encoding: .utf8), "một")
    XCTAssertEqual(
      try String(contentsOf: output.appendingPathComponent("districts/a/index.html"), encoding: .utf8), "hai")
    try FileManager.default.createSymbolicLink(
      atPath: oldSite.appendingPathComponent("districts/link").path, withDestinationPath: outside.path)

    cache.sweepRetired().wait()
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: retired.path), [])
    XCTAssertEqual(try String(contentsOf: outside, encoding: .utf8), "của người dùng")
    XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8), "hai")
  }

  /// A staging folder that lost or gained files while the build wrote it (another process
  /// clearing it, say) is not swapped in: the previous site stays.
  func testCommitRefusesAStagingFolderChangedFromOutside() throws {
    let output = temporary()
    let first = try OutputWriter(output: output)
    try first.write("index.html", Array("một".utf8))
    try first.write("districts/a/index.html", Array("a".utf8))
    try first.commit()
    let site = try Data(contentsOf: output.appendingPathComponent("index.html"))

    let damage: [(String, (URL) throws -> Void)] = [
      (
        "a file removed",
        { try FileManager.default.removeItem(at: $0.appendingPathComponent("districts/a/index.html")) }
      ),
      ("a file added", { try Data("x".utf8).write(to: $0.appendingPathComponent("la.html")) }),
      ("a file cut short", { try Data().write(to: $0.appendingPathComponent("index.html")) }),
    ]
    for (what, change) in damage {
      let writer = try OutputWriter(output: output)
      try writer.write("index.html", Array("hai".utf8))
      try writer.write("districts/a/index.html", Array("b".utf8))
      try change(writer.staging)
      XCTAssertThrowsError(try writer.commit(), what)
      writer.discard()
      XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent("index.html")), site, what)
      XCTAssertEqual(
        try String(contentsOf: output.appendingPathComponent("districts/a/index.html"), encoding: .utf8), "a", what)
    }
  }

  /// The fingerprint covers what `check` reads besides file bytes: folders (an empty district
  /// folder is an error), where links lead, and a FIFO is neither read nor a hang.
  func testFingerprintSeesFoldersAndWhereLinksLead() throws {
    let dir = temporary()
    let content = dir.appendingPathComponent("content")
    let templates = dir.appendingPathComponent("templates")
    let fm = FileManager.default
    try fm.createDirectory(at: content.appendingPathComponent("districts/a"), withIntermediateDirectories: true)
    try fm.createDirectory(at: templates, withIntermediateDirectories: true)
    try Data("districts: [a]\n".utf8).write(to: content.appendingPathComponent("plan.yaml"))
    try Data("name: A\n".utf8).write(to: content.appendingPathComponent("districts/a/district.yaml"))
    let options = BuildOptions(
      content: content, templates: templates, output: dir.appendingPathComponent("output"),
      today: CivilDate(iso: "2023-06-15")!)
    var seen = [BuildFingerprint.compute(options).site]
    func assertChanged(_ what: String) {
      let now = BuildFingerprint.compute(options).site
      XCTAssertFalse(seen.contains(now), "\(what) did not change the fingerprint")
      seen.append(now)
    }
    try fm.createDirectory(at: content.appendingPathComponent("districts/moi"), withIntermediateDirectories: false)
    assertChanged("an empty folder")
    // The same bytes, now through a link that leaves content/.
    try fm.moveItem(at: content.appendingPathComponent("plan.yaml"), to: dir.appendingPathComponent("plan.yaml"))
    try fm.createSymbolicLink(
      atPath: content.appendingPathComponent("plan.yaml").path,
      withDestinationPath: dir.appendingPathComponent("plan.yaml").path)
    assertChanged("a file swapped for a link to the same bytes outside")
    XCTAssertEqual(mkfifo(content.appendingPathComponent("districts/a/events.yaml").path, 0o644), 0)
    assertChanged("a FIFO")
    try fm.createSymbolicLink(atPath: content.appendingPathComponent("districts/b").path, withDestinationPath: "a")
    let linked = BuildFingerprint.compute(options)
    XCTAssertFalse(seen.contains(linked.site), "a linked folder")
    XCTAssertEqual(linked.districtKeys, [:], "with a linked folder no district page is kept from a previous build")
  }
}
