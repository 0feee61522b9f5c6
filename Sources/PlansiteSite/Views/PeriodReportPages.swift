import PlansiteContent
import PlansiteMarkdown

/// `report/<kỳ>/index.html` (template `report-period`, standalone) and its Word twin
/// `report/<kỳ>/bao-cao.docx` (`report/document.xml`): the Department's draft report for a
/// period, in the administrative form, with sections I–V and an appendix.
public struct PeriodReportView: Sendable {
  public var lang: String
  public var siteTitle: String
  public var sampleData: Bool
  /// `../../assets/bao-cao.css`.
  public var stylesheet: String
  /// `../index.html`, the list of reports.
  public var indexHref: String
  /// `bao-cao.docx`, the same report for Word.
  public var wordHref: String
  /// `dd/mm/yyyy` of the build date.
  public var buildDate: String
  public var form: ReportFormView
  public var periodID: String
  public var periodLabel: String
  /// Units' deadline and the Department's own, in the plan's words (`trước ngày dd/mm/yyyy`).
  public var due: String
  public var provinceDue: String
  /// Share of the target expected by this period: "50%".
  public var expected: String
  public var unitCount: String
  public var indicatorCount: String
  /// Indicators per status in this period.
  public var counts: [StatusCountView]
  public var indicators: [ReportIndicatorView]
  public var charts: [ReportChartView]
  public var highlights: ReportGatheredView
  public var difficulties: ReportGatheredView
  public var proposals: ReportGatheredView
  public var actionMonth: ReportActionMonthView
  public var appendix: ReportAppendixView
  /// More units than one printable report holds (`ReportPageView.maxDistrictTables`): the units'
  /// texts and the appendix are left to the units' own reports.
  public var isAbridged: Bool
}

/// The appendix (phụ lục): every indicator × every unit, on landscape pages, in tables of at most
/// `ReportAppendixView.unitsPerTable` units each.
public struct ReportAppendixView: Sendable {
  public var tables: [ReportAppendixTableView]
  public var hasTables: Bool
}

public struct ReportAppendixTableView: Sendable {
  /// "1", "2": tables are numbered when there are several.
  public var number: String
  public var isContinued: Bool
  /// The units of this table, by name.
  public var columns: [String]
  public var rows: [ReportAppendixRowView]
  /// Widths in the Word table (twentieths of a point) of the indicator, target and province
  /// columns and of each unit's column.
  public var labelWidth: String
  public var targetWidth: String
  public var provinceWidth: String
  public var unitWidth: String
}

public struct ReportAppendixRowView: Sendable {
  public var id: String
  public var label: String
  public var target: String
  public var province: ReportCellView
  public var cells: [ReportCellView]
}

/// A figure in a table cell: its value and status (icon and key, for colour-blind print).
public struct ReportCellView: Sendable {
  public var text: String
  public var statusKey: String
  public var statusIcon: String
  public var statusLabel: String
}

/// A period's report in lists (`report/index.html`).
public struct PeriodReportLinkView: Sendable {
  public var label: String
  public var subject: String
  public var href: String
  public var wordHref: String
  public var due: String
  public var provinceDue: String
}

extension ReportAppendixView {
  /// Units per appendix table: 12 unit columns and the province fit a landscape A4 page.
  public static let unitsPerTable = 12
}

extension SitePaths {
  public static func periodReport(_ period: String) -> String { "report/\(period)/index.html" }
  public static func periodReportWord(_ period: String) -> String { "report/\(period)/bao-cao.docx" }
  public static func unitReport(_ slug: String, _ period: String) -> String {
    "districts/\(slug)/bao-cao/\(period)/index.html"
  }
  public static let reportStylesheet = "assets/bao-cao.css"

  /// Period ids become folder names: only those made of a–z, 0–9 and `-` get report files
  /// (the plan reader rejects the others).
  static func isSafeID(_ id: String) -> Bool {
    !id.isEmpty && id.first != "-"
      && id.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
  }
}

