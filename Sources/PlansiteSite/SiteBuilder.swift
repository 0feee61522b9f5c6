import Foundation
import PlansiteContent

/// Where a build reads and writes, and the date it is built for.
public struct BuildOptions: Sendable {
  public var content: URL
  public var templates: URL
  public var output: URL
  public var today: CivilDate
  /// Also write the site as one zip here (`build --zip`).
  public var zip: URL?
  /// Use the templates compiled into plansite (`TemplateSet.builtIn`); `templates` is not read.
  public var builtInTemplates: Bool
  /// `today` was asked for (`--today`): it wins over `site.yaml`'s `as_of:`, which wins over
  /// SOURCE_DATE_EPOCH and the clock (an archived site reads the same any day).
  public var todayIsExplicit = false

  public init(
    content: URL, templates: URL, output: URL, today: CivilDate, zip: URL? = nil, builtInTemplates: Bool = false
  ) {
    self.content = content
    self.templates = templates
    self.output = output
    self.today = today
    self.zip = zip
    self.builtInTemplates = builtInTemplates
  }
}

/// What a finished build wrote.
public struct BuildSummary: Sendable {
  public var files: Int
  public var pages: Int
  public var bytes: Int
  /// Files whose bytes changed (or are new); the others kept their inode and timestamps.
  public var written: Int = 0
  /// Files kept from the previous site without being made again (`PageReuse`).
  public var reused: Int = 0
  /// Nothing changed since the previous build (same fingerprint): no file was touched.
  public var unchanged = false
  /// Units loaded from the previous build's records instead of their folders (`UnitLoadCache`).
  public var unitsFromCache = 0
}

/// The pipeline: load content → compute figures → render every page → write the site.
public enum SiteBuilder {
  /// Loads and validates content and templates without writing anything (`plansite check`);
  /// `build` passes the units kept by its previous run (`UnitLoadCache`).
  /// `lintCache` keeps a clean template lint for the next build with the same templates.
  public static func check(
    _ options: BuildOptions, unitCache: (any DistrictLoadCache)? = nil, lintCache: BuildCache? = nil
  ) async -> (SiteModel?, TemplateSet?, Diagnostics) {
    var timings = BuildTimings()
    var (content, diags) = ContentLoader.load(
      from: options.content, today: options.today, todayIsExplicit: options.todayIsExplicit,
      inspectMarkdown: MarkdownDiagnostics.inspect, unitCache: unitCache)
    timings.mark("load content")
    var templates =
      options.builtInTemplates
      ? TemplateSet.builtIn(into: &diags) : await TemplateSet.load(from: options.templates, into: &diags)
    guard let content, !diags.hasErrors else { return (nil, templates, diags) }
    // The words of site.yaml's language, for the templates ({{t.key}}) and the view code alike.
    var strings = Strings.builtInVietnamese
    if let chosen = templates?.strings(for: content.site.language, into: &diags) {
      strings = chosen
      templates?.strings = chosen
    }
    guard !diags.hasErrors else { return (nil, templates, diags) }
    // --today wins over site.yaml's as_of:, which wins over SOURCE_DATE_EPOCH and the clock.
    let today = options.todayIsExplicit ? options.today : content.site.asOf ?? options.today
    let shown = strings.language.lowercased().hasPrefix("en") ? content.inEnglish() : content
    timings.mark("load templates")
    let model = SiteModel(content: shown, today: today, strings: strings)
    timings.mark("model")
    if let templates {
      // Lint against a sample that uses every field, so the verdict never depends on what this
      // content happens to contain (no events, no baselines…), and costs the same at any size.
      // A clean verdict is kept under the templates' key and the binary's (`BuildFingerprint`).
      let key = SHA256.digest(
        "\(templates.lintKey)\n\(options.today.iso)\n\(strings.language)\n\(BuildFingerprint.executableIdentity)")
      if lintCache?.read("lint", "clean", key: key) == nil {
        let sample = SiteModel(content: .sample, today: options.today, strings: strings)
        let contexts: [Any] = (jobs(sample) + sample.lintOnlyPages).compactMap(\.templateContext)
        let found = templates.lint(contexts: contexts)
        diags.append(contentsOf: found)
        if found.all.isEmpty { lintCache?.write("lint", "clean", key: key, []) }
      }
      timings.mark("lint templates")
      if diags.hasErrors { return (nil, templates, diags) }
    }
    return (model, templates, diags)
  }

