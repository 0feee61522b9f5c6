import Foundation

/// Loads and validates `content/` into a `Content` value, gathering every problem in one run.
public enum ContentLoader {
  /// Files a district folder may hold.
  public static let districtFiles = ["district.yaml", "indicators.yaml", "report.md", "events.yaml"]
  /// Markdown files above this size are refused (a district report is a few KB).
  public static let maxMarkdownBytes = 200_000

  /// Which Markdown file is read: a section of the plan, `action-month.md` or a unit's `report.md`.
  public enum MarkdownRole: Sendable { case planSection, actionMonth, unitReport }
  /// What a Markdown file holds that the loader cannot see (this target does not parse
  /// Markdown): PlansiteSite passes `MarkdownDiagnostics.inspect`.
  public typealias MarkdownInspector = @Sendable (SourceFile, MarkdownRole) -> Diagnostics

  /// Loads the folder. `today` is the build date, for "submitted in the future" warnings;
  /// `site.yaml`'s `as_of:` replaces it unless it was asked for (`--today`, `todayIsExplicit`).
  /// `inspectMarkdown` is called on each Markdown file as it is read, so its problems are
  /// reported even when another file's errors leave no `Content` to look at afterwards.
  /// `pending`: unit codes plan.yaml may list before their folder exists (`plansite new
  /// district` scaffolding a listed unit); any other listed code without a folder is an error.
  /// `unitCache`: units whose folder did not change since it stored them are not read again.
  public static func load(
    from root: URL, today: CivilDate, todayIsExplicit: Bool = false, inspectMarkdown: MarkdownInspector? = nil,
    pending: Set<String> = [], unitCache: (any DistrictLoadCache)? = nil
  ) -> (Content?, Diagnostics) {
    var diags = Diagnostics()
    let folder = ContentFolder(root: root, inspectMarkdown: inspectMarkdown)
    guard folder.isDirectory("") || FileManager.default.fileExists(atPath: root.path) else {
      diags.error(
        .missingFile, at: SourceLocation(path: folder.displayRoot),
        "không tìm thấy thư mục nội dung; dùng --content để chỉ đúng thư mục")
      return (nil, diags)
    }
    // A missing or broken file is reported and the rest is still read, against what can be
    // known: a plan.yaml that does not parse hides none of the districts' own errors.
    func present(_ name: String) -> Bool { folder.exists(name) || folder.isDirectory(name) }
    for required in ["site.yaml", "plan.yaml", "action-month.yaml"] where !present(required) {
      diags.error(
        .missingFile, at: SourceLocation(path: folder.display(required)),
        "thiếu tệp bắt buộc \(required) trong thư mục nội dung")
    }
    let site =
      present("site.yaml")
      ? folder.yaml("site.yaml", into: &diags).flatMap { SiteReader.read($0, into: &diags) } : nil
    let read =
      present("plan.yaml")
      ? folder.yaml("plan.yaml", into: &diags).flatMap { PlanReader.read($0, into: &diags) } : nil
    let plan = read ?? .unreadable
    let sections = readSections(folder, into: &diags)
    let actionMonth = readActionMonth(folder, plan: plan, hasYAML: present("action-month.yaml"), into: &diags)
    let window = actionMonth.map { $0.start...max($0.start, $0.end) }
    let districts = readDistricts(
      folder, plan: plan, today: (todayIsExplicit ? nil : site?.asOf) ?? today, actionMonth: window, pending: pending,
      unitCache: unitCache, into: &diags)
    // Checked on content that otherwise reads: with a unit's file broken its wholes are not all there.
    if !diags.hasErrors { UnitWholesCheck.check(plan: plan, districts: districts, into: &diags) }
    guard let site, let actionMonth, plan.unknown.isEmpty, !diags.hasErrors else { return (nil, diags) }
    let content = Content(
      site: site, plan: plan, sections: sections, actionMonth: actionMonth, districts: districts)
    return (content, diags)
  }

  static func markdown(
    _ folder: ContentFolder, _ relative: String, _ role: MarkdownRole, into diags: inout Diagnostics
  ) -> SourceFile? {
    let file = folder.read(relative, into: &diags, maxBytes: maxMarkdownBytes)
    if let file, let inspect = folder.inspectMarkdown { diags.append(contentsOf: inspect(file, role)) }
    return file
  }

  static func readSections(_ folder: ContentFolder, into diags: inout Diagnostics)
    -> [NarrativeSection]
  {
    var names = IDRegistry()
    let files = folder.isDirectory("plan") ? folder.list("plan", into: &diags) ?? [] : []
    return files.filter { $0.hasSuffix(".md") }.compactMap { name in
      guard let file = markdown(folder, "plan/\(name)", .planSection, into: &diags),
        let slug = SectionName.slug(of: name, at: file.path, &names, into: &diags)
      else { return nil }
      return NarrativeSection(slug: slug, path: file.path, markdown: file.text)
    }
  }

  static func readActionMonth(
    _ folder: ContentFolder, plan: Plan, hasYAML: Bool, into diags: inout Diagnostics
  ) -> ActionMonth? {
    // The narrative is read (and its Markdown inspected) even when action-month.yaml is missing
    // or broken.
    var narrative = ""
    if folder.exists("action-month.md"), let md = markdown(folder, "action-month.md", .actionMonth, into: &diags) {
      narrative = md.text
    }
    guard hasYAML, let doc = folder.yaml("action-month.yaml", into: &diags) else { return nil }
    let r = YAMLReader(doc)
    defer { diags.append(contentsOf: r.diagnostics) }
    guard
      let f = r.fields(
        doc.root, "action-month.yaml", allowed: ContentKeys.actionMonth,
        required: ["theme", "start", "end"])
    else { return nil }
    let theme = r.text(f["theme"], "theme")
    let start = r.date(f["start"], "start")
    let end = r.date(f["end"], "end")
    if let start, let end, end < start {
      r.error(.eventDate, f["end"], "ngày kết thúc (end) trước ngày bắt đầu (start); hãy đổi lại")
    }
    let window = start.flatMap { s in end.map { e in s...max(s, e) } }
    let events = EventReader.read(f["events"], r, district: nil, year: plan.knownYear, window: window)
    guard let theme, let start, let end else { return nil }
    return ActionMonth(
      theme: theme, start: start, end: end, events: events, narrative: narrative,
      narrativePath: folder.display("action-month.md"))
  }
}