extension SiteModel {
  /// Periods that get report files.
  var reportPeriods: [Period] { plan.periods.filter { SitePaths.isSafeID($0.id) } }

  /// Whether one report can hold every unit's texts and figures.
  var reportHoldsEveryUnit: Bool { content.districts.count <= ReportPageView.maxDistrictTables }

  /// The Department's form: `report:` of plan.yaml, else the plan's own issuer and signer.
  func departmentForm(_ period: Period) -> ReportFormView {
    let r = plan.report
    let signer = r.signer ?? plan.signer
    return ReportFormView(
      isUnit: false, parent: r.parent ?? "", issuer: r.issuer ?? plan.issuer, issuerName: plan.issuer,
      number: r.number ?? "",
      place: plan.place ?? content.site.province, year: "\(plan.year)", subject: r.titles[period.id] ?? "",
      planTitle: plan.title, periodLabel: period.label, recipients: r.recipients, hasRecipients: !r.recipients.isEmpty,
      hasOneRecipient: r.recipients.count == 1,
      copies: r.copies, signsFor: r.signsFor ?? "", signerTitle: signer.title, signerName: signer.name,
      units: unitWords)
  }

  func reportIndicator(_ ind: Indicator, _ period: Period, district: String? = nil) -> ReportIndicatorView {
    let fig = scoreboard.figure(ind.id, period.id, district: district)
    let view = figureSummary(ind, period, for: ReportingUnit(slug: district))
    return ReportIndicatorView(
      id: ind.id, label: ind.label, target: targetText(ind), value: view.text, detail: view.detail, status: view.status,
      reported: "\(fig.reported)", expected: "\(fig.expected)")
  }

  /// `unit` → its section of each kind, rendered for the page (`forWord` false) or for Word.
  func gathered(_ units: [District], forWord: Bool) -> [ReportSectionKind: ReportGatheredView] {
    var items: [ReportSectionKind: [ReportUnitTextView]] = [:]
    var missing: [ReportSectionKind: [String]] = [:]
    for d in units {
      let found = UnitReportSections(narrative: d.narrative)
      for kind in ReportSectionKind.allCases {
        let sections = found.filled(kind)
        guard !sections.isEmpty else {
          missing[kind, default: []].append(d.fullName)
          continue
        }
        let anchor = "\(kind.rawValue)-\(d.slug)"
        var view = ReportUnitTextView(unit: d.fullName, anchor: anchor, html: "", wordXML: "")
        for (i, s) in sections.enumerated() {
          if forWord {
            // Sub-headings of the section sit under the unit's name (Heading 2).
            view.wordXML += WordML.blocks(MarkdownBlocks.parse(s.body), sectionLevel: s.level, headingLevel: 3)
          } else {
            // Sections are h2, units h3, so the section's own sub-headings start at h4.
            view.html += Markdown.render(s.body, idPrefix: "\(anchor)-\(i + 1)-", shiftHeadings: 3 - s.level).html
          }
        }
        items[kind, default: []].append(view)
      }
    }
    var result: [ReportSectionKind: ReportGatheredView] = [:]
    for kind in ReportSectionKind.allCases {
      let i = items[kind] ?? []
      let m = missing[kind] ?? []
      result[kind] = ReportGatheredView(items: i, hasItems: !i.isEmpty, missing: m, hasMissing: !m.isEmpty)
    }
    return result
  }

  /// The Action Month: the province's events and each unit's, by unit.
  func reportActionMonth(_ period: Period, units: [District], includeProvince: Bool) -> ReportActionMonthView {
    let am = content.actionMonth
    func row(_ events: [Event], unit: District?) -> ReportEventRowView {
      let sorted = events.sorted { ($0.start, $0.index) < ($1.start, $1.index) }
      return ReportEventRowView(
        unit: unit?.fullName ?? "", isProvince: unit == nil, count: "\(events.count)",
        multiDay: "\(events.count { $0.start != $0.end })",
        events: sorted.map { ReportEventItemView(title: $0.title, dates: format.range($0.start, $0.end)) })
    }
    var rows: [ReportEventRowView] = []
    if includeProvince, !am.events.isEmpty { rows.append(row(am.events, unit: nil)) }
    if units.count <= ReportPageView.maxDistrictTables {
      rows += units.filter { !$0.events.isEmpty }.map { row($0.events, unit: $0) }
    }
    let all = (includeProvince ? am.events : []) + units.flatMap(\.events)
    return ReportActionMonthView(
      theme: am.theme, dates: format.range(am.start, am.end), isAhead: am.start >= period.due,
      total: format.number(Rational(all.count)),
      multiDay: format.number(Rational(all.count { $0.start != $0.end })), rows: rows, hasRows: !rows.isEmpty)
  }

