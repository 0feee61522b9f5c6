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

/// `targets/index.html`.
public struct TargetsPageView: Sendable {
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

  func targetsPage() -> RenderJob {
    let path = SitePaths.targets
    let root = SitePaths.root(of: path)
    let page = TargetsPageView(
      periods: periodHeaders, summaries: periodSummaries, targets: targetViews(root: root), legend: legend,
      csvHref: root + SitePaths.csv)
    return .page(path, "targets", PageContext(layout: layout(path: path, title: strings[.titleTargets]), page: page))
  }
}
