import PlansiteContent

/// `districts/<mã>/bao-cao/<kỳ>/index.html` (template `report-unit`, standalone): a unit's own
/// report to the Department for a period, printable in the same administrative form as the
/// Department's (the unit as issuer, the Department as recipient).
public struct UnitReportView: Sendable {
  public var lang: String
  public var siteTitle: String
  public var sampleData: Bool
  public var stylesheet: String
  /// The unit's page.
  public var unitHref: String
  public var buildDate: String
  /// The unit's name ("Huyện Cao Lộc") is the issuer, the Department the one recipient.
  public var form: ReportFormView
  public var unit: String
  public var periodLabel: String
  public var due: String
  /// The unit's figures (no charts here: a unit's page is rendered for every unit and period,
  /// and the table carries the same numbers; the consolidated report has the charts).
  public var indicators: [ReportIndicatorView]
  public var highlights: ReportGatheredView
  public var difficulties: ReportGatheredView
  public var proposals: ReportGatheredView
  public var actionMonth: ReportActionMonthView
}

extension SiteModel {
  /// The unit's form: issued by the unit, to the plan's issuer; number and signer are left for
  /// the unit to write in (the template prints the blanks).
  func unitForm(_ d: District, _ period: Period) -> ReportFormView {
    ReportFormView(
      isUnit: true, parent: "", issuer: d.fullName, issuerName: d.fullName, number: "", place: d.name,
      year: "\(plan.year)",
      subject: plan.report.titles[period.id] ?? "", planTitle: plan.title, periodLabel: period.label,
      recipients: [plan.issuer], hasRecipients: true, hasOneRecipient: true, copies: [], signsFor: "", signerTitle: "",
      signerName: "", units: unitWords)
  }

  /// Each period's report of one unit (its sections rendered once for all periods).
  func unitReportPages(_ d: District) -> [RenderJob] {
    let texts = gathered([d], forWord: false)
    return reportPeriods.map { unitReportPage(d, $0, texts: texts) }
  }

  /// One period's report of one unit.
  func unitReportPage(_ d: District, _ p: Period, texts: [ReportSectionKind: ReportGatheredView]? = nil) -> RenderJob {
    let path = SitePaths.unitReport(d.slug, p.id)
    let root = SitePaths.root(of: path)
    let texts = texts ?? gathered([d], forWord: false)
    let empty = ReportGatheredView(items: [], hasItems: false, missing: [], hasMissing: false)
    let page = UnitReportView(
      lang: content.site.language, siteTitle: content.site.title, sampleData: content.site.sampleData,
      stylesheet: root + SitePaths.reportStylesheet, unitHref: root + SitePaths.district(d.slug),
      buildDate: format.date(today), form: unitForm(d, p), unit: d.fullName, periodLabel: p.label,
      due: dueText(p, p.due), indicators: plan.indicators.map { reportIndicator($0, p, district: d.slug) },
      highlights: texts[.highlights] ?? empty,
      difficulties: texts[.difficulties] ?? empty, proposals: texts[.proposals] ?? empty,
      actionMonth: reportActionMonth(p, units: [d], includeProvince: false))
    return .page(path, "report-unit", page)
  }

  /// Links from a unit's page to its reports.
  func unitReportLinks(_ d: District, root: String) -> [LinkView] {
    reportPeriods.map { LinkView(label: $0.label, href: root + SitePaths.unitReport(d.slug, $0.id)) }
  }
}

extension SiteBuilder {
  /// The units' own reports as work: like a unit's page, each is made from the global inputs
  /// and the unit's folder only, so under an unchanged key the previous build's files are kept
  /// (`PageReuse`); their paths join `pathKeys` for the next build.
  static func unitReportSpecs(
    _ model: SiteModel, keys: [String: String], reuse: PageReuse?, pathKeys: inout [String: String]
  ) -> [RenderSpec] {
    model.content.districts.map { d -> RenderSpec in
      let periods = model.reportPeriods
      let paths = periods.map { SitePaths.unitReport(d.slug, $0.id) }
      guard let key = keys[d.slug] else { return { RenderOutput(jobs: model.unitReportPages(d)) } }
      for path in paths { pathKeys[path] = key }
      guard let sizes = reuse?.sizes(of: paths, madeFrom: key) else {
        return { RenderOutput(jobs: model.unitReportPages(d)) }
      }
      return {
        RenderOutput(
          jobs: zip(periods, zip(paths, sizes)).map { p, file in
            .reuse(file.0, size: file.1) { model.unitReportPage(d, p) }
          })
      }
    }
  }
}

extension RenderJob {
  /// What a job's template receives: a page's context, or a Word report's with empty parts
  /// (template lint and the template guide's test read the names in it).
  public var templateContext: Any? {
    switch self {
    case .page(_, _, let context): return context
    case .word(_, _, let context):
      return WordDocumentContext(
        word: WordPartsView(rootAttributes: "", section: "", landscapeSection: ""), page: context)
    default: return nil
    }
  }
}