  /// Every output file of the site as work not yet done (see `RenderPlan`): the pages that
  /// grow with the number of units are the large ones. `stylesheet` (the CSS text) is inlined
  /// in the self-contained report page.
  /// `keys` (from `BuildFingerprint`) are recorded for the next build; `reuse` keeps the
  /// previous site's files whose key has not changed: a district's page, calendar and reports,
  /// and the files made from the units' figures alone (indicator pages, the CSV).
  /// `cache` keeps the units' search entries and the search index's groups (`SearchIndexSpec`).
  public static func plan(
    _ model: SiteModel, stylesheet: String = "", keys: PageKeys = PageKeys(), reuse: PageReuse? = nil,
    cache: BuildCache? = nil
  ) -> RenderPlan {
    var pathKeys: [String: String] = [:]
    func keyed(_ paths: [String], _ key: String?, _ make: @escaping @Sendable (Int) -> RenderJob) -> RenderSpec {
      guard let key else { return { RenderOutput(jobs: paths.indices.map(make)) } }
      for path in paths { pathKeys[path] = key }
      guard let sizes = reuse?.sizes(of: paths, madeFrom: key) else {
        return { RenderOutput(jobs: paths.indices.map(make)) }
      }
      return { RenderOutput(jobs: paths.indices.map { i in .reuse(paths[i], size: sizes[i]) { make(i) } }) }
    }
    // The province's pages show every unit's figures, deadlines and events, never a report:
    // a changed report keeps them (`PageReuseTests.assertProvincePagesShowNoReport` renders them without).
    let everyUnitButReports = keys.summaries(of: model.content.districts, "every unit")
    func provinceKey(_ what: String) -> String? { everyUnitButReports.map { SHA256.digest("\($0)\n\(what)\n") } }
    func provincePage(_ path: String, _ make: @escaping @Sendable () -> RenderJob) -> RenderSpec {
      keyed([path], provinceKey(path)) { _ in make() }
    }
    // The calendar file and the Action Month page show events and names only: a changed figure
    // keeps them too (the same test renders them without any figure).
    let everyUnitsEvents = keys.events(of: model.content.districts, "every unit")
    func eventsPage(_ path: String, _ make: @escaping @Sendable () -> RenderJob) -> RenderSpec {
      keyed([path], everyUnitsEvents.map { SHA256.digest("\($0)\n\(path)\n") }) { _ in make() }
    }
    var small: [RenderSpec] = [
      provincePage(SitePaths.home) { model.homePage() }, provincePage(SitePaths.plan) { model.planPage() },
      provincePage(SitePaths.targets) { model.targetsPage() }, provincePage(SitePaths.ranking) { model.rankingPage() },
      provincePage(SitePaths.calendar) { model.calendarPage() },
      eventsPage(SitePaths.calendarICS) { model.calendarFile() },
      { [.file("README.md", Array(SiteBuilder.readme.utf8))] },
    ]
    // A unit's page and reports also draw province figures: their keys cover them.
    let province = keys.global == nil ? "" : model.provinceDigest
    let districtKeys = keys.districts.mapValues { key in
      var h = SHA256()
      h.update(key + "\n" + province)
      return h.finalize()
    }
    var unitSpecs: [RenderSpec] = []
    for d in model.content.districts {
      let (page, ics) = (SitePaths.district(d.slug), SitePaths.districtICS(d.slug))
      let make: RenderSpec = {
        let (page, entries) = model.districtPageAndSearchEntries(d)
        return RenderOutput(jobs: [page, model.districtCalendarFile(d)], searchEntries: [d.slug: entries])
      }
      guard let folderKey = districtKeys[d.slug] else {
        unitSpecs.append(make)
        continue
      }
      // A unit's page also shows what is drawn from every unit (the units' word, the search
      // box's example): a change of another unit's kind or name must not keep it.
      var digest = SHA256()
      digest.update("\(folderKey)\n\(model.unitWords)\n\(model.exampleUnit?.name ?? "")\n")
      let key = digest.finalize()
      pathKeys[page] = key
      pathKeys[ics] = key
      if let sizes = reuse?.sizes(of: [page, ics], madeFrom: key) {
        unitSpecs.append {
          [
            .reuse(page, size: sizes[0]) { model.districtPage(d) },
            .reuse(ics, size: sizes[1]) { model.districtCalendarFile(d) },
          ]
        }
      } else {
        unitSpecs.append(make)
      }
    }
    let reportSpecs = unitReportSpecs(model, keys: districtKeys, reuse: reuse, pathKeys: &pathKeys)
    // Indicator pages and the CSV show the plan and the units' figures, nothing else: a changed
    // report or event keeps them, a changed figure makes again the indicator pages (the
    // province figure moved) and the one page of each table that holds the unit's row.
    let everyUnit = keys.figures(of: model.content.districts, "every unit")
    func derived(_ what: String) -> String? {
      everyUnit.map { key in
        var h = SHA256()
        h.update("\(key)\n\(what)\n")
        return h.finalize()
      }
    }
    var large: [RenderSpec] = [eventsPage(SitePaths.actionMonth) { model.actionMonthPage() }]
    let tablePages = model.indicatorTablePageCount
    // Every indicator's table cuts the units at the same rows: each page's units are hashed
    // once, not once per indicator.
    let slices = (0...tablePages).map { n in n < 2 ? nil : model.indicatorTableSlice(page: n) }
    let sliceKeys = slices.map { slice in slice.flatMap { keys.figures(of: $0.units, "table rows") } }
    var tableSpecs = [[RenderSpec]](repeating: [], count: slices.count)
    for ind in model.content.plan.indicators {
      large.append(
        keyed([SitePaths.indicator(ind.id)], derived("indicator \(ind.id)")) { _ in model.indicatorPage(ind) })
      for n in (2...max(2, tablePages)) where n <= tablePages {
        guard let slice = slices[n] else { continue }
        // The layout also draws on every unit (the units' word, the search box's example).
        let what =
          "indicator \(ind.id) page \(n)/\(tablePages) of \(slice.total)\n\(model.unitWords)\n"
          + (model.exampleUnit?.name ?? "")
        let key = sliceKeys[n].map { SHA256.digest("\($0)\n\(what)\n") }
        tableSpecs[n].append(
          keyed([SitePaths.indicatorTable(ind.id, page: n)], key) { _ in model.indicatorTablePage(ind, slice) })
      }
    }
    // Each page of the tables comes right after the pages of the units it lists: a figure's
    // fragment, made for the unit's page, waits for the table in `FigureFragments` briefly.
    var tablesDone = 1
    for (i, spec) in unitSpecs.enumerated() {
      small.append(spec)
      let n = i / IndicatorTableView.pageSize + 1
      if n < tableSpecs.count, (i + 1) % IndicatorTableView.pageSize == 0 || i == unitSpecs.count - 1 {
        small += tableSpecs[n]
        tablesDone = n
      }
    }
    small += tableSpecs.dropFirst(tablesDone + 1).joined()
    small += reportSpecs
    large += (1...model.districtsPageCount).map { n in
      keyed([SitePaths.districtsPage(n)], districtsPageKey(model, n, keys: keys, province: provinceKey)) { _ in
        model.districtsPage(n)
      }
    }
    large += [
      provincePage(SitePaths.report) { model.reportPage(stylesheet: stylesheet) },
      keyed([SitePaths.csv], derived("csv")) { _ in model.csvFile() },
    ]
    large += model.reportPeriods.map { p in
      // Above `ReportPageView.maxDistrictTables` units a period's report gathers no unit's text
      // (it summarises): then it is one of the province's pages, kept when only reports changed.
      let key = model.reportHoldsEveryUnit ? nil : provinceKey("period report \(p.id)")
      return keyed([SitePaths.periodReport(p.id), SitePaths.periodReportWord(p.id)], key) { i in
        i == 0 ? model.periodReportPage(p) : model.periodReportDocument(p)
      }
    }
    let search = SearchIndexSpec(model, keys: keys, reuse: reuse, cache: cache)
    return RenderPlan(small: small, large: large, last: [search.run], keys: pathKeys)
  }

