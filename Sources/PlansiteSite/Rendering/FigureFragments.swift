import PlansiteContent

/// Figures' fragments (`partials/figure`) handed from one page to another during a build:
/// each unit's figure is shown on its page and again on the page of its indicator's table, and
/// the plan puts that table page right after the unit pages it lists (`SiteBuilder.plan`). The
/// first page to need a fragment renders it and leaves it here; the second takes it out.
/// A fragment is handed over only for an equal figure (same key, same view), and at most
/// `limit` wait at a time, so a build holds a few thousand, never every figure of the site.
final class FigureFragments: Sendable {
  static let limit = 20_000

  private struct Waiting {
    var figure: FigureView
    var html: String
  }
  private let waiting = Mutex([String: Waiting]())
  private let counts = Mutex((offered: 0, taken: 0))

  /// The fragment another page rendered for `figure`, removed; nil if none waits.
  func take(_ key: String, _ figure: FigureView) -> String? {
    let found = waiting.withLock { w -> String? in
      guard let entry = w[key], entry.figure == figure else { return nil }
      w[key] = nil
      return entry.html
    }
    if found != nil { counts.withLock { $0.taken += 1 } }
    return found
  }

  /// Leaves `html`, just rendered for `figure`, for the next page that shows it.
  func offer(_ key: String, _ figure: FigureView, _ html: String) {
    let kept = waiting.withLock { w -> Bool in
      guard w.count < FigureFragments.limit else { return false }
      w[key] = Waiting(figure: figure, html: html)
      return true
    }
    if kept { counts.withLock { $0.offered += 1 } }
  }

  /// How many fragments were left and how many taken (for `PLANSITE_TIMINGS` and tests).
  var handedOver: (offered: Int, taken: Int) { counts.withLock { $0 } }
}
