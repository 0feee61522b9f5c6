import Foundation
import PlansiteContent

/// The search index as a build's last work (`RenderPlan.last`), made again only where it changed.
///
/// A unit's entries are made from its folder and the global inputs alone (`unitKeys`; tested by
/// `SearchCacheTests`): the build cache keeps them under that key, so a unit whose page was kept
/// needs no Markdown rendered for its entries. A unit group's files (`SearchIndex`) depend only
/// on its units' entries: under the key of their keys, in order, the previous site's files are
/// kept as they are (`PageReuse`: the marker records the key of each), with the word prefixes
/// and entry count its cache record holds. A changed report thus makes its unit's group again,
/// no other. The province's shards and the manifest are made each time (small, and drawn from
/// the whole content); the writer keeps them when their bytes did not change.
struct SearchIndexSpec: Sendable {
  let model: SiteModel
  /// Unit slug → the key of its entries; empty when the build has no keys.
  let unitKeys: [String: String]
  let reuse: PageReuse?
  /// Nil without keys: nothing is read or kept.
  let cache: BuildCache?

  init(_ model: SiteModel, keys: PageKeys, reuse: PageReuse?, cache: BuildCache?) {
    self.model = model
    // `keys.districts`: the global inputs (templates and strings, site.yaml, the binary, the
    // date) and the unit's folder. Not the province's figures: no entry of a unit shows them.
    unitKeys =
      keys.global == nil
      ? [:]
      : keys.districts.mapValues { key in
        var h = SHA256()
        h.update("search entries\n\(key)\n")
        return h.finalize()
      }
    self.reuse = reuse
    self.cache = unitKeys.isEmpty ? nil : cache
  }

  /// The key of the group of the units `range` (of `content.districts`): its name, then each
  /// unit's slug and entries' key; nil when a unit has none.
  func groupKey(_ range: Range<Int>) -> String? {
    var h = SHA256()
    h.update("search group \(SearchIndex.unitGroupName(from: range.lowerBound))\n")
    for d in model.content.districts[range] {
      guard let key = unitKeys[d.slug] else { return nil }
      h.update("\(d.slug) \(key)\n")
    }
    return h.finalize()
  }

  /// A unit's entries: those its page handed back, else those the cache keeps under its key, else
  /// made from its report. Entries made this build are kept for the next.
  func entries(_ d: District, handedBack: [String: [SearchEntry]]) -> [SearchEntry] {
    let key = unitKeys[d.slug]
    if let key, handedBack[d.slug] == nil, let record = cache?.read(SearchCacheRecord.unitArea, d.slug, key: key),
      let kept = SearchCacheRecord.entries(record)
    {
      return kept
    }
    let made = handedBack[d.slug] ?? model.unitSearchEntries(d)
    if let key { cache?.write(SearchCacheRecord.unitArea, d.slug, key: key, SearchCacheRecord.unit(made)) }
    return made
  }

  /// A unit group kept from the previous site: its files' paths and recorded sizes, and what
  /// the manifest and the search page take from it.
  struct KeptGroup {
    var paths: [String]
    var sizes: [Int]
    var listing: SearchIndex.Listing
    var entryCount: Int
  }

  /// The group of `range` as the previous site has it, when that site made it from `key` and
  /// the cache holds its record under the same key.
  func keptGroup(_ range: Range<Int>, key: String) -> KeptGroup? {
    let name = SearchIndex.unitGroupName(from: range.lowerBound)
    guard let cache, let reuse, let record = cache.read(SearchCacheRecord.groupArea, name, key: key),
      let group = SearchCacheRecord.group(record)
    else { return nil }
    let shards = SearchIndex.unitShardNames(range)
    let paths =
      shards.map(SearchIndex.entryShardPath) + group.prefixes.map { SearchIndex.wordShardPath(group: name, prefix: $0) }
    guard let sizes = reuse.sizes(of: paths, madeFrom: key) else { return nil }
    return KeptGroup(
      paths: paths, sizes: sizes, listing: SearchIndex.Listing(name: name, shards: shards, prefixes: group.prefixes),
      entryCount: group.entryCount)
  }

