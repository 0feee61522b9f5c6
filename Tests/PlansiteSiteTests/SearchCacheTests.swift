import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest

@testable import PlansiteSite

/// The search index kept between builds (issue 18, item 2): each unit's entries live in the
/// build cache under the key of its folder and the global inputs, and a unit group's files are
/// kept from the previous site while its units' entries are unchanged. A changed report makes
/// its own group again, nothing else, and the site equals a build from nothing.
final class SearchCacheTests: XCTestCase {
  let today = CivilDate(iso: "2023-06-15")!

  // MARK: - Records

  func testEntriesRoundTripThroughTheCacheAndAnythingElseIsAMiss() throws {
    let model = SiteModel(content: .sample, today: today)
    var entries = model.content.districts.flatMap { model.unitSearchEntries($0) }
    XCTAssertGreaterThan(entries.count, 5)
    entries.append(SearchEntry(kind: "", title: "\"q\" \\ \u{2028} 😀 </script>\n", url: "", snippet: "", key: "đ"))
    let record = SearchCacheRecord.unit(entries)
    XCTAssertEqual(SearchCacheRecord.entries(record), entries)
    XCTAssertEqual(SearchCacheRecord.entries(SearchCacheRecord.unit([])), [])

    // Any one byte changed, the record cut anywhere or one byte longer: a miss, never entries.
    for i in record.indices {
      var garbled = record
      garbled[i] ^= 0x20
      XCTAssertNil(SearchCacheRecord.entries(garbled), "byte \(i) changed")
    }
    for n in 0..<record.count { XCTAssertNil(SearchCacheRecord.entries(Array(record.prefix(n))), "cut at \(n)") }
    XCTAssertNil(SearchCacheRecord.entries(record + [0]))
    XCTAssertNil(SearchCacheRecord.entries(SearchCacheRecord.group(.init(entryCount: 3, prefixes: ["a"]))))

    let group = SearchCacheRecord.Group(entryCount: 6_144, prefixes: ["1", "a", "ba", "_3b5__3bb_"])
    XCTAssertEqual(SearchCacheRecord.group(SearchCacheRecord.group(group)), group)
    var garbledGroup = SearchCacheRecord.group(group)
    garbledGroup[1] ^= 1
    XCTAssertNil(SearchCacheRecord.group(garbledGroup))
    XCTAssertNil(SearchCacheRecord.group(record))

    // Through the cache folder: read back under its key only; a record changed on disk is a miss.
    let dir = TestSupport.temporaryDirectory()
    let cache = try XCTUnwrap(BuildCache(output: dir.appendingPathComponent("site")))
    cache.write(SearchCacheRecord.unitArea, "an-chau", key: "k1", record)
    XCTAssertEqual(
      cache.read(SearchCacheRecord.unitArea, "an-chau", key: "k1").flatMap(SearchCacheRecord.entries), entries)
    XCTAssertNil(cache.read(SearchCacheRecord.unitArea, "an-chau", key: "k2"))
    let file = cache.root.appendingPathComponent("\(SearchCacheRecord.unitArea)/an-chau")
    var bytes = [UInt8](try Data(contentsOf: file))
    bytes[bytes.count / 2] ^= 0x01
    try Data(bytes).write(to: file)
    XCTAssertNotNil(cache.read(SearchCacheRecord.unitArea, "an-chau", key: "k1"))
    XCTAssertNil(cache.read(SearchCacheRecord.unitArea, "an-chau", key: "k1").flatMap(SearchCacheRecord.entries))
  }

  // MARK: - The key

