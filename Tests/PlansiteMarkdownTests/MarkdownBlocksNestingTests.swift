import Foundation
import PlansiteMarkdown
import XCTest

/// The Word report reads units' sections through `MarkdownBlocks`; its walk over emphasis used
/// to recurse once per level, and 12,000 levels (a 180 KB report line) crashed the build with
/// a stack overflow on a rendering thread.
final class MarkdownBlocksNestingTests: XCTestCase {
  func testDeeplyNestedEmphasisIsReadOnASmallThreadStack() {
    let depth = 12_000
    let source =
      "# " + String(repeating: "*a **b ", count: 200) + "h" + String(repeating: " b** a*", count: 200)
      + "\n\n" + String(repeating: "*a **b ", count: depth) + "x" + String(repeating: " b** a*", count: depth) + "\n"
    let result = Mutex<[MarkdownBlock]>([])
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      result.withLock { $0 = MarkdownBlocks.parse(source) }
      done.signal()
    }
    thread.stackSize = 512 * 1024  // a Dispatch worker's
    thread.start()
    XCTAssertEqual(done.wait(timeout: .now() + 60), .success)
    let blocks = result.withLock { $0 }
    guard blocks.count == 2, case .heading(_, let title) = blocks[0], case .paragraph(let runs) = blocks[1] else {
      return XCTFail("\(blocks.count) blocks")
    }
    XCTAssertEqual(title.map(\.text).joined().count, 200 * 8 + 1)
    XCTAssertEqual(runs.count, 4 * depth - 1, "the innermost \"b \", \"x\" and \" b\" are one text")
    XCTAssertEqual(runs[2 * depth - 1], MarkdownInline(text: "b x b", bold: true, italic: true))
    XCTAssertEqual(runs.first, MarkdownInline(text: "a ", italic: true))
  }
}

/// Results handed from a thread.
private final class Mutex<Value>: @unchecked Sendable {
  // @unchecked: every access holds `lock`.
  private let lock = NSLock()
  private var value: Value
  init(_ value: Value) { self.value = value }
  func withLock<T>(_ body: (inout Value) -> T) -> T { lock.withLock { body(&value) } }
}
