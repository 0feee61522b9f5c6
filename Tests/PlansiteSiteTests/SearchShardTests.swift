import Foundation
import XCTest

@testable import PlansiteSite

/// The search index in shards (issue 18, items 1 and 2): entry shards of whole units, word shards
/// by group and by the words' first two letters, every file under a megabyte at national scale,
/// and a changed unit rewriting only its own shard and its group's word files.
final class SearchShardTests: XCTestCase {
  /// Words of the kind the reports hold, so that prefixes are as crowded as in real text.
  static let vocabulary = """
    trẻ em trong trường thực hiện chương trình bảo vệ chăm sóc gia đình cộng đồng xã phường huyện
    tỉnh năm kế hoạch hoạt động tháng hành vì nguy cơ đuối nước tai nạn thương tích xâm hại bạo lực
    học sinh giáo dục y tế tiêm chủng dinh dưỡng nhận thức kỹ năng sống tuyên truyền cán bộ tập huấn
    kinh phí ngân sách hỗ trợ khó khăn kiến nghị đề xuất kết quả nổi bật tình hình chung nhiệm vụ
    giải pháp theo dõi đánh giá báo cáo số liệu tổng hợp trên toàn thể những người thôn bản tổ chức
    """.split(whereSeparator: \.isWhitespace).map(String.init)

  /// Text of `count` words drawn from the vocabulary by a fixed generator.
  static func text(_ count: Int, seed: inout UInt64) -> String {
    (0..<count).map { _ in
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return vocabulary[Int(seed >> 33) % vocabulary.count]
    }.joined(separator: " ")
  }

  /// A unit's entries as `searchSources` makes them: itself, `sections` report sections (heading
  /// and a 160-character snippet) and three events.
  static func unit(_ i: Int, sections: Int = 8, seed: UInt64 = 1) -> [SearchEntry] {
    var seed = seed &+ UInt64(i) &* 7919
    let name = i == 7 ? "Huyện Đình Lập" : "Huyện Đơn Vị \(i)"
    let page = "districts/don-vi-\(i)/index.html"
    var entries = [
      SearchEntry(
        kind: "Đơn vị", title: name, url: page, snippet: "\(name): 12 xã, phường, thị trấn.",
        keyText: "\(name) Đơn Vị \(i) Phòng Lao động – Thương binh và Xã hội")
    ]
    for s in 0..<sections {
      let heading = text(3, seed: &seed)
      let snippet = SearchText.snippet(text(40, seed: &seed))
      entries.append(
        SearchEntry(
          kind: "Báo cáo đơn vị", title: "\(name): \(heading)", url: page + "#muc-\(s)", snippet: snippet,
          keyText: "\(name) \(heading) \(snippet)"))
    }
    for e in 0..<3 {
      let title = text(8, seed: &seed)
      entries.append(
        SearchEntry(
          kind: "Hoạt động", title: title, url: page + "#hoat-dong-\(e)", snippet: "01/06/2023 · \(name)",
          keyText: "\(title) \(text(12, seed: &seed)) \(name) 01/06/2023"))
    }
    return entries
  }

  static func province(_ count: Int) -> [SearchEntry] {
    var seed: UInt64 = 42
    return (0..<count).map { i in
      let title = "Mục tiêu \(i). " + text(6, seed: &seed)
      return SearchEntry(
        kind: "Kế hoạch", title: title, url: "plan/index.html#muc-\(i)", snippet: text(30, seed: &seed),
        keyText: title + " " + text(200, seed: &seed))
    }
  }

  static func files(_ sources: SearchSources) -> [String: [UInt8]] {
    Dictionary(uniqueKeysWithValues: SearchIndex.files(sources).map { ($0.path, $0.bytes) })
  }

  /// The JSON a shard hands to `plansiteSearchLoaded(name, …)`.
  static func shardData(_ bytes: [UInt8], name: String) throws -> Any {
    let text = String(decoding: bytes, as: UTF8.self)
    let head = "plansiteSearchLoaded(\"\(name)\","
    XCTAssertTrue(text.hasPrefix(head) && text.hasSuffix(");\n"), text.prefix(80) + "")
    return try JSONSerialization.jsonObject(with: Data(text.dropFirst(head.count).dropLast(3).utf8))
  }

