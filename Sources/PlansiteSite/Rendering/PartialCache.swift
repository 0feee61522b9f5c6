import PlansiteContent

/// The fragments pages repeat, each rendered once by its partial, like Hugo's `partialCached`:
/// a status by `partials/status` (six for the whole build) and a figure by `partials/figure`
/// (once per page however many of its tables show it: the indicator page shows each figure
/// twice, ten thousand times a page), and across pages through `FigureFragments` when the
/// renderer gives the templates one. Templates write `{{{html}}}` inside the value; view
/// models stay plain values and the cache lives here, with the templates, for one page render.
final class PartialCache: @unchecked Sendable {
  // @unchecked: a cache serves the one thread rendering its page (`TemplateSet.render`); the
  // statuses are made before any page and only read.
  private let templates: TemplateSet
  private var figures: [String: String] = [:]

  /// The cache of the page being rendered on this thread; nil outside a render (`html` is "").
  @TaskLocal static var current: PartialCache?

  init(templates: TemplateSet) { self.templates = templates }

  /// `partials/status` for each status, rendered once per template set and its words.
  static func renderStatuses(_ templates: TemplateSet) -> [String: String] {
    Dictionary(
      uniqueKeysWithValues: Status.allCases.map { s in
        (
          s.rawValue,
          templates.library.render(
            templates.root(StatusView(s, label: templates.strings.status(s))), withTemplate: "partials/status") ?? ""
        )
      })
  }

  static func html(_ status: StatusView) -> String { current?.templates.statusHTML[status.key] ?? "" }

  static func html(_ figure: FigureView) -> String {
    guard let cache = current, let key = figure.cacheKey else { return "" }
    if let done = cache.figures[key] { return done }
    let shared = cache.templates.fragments
    if let handed = shared?.take(key, figure) {
      cache.figures[key] = handed
      return handed
    }
    let html = cache.templates.library.render(cache.templates.root(figure), withTemplate: "partials/figure") ?? ""
    cache.figures[key] = html
    shared?.offer(key, figure, html)
    return html
  }
}
