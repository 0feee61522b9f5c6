import PlansiteContent

/// Figures' fragments (`partials/figure`) handed from one page to another during a build:
/// each unit's figure is shown on its page and again on the page of its indicator's table, and
/// the plan puts that table page right after the unit pages it lists (`SiteBuilder.plan`). The
/// first page to need a fragment renders it and leaves it here; the second takes it out.
/// A fragment is handed over only for an equal figure (same key, same view), and at most
/// `limit` wait at a time, so a build holds a few thousand, never every figure of the site.
final class FigureFragments: Sendable {
  static let limit = 20_000

  private struct State {
    var waiting: [String: (figure: FigureView, html: String)] = [:]
    var offered = 0
    var taken = 0
  }
  private let state = Mutex(State())

  /// The fragment another page rendered for `figure`, removed; nil if none waits.
  func take(_ key: String, _ figure: FigureView) -> String? {
    state.withLock { s in
      guard let entry = s.waiting[key], entry.figure == figure else { return nil }
      s.waiting[key] = nil
      s.taken += 1
      return entry.html
    }
  }

  /// Leaves `html`, just rendered for `figure`, for the next page that shows it.
  func offer(_ key: String, _ figure: FigureView, _ html: String) {
    state.withLock { s in
      guard s.waiting.count < FigureFragments.limit else { return }
      s.waiting[key] = (figure, html)
      s.offered += 1
    }
  }

  /// How many fragments were left and how many taken (for `PLANSITE_TIMINGS` and tests).
  var handedOver: (offered: Int, taken: Int) { state.withLock { ($0.offered, $0.taken) } }
}
