import Dispatch
import Foundation
import PlansiteMarkdown
import XCTest

final class ConcurrentRenderingTests: XCTestCase {
  /// cmark-gfm flips global tables during every parse; without the module's parse lock about
  /// a fifth to a half of these documents come out with `~~…~~` and autolinks left as text.
  func testConcurrentRendersMatchSerialRenders() {
    let documents = (0..<2000).map(Self.document(number:))
    let expected = documents.map { Markdown.render($0) }
    XCTAssertTrue(expected[7].html.contains("<del>"), "serial render lost strikethrough")

    let mismatches = LockedList()
    DispatchQueue.concurrentPerform(iterations: documents.count) { index in
      if Markdown.render(documents[index]) != expected[index] {
        mismatches.append(index)
      }
    }
    XCTAssertEqual(
      mismatches.count, 0, "documents rendered differently in parallel: \(mismatches.prefix(10))")
  }

  private static func document(number: Int) -> String {
    (0..<12).map { line in
      "Dòng \(line) ~~gạch \(number)~~ xem www.autolinks\(number).example, "
        + "https://x.example/\(number)/\(line) và ~~bỏ~~ **đậm** ~~nữa~~."
    }.joined(separator: "\n\n")
  }
}

/// Indices collected from many threads.
private final class LockedList: @unchecked Sendable {
  // @unchecked: every access to `items` holds `lock`.
  private let lock = NSLock()
  private var items: [Int] = []

  func append(_ item: Int) { lock.withLock { items.append(item) } }
  var count: Int { lock.withLock { items.count } }
  func prefix(_ n: Int) -> [Int] { lock.withLock { Array(items.sorted().prefix(n)) } }
}
