import Foundation
import PlansiteContent
import PlansiteMarkdown

/// One entry of the offline search index. An entry shard (`search/e/…js`) holds them as
/// `{"c": kind, "t": title, "u": url, "s": snippet}`; the words of `key` go to the word shards.
public struct SearchEntry: Sendable, Equatable {
  /// What the entry is, shown beside the result: "Đơn vị", "Chỉ tiêu", "Kế hoạch"…
  public var kind: String
  public var title: String
  /// Relative to the site root, with the heading's anchor: `districts/dinh-lap/index.html#bao-cao`.
  public var url: String
  /// At most `SearchText.snippetLimit` characters.
  public var snippet: String
  /// The searchable text folded by `SearchText.fold` (lowercase, no diacritics, đ → d, words
  /// separated by one space); `search.js` folds the query the same way and looks its words up
  /// in the word shards made from these keys.
  public var key: String

  init(kind: String, title: String, url: String, snippet: String, keyText: String) {
    self.kind = kind
    self.title = title
    self.url = url
    self.snippet = SearchText.snippet(snippet)
    self.key = SearchText.fold(keyText)
  }
}

/// The search index, split into shards that `assets/search.js` loads as a query needs them.
/// Browsers refuse `fetch` on `file://`, so every file is a script that the search page loads
/// with a `<script src>` tag; a shard calls `plansiteSearchLoaded(name, data)`.
///
/// - `search/index.js`, the manifest: the word groups, each with its entry shards and the word
///   prefixes it has files for (`window.PLANSITE_SEARCH`).
/// - `search/e/NAME.js`, an entry shard: the entries (kind, title, url, snippet) of
///   `unitsPerShard` whole units (`uK`), a list per unit, or up to `provinceEntriesPerShard` of
///   the province's (`pK`), as one list.
/// - `search/w/GROUP/PREFIX.js`, a word shard: for the entries of a group of `shardsPerGroup`
///   entry shards, every word starting with PREFIX (its first two letters folded; a one-letter
///   word alone) → where it occurs, as pairs (shard in the group × 16 + list in the shard, entry
///   in the list), the entry written as `-(entry + 1)` when the word is in its title.
///
/// A file depends only on the entries it covers, shards hold whole units, and a posting counts
/// entries within its unit: a changed report rewrites its unit's entry shard and, in its group,
/// the word shards of the words its changed entries held or hold; the others keep their bytes.
public enum SearchIndex {
  public static let path = "search/index.js"
  /// Units an entry shard holds: ~12 entries a unit in the bench's data, so ~200 entries, ~80 KB.
  /// A posting's first number is shard × this + list (the manifest's `lists`).
  static let unitsPerShard = 16
  static let provinceEntriesPerShard = 200
  /// Entry shards a word group covers (512 units): a query word loads one file per group.
  static let shardsPerGroup = 32

  /// An entry shard: `p0`, `p1`… for the province (one list), `u0`, `u1`… for the units (a list
  /// per unit, at most `unitsPerShard`).
  struct Shard: Equatable {
    var name: String
    var lists: [[SearchEntry]]
    var entries: [SearchEntry] { Array(lists.joined()) }
  }

  /// The entry shards one set of word shards covers; named after its first shard.
  struct Group: Equatable {
    var shards: [Shard]
    var name: String { shards[0].name }
  }

  /// The province's shards, then the units', each kind grouped `shardsPerGroup` at a time.
  static func groups(_ sources: SearchSources) -> [Group] {
    provinceGroups(sources.province)
      + unitGroupRanges(sources.units.count).map { unitGroup(Array(sources.units[$0]), from: $0.lowerBound) }
  }

  /// The province's entries, `provinceEntriesPerShard` a shard, `shardsPerGroup` shards a group.
  static func provinceGroups(_ entries: [SearchEntry]) -> [Group] {
    let shards = stride(from: 0, to: entries.count, by: provinceEntriesPerShard).map { start in
      Shard(
        name: "p\(start / provinceEntriesPerShard)",
        lists: [Array(entries[start..<min(start + provinceEntriesPerShard, entries.count)])])
    }
    return stride(from: 0, to: shards.count, by: shardsPerGroup).map { start in
      Group(shards: Array(shards[start..<min(start + shardsPerGroup, shards.count)]))
    }
  }

  /// The units of each unit group, as ranges of `SearchSources.units`: which units a group
  /// holds depends on their number alone, so a build knows its groups before any entry is made.
  static func unitGroupRanges(_ count: Int) -> [Range<Int>] {
    let size = unitsPerShard * shardsPerGroup
    return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
  }

  /// The name of the unit group starting at unit `first`, and of its entry shards.
  static func unitGroupName(from first: Int) -> String { "u\(first / unitsPerShard)" }
  static func unitShardNames(_ range: Range<Int>) -> [String] {
    stride(from: range.lowerBound, to: range.upperBound, by: unitsPerShard).map { "u\($0 / unitsPerShard)" }
  }

  /// The group of the units whose lists are `lists`, the first of them unit `first`.
  static func unitGroup(_ lists: [[SearchEntry]], from first: Int) -> Group {
    let names = unitShardNames(first..<(first + lists.count))
    return Group(
      shards: names.enumerated().map { k, name in
        let start = k * unitsPerShard
        return Shard(name: name, lists: Array(lists[start..<min(start + unitsPerShard, lists.count)]))
      })
  }