  /// The files of the unit group `range`, made from its units' entries (kept for the next
  /// build under `key`), and its number of entries.
  func make(_ range: Range<Int>, key: String?, handedBack: [String: [SearchEntry]]) -> (
    files: [(path: String, bytes: [UInt8])], listing: SearchIndex.Listing, entryCount: Int
  ) {
    let lists = model.content.districts[range].map { entries($0, handedBack: handedBack) }
    let group = SearchIndex.unitGroup(lists, from: range.lowerBound)
    let words = SearchIndex.wordShards(group)
    let listing = SearchIndex.Listing(name: group.name, shards: group.shards.map(\.name), prefixes: words.map(\.prefix))
    let count = lists.reduce(0) { $0 + $1.count }
    if let key {
      cache?.write(
        SearchCacheRecord.groupArea, group.name, key: key,
        SearchCacheRecord.group(.init(entryCount: count, prefixes: listing.prefixes)))
    }
    return (SearchIndex.groupFiles(group, words: words), listing, count)
  }

  /// Every file of the index and `search/index.html`; `handedBack`: the entries of the units
  /// whose pages were made this build.
  @Sendable func run(_ handedBack: [String: [SearchEntry]]) -> RenderOutput {
    let districts = model.content.districts
    let provinceEntries = model.provinceSearchEntries()
    let province = SearchIndex.provinceGroups(provinceEntries)
    var listings: [SearchIndex.Listing] = []
    var files: [RenderJob] = []
    for (group, words) in zip(province, SearchIndex.wordShards(province)) {
      listings.append(.init(name: group.name, shards: group.shards.map(\.name), prefixes: words.map(\.prefix)))
      files += SearchIndex.groupFiles(group, words: words).map { RenderJob.file($0.path, $0.bytes) }
    }
    var entryCount = provinceEntries.count

    let ranges = SearchIndex.unitGroupRanges(districts.count)
    let keys = ranges.map(groupKey)
    let kept = zip(ranges, keys).map { range, key in key.flatMap { keptGroup(range, key: $0) } }
    // The groups made again, on every core; their units' entries are read or made there too.
    let remake = ranges.indices.filter { kept[$0] == nil }
    let made = Mutex([Int: (files: [(path: String, bytes: [UInt8])], listing: SearchIndex.Listing, entryCount: Int)]())
    DispatchQueue.concurrentPerform(iterations: remake.count) { k in
      let i = remake[k]
      let group = make(ranges[i], key: keys[i], handedBack: handedBack)
      made.withLock { $0[i] = group }
    }
    // A kept file that is gone from the site (or changed size) is made again with its group.
    let fallback = Mutex([Int: [String: [UInt8]]]())
    var pathKeys: [String: String] = [:]
    for i in ranges.indices {
      if let group = kept[i] {
        listings.append(group.listing)
        entryCount += group.entryCount
        files += zip(group.paths, group.sizes).map { path, size in
          .reuse(path, size: size) {
            let bytes = fallback.withLock { remade in
              if remade[i] == nil {
                let files = make(ranges[i], key: keys[i], handedBack: handedBack).files
                remade[i] = Dictionary(files, uniquingKeysWith: { a, _ in a })
              }
              return remade[i]?[path] ?? []
            }
            return .file(path, bytes)
          }
        }
        for path in group.paths { pathKeys[path] = keys[i] }
      } else if let group = made.withLock({ $0[i] }) {
        listings.append(group.listing)
        entryCount += group.entryCount
        files += group.files.map { RenderJob.file($0.path, $0.bytes) }
        if let key = keys[i] { for file in group.files { pathKeys[file.path] = key } }
      }
    }
    if let cache {
      cache.prune(SearchCacheRecord.unitArea, keeping: Set(districts.map(\.slug)))
      cache.prune(
        SearchCacheRecord.groupArea, keeping: Set(ranges.map { SearchIndex.unitGroupName(from: $0.lowerBound) }))
    }
    let manifest = RenderJob.file(
      SearchIndex.path, SearchIndex.manifest(listings, notice: model.strings[.searchIndexNotice]))
    return RenderOutput(jobs: [manifest] + files + [model.searchPage(entryCount: entryCount)], keys: pathKeys)
  }
}