  // MARK: - Assignment

  /// Postings are written digit by digit, as String(n) would write them.
  func testPostingsAreWrittenAsDecimalNumbers() {
    for n: Int32 in [0, 7, -1, 10, -10, 1234, 99_999, .max, .min] {
      var out: [UInt8] = [UInt8(ascii: "[")]
      SearchIndex.appendDecimal(n, to: &out)
      XCTAssertEqual(String(decoding: out, as: UTF8.self), "[" + String(n))
    }
  }

  func testShardsHoldWholeUnitsAndGroupsCoverShards() {
    let sources = SearchSources(province: Self.province(450), units: (0..<1100).map { Self.unit($0, sections: $0 % 5) })
    let groups = SearchIndex.groups(sources)
    // Province: 200 entries a shard; units: 16 whole units a shard, 32 shards a group.
    XCTAssertEqual(groups.map(\.name), ["p0", "u0", "u32", "u64"])
    XCTAssertEqual(groups[0].shards.map(\.name), ["p0", "p1", "p2"])
    XCTAssertEqual(groups[0].shards.map(\.entries.count), [200, 200, 50])
    XCTAssertEqual(groups[0].shards.flatMap(\.entries), sources.province)
    let unitShards = groups.dropFirst().flatMap(\.shards)
    XCTAssertEqual(groups.dropFirst().map(\.shards.count), [32, 32, 5])  // 1,100 units = 68¾ shards
    for (k, shard) in unitShards.enumerated() {
      XCTAssertEqual(shard.name, "u\(k)")
      XCTAssertEqual(shard.lists, Array(sources.units[(k * 16)..<min(k * 16 + 16, 1100)]), shard.name)
    }
    // Every entry is in one shard, in the order of `SearchSources.all`.
    XCTAssertEqual(groups.flatMap { $0.shards.flatMap(\.entries) }, sources.all)
  }

  // MARK: - Size

  /// A word shard depends only on its group's entries, and a group holds at most 512 units: one
  /// full group of report-like entries bounds every word shard at any number of units. The
  /// manifest grows with the groups: at 10,000 units (20 groups), each with every two-letter
  /// prefix, it stays small too.
  func testEveryFileIsUnderAMegabyteAtNationalScale() throws {
    let units = SearchIndex.unitsPerShard * SearchIndex.shardsPerGroup
    let sources = SearchSources(province: Self.province(250), units: (0..<units).map { Self.unit($0) })
    let files = Self.files(sources)
    XCTAssertEqual(files.keys.filter { $0.hasPrefix("search/e/u") }.count, 32)
    XCTAssertGreaterThan(files.keys.filter { $0.hasPrefix("search/w/u0/") }.count, 50)
    let largest = try XCTUnwrap(files.max { $0.value.count < $1.value.count })
    XCTAssertLessThan(largest.value.count, 1_000_000, largest.key)
    // The crowded prefixes are there, with postings for every entry that holds their words.
    let tr = try XCTUnwrap(
      try Self.shardData(XCTUnwrap(files["search/w/u0/tr.js"]), name: "w/u0/tr") as? [String: [Int]])
    let withTre = sources.units.joined().filter { $0.key.split(separator: " ").contains("tre") }.count
    XCTAssertEqual(tr["tre"]?.count, 2 * withTre)

    let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789").map(String.init)
    let groups = (0..<20).map { g in
      SearchIndex.Group(shards: (0..<32).map { SearchIndex.Shard(name: "u\(g * 32 + $0)", lists: []) })
    }
    let manifest = SearchIndex.manifest(
      groups, prefixes: groups.map { _ in alphabet.flatMap { a in alphabet.map { a + $0 } } })
    XCTAssertLessThan(manifest.count, 200_000)
  }

  // MARK: - One changed unit

