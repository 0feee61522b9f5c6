import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest

/// `docs/content-format.md` is the project's contract: its key tables must name exactly the keys
/// the readers accept, block by block.
final class ContentFormatDocTests: XCTestCase {
  /// Heading name (between backticks) → the keys in the first column of the table under it.
  func keyTables() throws -> [String: [String]] {
    let url = TestSupport.packageRoot.appendingPathComponent("docs/content-format.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    var tables: [String: [String]] = [:]
    var current: String?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("#") {
        let parts = line.split(separator: "`")
        current = line.hasPrefix("## ") || line.hasPrefix("### ") ? (parts.count >= 2 ? String(parts[1]) : nil) : nil
      } else if let block = current, line.hasPrefix("| `") {
        let key = line.dropFirst(3).prefix { $0 != "`" }
        tables[block, default: []].append(String(key))
      }
    }
    return tables
  }

  func testEveryKeyTableMatchesItsReader() throws {
    let tables = try keyTables()
    XCTAssertEqual(Set(tables.keys), Set(ContentKeys.byBlock.keys), "blocks documented vs read")
    for (block, keys) in ContentKeys.byBlock {
      XCTAssertEqual(tables[block] ?? [], keys, "docs/content-format.md, block `\(block)`")
    }
  }
}
