import PlansiteContent
import PlansiteMarkdown

/// `index.html`: a dashboard whose first screen answers where the plan stands in the latest
/// period with data: targets and indicators per status and which are behind, the units behind
/// most, what is due next and who has not sent it, and the Action Month. A tile per target
/// follows; the full tables live on the targets pages, the plan's particulars on the plan page.
public struct HomePageView: Sendable {
  public var planTitle: String
  public var periodLabel: String
  public var targetCounts: [StatusCountView]
  public var targetTotal: Int
  public var indicatorCounts: [StatusCountView]
  public var indicatorTotal: Int
  /// Targets and indicators with a shortfall status, linked.
  public var behindTargets: [LinkView]
  public var hasBehindTargets: Bool
  public var behindIndicators: [LinkView]
  public var hasBehindIndicators: Bool
  /// The units with the most indicators behind (at most `HomePageView.topUnitCount`).
  public var topUnits: [UnitShortfallView]
  public var hasTopUnits: Bool
  public var rankingHref: String
  /// The next deadlines (none once the plan's last one has passed).
  public var deadlines: [DatedItemView]
  public var hasDeadlines: Bool
  /// The period whose reports are awaited next (else the last one), and the units that have not sent it.
  public var awaitedPeriod: String
  public var awaitedDue: String
  public var notSubmitted: [LinkView]
  public var hasNotSubmitted: Bool
  public var actionMonthTheme: String
  public var actionMonthDates: String
  public var actionMonthHref: String
  /// "đang diễn ra", "còn 12 ngày", "đã qua".
  public var actionMonthWhen: String
  /// Activities on now, and the next ones (three in all), linked to the Action Month page.
  public var eventsOnNow: [EventView]
  public var eventsNext: [EventView]
  public var hasEventsOnNow: Bool
  public var hasEventsNext: Bool
  public var tiles: [TargetTileView]
  public var legend: [StatusView]
  /// The schematic map of the units, when the content places them.
  public var map: UnitMapView
  public var planHref: String
  public var links: [LinkView]
}

extension HomePageView {
  static let topUnitCount = 5
}

/// A unit and how many of its indicators fall short in a period.
public struct UnitShortfallView: Sendable {
  public var rank: Int
  public var name: String
  public var href: String
  public var count: Int
  /// The indicators behind, linked.
  public var indicators: [LinkView]
}

/// `plan/index.html`.
public struct PlanPageView: Sendable {
  public var title: String
  /// The number as the document prints it; `numberIsBlank`: it starts with "/" (the number is
  /// given when the document is registered), so the page leaves the blank before it.
  public var number: String
  public var numberIsBlank: Bool
  /// The signature block as printed: "KT. GIÁM ĐỐC" (`signsFor`, may be empty), the title, the name.
  public var signsFor: String
  public var signerTitle: String
  public var signerName: String
  /// The place-and-date line: "Lạng Sơn", and the date or, unsigned, the year with blanks.
  public var place: String
  public var signedDay: String
  public var signedMonth: String
  public var year: String
  public var issuer: String
  public var signer: String
  public var basisHTML: String
  public var toc: [TocEntryView]
  public var sections: [SectionView]
  public var targets: [TargetView]
  public var periods: [PeriodHeaderView]
  public var legend: [StatusView]
  /// The targets' part number as the plan numbers its parts ("II. " after "I. Mục đích…"),
  /// or empty when its headings carry no Roman numerals.
  public var targetsNumber: String
}

extension PlanPageView {
  /// Ids of `plan.mustache` and the layout; section headings must not take them.
  static let templateIDs: Set<String> = LayoutView.templateIDs.union(["muc-luc", "muc-tieu"])
}

public struct TocEntryView: Sendable {
  public var label: String
  public var href: String
  public var level: Int
}

public struct SectionView: Sendable {
  public var html: String
  /// Section II (the targets, from plan.yaml) follows this section.
  public var targetsFollow: Bool
}

extension SiteModel {
  var signerText: String {
    let head = plan.signer.signsFor.map { "KT. \($0) – " } ?? ""
    return (head + "\(plan.signer.title) \(plan.signer.name)").trimmingCharacters(in: .whitespaces)
  }