  func testAChangedUnitRewritesOnlyItsShardAndItsGroupsWordFiles() throws {
    let before = SearchSources(province: Self.province(300), units: (0..<700).map { Self.unit($0) })
    var after = before
    // Unit 600 (shard u37, group u32): one section rewritten, one added.
    after.units[600][2] = SearchEntry(
      kind: "Báo cáo đơn vị", title: "Huyện Đơn Vị 600: Kết quả mới", url: "districts/don-vi-600/index.html#moi",
      snippet: "Đã tổ chức diễn đàn trẻ em cấp huyện", keyText: "Huyện Đơn Vị 600 Kết quả mới diễn đàn trẻ em")
    after.units[600].append(after.units[600][2])
    let (old, new) = (Self.files(before), Self.files(after))
    let changed = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
    XCTAssertTrue(changed.contains("search/e/u37.js"), "\(changed.sorted())")
    // In group u32, only the files of the words the rewritten and added entries held or hold
    // (entries count within their unit: units 601–607 of the shard keep their postings).
    let words = [before.units[600][2], after.units[600][2]].flatMap { e in
      (e.key + " " + SearchText.fold(e.title)).split(separator: " ")
    }
    let touched = Set(words.map { "search/w/u32/\(SearchIndex.prefixFileName($0)).js" })
    XCTAssertEqual(changed.subtracting([SearchIndex.path, "search/e/u37.js"]), touched.intersection(changed))
    XCTAssertFalse(changed.intersection(touched).isEmpty)
    XCTAssertGreaterThan(old.keys.filter { $0.hasPrefix("search/w/u32/") }.count, 2 * touched.count)
  }

  // MARK: - Lookup

  func testWordShardsFindTheEntriesByTheirFoldedWords() throws {
    var units = (0..<20).map { Self.unit($0, sections: 2) }
    units[3].append(
      SearchEntry(
        kind: "Hoạt động", title: "Ελληνικά 中文 ngày hội", url: "districts/don-vi-3/index.html#x", snippet: "",
        keyText: "Ελληνικά 中文 ngày hội"))
    let files = Self.files(SearchSources(province: Self.province(3), units: units))
    // Unit 7 is Huyện Đình Lập: list 7 of shard u0, its own entry first, in the title.
    let di = try XCTUnwrap(
      try Self.shardData(XCTUnwrap(files["search/w/u0/di.js"]), name: "w/u0/di") as? [String: [Int]])
    let dinh = try XCTUnwrap(di["dinh"])
    let pairs = stride(from: 0, to: dinh.count, by: 2).map { [dinh[$0], dinh[$0 + 1]] }
    XCTAssertTrue(pairs.contains([7, -1]), "\(pairs)")
    XCTAssertEqual(pairs.filter { $0[0] == 7 }.count, 6, "every entry of the unit holds its name")
    let lap = try XCTUnwrap(
      try Self.shardData(XCTUnwrap(files["search/w/u0/la.js"]), name: "w/u0/la") as? [String: [Int]])["lap"]
    XCTAssertEqual(lap, [7, -1, 7, -2, 7, -3, 7, 3, 7, 4, 7, 5], "the unit's title, its sections', not its events'")
    let shard = try XCTUnwrap(
      try Self.shardData(XCTUnwrap(files["search/e/u0.js"]), name: "e/u0") as? [[[String: String]]])
    XCTAssertEqual(shard.count, 16)
    XCTAssertEqual(shard[7][0]["t"], "Huyện Đình Lập")
    // Letters beyond a–z and digits get names any file system keeps.
    XCTAssertEqual(SearchIndex.prefixFileName("ελληνικα"), "_3b5__3bb_")
    XCTAssertNotNil(files["search/w/u0/_3b5__3bb_.js"])
    XCTAssertNotNil(files["search/w/u0/_4e2d__6587_.js"])
    XCTAssertNotNil(files["search/w/p0/1.js"], "a one-letter word has a file of its own")
    // The manifest lists each group's shards and prefixes, and nothing unlisted exists.
    let manifest = String(decoding: try XCTUnwrap(files[SearchIndex.path]), as: UTF8.self)
    let json = manifest[manifest.firstIndex(of: "{")!...manifest.lastIndex(of: "}")!]
    let groups = try XCTUnwrap(
      (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["groups"] as? [[String: Any]])
    var listed = [SearchIndex.path]
    for g in groups {
      let name = try XCTUnwrap(g["n"] as? String)
      listed += try XCTUnwrap(g["s"] as? [String]).map { "search/e/\($0).js" }
      listed += try XCTUnwrap(g["w"] as? String).split(separator: " ").map { "search/w/\(name)/\($0).js" }
    }
    XCTAssertEqual(listed.sorted(), files.keys.sorted())
  }
}
