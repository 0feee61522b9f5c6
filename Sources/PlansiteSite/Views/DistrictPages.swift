import PlansiteContent
import PlansiteMarkdown

/// `districts/index.html`: the units listed by group, and the units × indicators matrix of
/// statuses, grouped the same way.
public struct DistrictsPageView: Sendable {
  public var indicators: [MatrixHeaderView]
  public var periods: [MatrixPeriodView]
  public var legend: [StatusView]
  /// The units of this page by group, each in Vietnamese alphabetical order, for finding one
  /// by name.
  public var groups: [UnitGroupView]
  public var hasGroups: Bool
  /// More than one group: the matrix repeats its column headers at the head of each group.
  public var isGrouped: Bool
  /// Pages of the matrix when there are more than `DistrictsPageView.pageSize` districts.
  public var pages: [LinkView]
  public var isPaginated: Bool
  /// "Đơn vị 101–200 trên 10.000".
  public var range: String
  /// The units ranked by indicators behind.
  public var rankingHref: String
  /// The schematic map of the units (first page only, when the content places them).
  public var map: UnitMapView
}

/// A group of units: the plan's `group:` (a former district, an area), else the units' kind.
public struct UnitGroupView: Sendable {
  /// "Khu vực phía Bắc", "Xã", "Phường".
  public var label: String
  /// "12": the units of the group on this page.
  public var count: String
  /// The group began on an earlier page.
  public var isContinued: Bool
  public var units: [LinkView]
}

public struct MatrixHeaderView: Sendable {
  public var id: String
  public var label: String
  public var href: String
}

public struct MatrixPeriodView: Sendable {
  public var id: String
  public var label: String
  public var groups: [MatrixGroupView]
}

/// The rows of one group in a period's matrix (a `<tbody>`).
public struct MatrixGroupView: Sendable {
  public var label: String
  public var count: String
  public var isContinued: Bool
  public var rows: [MatrixRowView]
}

public struct MatrixRowView: Sendable {
  public var name: String
  public var href: String
  public var cells: [StatusCellView]
}

public struct StatusCellView: Sendable {
  public var status: StatusView
  /// "Chỉ tiêu 2b: 80%" for the cell's title and screen readers.
  public var text: String
}

/// `districts/<slug>/index.html`.
public struct DistrictPageView: Sendable {
  public var slug: String
  public var name: String
  public var kind: String
  /// Empty, and `hasCommunes` false, for a unit without communes (a commune).
  public var communes: String
  public var hasCommunes: Bool
  public var office: String
  public var phone: String
  public var email: String
  public var periods: [PeriodHeaderView]
  public var rows: [DistrictIndicatorRow]
  public var submissions: [SubmissionView]
  public var narrativeHTML: String
  public var toc: [LinkView]
  public var hasToc: Bool
  public var events: [EventView]
  public var hasEvents: Bool
  public var icsHref: String
  public var legend: [StatusView]
  /// Per target, the unit's indicators beside the province's in the latest period (`partials/chart`).
  public var charts: [ChartView]
  public var hasCharts: Bool
  public var chartPeriod: String
  /// The charts draw the province beside the unit (not above `IndicatorPageView.chartedUnitsMax`
  /// units: then the unit against its target only).
  public var chartsShowProvince: Bool
  /// The unit's own report for each period, in the administrative form, for print.
  public var reports: [LinkView]
}

public struct DistrictIndicatorRow: Sendable {
  public var id: String
  public var label: String
  public var href: String
  public var target: String
  public var figures: [PeriodFigureView]
  /// Change between the periods: "▲ 5 điểm %", or empty.
  public var change: String
}

public struct SubmissionView: Sendable {
  public var periodLabel: String
  public var due: String
  public var key: String
  public var label: String
  public var icon: String
}

extension SiteModel {
  /// `districts/index.html`, and `districts/trang_N/index.html` past the first page (`_` never
  /// occurs in a slug, so no district folder can clash): a national
  /// programme has thousands of units and one matrix of all of them would be tens of megabytes.
  var districtsPageCount: Int {
    max(1, (content.districts.count + districtsPageSize - 1) / districtsPageSize)
  }