  /// One chart per target with at least one measured indicator, from `district`'s figures or
  /// the province's.
  func reportCharts(_ period: Period, district: String? = nil) -> [ReportChartView] {
    plan.targets.compactMap { t in
      let indicators = t.indicators.filter { $0.measure != .text }
      guard !indicators.isEmpty else { return nil }
      let rowH = 24
      let top = 6
      let left = 48
      // The value and its status icon sit in their own column right of the plot, so the target
      // mark, inside the plot, never crosses them (it did when the value followed the bar).
      let plot = 200
      let bars = indicators.enumerated().map { i, ind -> ReportChartBarView in
        let fig = scoreboard.figure(ind.id, period.id, district: district)
        let view = figureSummary(ind, period, for: ReportingUnit(slug: district))
        let y = top + i * rowH
        let width = view.bar.flatMap(Double.init).map { Double(plot) * $0 / 100 }
        let mark = ReportChart.targetShare(ind, fig).map { Double(left) + Double(plot) * $0 / 100 }
        return ReportChartBarView(
          id: ind.id, label: ind.label, value: view.text, target: targetText(ind), statusKey: view.status.key,
          statusIcon: view.status.icon, statusLabel: view.status.label,
          textY: "\(y + 16)", barY: "\(y + 4)", hasBar: width != nil, width: ReportChart.format(width ?? 0),
          valueX: "\(left + plot + 6)", hasTargetMark: mark != nil,
          targetX: ReportChart.format(mark ?? 0), markTop: "\(y)", markBottom: "\(y + rowH - 2)")
      }
      return ReportChartView(
        id: "bieu-do-muc-tieu-\(t.id.lowercased())", targetID: t.id, title: t.title,
        height: "\(top + rowH * indicators.count + 4)", bars: bars)
    }
  }

  /// The appendix tables: indicators down, units across (at most `unitsPerTable` per table).
  func reportAppendix(_ period: Period) -> ReportAppendixView {
    guard reportHoldsEveryUnit, !content.districts.isEmpty else {
      return ReportAppendixView(tables: [], hasTables: false)
    }
    func cell(_ f: FigureView) -> ReportCellView {
      ReportCellView(text: f.text, statusKey: f.status.key, statusIcon: f.status.icon, statusLabel: f.status.label)
    }
    let chunks = stride(from: 0, to: content.districts.count, by: ReportAppendixView.unitsPerTable).map {
      Array(content.districts[$0..<min($0 + ReportAppendixView.unitsPerTable, content.districts.count)])
    }
    // Landscape A4 less 30 + 15 mm is 14,287 twentieths of a point: label, target, province,
    // then the units share what is left.
    let (label, target, province) = (2600, 1100, 1000)
    return ReportAppendixView(
      tables: chunks.enumerated().map { n, units in
        let width = (14_287 - label - target - province) / max(units.count, 1)
        return ReportAppendixTableView(
          number: "\(n + 1)", isContinued: n > 0,
          columns: units.map(\.fullName),
          rows: plan.indicators.map { ind in
            ReportAppendixRowView(
              id: ind.id, label: ind.label, target: targetText(ind), province: cell(figureSummary(ind, period)),
              cells: units.map { cell(figureSummary(ind, period, for: .district($0.slug))) })
          },
          labelWidth: "\(label)", targetWidth: "\(target)", provinceWidth: "\(province)", unitWidth: "\(width)")
      },
      hasTables: true)
  }