  func homePage() -> RenderJob {
    let path = SitePaths.home
    let period = latestPeriod
    let tiles = period.map { targetTiles($0, root: "") } ?? []
    let targetStatuses = period.map { p in plan.targets.map { targetStatus($0, p) } } ?? []
    let behindTargets = zip(plan.targets, targetStatuses).filter { ChartView.isShortfall($1.rawValue) }.map { t, _ in
      LinkView(label: "\(t.id). \(t.title)", href: SitePaths.targets + "#" + SiteModel.targetAnchor(t))
    }
    let behindIndicators =
      period.map { p in
        plan.indicators.filter { ChartView.isShortfall(scoreboard.figure($0.id, p.id).status.rawValue) }.map {
          LinkView(label: "\($0.id). \($0.label)", href: SitePaths.indicator($0.id))
        }
      } ?? []
    let top = period.map { unitShortfalls($0, root: "", limit: HomePageView.topUnitCount) } ?? []
    // The reports awaited next: the first period not yet due, else the last one.
    let awaited = plan.periods.first { $0.due > today } ?? plan.periods.last
    let missing =
      awaited.map { p in
        content.districts.filter { $0.submissions[p.id] == nil }.map {
          LinkView(label: $0.fullName, href: SitePaths.district($0.slug))
        }
      } ?? []
    let deadlines = nextDeadlines(2)
    let am = content.actionMonth
    let amItem = datedItems.first { $0.kind == .actionMonth }.map(view)
    // Activities on now, then the next ones, three in all (`EventView`: the names every
    // template knows, whatever the build date).
    let coming = allEvents.filter { $0.end >= today }.prefix(3)
    let onNow = coming.filter { $0.start <= today }.map { eventView($0, root: "") }
    let next = coming.filter { $0.start > today }.map { eventView($0, root: "") }
    let page = HomePageView(
      planTitle: plan.title, periodLabel: period?.label ?? "",
      targetCounts: counts(targetStatuses), targetTotal: plan.targets.count,
      indicatorCounts: period.map(statusCounts) ?? [], indicatorTotal: plan.indicators.count,
      behindTargets: behindTargets, hasBehindTargets: !behindTargets.isEmpty, behindIndicators: behindIndicators,
      hasBehindIndicators: !behindIndicators.isEmpty, topUnits: top, hasTopUnits: !top.isEmpty,
      rankingHref: SitePaths.ranking, deadlines: deadlines, hasDeadlines: !deadlines.isEmpty,
      awaitedPeriod: awaited?.label ?? "", awaitedDue: awaited.map { format.date($0.due) } ?? "",
      notSubmitted: missing, hasNotSubmitted: !missing.isEmpty, actionMonthTheme: am.theme,
      actionMonthDates: format.range(am.start, am.end), actionMonthHref: SitePaths.actionMonth,
      actionMonthWhen: amItem?.countdown ?? "", eventsOnNow: onNow, eventsNext: next,
      hasEventsOnNow: !onNow.isEmpty, hasEventsNext: !next.isEmpty,
      tiles: tiles, legend: legend, map: unitMap(root: ""), planHref: SitePaths.plan,
      links: [
        LinkView(label: strings[.homeLinkTargets], href: SitePaths.targets),
        LinkView(label: strings[.homeLinkUnits], href: SitePaths.districts),
        LinkView(label: strings[.homeLinkCalendar], href: SitePaths.calendar),
        LinkView(label: strings[.homeLinkCSV], href: SitePaths.csv),
      ])
    return .page(path, "home", PageContext(layout: layout(path: path, title: content.site.title), page: page))
  }

  /// The Roman numeral after the first section's top-level parts, when they are numbered
  /// ("# I. Mục đích, yêu cầu" → "II. "); the targets come after that section.
  var targetsNumber: String {
    guard let first = renderedPlanSections.first, let top = first.headings.map(\.level).min() else { return "" }
    let parts = first.headings.filter { $0.level == top }
    let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    guard let lead = parts.first?.text.split(separator: ".").first, numerals.contains(String(lead)),
      parts.count < numerals.count
    else { return "" }
    return numerals[parts.count] + ". "
  }

  /// How many of `statuses` are in each status, in the statuses' order.
  func counts(_ statuses: [Status]) -> [StatusCountView] {
    Status.allCases.compactMap { s in
      let n = statuses.count { $0 == s }
      return n > 0 ? StatusCountView(status: statusView(s), count: n) : nil
    }
  }

  func planPage() -> RenderJob {
    let path = SitePaths.plan
    var toc: [TocEntryView] = []
    var sections: [SectionView] = []
    for (i, r) in renderedPlanSections.enumerated() {
      toc += r.headings.filter { $0.level <= 3 }.map {
        TocEntryView(label: $0.text, href: "#" + $0.id, level: $0.level)
      }
      sections.append(SectionView(html: r.html, targetsFollow: i == 0))
      // Section II (the targets) sits after section I, as in the plan.
      if i == 0 {
        toc.append(TocEntryView(label: targetsNumber + strings[.planTargetsHeading], href: "#muc-tieu", level: 2))
      }
    }
    let page = PlanPageView(
      title: plan.title, number: plan.number, numberIsBlank: plan.number.hasPrefix("/"),
      signsFor: plan.signer.signsFor?.uppercased() ?? "", signerTitle: plan.signer.title.uppercased(),
      signerName: plan.signer.name, place: plan.place ?? "",
      signedDay: plan.signed.map { String(format: "%02d", $0.day) } ?? "",
      signedMonth: plan.signed.map { String(format: "%02d", $0.month) } ?? "", year: String(plan.year),
      issuer: plan.issuer, signer: signerText, basisHTML: plan.basis.map { markdown($0, prefix: "can-cu-") } ?? "",
      toc: toc, sections: sections,
      targets: targetViews(root: SitePaths.root(of: path)), periods: periodHeaders, legend: legend,
      targetsNumber: targetsNumber)
    return .page(
      path, "plan",
      PageContext(
        layout: layout(path: path, title: strings.format(.titlePlan, ["year": String(plan.year)])), page: page))
  }
}