  /// Rows per page of the index: at most `DistrictsPageView.pageSize`, fewer when the plan has
  /// many indicators and periods, so a page holds at most `DistrictsPageView.cellsPerPage`
  /// matrix cells (about 250 bytes each: a page stays well under 1 MB at any number of units).
  /// The rows of `unitIndexOrder` on page `n` of the index (`districtsPage`; its reuse key).
  func districtsPageRows(_ n: Int) -> Range<Int> {
    let count = unitIndexOrder.count
    return min(count, (n - 1) * districtsPageSize)..<min(count, n * districtsPageSize)
  }

  var districtsPageSize: Int {
    let cellsPerRow = max(1, plan.indicators.count * plan.periods.count)
    return min(DistrictsPageView.pageSize, max(10, DistrictsPageView.cellsPerPage / cellsPerRow))
  }

  /// Page `n` (from 1) of the district index; each page is its own piece of work, so the
  /// matrix of one hundred units is all that is held at a time. Pages cut the grouped order
  /// (`unitIndexOrder`) every `pageSize` rows; a group cut in two says so on the next page.
  func districtsPage(_ n: Int) -> RenderJob {
    let all = unitIndexOrder
    let count = districtsPageCount
    let path = SitePaths.districtsPage
    let p = path(n)
    let root = SitePaths.root(of: p)
    let rows = districtsPageRows(n)
    let (lower, slice) = (rows.lowerBound, all[rows])
    // Runs of the same group on this page, in order.
    var runs: [(label: String, continued: Bool, units: [District])] = []
    for (i, u) in zip(slice.indices, slice) {
      if let last = runs.last, last.label == u.section {
        runs[runs.count - 1].units.append(u.district)
      } else {
        runs.append((u.section, i > 0 && all[i - 1].section == u.section, [u.district]))
      }
    }
    let headers = plan.indicators.map {
      MatrixHeaderView(id: $0.id, label: $0.label, href: root + SitePaths.indicator($0.id))
    }
    let periods = plan.periods.map { period in
      MatrixPeriodView(
        id: period.id, label: period.label,
        groups: runs.map { run in
          MatrixGroupView(
            label: run.label, count: format.number(Rational(run.units.count)), isContinued: run.continued,
            rows: run.units.map { d in
              MatrixRowView(
                name: d.fullName, href: root + SitePaths.district(d.slug),
                cells: plan.indicators.map { ind in
                  let f = figureSummary(ind, period, for: .district(d.slug))
                  return StatusCellView(
                    status: f.status,
                    text: strings.format(.matrixCell, ["id": ind.id, "value": f.text, "status": f.status.label]))
                })
            })
        })
    }
    let groups = runs.map { run in
      UnitGroupView(
        label: run.label, count: format.number(Rational(run.units.count)), isContinued: run.continued,
        units: run.units.map { LinkView(label: $0.fullName, href: root + SitePaths.district($0.slug)) })
    }
    let pages =
      count == 1 ? [] : (1...count).map { k in LinkView(label: "\(k)", href: root + path(k), current: k == n) }
    let first = lower + 1
    let page = DistrictsPageView(
      indicators: headers, periods: periods, legend: legend, groups: groups, hasGroups: !groups.isEmpty,
      isGrouped: unitSectionCount > 1, pages: pages, isPaginated: count > 1,
      range:
        strings.format(
          .unitsRange,
          [
            "first": format.number(Rational(first)), "last": format.number(Rational(first + slice.count - 1)),
            "all": format.number(Rational(all.count)),
          ]),
      rankingHref: root + SitePaths.ranking,
      map: n == 1 ? unitMap(root: root) : UnitMapView.none)
    let title =
      n == 1
      ? strings.format(.titleUnits, ["units": unitWords])
      : strings.format(.titleUnitsPage, ["units": unitWords, "n": String(n)])
    let crumbs: [(String, String)] = n == 1 ? [] : [(strings[.navUnits], SitePaths.districts)]
    return .page(p, "districts", PageContext(layout: layout(path: p, title: title, crumbs: crumbs), page: page))
  }

  /// `Đúng hạn (12/06/2023)`, `Trễ 3 ngày (…)`, `Chưa nộp, quá hạn 5 ngày`, `Chưa đến hạn (còn 9 ngày)`;
  /// once the plan is over the site is a record: a missing report is `Không nộp`, no count of days.
  func submissionLabel(_ s: SubmissionState) -> String {
    switch s {
    case .onTime(let d): return strings.format(.submissionOnTime, ["date": format.date(d)])
    case .late(let d, let n): return strings.format(.submissionLate, ["days": format.count(n), "date": format.date(d)])
    case .missing(let n):
      return planFinished
        ? strings[.submissionNotSubmitted] : strings.format(.submissionMissing, ["days": format.count(n)])
    case .pending(let n): return strings.format(.submissionPending, ["days": format.count(n)])
    }
  }

