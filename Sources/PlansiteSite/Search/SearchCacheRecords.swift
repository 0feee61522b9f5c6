import PlansiteContent

/// What the build cache keeps of the search index (`SearchIndexSpec`), in area `search`: a
/// unit's entries, one record per unit slug; in area `search-groups`: a unit group's number of
/// entries and word prefixes, one record per group name. Each record ends with a checksum of
/// its bytes, so a record changed on disk is a miss even where it still parses.
enum SearchCacheRecord {
  static let unitArea = "search"
  static let groupArea = "search-groups"

  /// Entries as they are: each field's text, the key already folded. Reading gives back equal
  /// entries (`SearchEntry` is `Equatable` over these five fields).
  static func unit(_ entries: [SearchEntry]) -> [UInt8] {
    var w = ByteWriter()
    w.array(entries) { w, e in
      for field in [e.kind, e.title, e.url, e.snippet, e.key] { w.string(field) }
    }
    return sealed(w.bytes)
  }

  /// The entries of a record `unit` wrote; nil for anything else.
  static func entries(_ record: [UInt8]) -> [SearchEntry]? {
    guard let bytes = unsealed(record) else { return nil }
    var r = ByteReader(bytes)
    let entries = try? r.array { r in
      let (kind, title, url) = (try r.string(), try r.string(), try r.string())
      return SearchEntry(kind: kind, title: title, url: url, snippet: try r.string(), key: try r.string())
    }
    return r.isAtEnd ? entries : nil
  }

  /// A unit group as the next build keeps it without making it: the search page's entry count
  /// takes its number of entries, the manifest its word prefixes.
  struct Group: Equatable {
    var entryCount: Int
    var prefixes: [String]
  }

  static func group(_ group: Group) -> [UInt8] {
    var w = ByteWriter()
    w.int(group.entryCount)
    w.array(group.prefixes) { $0.string($1) }
    return sealed(w.bytes)
  }

  static func group(_ record: [UInt8]) -> Group? {
    guard let bytes = unsealed(record) else { return nil }
    var r = ByteReader(bytes)
    guard let count = try? r.int(), count >= 0, let prefixes = try? r.array({ try $0.string() }), r.isAtEnd else {
      return nil
    }
    return Group(entryCount: count, prefixes: prefixes)
  }

  /// `bytes` and their FNV-1a 64 checksum (8 bytes, little-endian).
  static func sealed(_ bytes: [UInt8]) -> [UInt8] {
    var sum = checksum(bytes[...])
    return bytes
      + (0..<8).map { _ in
        defer { sum >>= 8 }
        return UInt8(truncatingIfNeeded: sum)
      }
  }

  /// The bytes `sealed` was given, when its checksum holds.
  static func unsealed(_ record: [UInt8]) -> [UInt8]? {
    guard record.count >= 8 else { return nil }
    let body = record[..<(record.count - 8)]
    var sum = checksum(body)
    for b in record[(record.count - 8)...] {
      guard b == UInt8(truncatingIfNeeded: sum) else { return nil }
      sum >>= 8
    }
    return Array(body)
  }

  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return h
  }
}

extension SearchEntry {
  /// An entry as a cache record holds it: the fields as they are (no snippet cut, no folding).
  init(kind: String, title: String, url: String, snippet: String, key: String) {
    self.kind = kind
    self.title = title
    self.url = url
    self.snippet = snippet
    self.key = key
  }
}
