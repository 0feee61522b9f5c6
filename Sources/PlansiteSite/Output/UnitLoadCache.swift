import Foundation
import PlansiteContent

/// The loaded units of the previous build, one record per unit in the build cache's area
/// "units" (`BuildCache`): a unit whose folder did not change is not read again. A record's key
/// is the unit's `BuildFingerprint` key (the unit's folder and everything outside
/// content/districts/: plan, site settings, Action Month, templates, date, binary) and the
/// loader's context (how paths are shown, the date values are judged against); without a key
/// (a link to a folder in content/) every unit is read.
final class UnitLoadCache: DistrictLoadCache {
  static let area = "units"
  let cache: BuildCache
  private let keys: [String: String]
  private let state = Mutex((hits: 0, seen: Set<String>()))

  init(cache: BuildCache, keys: [String: String]) {
    self.cache = cache
    self.keys = keys
  }

  /// Units read from a record rather than their folder in this build.
  var hits: Int { state.withLock { $0.hits } }

  /// A record is named by the unit's code; a folder name that is not a valid code (already an
  /// error of the content) is never a file name here.
  private func key(_ slug: String, _ context: String) -> String? {
    guard ContentID.isValid(slug), let unit = keys[slug] else { return nil }
    var h = SHA256()
    h.update("\(unit)\n\(context)\n")
    return h.finalize()
  }

  /// A long-running process (`serve`) keeps the units it loaded in memory too, under the same
  /// keys: its next build neither reads nor decodes their records. A key covers everything the
  /// loaded unit is made from, so an entry is right for any build that asks with that key.
  public static func keepInMemory() { resident.withLock { $0 = $0 ?? [:] } }
  private static let resident = Mutex<[String: (key: String, unit: District?, diagnostics: Diagnostics)]?>(nil)

  func lookup(_ slug: String, context: String) -> (District?, Diagnostics)? {
    state.withLock { _ = $0.seen.insert(slug) }
    guard let key = key(slug, context) else { return nil }
    if let kept = Self.resident.withLock({ $0?[slug] }), kept.key == key {
      state.withLock { $0.hits += 1 }
      return (kept.unit, kept.diagnostics)
    }
    guard let bytes = cache.read(Self.area, slug, key: key), let record = UnitRecord.decode(bytes) else { return nil }
    state.withLock { $0.hits += 1 }
    Self.resident.withLock { $0?[slug] = (key, record.0, record.1) }
    return record
  }

  func store(_ slug: String, context: String, _ district: District?, _ diagnostics: Diagnostics) {
    guard let key = key(slug, context) else { return }
    cache.write(Self.area, slug, key: key, UnitRecord.encode(district, diagnostics))
    Self.resident.withLock { $0?[slug] = (key, district, diagnostics) }
  }

  /// Removes the records of units this load did not ask for (folders removed or renamed).
  func prune() {
    let seen = state.withLock { $0.seen }
    cache.prune(Self.area, keeping: seen)
    Self.resident.withLock { kept in kept = kept?.filter { seen.contains($0.key) } }
  }
}
