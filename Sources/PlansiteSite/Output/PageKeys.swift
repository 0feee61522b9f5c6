import PlansiteContent

/// The keys the files of a build are made from (`BuildFingerprint`), as `SiteBuilder.plan`
/// asks for them: a file whose key is the one the previous site's marker records for it is kept
/// (`PageReuse`). A key must cover everything the file shows; `PageReuseTests` renders each
/// kind of file from a model holding only what its key covers and checks the bytes are the same.
public struct PageKeys: Sendable {
  /// The digest of everything outside `content/districts/`; nil: no keys, every file is made.
  var global: String?
  /// District slug → the key of its page, calendar and own reports (its whole folder).
  var districts: [String: String]
  /// District slug → the key of its figures and name (`BuildFingerprint.figureKeys`).
  var figures: [String: String]
  /// District slug → the key of everything of it but its report (`BuildFingerprint.summaryKeys`).
  var summaries: [String: String]
  /// District slug → the key of its name and events (`BuildFingerprint.eventKeys`).
  var events: [String: String]

  public init(
    global: String? = nil, districts: [String: String] = [:], figures: [String: String] = [:],
    summaries: [String: String] = [:], events: [String: String] = [:]
  ) {
    self.global = global
    self.districts = districts
    self.figures = figures
    self.summaries = summaries
    self.events = events
  }

  public init(_ fingerprint: BuildFingerprint) {
    self.init(
      global: fingerprint.global, districts: fingerprint.districtKeys, figures: fingerprint.figureKeys,
      summaries: fingerprint.summaryKeys, events: fingerprint.eventKeys)
  }

  /// The key of a file made from the plan and the figures of `units`, in this order (`what`
  /// names the file, so two files never share a key by accident); nil when a unit has no key.
  func figures(of units: [District], _ what: String) -> String? { key(figures, units, what) }

  /// The key of a file made from the plan and everything of `units` but their reports: the
  /// province's pages.
  func summaries(of units: [District], _ what: String) -> String? { key(summaries, units, what) }

  /// The key of a file made from the plan and the names and events of `units`: the calendar
  /// file and the Action Month page.
  func events(of units: [District], _ what: String) -> String? { key(events, units, what) }

  private func key(_ keys: [String: String], _ units: [District], _ what: String) -> String? {
    guard let global else { return nil }
    var h = SHA256()
    h.update("\(global)\n\(what)\n")
    for d in units {
      guard let key = keys[d.slug] else { return nil }
      h.update("\(d.slug) \(key)\n")
    }
    return h.finalize()
  }
}
