import Foundation
import XCTest

@testable import PlansiteSite

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
    let pieces: [[UInt8]] = [Array(repeating: 7, count: 1_500_000), Array("giữa".utf8), Array(repeating: 9, count: 700_000)]
    func build(_ pieces: [[UInt8]]) throws -> (changed: Bool, size: Int) {
      let writer = try OutputWriter(output: output)
      let result = try writer.write("data/x.csv", streaming: { sink in for p in pieces { try sink.write(p) } })
      try writer.commit()
      return result
    }
    func inode() throws -> UInt64 {
      try XCTUnwrap(FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("data/x.csv").path)[.systemFileNumber] as? UInt64)
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
    try fm.createSymbolicLink(atPath: root.appendingPathComponent("link.md").path, withDestinationPath: root.appendingPathComponent("plan.yaml").path)
    try fm.createSymbolicLink(atPath: root.appendingPathComponent("linked-folder").path, withDestinationPath: root.appendingPathComponent("districts").path)
    XCTAssertEqual(BuildFingerprint.files(under: root), ["districts/a/report.md", "link.md", "plan.yaml"])
  }
}
