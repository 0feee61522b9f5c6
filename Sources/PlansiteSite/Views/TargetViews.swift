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
  /// units with none are left out.
  func unitShortfalls(_ p: Period, root: String) -> [UnitShortfallView] {
    let figures = plan.indicators.map { scoreboard.unitFigures($0.id, p.id) }
    let counted = content.districts.enumerated().map { u, d in
      (
        d,
        plan.indicators.indices.filter { k in
          figures[k].count > u && ChartView.isShortfall(figures[k][figures[k].startIndex + u].status.rawValue)
        }.map { plan.indicators[$0] }
      )
    }.filter { !$0.1.isEmpty }
    let sorted = counted.enumerated().sorted { a, b in
      a.element.1.count != b.element.1.count ? a.element.1.count > b.element.1.count : a.offset < b.offset
    }
    return sorted.enumerated().map { rank, item in
      let (d, inds) = item.element
      return UnitShortfallView(
        rank: rank + 1, name: d.fullName, href: root + SitePaths.district(d.slug), count: inds.count,
        indicators: inds.map { LinkView(label: $0.id, href: root + SitePaths.indicator($0.id)) })
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
