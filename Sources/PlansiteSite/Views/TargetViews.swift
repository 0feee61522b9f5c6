import PlansiteContent

/// One indicator's province figures, one per period (targets list, home).
public struct IndicatorRowView: Sendable {
  public var id: String
  public var label: String
  public var href: String
  public var measure: String
  public var target: String
  public var baseline: String
  public var figures: [PeriodFigureView]
}

/// A figure in a named period.
public struct PeriodFigureView: Sendable {
  public var periodID: String
  public var periodLabel: String
  public var figure: FigureView
}

/// A target with its indicators.
public struct TargetView: Sendable {
  public var id: String
  public var title: String
  public var text: String
  public var anchor: String
  public var indicators: [IndicatorRowView]
}

/// A target at a glance (home tiles, the targets index's small multiples): its status in a
/// period and a chart of its indicators against their targets.
public struct TargetTileView: Sendable {
  public var id: String
  public var title: String
  public var href: String
  public var status: StatusView
  public var chart: ChartView
  /// The target has measured indicators (a qualitative target has no chart).
  public var hasChart: Bool
  public var indicatorCount: Int
}

/// `targets/index.html`.
public struct TargetsPageView: Sendable {
  public var periodLabel: String
  public var tiles: [TargetTileView]
  public var periods: [PeriodHeaderView]
  public var summaries: [PeriodSummaryView]
  public var targets: [TargetView]
  public var legend: [StatusView]
  public var csvHref: String
}

public struct PeriodHeaderView: Sendable {
  public var id: String
  public var label: String
  /// The units' deadline in the plan's words: `trước ngày 20/05/2023`, `chậm nhất ngày 15/06/2024`.
  public var due: String
}

/// How many indicators are in each status in a period.
public struct PeriodSummaryView: Sendable {
  public var label: String
  public var counts: [StatusCountView]
  public var total: Int
}

extension SiteModel {
  /// A target's anchor in the targets tables (`partials/targets-table` adds `-title`).
  static func targetAnchor(_ t: Target) -> String { "muc-tieu-\(t.id.lowercased())" }

  var periodHeaders: [PeriodHeaderView] {
    plan.periods.map { PeriodHeaderView(id: $0.id, label: $0.label, due: dueText($0, $0.due)) }
  }

  var periodSummaries: [PeriodSummaryView] {
    plan.periods.map { PeriodSummaryView(label: $0.label, counts: statusCounts($0), total: plan.indicators.count) }
  }

  func indicatorRow(_ ind: Indicator, root: String) -> IndicatorRowView {
    IndicatorRowView(
      id: ind.id, label: ind.label, href: root + SitePaths.indicator(ind.id), measure: measureLabel(ind.measure),
      target: targetText(ind), baseline: baselineText(ind),
      figures: plan.periods.map {
        PeriodFigureView(periodID: $0.id, periodLabel: $0.label, figure: figureView(ind, $0))
      })
  }

  func targetViews(root: String) -> [TargetView] {
    plan.targets.map { t in
      TargetView(
        id: t.id, title: t.title, text: t.text, anchor: SiteModel.targetAnchor(t),
        indicators: t.indicators.map { indicatorRow($0, root: root) })
    }
  }

  /// A target's status in a period: a shortfall when any indicator falls short, else the
  /// least advanced of its measured indicators; no data or qualitative when nothing is measured.
  func targetStatus(_ t: Target, _ p: Period) -> Status {
    let statuses = t.indicators.map { scoreboard.figure($0.id, p.id).status }
    let measured = statuses.filter { [.achieved, .onTrack].contains($0) || ChartView.isShortfall($0.rawValue) }
    if let short = measured.first(where: { ChartView.isShortfall($0.rawValue) }) { return short }
    if let least = measured.max() { return least }
    return statuses.first { $0 != .qualitative } ?? .qualitative
  }

  func targetTiles(_ p: Period, root: String) -> [TargetTileView] {
    plan.targets.map { t in
      let chart = targetChart(t, p, id: "bieu-do-muc-tieu-\(t.id.lowercased())")
      return TargetTileView(
        id: t.id, title: t.title, href: root + SitePaths.targets + "#" + SiteModel.targetAnchor(t),
        status: statusView(targetStatus(t, p)), chart: chart, hasChart: chart.hasRows,
        indicatorCount: t.indicators.count)
    }
  }

  /// Units by how many indicators fall short in `p`, most first (ties in administrative order);
  /// units with none are left out. `limit`: only the first so many are made into views.
  func unitShortfalls(_ p: Period, root: String, limit: Int? = nil) -> [UnitShortfallView] {
    // Indicator by indicator over every unit's figures (one lookup each), not unit by unit.
    var short = [[Int]](repeating: [], count: content.districts.count)
    for (k, ind) in plan.indicators.enumerated() {
      for (u, f) in scoreboard.unitFigures(ind.id, p.id).enumerated() where ChartView.shortfalls.contains(f.status) {
        short[u].append(k)
      }
    }
    let order = short.indices.filter { !short[$0].isEmpty }.sorted { a, b in
      short[a].count != short[b].count ? short[a].count > short[b].count : a < b
    }
    return order.prefix(limit ?? order.count).enumerated().map { rank, u in
      let d = content.districts[u]
      return UnitShortfallView(
        rank: rank + 1, name: d.fullName, href: root + SitePaths.district(d.slug), count: short[u].count,
        indicators: short[u].map { k in
          LinkView(label: plan.indicators[k].id, href: root + SitePaths.indicator(plan.indicators[k].id))
        })
    }
  }

  func targetsPage() -> RenderJob {
    let path = SitePaths.targets
    let root = SitePaths.root(of: path)
    let latest = latestPeriod
    let page = TargetsPageView(
      periodLabel: latest?.label ?? "", tiles: latest.map { targetTiles($0, root: root) } ?? [],
      periods: periodHeaders, summaries: periodSummaries, targets: targetViews(root: root), legend: legend,
      csvHref: root + SitePaths.csv)
    return .page(path, "targets", PageContext(layout: layout(path: path, title: strings[.titleTargets]), page: page))
  }
}
