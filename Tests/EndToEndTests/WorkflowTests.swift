import Foundation
import PlansiteContent
import PlansiteSite
import PlansiteTestSupport
import XCTest

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif
#if canImport(Glibc)
  import Glibc
#endif

/// The editing workflow (issue 7): `serve` (live preview, error page, Ctrl-C), `new district`
/// and the guides in docs/ kept in step with the code.
final class WorkflowTests: XCTestCase {
  var templates: URL { TestSupport.packageRoot.appendingPathComponent("templates") }

  // MARK: - serve

  func testServeRebuildsOnChangeShowsErrorsAndStopsOnCtrlC() async throws {
    let content = TestSupport.contentCopy(of: "mini")
    let dir = content.deletingLastPathComponent()
    let templates = dir.appendingPathComponent("templates")
    try FileManager.default.copyItem(at: self.templates, to: templates)
    let output = dir.appendingPathComponent("output")
    let log = dir.appendingPathComponent("serve.log")
    FileManager.default.createFile(atPath: log.path, contents: nil)
    let port = Self.freePort()
    let base = "http://127.0.0.1:\(port)"

    let p = Process()
    p.executableURL = TestSupport.binary
    p.arguments = [
      "serve", "--content", content.path, "--templates", templates.path, "--output", output.path,
      "--today", "2023-06-15", "--port", "\(port)",
    ]
    let handle = try FileHandle(forWritingTo: log)
    p.standardOutput = handle
    p.standardError = handle
    try p.run()
    defer { if p.isRunning { kill(p.processIdentifier, SIGKILL) } }
    func serverLog() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    // Up, with the first build done.
    var v1 = ""
    try await eventually("the server answers", log: serverLog) {
      guard let (status, body) = try? await Self.get(base + "/__plansite/version"), status == 200 else { return false }
      v1 = body.trimmingCharacters(in: .whitespacesAndNewlines)
      return true
    }
    var (status, page) = try await Self.get(base + "/districts/a-chau/index.html")
    XCTAssertEqual(status, 200)
    XCTAssertTrue(page.contains("An Châu"))
    XCTAssertTrue(
      page.contains("<script src=\"/__plansite/reload.js\" data-version=\"\(v1)\"></script>"), "reload script injected")
    let onDisk = try String(contentsOf: output.appendingPathComponent("districts/a-chau/index.html"), encoding: .utf8)
    XCTAssertFalse(onDisk.contains("__plansite"), "the files on disk never get the reload script")
    (status, page) = try await Self.get(base + "/__plansite/reload.js")
    XCTAssertEqual(status, 200)
    XCTAssertTrue(page.contains("location.reload()"))
    (status, _) = try await Self.get(base + "/targets/")
    XCTAssertEqual(status, 200, "a folder URL serves its index.html")

    // An edit: rebuilt, and the reload signal moves.
    let districtYAML = content.appendingPathComponent("districts/a-chau/district.yaml")
    let original = try String(contentsOf: districtYAML, encoding: .utf8)
    try original.replacingOccurrences(of: "name: An Châu", with: "name: An Châu Mới").write(
      to: districtYAML, atomically: true, encoding: .utf8)
    var v2 = ""
    try await eventually("the edit is rebuilt", log: serverLog) {
      let (_, body) = try await Self.get(base + "/__plansite/version")
      v2 = body.trimmingCharacters(in: .whitespacesAndNewlines)
      guard v2 != v1 else { return false }
      let (_, page) = try await Self.get(base + "/districts/a-chau/index.html")
      return page.contains("An Châu Mới")
    }

    // A broken file: the error page, with file:line, for every page; assets still served.
    let indicators = content.appendingPathComponent("districts/a-chau/indicators.yaml")
    let good = try Data(contentsOf: indicators)
    try Data("reports:\n  - period: nam\n    values:\n      p1: {done: 45, of: 40}\n".utf8).write(to: indicators)
    var v3 = ""
    try await eventually("the error page is shown", log: serverLog) {
      let (_, body) = try await Self.get(base + "/__plansite/version")
      v3 = body.trimmingCharacters(in: .whitespacesAndNewlines)
      return v3 != v2
    }
    (status, page) = try await Self.get(base + "/index.html")
    XCTAssertEqual(status, 500)
    XCTAssertTrue(page.contains("Không dựng được trang"), page)
    XCTAssertTrue(page.contains("districts/a-chau/indicators.yaml:4:18"), page)
    XCTAssertTrue(page.contains("[PS011]"), page)
    XCTAssertTrue(
      page.contains("chỉ tiêu &quot;p1&quot;: &quot;done&quot; (45) lớn hơn &quot;of&quot; (40)"),
      "HTML-escaped message: \(page)")
    XCTAssertTrue(page.contains("data-version=\"\(v3)\""), "the error page reloads itself too")
    (status, page) = try await Self.get(base + "/districts/a-chau/")
    XCTAssertEqual(status, 500)
    XCTAssertTrue(page.contains("indicators.yaml:4:18"))
    (status, _) = try await Self.get(base + "/assets/style.css")
    XCTAssertEqual(status, 200, "the previous site's assets are still served")
    XCTAssertTrue(
      FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path),
      "a failed build keeps the old output")

