import Foundation
import PlansiteContent

/// `search/index.html` (template `search`): the form and an empty result list that
/// `assets/search.js` fills from the index's shards (`search/index.js` lists them).
public struct SearchPageView: Sendable {
  /// `index.js`, the index's manifest as a script (relative to the search page).
  public var indexHref: String
  /// `../assets/search.js`.
  public var scriptHref: String
  /// How many entries the index holds, for the page's introduction.
  public var entryCount: Int
}

/// `report/index.html` (template `report`, standalone: it does not inherit `layout`). One
/// self-contained page for print or PDF: the stylesheet inline, no script, no other file.
public struct ReportPageView: Sendable {
  public var lang: String
  public var siteTitle: String
  /// The `h1` and `<title>`.
  public var pageTitle: String
  /// The text of `templates/assets/style.css`, for a `<style>` element (render with `{{{…}}}`).
  public var stylesheet: String
  public var sampleData: Bool
  public var footer: String
  /// `dd/mm/yyyy` of the build date.
  public var buildDate: String
  /// `dd/mm/yyyy` of the data (`SiteModel.dataAsOf`), else of the build date.
  public var dataAsOf: String = ""
  public var planTitle: String
  public var planNumber: String
  public var issuer: String
  public var signer: String
  public var basisHTML: String
  public var periods: [PeriodHeaderView]
  public var summaries: [PeriodSummaryView]
  public var legend: [StatusView]
  /// Province figures per target (`targetViews`).
  public var targets: [TargetView]
  /// Each district's indicator table, in administrative order (none above
  /// `ReportPageView.maxDistrictTables` units: see `districtsOmitted`).
  public var districts: [ReportDistrictView]
  /// "10.000 đơn vị: …" when a national-scale plan has too many units for one printable page.
  public var districtsOmitted: String
  /// Districts × periods: report received on time, late, missing, pending (at most
  /// `CalendarPageView.submissionTableLimit` units; else empty and summarised per period).
  public var submissionRows: [SubmissionRowView]
  public var hasSubmissionTable: Bool
  /// Past the limit, as on the calendar: per period the counts and the units behind, bounded.
  public var submissionSummaries: [SubmissionSummaryView]
  /// Deadlines and key dates of the year (`datedItems`).
  public var items: [DatedItemView]
  /// Each period's report in the administrative form, and its Word document.
  public var periodReports: [PeriodReportLinkView]
  /// The word for the plan's units ("huyện, thành phố", "xã, phường", "đơn vị").
  public var units: String
}

extension ReportPageView {
  /// Above this many units the one-page report keeps the province tables and leaves the
  /// per-unit tables to the district pages: at 10,000 units they would make a 100 MB page
  /// no browser prints (and most of a build's memory).
  public static let maxDistrictTables = 500
}

/// One district in the report.
public struct ReportDistrictView: Sendable {
  /// `don-vi-<slug>`.
  public var anchor: String
  public var name: String
  public var kind: String
  public var communes: String
  public var hasCommunes: Bool
  public var rows: [DistrictIndicatorRow]
}

extension SiteModel {
  /// `search/index.html`.
  func searchPage(entryCount: Int) -> RenderJob {
    let path = SitePaths.search
    let root = SitePaths.root(of: path)
    let page = SearchPageView(indexHref: "index.js", scriptHref: root + "assets/search.js", entryCount: entryCount)
    return .page(path, "search", PageContext(layout: layout(path: path, title: strings[.titleSearch]), page: page))
  }

  /// `report/index.html`, with `stylesheet` (the CSS text) inlined.
  func reportPage(stylesheet: String) -> RenderJob {
    let path = SitePaths.report
    let root = SitePaths.root(of: path)
    let withTables = content.districts.count <= ReportPageView.maxDistrictTables
    let table = content.districts.count <= CalendarPageView.submissionTableLimit
    let districts =
      !withTables
      ? []
      : content.districts.map { d in
        ReportDistrictView(
          anchor: "don-vi-\(d.slug)", name: d.fullName, kind: d.kind,
          communes: d.communes.map { format.number(Rational($0)) } ?? "", hasCommunes: d.communes != nil,
          rows: plan.indicators.map { districtIndicatorRow($0, district: d, root: root) })
      }
    let page = ReportPageView(
      lang: content.site.language, siteTitle: content.site.title,
      pageTitle: strings.format(.titleReport, ["plan": plan.title]), stylesheet: stylesheet,
      sampleData: content.site.sampleData,
      footer: content.site.footer, buildDate: format.date(today),
      dataAsOf: format.date(dataAsOf ?? today), planTitle: plan.title,
      planNumber: plan.number, issuer: plan.issuer, signer: signerText,
      basisHTML: plan.basis.map { markdown($0, prefix: "can-cu-") } ?? "", periods: periodHeaders,
      summaries: periodSummaries, legend: legend, targets: targetViews(root: root), districts: districts,
      districtsOmitted: withTables
        ? ""
        : strings.format(.reportTooManyUnits, ["n": format.number(Rational(content.districts.count))]),
      submissionRows: table
        ? content.districts.map {
          SubmissionRowView(name: $0.fullName, href: "#don-vi-\($0.slug)", cells: submissionViews($0))
        } : [],
      hasSubmissionTable: table,
      // Summarised, a unit links to its own page (its table here is omitted above maxDistrictTables).
      submissionSummaries: table
        ? []
        : submissionSummaries(
          content.districts.map {
            SubmissionRowView(name: $0.fullName, href: root + SitePaths.district($0.slug), cells: submissionViews($0))
          }, unitsHref: root + SitePaths.districts),
      items: datedItems.map(view), periodReports: periodReportLinks(root: root), units: unitWords)
    return .page(path, "report", page)
  }

}

extension TemplateSet {
  /// The text of `assets/style.css` of the templates folder, for pages that inline it.
  public var stylesheet: String {
    let css = assets.first { $0.0 == SitePaths.stylesheet }.map { String(decoding: $0.1, as: UTF8.self) } ?? ""
    // A `</style` inside the CSS would end the element early.
    return css.replacingOccurrences(of: "</style", with: "<\\/style", options: .caseInsensitive)
  }
}
