import PlansiteContent
import PlansiteMarkdown

/// `index.html`.
public struct HomePageView: Sendable {
  public var planTitle: String
  public var planNumber: String
  public var issuer: String
  public var signer: String
  public var basisHTML: String
  public var latestPeriod: String
  public var statusCounts: [StatusCountView]
  /// Count indicators with a baseline and a whole (target 9: 144/200 → 150/200).
  public var headlines: [HeadlineView]
  public var deadlines: [DatedItemView]
  public var hasDeadlines: Bool
  public var actionMonthTheme: String
  public var actionMonthDates: String
  public var actionMonthHref: String
  public var targets: [TargetView]
  public var periods: [PeriodHeaderView]
  public var legend: [StatusView]
  public var periodLabel: String
  public var links: [LinkView]
}

/// Progress of a count from its baseline toward its target.
public struct HeadlineView: Sendable {
  public var label: String
  public var href: String
  public var baseline: String
  public var current: String
  public var target: String
  /// Bar widths in percent of the whole (CSS, decimal point).
  public var baselineBar: String
  public var currentBar: String
  public var targetBar: String
  public var status: StatusView
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
    let headlines: [HeadlineView] = plan.indicators.compactMap { ind in
      guard ind.measure == .count, let whole = ind.of, let b = ind.baseline, let t = ind.target, let period else {
        return nil
      }
      let f = scoreboard.figure(ind.id, period.id)
      func pct(_ v: Rational) -> String {
        ((v / whole).map { min($0, .one) * Rational(100) } ?? .zero).decimalString(places: 1)
      }
      let n = format.number
      return HeadlineView(
        label: ind.label, href: SitePaths.indicator(ind.id),
        baseline: "\(n(b.done, 2))/\(n(b.of ?? whole, 2)) (\(b.year))",
        current: f.value.map { "\(n($0, 2))/\(n(whole, 2)) (\(period.label.lowercasedFirst))" }
          ?? strings[.headlineNoData],
        target: "\(n(t, 2))/\(n(whole, 2)) (\(plan.year))", baselineBar: pct(b.done), currentBar: pct(f.value ?? .zero),
        targetBar: pct(t), status: statusView(f.status))
    }
    let deadlines = nextDeadlines(2)
    let am = content.actionMonth
    let page = HomePageView(
      planTitle: plan.title, planNumber: plan.number, issuer: plan.issuer, signer: signerText,
      basisHTML: plan.basis.map { markdown($0, prefix: "can-cu-") } ?? "",
      latestPeriod: period?.label ?? "", statusCounts: period.map(statusCounts) ?? [], headlines: headlines,
      deadlines: deadlines, hasDeadlines: !deadlines.isEmpty, actionMonthTheme: am.theme,
      actionMonthDates: format.range(am.start, am.end), actionMonthHref: SitePaths.actionMonth,
      targets: targetViews(root: ""), periods: periodHeaders, legend: legend, periodLabel: period?.label ?? "",
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