    // Fixed: the pages are back.
    try good.write(to: indicators)
    try await eventually("the fixed site is served again", log: serverLog) {
      let (_, body) = try await Self.get(base + "/__plansite/version")
      guard body.trimmingCharacters(in: .whitespacesAndNewlines) != v3 else { return false }
      let (status, page) = try await Self.get(base + "/districts/a-chau/index.html")
      return status == 200 && page.contains("An Châu Mới")
    }

    // Ctrl-C: stops cleanly with status 0.
    kill(p.processIdentifier, SIGINT)
    let deadline = Date().addingTimeInterval(10)
    while p.isRunning && Date() < deadline { try await Task.sleep(nanoseconds: 50_000_000) }
    XCTAssertFalse(p.isRunning, "serve did not stop on SIGINT")
    p.waitUntilExit()
    XCTAssertEqual(p.terminationReason, .exit, serverLog())
    XCTAssertEqual(p.terminationStatus, 0, serverLog())
    XCTAssertTrue(serverLog().contains("Đã dừng"), serverLog())
  }

  func testServeOnAPortInUseSaysSoAndExits2() throws {
    let (fd, port) = Self.listeningSocket()
    defer { close(fd) }
    let content = TestSupport.contentCopy(of: "mini")
    let run = try TestSupport.plansite([
      "serve", "--content", content.path, "--templates", templates.path,
      "--output", content.deletingLastPathComponent().appendingPathComponent("output").path, "--port", "\(port)",
    ])
    XCTAssertEqual(run.status, 2, run.stderr)
    XCTAssertTrue(run.stderr.contains("cổng \(port) đang được dùng; thử --port \(port + 1)"), run.stderr)
    XCTAssertFalse(run.stderr.contains("Fatal error") || run.stderr.contains("Stack dump"), run.stderr)
    // One diagnostic, printed as build and check print theirs (issue 13 item 5).
    XCTAssertEqual(run.stderr.split(separator: "\n").count, 2, "one clear line and the count: \(run.stderr)")
    XCTAssertTrue(run.stderr.hasSuffix(" [PS024]\n1 lỗi, 0 cảnh báo\n"), run.stderr)
  }

  // MARK: - new district

  func testNewDistrictScaffoldsAFolderThatPassesCheck() throws {
    let content = TestSupport.contentCopy(of: "mini")
    let plan = content.appendingPathComponent("plan.yaml")
    let before = try String(contentsOf: plan, encoding: .utf8)
    let run = try TestSupport.plansite(["new", "district", "Huyện Thử", "--content", content.path])
    XCTAssertEqual(run.status, 0, run.stderr)
    let folder = content.appendingPathComponent("districts/thu")
    XCTAssertEqual(TestSupport.files(under: folder), ["district.yaml", "events.yaml", "indicators.yaml", "report.md"])
    // plan.yaml: the slug added to the flow list, every other byte as it was.
    let after = try String(contentsOf: plan, encoding: .utf8)
    XCTAssertEqual(
      after,
      before.replacingOccurrences(of: "districts: [a-chau, dinh-lap]", with: "districts: [a-chau, dinh-lap, thu]"))
    let district = try String(contentsOf: folder.appendingPathComponent("district.yaml"), encoding: .utf8)
    XCTAssertTrue(district.contains("kind: huyện"), district)
    XCTAssertTrue(district.contains("communes: 0"), district)
    let indicators = try String(contentsOf: folder.appendingPathComponent("indicators.yaml"), encoding: .utf8)
    XCTAssertTrue(indicators.contains("      p1:   # tỷ lệ (percent): {done: 35, of: 40}\n"), indicators)
    XCTAssertTrue(indicators.contains("y1:   # có/không (yes-no): yes hoặc no"), indicators)
    XCTAssertTrue(indicators.contains("t1:   # định tính (text): {note: \"…\"}"), indicators)
    let report = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
    for heading in ["## Kết quả nổi bật", "## Khó khăn, vướng mắc", "## Kiến nghị"] {
      XCTAssertTrue(report.contains(heading), heading)
    }
    XCTAssertTrue(
      try String(contentsOf: folder.appendingPathComponent("events.yaml"), encoding: .utf8).contains("events: []"))

    // check: exit 0; every message is a warning to fill in a placeholder: a PS025 for each of
    // 7 indicators × 2 periods, and a PS011 for `communes: 0` (the page would print 0 communes).
    let check = try TestSupport.plansite([
      "check", "--content", content.path, "--templates", templates.path, "--today", "2023-06-15",
    ])
    XCTAssertEqual(check.status, 0, check.stderr)
    let messages = check.stderr.split(separator: "\n").filter { $0.contains(": cảnh báo: ") || $0.contains(": lỗi: ") }
    XCTAssertEqual(messages.count, 15, check.stderr)
    let indicatorMessages = messages.filter { !$0.contains("districts/thu/district.yaml:4:11: cảnh báo: communes") }
    XCTAssertEqual(indicatorMessages.count, 14, check.stderr)
    XCTAssertTrue(
      indicatorMessages.allSatisfy { $0.contains("cảnh báo: chỉ tiêu") && $0.hasSuffix("[PS025]") }, check.stderr)
    XCTAssertTrue(
      check.stderr.contains("districts/thu/indicators.yaml:9:7: cảnh báo: chỉ tiêu \"p1\" chưa có số liệu kỳ 6-thang"),
      check.stderr)
    XCTAssertTrue(check.stderr.hasSuffix("0 lỗi, 15 cảnh báo\n"), check.stderr)
    let build = try TestSupport.plansite([
      "build", "--content", content.path, "--templates", templates.path,
      "--output", content.deletingLastPathComponent().appendingPathComponent("output").path, "--today", "2023-06-15",
      "--quiet",
    ])
    XCTAssertEqual(build.status, 0, build.stderr)

    // The same name again: refused, nothing touched.
    let again = try TestSupport.plansite(["new", "district", "Huyện Thử", "--content", content.path])
    XCTAssertEqual(again.status, 2, again.stderr)
    XCTAssertTrue(again.stderr.contains("districts/thu/ đã có; không ghi đè"), again.stderr)
    XCTAssertEqual(try String(contentsOf: plan, encoding: .utf8), after)
  }

  func testNewDistrictEditsABlockListKeepingEveryOtherByte() throws {
    let block = "number: \"01/KH-TEST\"\r\nyear: 2023\r\n"
    let content = TestSupport.contentCopy(of: "mini")
    let plan = content.appendingPathComponent("plan.yaml")
    let text = try String(contentsOf: plan, encoding: .utf8)
      .replacingOccurrences(
        of: "districts: [a-chau, dinh-lap]\n",
        with: "districts:   # theo thứ tự hành chính\n  - a-chau\n\n  - dinh-lap   # huyện vùng cao\n# hết danh sách\n"
      )
      .replacingOccurrences(of: "\n", with: "\r\n")
    XCTAssertTrue(text.hasPrefix(block))
    let bytes = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    try bytes.write(to: plan)
    let run = try TestSupport.plansite(["new", "district", "Thị xã Mới", "--content", content.path])
    XCTAssertEqual(run.status, 0, run.stderr)
    let expected =
      Data([0xEF, 0xBB, 0xBF])
      + Data(
        text.replacingOccurrences(
          of: "  - dinh-lap   # huyện vùng cao\r\n", with: "  - dinh-lap   # huyện vùng cao\r\n  - moi\r\n"
        ).utf8)
    XCTAssertEqual(try Data(contentsOf: plan), expected)
    let district = try String(
      contentsOf: content.appendingPathComponent("districts/moi/district.yaml"), encoding: .utf8)
    XCTAssertTrue(district.contains("name: \"Mới\"") && district.contains("kind: thị xã"), district)
    let check = try TestSupport.plansite([
      "check", "--content", content.path, "--templates", templates.path, "--today", "2023-06-15",
    ])
    XCTAssertEqual(check.status, 0, check.stderr)
  }

  func testNewDistrictRefusesEmptyAndClashingNames() throws {
    let content = TestSupport.contentCopy(of: "mini")
    let plan = try Data(contentsOf: content.appendingPathComponent("plan.yaml"))
    let cases: [([String], String)] = [
      (["!!!"], "không cho ra mã thư mục"),
      (["Huyện"], "không cho ra mã thư mục"),
      (["Huyện Đình Lập"], "districts/dinh-lap/ đã có"),
      (["Huyện An Châu"], "đã có đơn vị \"Huyện An Châu\""),
      (["Thị xã Mới", "--kind", "huyện"], "--kind là huyện"),
      (["Mới", "--kind", "tỉnh"], "--kind \"tỉnh\" không hợp lệ"),
    ]
    for (args, message) in cases {
      let run = try TestSupport.plansite(["new", "district"] + args + ["--content", content.path])
      XCTAssertEqual(run.status, 2, "\(args): \(run.stderr)")
      XCTAssertTrue(run.stderr.contains(message), "\(args): \(run.stderr)")
      XCTAssertFalse(run.stderr.contains("Fatal error"), run.stderr)
    }
    XCTAssertEqual(try Data(contentsOf: content.appendingPathComponent("plan.yaml")), plan, "plan.yaml untouched")
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("districts").path).sorted(),
      ["a-chau", "dinh-lap"])
  }

  // MARK: - new district in a plan of communes (issue 16, item 7)

  /// A copy of the commune example (`examples/tinh-minh-hoa/content/`).
  func communeContent() throws -> URL {
    let dir = TestSupport.temporaryDirectory("plansite-communes")
    let target = dir.appendingPathComponent("content")
    try FileManager.default.copyItem(
      at: TestSupport.packageRoot.appendingPathComponent("examples/tinh-minh-hoa/content"), to: target)
    return target
  }

  /// "Xã Tân Lạc": the first word is the kind; a commune gets no `communes` line; the examples
  /// come from the content (its phones' area code, its Action Month), none from Lạng Sơn or 2023.
  func testNewDistrictInfersTheCommuneKindAndTakesExamplesFromTheContent() throws {
    let content = try communeContent()
    let run = try TestSupport.plansite(["new", "district", "Xã Tân Lạc", "--content", content.path])
    XCTAssertEqual(run.status, 0, run.stderr)
    let folder = content.appendingPathComponent("districts/tan-lac")
    let district = try String(contentsOf: folder.appendingPathComponent("district.yaml"), encoding: .utf8)
    XCTAssertTrue(district.contains("name: \"Tân Lạc\"\nkind: xã"), district)
    XCTAssertFalse(district.contains("communes"), district)
    XCTAssertTrue(district.contains("phone: \"0999 xxx xxx\""), district)
    let events = try String(contentsOf: folder.appendingPathComponent("events.yaml"), encoding: .utf8)
    XCTAssertTrue(events.contains("date: 2026-06-01") && events.contains("UBND xã Tân Lạc"), events)
    for file in ["district.yaml", "events.yaml", "indicators.yaml", "report.md"] {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      for stale in ["0205", "2023", "huyện", "Lạng Sơn"] { XCTAssertFalse(text.contains(stale), "\(file): \(stale)") }
    }
    XCTAssertFalse(run.stdout.contains("điền communes"), run.stdout)
    // A name without a kind word takes the plan's commonest kind (xã here).
    let plain = try TestSupport.plansite(["new", "district", "Hòa Nam", "--content", content.path])
    XCTAssertEqual(plain.status, 0, plain.stderr)
    let second = try String(
      contentsOf: content.appendingPathComponent("districts/hoa-nam/district.yaml"), encoding: .utf8)
    XCTAssertTrue(second.contains("kind: xã"), second)
    let check = try TestSupport.plansite(["check", "--content", content.path, "--today", "2026-06-15"])
    XCTAssertEqual(check.status, 0, check.stderr)
    XCTAssertFalse(check.stderr.contains("PS011") || check.stderr.contains("PS062"), check.stderr)
  }

  /// A unit plan.yaml already lists (the Department listed every commune first) gets its folder;
  /// plan.yaml keeps every byte.
  func testNewDistrictScaffoldsAUnitAlreadyListedInPlanYAML() throws {
    let content = try communeContent()
    let planURL = content.appendingPathComponent("plan.yaml")
    let plan = try String(contentsOf: planURL, encoding: .utf8)
      .replacingOccurrences(of: "\nperiods:", with: "  - {id: moi-lap, group: \"Khu vực phía Nam\"}\n\nperiods:")
    try plan.write(to: planURL, atomically: true, encoding: .utf8)
    let before = try Data(contentsOf: planURL)
    let check = try TestSupport.plansite(["check", "--content", content.path, "--today", "2026-06-15"])
    XCTAssertEqual(check.status, 1, "listed without a folder: an error until the folder is made")
    let run = try TestSupport.plansite(["new", "district", "Phường Mới Lập", "--content", content.path])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("đã có trong danh sách districts"), run.stdout)
    XCTAssertEqual(try Data(contentsOf: planURL), before, "plan.yaml untouched")
    let after = try TestSupport.plansite(["check", "--content", content.path, "--today", "2026-06-15"])
    XCTAssertEqual(after.status, 0, after.stderr)
  }

  /// events.yaml holds the unit's Action Month activities: one in September is refused with a
  /// message that says where it can go, not shown in the agenda and missing from the grid.
  func testUnitEventOutsideTheActionMonthIsRefused() throws {
    let content = TestSupport.contentCopy(
      of: "mini",
      overrides: [
        "districts/a-chau/events.yaml": "events:\n  - date: 2023-09-05\n    title: Ngày toàn dân đưa trẻ đến trường\n"
      ])
    let check = try TestSupport.plansite(["check", "--content", content.path, "--templates", templates.path])
    XCTAssertEqual(check.status, 1, check.stderr)
    XCTAssertTrue(
      check.stderr.contains(
        "districts/a-chau/events.yaml:2:11: lỗi: hoạt động \"Ngày toàn dân đưa trẻ đến trường\" nằm ngoài Tháng hành động (01/06/2023–30/06/2023)"
      ), check.stderr)
    XCTAssertTrue(check.stderr.contains("kể trong report.md [PS022]"), check.stderr)
  }

  // MARK: - guides

  /// docs/huong-dan-don-vi.md carries the table of every diagnostic code, from `DiagnosticCode.all`.
  func testDistrictGuideListsEveryDiagnosticCode() throws {
    let guide = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/huong-dan-don-vi.md"), encoding: .utf8)
    let expected = Self.diagnosticTable()
    guard let start = guide.range(of: Self.tableStart), let end = guide.range(of: Self.tableEnd),
      start.upperBound <= end.lowerBound
    else {
      XCTFail(
        "docs/huong-dan-don-vi.md has no \(Self.tableStart) … \(Self.tableEnd) block; put this table between them:\n\(expected)"
      )
      return
    }
    let actual = guide[start.upperBound..<end.lowerBound].trimmingCharacters(in: .newlines)
    if actual != expected {
      XCTFail(
        "the table of codes in docs/huong-dan-don-vi.md differs from DiagnosticCode.all (\(TextDiff.firstDifference(expected, actual))); the expected table:\n\(expected)"
      )
    }
  }

  static let tableStart = "<!-- bảng mã: sinh từ DiagnosticCode.all, WorkflowTests kiểm tra -->"
  static let tableEnd = "<!-- hết bảng mã -->"

  static func diagnosticTable() -> String {
    func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
    var lines = ["| Mã | Ý nghĩa | Cách sửa |", "|---|---|---|"]
    for code in DiagnosticCode.all {
      lines.append("| \(code.id) | \(cell(code.meaning)) | \(cell(code.fix)) |")
    }
    return lines.joined(separator: "\n")
  }

  /// docs/templates.md names, for every template, the view its page receives, and for every
  /// view type exactly the properties the templates can use: those a `Mirror` finds on real
  /// page contexts built from the shipped content.
  func testTemplateGuideNamesExactlyTheVariablesOfTheViewModels() async throws {
    let doc = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/templates.md"), encoding: .utf8)
    let options = BuildOptions(
      content: TestSupport.packageRoot.appendingPathComponent("content"), templates: templates,
      output: TestSupport.temporaryDirectory().appendingPathComponent("output"), today: CivilDate(iso: "2023-06-15")!)
    let (model, _, diags) = await SiteBuilder.check(options)
    guard let model else {
      XCTFail("the shipped content does not load: \(diags.all.map(\.message))")
      return
    }
    var reflected: [String: Set<String>] = [:]
    var pages: [String: String] = [:]  // template → type of `page`
    for job in SiteBuilder.jobs(model) + model.lintOnlyPages {
      let template: String
      switch job {
      case .page(_, let name, _), .word(_, let name, _): template = name
      default: continue
      }
      guard let context = job.templateContext else { continue }
      Self.collect(context, into: &reflected)
      if let page = Mirror(reflecting: context).children.first(where: { $0.label == "page" }) {
        pages[template] = Self.typeName(page.value)
      } else {
        pages[template] = Self.typeName(context)
      }
    }

    let documented = Self.documentedTypes(doc)
    var problems: [String] = []
    for (type, props) in reflected.sorted(by: { $0.key < $1.key }) {
      guard let listed = documented[type] else {
        problems.append(
          "missing section \"### `\(type)`\" with: \(props.sorted().map { "`\($0)`" }.joined(separator: ", "))")
        continue
      }
      for p in props.subtracting(listed).sorted() { problems.append("`\(type).\(p)` is not in the doc") }
      for p in listed.subtracting(props).sorted() {
        problems.append("the doc names `\(type).\(p)`, which does not exist")
      }
    }
    for type in Set(documented.keys).subtracting(reflected.keys).sorted() {
      problems.append("the doc has a section for `\(type)`, which no page receives")
    }
    let rows = Self.templateRows(doc)
    for (template, type) in pages.sorted(by: { $0.key < $1.key }) {
      if rows[template] != type {
        problems.append(
          "the table of templates should say `\(template).mustache` receives `\(type)` (it says \(rows[template] ?? "nothing"))"
        )
      }
    }
    for template in Set(rows.keys).subtracting(pages.keys).sorted() where template != "layout" {
      problems.append("the table of templates names `\(template).mustache`, which renders no page")
    }
    XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
  }

  /// Type → property names, for every struct reachable from `value` (all elements walked).
  static func collect(_ value: Any, into types: inout [String: Set<String>]) {
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional, .collection, .set:
      for child in mirror.children { collect(child.value, into: &types) }
    case .struct, .class:
      let name = typeName(value)
      let qualified = String(reflecting: type(of: value))
      guard qualified.hasPrefix("PlansiteSite.") else { return }
      var props = types[name] ?? []
      // `{{{html}}}` of a figure or status is rendered by the renderer (PartialCache), not a field.
      if value is FigureView || value is StatusView { props.insert("html") }
      for child in mirror.children {
        if let label = child.label { props.insert(label) }
        collect(child.value, into: &types)
      }
      types[name] = props
    default:
      break
    }
  }

  /// `PageContext<HomePageView>` → `PageContext`.
  static func typeName(_ value: Any) -> String {
    let s = String(describing: type(of: value))
    return String(s.prefix { $0 != "<" })
  }

  /// `### \`Type\`` sections and the first-column names of their tables.
  static func documentedTypes(_ doc: String) -> [String: Set<String>] {
    var result: [String: Set<String>] = [:]
    var current: String?
    for line in doc.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("### `") {
        current = line.dropFirst(5).prefix { $0 != "`" }.description
        result[current!] = result[current!] ?? []
      } else if line.hasPrefix("## ") || line.hasPrefix("# ") {
        current = nil
      } else if let c = current, line.hasPrefix("| `") {
        result[c]!.insert(line.dropFirst(3).prefix { $0 != "`" }.description)
      }
    }
    return result
  }

  /// Rows `| \`home.mustache\` | … | \`HomePageView\` |` of the table of templates.
  static func templateRows(_ doc: String) -> [String: String] {
    var rows: [String: String] = [:]
    for line in doc.split(separator: "\n") where line.hasPrefix("| `") && line.contains(".mustache`") {
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard let first = cells.first, let last = cells.last, first.hasSuffix(".mustache`") else { continue }
      let template = String(first.dropFirst().dropLast(".mustache`".count))
      rows[template] = last.trimmingCharacters(in: CharacterSet(charactersIn: "`"))
    }
    return rows
  }

  // MARK: - helpers

  static func get(_ url: String) async throws -> (Int, String) {
    var request = URLRequest(url: URL(string: url)!)
    request.cachePolicy = .reloadIgnoringLocalCacheData
    request.timeoutInterval = 10
    let (data, response) = try await session.data(for: request)
    return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
  }

  static let session = URLSession(configuration: .ephemeral)

  /// Polls `condition` every 200 ms for up to `seconds`.
  func eventually(
    _ what: String, seconds: Double = 30, log: () -> String, _ condition: () async throws -> Bool
  ) async throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if (try? await condition()) == true { return }
      try await Task.sleep(nanoseconds: 200_000_000)
    }
    XCTFail("timed out waiting until \(what); server log:\n\(log())")
    throw CancellationError()
  }

  /// A loopback socket bound to a port the system chose, listening (so the port is taken).
  static func listeningSocket() -> (Int32, Int) {
    #if canImport(Glibc)
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_port = 0
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    _ = withUnsafePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    _ = listen(fd, 1)
    var len = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
    }
    return (fd, Int(UInt16(bigEndian: addr.sin_port)))
  }

  /// A port that was free a moment ago.
  static func freePort() -> Int {
    let (fd, port) = listeningSocket()
    close(fd)
    return port
  }
}
