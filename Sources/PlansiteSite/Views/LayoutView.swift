import PlansiteContent

/// What the base layout (`layout.mustache`) receives on every page, under `layout`.
public struct LayoutView: Sendable {
  public var lang: String
  public var siteTitle: String
  /// The page's own title (the `h1` and `<title>`).
  public var pageTitle: String
  /// Prefix from this page to the site root (`../../`); every href starts with it.
  public var root: String
  public var stylesheet: String
  public var nav: [LinkView]
  /// Empty on the home page.
  public var breadcrumbs: [LinkView]
  public var hasBreadcrumbs: Bool
  /// Shows the "Số liệu minh họa" notice.
  public var sampleData: Bool
  public var footer: String
  public var issuer: String
  /// `dd/mm/yyyy` of the build date.
  public var buildDate: String
  public var searchHref: String
  /// The word for the plan's units from their kinds: "huyện, thành phố", "xã, phường", "đơn vị".
  public var units: String
  /// A unit's name for the search box's example ("Đình Lập"), and the same typed without marks
  /// ("dinh lap"); empty in a plan without units.
  public var exampleUnit: String
  public var exampleUnitFolded: String
  /// The search box's example ("Ví dụ: Đình Lập", `layout_search_placeholder` with the unit);
  /// empty in a plan without units.
  public var searchPlaceholder: String
  /// The "Số liệu minh họa" sentence with the units' word (`layout_sample_text`).
  public var sampleText: String
  /// Once the plan is over (`Plan.isFinished`): its last deadline in the plan's words
  /// (`trước ngày 20/11/2023`) and the data's as-of date, for
  /// the notice that the site is a record. Empty while the plan runs.
  public var planEndedOn: String = ""
  public var dataAsOf: String = ""
}

/// The context every page template is rendered with: the layout plus the page's own view.
public struct PageContext<Page: Sendable>: Sendable {
  public var layout: LayoutView
  public var page: Page
}

extension SiteModel {
  static let navItems: [(StringKey, String)] = [
    (.navHome, SitePaths.home), (.navPlan, SitePaths.plan), (.navTargets, SitePaths.targets),
    (.navUnits, SitePaths.districts), (.navActionMonth, SitePaths.actionMonth),
    (.navCalendar, SitePaths.calendar),
  ]

  /// The layout for the page at `path`; `crumbs` are (label, site path) pairs between home and
  /// the page itself.
  func layout(path: String, title: String, crumbs: [(String, String)] = []) -> LayoutView {
    let root = SitePaths.root(of: path)
    let section = path.split(separator: "/").first.map(String.init) ?? ""
    let nav = SiteModel.navItems.map { key, target in
      let targetSection = target.split(separator: "/").first.map(String.init) ?? ""
      let current = target == path || (target != SitePaths.home && targetSection == section)
      return LinkView(label: strings[key], href: root + target, current: current)
    }
    var breadcrumbs: [LinkView] = []
    if path != SitePaths.home {
      breadcrumbs.append(LinkView(label: strings[.navHome], href: root + SitePaths.home))
      breadcrumbs += crumbs.map { LinkView(label: $0.0, href: root + $0.1) }
      breadcrumbs.append(LinkView(label: title, href: root + path, current: true))
    }
    return LayoutView(
      lang: content.site.language, siteTitle: content.site.title, pageTitle: title, root: root,
      stylesheet: root + SitePaths.stylesheet, nav: nav, breadcrumbs: breadcrumbs,
      hasBreadcrumbs: !breadcrumbs.isEmpty, sampleData: content.site.sampleData,
      footer: content.site.footer, issuer: content.plan.issuer,
      buildDate: format.date(today), searchHref: root + SitePaths.search, units: unitWords,
      exampleUnit: exampleUnit?.name ?? "", exampleUnitFolded: exampleUnit.map { SearchText.fold($0.name) } ?? "",
      searchPlaceholder: exampleUnit.map { strings.format(.layoutSearchPlaceholder, ["unit": $0.name]) } ?? "",
      sampleText: strings.format(.layoutSampleText, ["units": unitWords]),
      planEndedOn: planFinished ? lastDeadlineText : "",
      dataAsOf: planFinished ? dataAsOf.map(format.date) ?? "" : "")
  }
}

extension LayoutView {
  /// Ids `layout.mustache` gives every page (the skip link's target, the search box).
  static let templateIDs: Set<String> = ["noi-dung", "tim-nhanh"]
}