  func submissionViews(_ d: District) -> [SubmissionView] {
    plan.periods.map { p in
      let s = SubmissionState.of(received: d.submissions[p.id], period: p, today: today)
      return SubmissionView(
        periodLabel: p.label, due: dueText(p, p.due), key: s.key, label: submissionLabel(s), icon: s.icon)
    }
  }

  /// A district's row for an indicator: its figure per period and the change between them.
  func districtIndicatorRow(_ ind: Indicator, district d: District, root: String) -> DistrictIndicatorRow {
    var change = ""
    if let a = plan.periods.first, let b = plan.periods.last, a.id != b.id,
      let va = scoreboard.figure(ind.id, a.id, district: d.slug).value,
      let vb = scoreboard.figure(ind.id, b.id, district: d.slug).value
    {
      change = ChangeText.make(
        from: va, to: vb, measure: ind.measure, scale: ind.scale, lowerIsBetter: ind.lowerIsBetter, words: words)
    }
    return DistrictIndicatorRow(
      id: ind.id, label: ind.label, href: root + SitePaths.indicator(ind.id), target: targetText(ind),
      figures: plan.periods.map {
        PeriodFigureView(periodID: $0.id, periodLabel: $0.label, figure: figureView(ind, $0, for: .district(d.slug)))
      },
      change: change)
  }

  func districtPage(_ d: District) -> RenderJob { districtPageAndSearchEntries(d).page }

  /// The page and, from the report it parses, the unit's search entries (handed to the index).
  func districtPageAndSearchEntries(_ d: District) -> (page: RenderJob, searchEntries: [SearchEntry]) {
    let path = SitePaths.district(d.slug)
    let root = SitePaths.root(of: path)
    let rows = plan.indicators.map { districtIndicatorRow($0, district: d, root: root) }
    let narrative = districtNarrative(d)
    let entries = unitSearchEntries(d, narrative: narrative)
    let toc = narrative.headings.filter { $0.level <= 3 }.map { LinkView(label: $0.text, href: "#" + $0.id) }
    let latest = latestPeriod
    let charts =
      latest.map { p in
        plan.targets.map { unitTargetChart($0, p, unit: d, id: "bieu-do-muc-tieu-\($0.id.lowercased())") }.filter(
          \.hasRows)
      } ?? []
    let page = DistrictPageView(
      slug: d.slug, name: d.fullName, kind: d.kind,
      communes: d.communes.map { format.number(Rational($0)) } ?? "",
      hasCommunes: d.communes != nil,
      office: d.contact.office ?? "", phone: d.contact.phone ?? "", email: d.contact.email ?? "",
      periods: periodHeaders, rows: rows, submissions: submissionViews(d), narrativeHTML: narrative.html,
      toc: toc, hasToc: !toc.isEmpty,
      events: d.events.map { eventView($0, root: root) }, hasEvents: !d.events.isEmpty,
      icsHref: root + SitePaths.districtICS(d.slug), legend: legend, charts: charts, hasCharts: !charts.isEmpty,
      chartPeriod: latest?.label ?? "", chartsShowProvince: unitChartsShowProvince,
      reports: unitReportLinks(d, root: root))
    let job = RenderJob.page(
      path, "district",
      PageContext(
        layout: layout(path: path, title: d.fullName, crumbs: [(strings[.navUnits], SitePaths.districts)]), page: page))
    return (job, entries)
  }
}

extension DistrictsPageView {
  /// Districts per page of the index, at most.
  public static let pageSize = 100
  /// Matrix cells (units × indicators × periods) per page of the index, at most.
  public static let cellsPerPage = 2_400
}

extension DistrictPageView {
  /// Ids the district template and the layout use; narrative headings must not take them.
  static let reservedIDs: Set<String> = LayoutView.templateIDs.union([
    "chi-tieu", "chi-tieu-title", "bao-cao", "bao-cao-title", "hoat-dong", "hoat-dong-title", "nop-bao-cao",
    "nop-bao-cao-title",
  ])
}
