import Foundation
import PlansiteContent

/// The word shards of one group (`SearchIndex`): which entries hold which words, split by the
/// words' first two letters so that a query loads only the files of its own words' prefixes.
extension SearchIndex {
  /// One posting list: pairs (shard in the group × `unitsPerShard` + list in the shard, entry in the list),
  /// the entry as `-(entry + 1)` when the word is in the entry's title. Counting entries within
  /// their unit keeps the other units' postings as they were when a unit gains an entry.
  typealias Postings = [Int32]

  /// The group's word shards, by prefix file name (`prefixFileName`), sorted; each file's words
  /// sorted by their UTF-8 bytes.
  static func wordShards(_ group: Group) -> [(prefix: String, bytes: [UInt8])] {
    // The postings of each half of the group's shards on a core of its own (a changed report
    // remakes one group: this is most of the search index's part of that rebuild), joined in
    // shard order, so each word's postings stay sorted.
    let halves =
      group.shards.count > 1
      ? [0..<group.shards.count / 2, group.shards.count / 2..<group.shards.count] : [0..<group.shards.count]
    let parts = Mutex([[Substring: Postings]](repeating: [:], count: halves.count))
    DispatchQueue.concurrentPerform(iterations: halves.count) { p in
      let made = postings(group, shards: halves[p])
      parts.withLock { $0[p] = made }
    }
    var index = parts.withLock { $0[0] }
    for part in parts.withLock({ $0.dropFirst() }) {
      for (word, postings) in part { index[word, default: []] += postings }
    }
    return serialised(index, group: group.name)
  }

  /// Which entries of the shards `range` of `group` hold which words.
  private static func postings(_ group: Group, shards range: Range<Int>) -> [Substring: Postings] {
    var index: [Substring: Postings] = [:]
    for s in range {
      let shard = group.shards[s]
      for (u, list) in shard.lists.enumerated() {
        for (j, entry) in list.enumerated() {
          let title = Set(SearchText.fold(entry.title).split(separator: " "))
          // The title's words too: a search for the title finds its entry whatever the key holds.
          for word in Set(entry.key.split(separator: " ")).union(title) {
            index[word, default: []].append(Int32(s * unitsPerShard + u))
            index[word, default: []].append(title.contains(word) ? -Int32(j) - 1 : Int32(j))
          }
        }
      }
    }
    return index
  }

  /// The word shards' files of `index`, by prefix.
  private static func serialised(_ index: [Substring: Postings], group: String) -> [(prefix: String, bytes: [UInt8])] {
    var byPrefix: [String: [(word: Substring, postings: Postings)]] = [:]
    for (word, postings) in index { byPrefix[prefixFileName(word), default: []].append((word, postings)) }
    return byPrefix.sorted { $0.key < $1.key }.map { prefix, words in
      var out = Array("plansiteSearchLoaded(\"w/\(group)/\(prefix)\",{\n".utf8)
      for (i, w) in words.sorted(by: { $0.word.utf8.lexicographicallyPrecedes($1.word.utf8) }).enumerated() {
        appendJSON(String(w.word), to: &out)
        out += ":[".utf8
        for (k, n) in w.postings.enumerated() {
          if k > 0 { out.append(UInt8(ascii: ",")) }
          appendDecimal(n, to: &out)
        }
        out += (i + 1 < words.count ? "],\n" : "]\n").utf8
      }
      out += "});\n".utf8
      return (prefix, out)
    }
  }

  /// `n` in decimal ASCII, without making a String of it (postings are most of a shard's bytes).
  static func appendDecimal(_ n: Int32, to out: inout [UInt8]) {
    var magnitude = n.magnitude
    if n < 0 { out.append(UInt8(ascii: "-")) }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0
      for i in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[i]) }
    }
  }

  /// The file name of a folded word's shard: its first two letters (one for a one-letter word),
  /// `a`–`z` and `0`–`9` as they are, any other letter as `_hex_` of its code point, so that the
  /// name is plain ASCII in any file system and zip. `search.js` computes the same name.
  static func prefixFileName(_ word: some StringProtocol) -> String {
    var name = ""
    for u in word.unicodeScalars.prefix(2) {
      switch u {
      case "a"..."z", "0"..."9": name.unicodeScalars.append(u)
      default: name += "_" + String(u.value, radix: 16) + "_"
      }
    }
    return name
  }
}