  /// A unit's entries are kept under the key of its folder and the global inputs: they must be
  /// made from nothing else. Here each unit's come out the same from a model holding no other.
  func assertUnitEntriesDependOnlyOnTheirFolder(_ contentRoot: URL, file: StaticString = #filePath, line: UInt = #line)
    throws
  {
    let (loaded, diags) = ContentLoader.load(from: contentRoot, today: today)
    let content = try XCTUnwrap(loaded, "\(diags.all)", file: file, line: line)
    XCTAssertGreaterThan(content.districts.count, 1, file: file, line: line)
    let full = SiteModel(content: content, today: today)
    for d in content.districts {
      var alone = content
      alone.districts = [d]
      let single = SiteModel(content: alone, today: today)
      XCTAssertEqual(
        full.unitSearchEntries(d), single.unitSearchEntries(d), "\(d.slug)'s entries draw on other units",
        file: file, line: line)
    }
  }

  func testFixtureUnitEntriesDependOnlyOnTheirFolder() throws {
    try assertUnitEntriesDependOnlyOnTheirFolder(TestSupport.fixture("mini").appendingPathComponent("content"))
  }

  func testShippedUnitEntriesDependOnlyOnTheirFolder() throws {
    try assertUnitEntriesDependOnlyOnTheirFolder(TestSupport.packageRoot.appendingPathComponent("content"))
  }

  // MARK: - Builds

  /// 530 units: group `u0` holds units 0–511 (`don-vi-510` is the last of them), `u32` the 18
  /// others (`don-vi-520` among them).
  static let units = 530

  func options(_ content: URL, _ output: URL) -> BuildOptions {
    BuildOptions(
      content: content, templates: TestSupport.packageRoot.appendingPathComponent("templates"), output: output,
      today: today)
  }

  func build(_ content: URL, into output: URL) async throws -> BuildSummary {
    let (summary, diags) = await SiteBuilder.build(options(content, output))
    return try XCTUnwrap(summary, "\(diags.all)")
  }

  /// The index's files as a build from nothing makes them: every unit's report rendered again.
  func expectedSearchFiles(_ content: URL) async throws -> [String: [UInt8]] {
    let (model, _, diags) = await SiteBuilder.check(options(content, TestSupport.temporaryDirectory()))
    let checked = try XCTUnwrap(model, "\(diags.all)")
    XCTAssertEqual(checked.content.districts.count, Self.units)
    let files = SearchIndex.files(checked.searchSources(), notice: checked.strings[.searchIndexNotice])
    return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
  }

  /// Every file of the index in `site` equals a build from nothing's, and there are no others.
  func assertSearchFilesAsBuiltFromNothing(
    _ site: URL, _ content: URL, _ what: String, file: StaticString = #filePath, line: UInt = #line
  ) async throws {
    let expected = try await expectedSearchFiles(content)
    let present = TestSupport.files(under: site).filter { $0.hasPrefix("search/") && $0.hasSuffix(".js") }
    XCTAssertEqual(Set(present), Set(expected.keys), what, file: file, line: line)
    for path in present where expected[path] != nil {
      // Compared as a whole, not printed: a shard is tens of kilobytes.
      let bytes = [UInt8](try Data(contentsOf: site.appendingPathComponent(path)))
      XCTAssertTrue(
        bytes == expected[path], "\(what): \(path) is not what a build from nothing makes", file: file, line: line)
    }
  }

  func edit(_ file: URL, _ change: (String) -> String) throws {
    let text = try String(contentsOf: file, encoding: .utf8)
    let changed = change(text)
    XCTAssertNotEqual(changed, text, "the edit of \(file.lastPathComponent) changes it")
    try Data(changed.utf8).write(to: file)
  }

  func testAnEditMakesOnlyItsGroupAgainAndTheSiteEqualsAFullBuild() async throws {
    let content = try KeyedRebuildTests.bigContent(extra: Self.units - 2)
    let dir = TestSupport.temporaryDirectory()
    let site = dir.appendingPathComponent("site")
    _ = try await build(content, into: site)
    let before = try XCTUnwrap(SiteMarker.read(from: site))
    let inodesBefore = TestSupport.inodes(under: site)
    let searchFiles = before.sizes.keys.filter { $0.hasPrefix("search/") && $0.hasSuffix(".js") }
    let groupU0 = Set(searchFiles.filter { $0.hasPrefix("search/w/u0/") }).union((0..<32).map { "search/e/u\($0).js" })
    XCTAssertEqual(groupU0.filter { $0.hasPrefix("search/e/") }.count, 32)
    XCTAssertGreaterThan(groupU0.count, 100)
    XCTAssertEqual(Set(groupU0.map { before.keys[$0] }).count, 1, "the files of group u0 share one key")
    XCTAssertNotNil(before.keys["search/w/u32/do.js"], "every file of a unit group is keyed")

    try edit(content.appendingPathComponent("districts/don-vi-520/report.md")) {
      $0 + "\n## Mục mới\n\nĐã mở lớp kỹ năng sống.\n"
    }
    let summary = try await build(content, into: site)
    let after = try XCTUnwrap(SiteMarker.read(from: site))
    let inodesAfter = TestSupport.inodes(under: site)
    // Group u0 was kept, not made: same key, same files (hard links), counted as reused.
    let held = Set(before.keys.filter { after.keys[$0.key] == $0.value }.map(\.key))
    XCTAssertTrue(groupU0.isSubset(of: held), "\(groupU0.subtracting(held).sorted().prefix(5))")
    XCTAssertEqual(summary.reused, held.count)
    for path in groupU0 { XCTAssertEqual(inodesAfter[path], inodesBefore[path], path) }
    // Rewritten: the changed unit's entry shard, some of its group's word shards, and the
    // manifest only if that group's word prefixes changed.
    let changed = Set(inodesAfter.keys.filter { $0.hasSuffix(".js") && inodesAfter[$0] != inodesBefore[$0] })
    XCTAssertTrue(changed.contains("search/e/u32.js"), "\(changed.sorted())")
    XCTAssertTrue(changed.contains("search/w/u32/mo.js"), "\(changed.sorted())")
    let prefixesU32 = { (marker: SiteMarker) in Set(marker.sizes.keys.filter { $0.hasPrefix("search/w/u32/") }) }
    XCTAssertEqual(
      changed.filter { !$0.hasPrefix("search/w/u32/") && $0 != "search/e/u32.js" },
      prefixesU32(before) == prefixesU32(after) ? [] : [SearchIndex.path], "only the group of don-vi-520")

    // The whole site equals a build from nothing, byte for byte (the index's files included).
    let fresh = dir.appendingPathComponent("fresh")
    _ = try await build(content, into: fresh)
    XCTAssertEqual(TestSupport.files(under: site), TestSupport.files(under: fresh))
    for f in TestSupport.files(under: fresh) where f != OutputWriter.marker {
      XCTAssertEqual(
        try Data(contentsOf: site.appendingPathComponent(f)), try Data(contentsOf: fresh.appendingPathComponent(f)),
        "\(f) differs between the rebuild and a build from nothing")
    }
    XCTAssertEqual(try XCTUnwrap(SiteMarker.read(from: fresh)).keys, after.keys)

    // What a unit's entries show, edited at once in group u32 while group u0 is kept (a unit's
    // event, name and latest figure, which moves the province's): were the entries to draw on something
    // their key leaves out (another unit's name or figures, the province's), a kept group or a
    // kept unit's entries would be stale here.
    let unit = content.appendingPathComponent("districts/don-vi-520")
    try edit(unit.appendingPathComponent("events.yaml")) {
      $0.replacingOccurrences(of: "Diễn đàn trẻ em huyện", with: "Ngày hội đọc sách")
    }
    try edit(unit.appendingPathComponent("district.yaml")) {
      $0.replacingOccurrences(of: "name: Số 520", with: "name: Số Năm Trăm Hai Mươi")
    }
    try edit(unit.appendingPathComponent("indicators.yaml")) {
      $0.replacingOccurrences(of: "p1: {done: 80, of: 100}", with: "p1: {done: 60, of: 100}")
    }
    let second = try await build(content, into: site)
    XCTAssertGreaterThanOrEqual(second.reused, groupU0.count)
    try await assertSearchFilesAsBuiltFromNothing(site, content, "after an event, a name and a figure")

    // A garbled record of a unit whose page is kept: its entries are made again from its report.
    // A file of a kept group gone from the site: made again.
    let cache = try XCTUnwrap(BuildCache(output: site))
    let record = cache.root.appendingPathComponent("\(SearchCacheRecord.unitArea)/don-vi-521")
    var bytes = [UInt8](try Data(contentsOf: record))
    bytes[bytes.count - 20] ^= 0x04
    try Data(bytes).write(to: record)
    try edit(unit.appendingPathComponent("report.md")) { $0 + "\nThêm một dòng.\n" }
    try FileManager.default.removeItem(at: site.appendingPathComponent("search/w/u0/do.js"))
    _ = try await build(content, into: site)
    try await assertSearchFilesAsBuiltFromNothing(site, content, "after a garbled record and a lost file")
  }
}