  /// The key of page `n` of the unit index: page 1 draws the map of every unit; the others the
  /// figures of their own units and of the one before (whose group says whether the page's
  /// first group continues), the page count and what the layout draws from every unit.
  static func districtsPageKey(
    _ model: SiteModel, _ n: Int, keys: PageKeys, province: (String) -> String?
  ) -> String? {
    let what =
      "unit index page \(n)/\(model.districtsPageCount) of \(model.content.districts.count), "
      + "\(model.unitSectionCount) sections\n\(model.unitWords)\n\(model.exampleUnit?.name ?? "")"
    guard n > 1 else { return province(what) }
    let rows = model.districtsPageRows(n)
    return keys.figures(of: model.unitIndexOrder[(rows.lowerBound - 1)..<rows.upperBound].map(\.district), what)
  }

  /// For a process that builds many times (`serve`): units loaded by one build are kept in
  /// memory for the next, under the keys of the build cache (`UnitLoadCache`).
  public static func keepLoadedUnitsInMemory() { UnitLoadCache.keepInMemory() }

  /// Every output file, made at once (tests, template checks on small sites).
  public static func jobs(_ model: SiteModel, stylesheet: String = "") -> [RenderJob] {
    plan(model, stylesheet: stylesheet).allJobs()
  }

  static let readme = """
    # Trang báo cáo công tác trẻ em

    Mở tệp `index.html` bằng trình duyệt (nhấp đúp) để xem; không cần máy chủ hay Internet.
    Nếu nhận được tệp .zip: hãy giải nén trước (chuột phải → Giải nén tất cả), rồi mở
    `index.html` trong thư mục vừa giải nén. Bản in toàn bộ báo cáo: `report/index.html`.

    Thư mục này do `plansite build` tạo ra; mỗi lần dựng trang sẽ thay toàn bộ. Đừng sửa tay.

    Open `index.html` in a browser; no server or internet needed. From a zip: extract it first,
    then open `index.html` in the extracted folder. Generated by `plansite build`; do not edit.

    """