  func periodReportView(_ period: Period, path: String, forWord: Bool) -> PeriodReportView {
    let root = SitePaths.root(of: path)
    let units = reportHoldsEveryUnit ? content.districts : []
    let texts = gathered(units, forWord: forWord)
    let empty = ReportGatheredView(items: [], hasItems: false, missing: [], hasMissing: false)
    return PeriodReportView(
      lang: content.site.language, siteTitle: content.site.title, sampleData: content.site.sampleData,
      stylesheet: root + SitePaths.reportStylesheet, indexHref: root + SitePaths.report, wordHref: "bao-cao.docx",
      buildDate: format.date(today), form: departmentForm(period), periodID: period.id,
      periodLabel: period.label, due: dueText(period, period.due), provinceDue: dueText(period, period.provinceDue),
      expected: format.share(period.expected * Rational(100)),
      unitCount: format.number(Rational(content.districts.count)),
      indicatorCount: format.number(Rational(plan.indicators.count)), counts: statusCounts(period),
      indicators: plan.indicators.map { reportIndicator($0, period) }, charts: forWord ? [] : reportCharts(period),
      highlights: texts[.highlights] ?? empty, difficulties: texts[.difficulties] ?? empty,
      proposals: texts[.proposals] ?? empty,
      actionMonth: reportActionMonth(period, units: content.districts, includeProvince: true),
      appendix: reportAppendix(period), isAbridged: !reportHoldsEveryUnit)
  }

  /// `report/<kỳ>/index.html`.
  func periodReportPage(_ period: Period) -> RenderJob {
    let path = SitePaths.periodReport(period.id)
    return .page(path, "report-period", periodReportView(period, path: path, forWord: false))
  }

  /// `report/<kỳ>/bao-cao.docx`.
  func periodReportDocument(_ period: Period) -> RenderJob {
    let path = SitePaths.periodReportWord(period.id)
    return .word(path, "report/document.xml", periodReportView(period, path: path, forWord: true))
  }

  /// The period reports, for `report/index.html`.
  func periodReportLinks(root: String) -> [PeriodReportLinkView] {
    reportPeriods.map { p in
      PeriodReportLinkView(
        label: p.label, subject: plan.report.titles[p.id] ?? "", href: root + SitePaths.periodReport(p.id),
        wordHref: root + SitePaths.periodReportWord(p.id), due: dueText(p, p.due),
        provinceDue: dueText(p, p.provinceDue))
    }
  }

  /// Search entries of the period reports and of each unit's own reports: titles and names
  /// from content (the period's label as the kind).
  func reportSearchEntries() -> [SearchEntry] {
    var entries: [SearchEntry] = []
    for p in reportPeriods {
      let subject = plan.report.titles[p.id] ?? plan.title
      let recipients = plan.report.recipients.joined(separator: "; ")
      entries.append(
        SearchEntry(
          kind: p.label, title: subject, url: SitePaths.periodReport(p.id),
          snippet: [plan.report.issuer ?? plan.issuer, recipients].filter { !$0.isEmpty }.joined(separator: " → "),
          keyText: "\(p.label) \(subject) \(recipients)"))
    }
    return entries
  }
}

/// Chart arithmetic shared by the period and unit reports.
enum ReportChart {
  /// Where the target sits on the bar's scale, in percent (nil: no mark, as for ceilings).
  static func targetShare(_ ind: Indicator, _ fig: Figure) -> Double? {
    guard let target = ind.target, !ind.lowerIsBetter else { return nil }
    let share: Rational?
    switch ind.measure {
    case .percent: share = (target / Rational(ind.scale)).map { $0 * Rational(100) }
    case .yesNo: share = target
    case .count:
      guard let whole = fig.of ?? ind.of, !whole.isZero else { return nil }
      share = (target / whole).map { $0 * Rational(100) }
    case .text: share = nil
    }
    return share.map { min(max($0.doubleValue, 0), 100) }
  }

  static func format(_ d: Double) -> String { ChartView.format(d) }
}