  /// A group's files as `files` lists them: its entry shards, then its word shards (`words`,
  /// from `wordShards`).
  static func groupFiles(_ group: Group, words: [(prefix: String, bytes: [UInt8])]) -> [(path: String, bytes: [UInt8])]
  {
    group.shards.map { (entryShardPath($0.name), entryShard($0)) }
      + words.map { (wordShardPath(group: group.name, prefix: $0.prefix), $0.bytes) }
  }

  static func entryShardPath(_ shard: String) -> String { "search/e/\(shard).js" }
  static func wordShardPath(group: String, prefix: String) -> String { "search/w/\(group)/\(prefix).js" }

  /// The word shards of each group, made on every core (groups are independent).
  static func wordShards(_ groups: [Group]) -> [[(prefix: String, bytes: [UInt8])]] {
    let words = Mutex([[(prefix: String, bytes: [UInt8])]](repeating: [], count: groups.count))
    DispatchQueue.concurrentPerform(iterations: groups.count) { i in
      let made = wordShards(groups[i])
      words.withLock { $0[i] = made }
    }
    return words.withLock { $0 }
  }

  /// Every file of the index: relative path → bytes, in a stable order (the manifest first).
  /// `notice` heads the manifest as a comment (`search_index_notice`).
  public static func files(_ sources: SearchSources, notice: String = "") -> [(path: String, bytes: [UInt8])] {
    let groups = groups(sources)
    let wordFiles = wordShards(groups)
    var files = [(path: path, bytes: manifest(groups, prefixes: wordFiles.map { $0.map(\.prefix) }, notice: notice))]
    for (group, made) in zip(groups, wordFiles) { files += groupFiles(group, words: made) }
    return files
  }

  /// One group as the manifest lists it: its name, its entry shards' names, its word prefixes.
  struct Listing: Equatable {
    var name: String
    var shards: [String]
    var prefixes: [String]
  }

  /// `window.PLANSITE_SEARCH = {"lists":16,"groups":[{"n":name,"s":[shard names],"w":"prefix prefix…"},…]};`
  /// (`lists`: `unitsPerShard`, by which a posting's first number is split).
  static func manifest(_ groups: [Group], prefixes: [[String]], notice: String = "") -> [UInt8] {
    manifest(
      zip(groups, prefixes).map { Listing(name: $0.name, shards: $0.shards.map(\.name), prefixes: $1) }, notice: notice)
  }

  static func manifest(_ groups: [Listing], notice: String = "") -> [UInt8] {
    let header = notice.isEmpty ? "" : "// \(notice.replacingOccurrences(of: "\n", with: " "))\n"
    var out = Array((header + "window.PLANSITE_SEARCH = {\"lists\":\(unitsPerShard),\"groups\":[\n").utf8)
    for (i, group) in groups.enumerated() {
      out += "{\"n\":".utf8
      appendJSON(group.name, to: &out)
      out += ",\"s\":[".utf8
      for (k, shard) in group.shards.enumerated() {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        appendJSON(shard, to: &out)
      }
      out += "],\"w\":".utf8
      appendJSON(group.prefixes.joined(separator: " "), to: &out)
      out += (i + 1 < groups.count ? "},\n" : "}\n").utf8
    }
    out += "]};\n".utf8
    return out
  }

  /// `plansiteSearchLoaded("e/u3",[[{"c":…,"t":…,"u":…,"s":…},…],…]);`, one entry a line.
  static func entryShard(_ shard: Shard) -> [UInt8] {
    var out = Array("plansiteSearchLoaded(\"e/\(shard.name)\",[".utf8)
    for (k, list) in shard.lists.enumerated() {
      out += "[\n".utf8
      for (i, e) in list.enumerated() {
        for (name, value) in [("{\"c\":", e.kind), (",\"t\":", e.title), (",\"u\":", e.url), (",\"s\":", e.snippet)] {
          out += name.utf8
          appendJSON(value, to: &out)
        }
        out += (i + 1 < list.count ? "},\n" : "}\n").utf8
      }
      out += (k + 1 < shard.lists.count ? "],\n" : "]").utf8
    }
    out += "]);\n".utf8
    return out
  }

  /// Appends a JSON string literal that is also safe JavaScript (U+2028/2029 escaped, `</` broken).
  static func appendJSON(_ s: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var previous: UInt8 = 0
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "\""): out += #"\""#.utf8
      case UInt8(ascii: "\\"): out += #"\\"#.utf8
      case UInt8(ascii: "\n"): out += #"\n"#.utf8
      case UInt8(ascii: "\r"): out += #"\r"#.utf8
      case UInt8(ascii: "\t"): out += #"\t"#.utf8
      case UInt8(ascii: "/") where previous == UInt8(ascii: "<"): out += #"\/"#.utf8
      case 0..<0x20:
        let hex = String(b, radix: 16)
        out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
      default:
        out.append(b)
      }
      // U+2028 and U+2029 (E2 80 A8/A9) end a line in older JavaScript: escape them.
      if out.count >= 3, out[out.count - 3] == 0xE2, out[out.count - 2] == 0x80, b == 0xA8 || b == 0xA9 {
        out.removeLast(3)
        out += (b == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
      }
      previous = b
    }
    out.append(UInt8(ascii: "\""))
  }
}