  /// Builds the site; on any error the previous output is left untouched. `progress` is told
  /// (files written, files to write) as the build goes; `waiting`, once, that another build
  /// into the same output holds its lock (with that build's process id when known): this one
  /// waits for it to finish.
  public static func build(
    _ options: BuildOptions, progress: (@Sendable (Int, Int) -> Void)? = nil,
    waiting: (@Sendable (Int32?) -> Void)? = nil
  ) async -> (BuildSummary?, Diagnostics) {
    var diags = Diagnostics()
    if let refusal = OutputGuard.refusal(options) {
      diags.error(.notOurs, at: SourceLocation(path: refusal.path), refusal.description)
      return (nil, diags)
    }
    // One build per output folder at a time: two at once would each swap in a site while the
    // other was still writing it.
    let lock: FileLock
    do {
      try FileManager.default.createDirectory(
        at: options.output.standardizedFileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
      lock = try await FileLock.acquire(OutputWriter.lockPath(for: options.output), waiting: waiting)
    } catch {
      diags.error(.io, at: SourceLocation(path: OutputGuard.display(options.output)), SystemError.message(error))
      return (nil, diags)
    }
    defer { lock.release() }
    OutputWriter.clearStaleStaging(of: options.output)
    var timings = BuildTimings()
    let summary: BuildSummary
    let cache = BuildCache(output: options.output)
    // The site the previous build replaced goes while this one reads and plans.
    let sweep = cache?.sweepRetired()
    defer { sweep?.wait() }
    let fingerprint = BuildFingerprint.compute(options, cache: cache)
    timings.mark("fingerprint")
    // Read once: the no-change shortcut and page reuse both need it.
    let previous = SiteMarker.read(from: options.output)
    if BuildFingerprint.isCurrent(options.output, fingerprint: fingerprint.site, marker: previous) {
      summary = BuildSummary(files: 0, pages: 0, bytes: 0, written: 0, unchanged: true)
    } else {
      let (built, buildDiags) = await write(
        options, fingerprint: fingerprint, cache: cache, reuse: PageReuse(marker: previous), progress: progress)
      diags.append(contentsOf: buildDiags)
      guard let built else { return (nil, diags) }
      summary = built
    }
    if let zip = options.zip {
      do {
        let site = options.output.standardizedFileURL
        try SiteArchive.write(site: site, to: zip, folder: site.lastPathComponent, date: options.today)
      } catch {
        let refused = (error as? SiteArchive.Failure)?.refused == true
        diags.error(
          refused ? .notOurs : .io, at: SourceLocation(path: OutputGuard.display(zip)), SystemError.message(error))
        return (nil, diags)
      }
    }
    return (summary, diags)
  }

  /// Checks, renders and swaps in a new site (the output's lock is held).
  private static func write(
    _ options: BuildOptions, fingerprint: BuildFingerprint, cache: BuildCache?, reuse: PageReuse,
    progress: (@Sendable (Int, Int) -> Void)?
  ) async -> (BuildSummary?, Diagnostics) {
    var timings = BuildTimings()
    let units = cache.map { UnitLoadCache(cache: $0, keys: fingerprint.districtKeys) }
    var (checked, templates, diags) = await check(options, unitCache: units, lintCache: cache)
    units?.prune()
    timings.mark("load and check")
    guard let model = checked, let templates else { return (nil, diags) }
    var writer: OutputWriter
    do {
      writer = try OutputWriter(output: options.output)
    } catch let failure as OutputWriter.Failure {
      if case .notGenerated = failure {
        diags.error(.notOurs, at: SourceLocation(path: OutputGuard.display(options.output)), "\(failure)")
      } else {
        diags.error(.io, at: SourceLocation(path: OutputGuard.display(options.output)), "\(failure)")
      }
      return (nil, diags)
    } catch {
      diags.error(.io, at: SourceLocation(path: OutputGuard.display(options.output)), SystemError.message(error))
      return (nil, diags)
    }
    let work = plan(
      model, stylesheet: templates.stylesheet, keys: PageKeys(fingerprint), reuse: reuse, cache: cache)
    timings.mark("plan")
    let result = Renderer.run(work, templates: templates, writer: writer, progress: progress, timings: &timings)
    if let failure = result.failure {
      writer.discard()
      diags.append(failure)
      return (nil, diags)
    }
    var summary = result.summary
    summary.unitsFromCache = units?.hits ?? 0
    do {
      for (path, bytes) in templates.assets {
        try writer.write(path, bytes)
        summary.files += 1
        summary.bytes += bytes.count
      }
      let keys = work.keys.merging(result.keys) { a, _ in a }
      let marker = SiteMarker(fingerprint: fingerprint.site, sizes: writer.files, keys: keys).text
      try writer.write(OutputWriter.marker, Array(marker.utf8))
      timings.mark("marker")
      // The replaced site waits for the next build only when this one kept three quarters of
      // its files or more: they are shared with the new site, so it takes little room. After a
      // build that made more of them again, it is removed now rather than kept as a second copy.
      if summary.written * 4 <= summary.files { writer.retired = cache?.retired }
      try writer.commit()
      timings.mark("commit")
    } catch {
      writer.discard()
      diags.error(.io, at: SourceLocation(path: OutputGuard.display(options.output)), SystemError.message(error))
      return (nil, diags)
    }
    return (summary, diags)
  }
}
