import PlansiteContent

/// `districts/xep_hang/index.html`: units ranked by how many indicators fall short in the latest
/// period with data, as a chart of the first `RankingPageView.chartCount` and a table of the first
/// `RankingPageView.tableCount` (bounded: a national programme has thousands of units).
public struct RankingPageView: Sendable {
  public var periodLabel: String
  public var chart: ChartView
  public var hasChart: Bool
  public var units: [UnitShortfallView]
  public var hasUnits: Bool
  /// Units with at least one indicator short, and all units.
  public var shortCount: Int
  public var unitCount: Int
  public var isTruncated: Bool
  public var tableCount: Int
  public var districtsHref: String
}

extension RankingPageView {
  static let chartCount = 20
  static let tableCount = 100
}

extension SiteModel {
  func rankingPage() -> RenderJob {
    let path = SitePaths.ranking
    let root = SitePaths.root(of: path)
    let period = latestPeriod
    let all = period.map { unitShortfalls($0, root: root) } ?? []
    let most = Double(all.first?.count ?? 1)
    // The status a shortfall carries in this period (the scoreboard's word for it, not a literal).
    let shortStatus =
      period.flatMap { p in
        plan.indicators.lazy.flatMap { ind in
          self.content.districts.lazy.map { self.scoreboard.figure(ind.id, p.id, district: $0.slug).status }
        }.first { ChartView.isShortfall($0.rawValue) }
      } ?? .behind
    let bars = all.prefix(RankingPageView.chartCount).map { u in
      ChartBar(
        name: u.name,
        figure: FigureView(
          text: "\(u.count)", detail: "", status: statusView(shortStatus), bar: nil, coverage: "", notes: [],
          hasData: true),
        target: "", share: Double(u.count) / most, targetShare: nil)
    }
    let chart = ChartView.make(
      id: "bieu-do-xep-hang", periodLabel: period?.label ?? "", countsIndicators: true, target: "", bars: Array(bars),
      words: strings)
    let page = RankingPageView(
      periodLabel: period?.label ?? "", chart: chart, hasChart: chart.hasRows,
      units: Array(all.prefix(RankingPageView.tableCount)), hasUnits: !all.isEmpty, shortCount: all.count,
      unitCount: content.districts.count, isTruncated: all.count > RankingPageView.tableCount,
      tableCount: RankingPageView.tableCount, districtsHref: root + SitePaths.districts)
    return .page(
      path, "ranking",
      PageContext(
        layout: layout(
          path: path, title: strings[.rankingTitle],
          crumbs: [(strings[.navUnits], SitePaths.districts)]), page: page))
  }
}
