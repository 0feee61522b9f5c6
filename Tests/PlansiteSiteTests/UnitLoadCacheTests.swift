import Foundation
import PlansiteTestSupport
import XCTest

@testable import PlansiteContent
@testable import PlansiteSite

/// A unit whose folder did not change comes from the previous build's record (`UnitLoadCache`),
/// not from its folder. That is only safe if a record gives exactly what reading the folder
/// gives — every field of the unit, every diagnostic in order — and anything doubtful (a
/// record cut short or damaged, written under another key, in a folder plansite did not make)
/// is read from the folder again.
final class UnitLoadCacheTests: XCTestCase {
  let today = CivilDate(iso: "2023-06-15")!
  let templates = TestSupport.packageRoot.appendingPathComponent("templates")

  func options(_ content: URL, _ output: URL) -> BuildOptions {
    BuildOptions(content: content, templates: templates, output: output, today: today)
  }

  /// A load of `content` as `build` does it, through the records beside `output`; `hits`: the
  /// units that came from a record.
  func cachedLoad(
    _ content: URL, beside output: URL, todayIsExplicit: Bool = false
  ) throws -> (content: Content?, diags: Diagnostics, hits: Int) {
    let keys = BuildFingerprint.compute(options(content, output)).districtKeys
    let cache = UnitLoadCache(cache: try XCTUnwrap(BuildCache(output: output)), keys: keys)
    let (loaded, diags) = ContentLoader.load(
      from: content, today: today, todayIsExplicit: todayIsExplicit, inspectMarkdown: MarkdownDiagnostics.inspect,
      unitCache: cache)
    cache.prune()
    return (loaded, diags, cache.hits)
  }

  func freshLoad(_ content: URL) -> (Content?, Diagnostics) {
    ContentLoader.load(from: content, today: today, inspectMarkdown: MarkdownDiagnostics.inspect)
  }

  func records(beside output: URL) -> [String] {
    let folder = BuildCache.folder(for: output).appendingPathComponent(UnitLoadCache.area)
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  /// Every stored field, nested (`MapPosition`'s `==` ignores where it was written; this does
  /// not), with the dictionaries compared apart: their order of iteration is not their value.
  func assertSameUnits(_ a: [District], _ b: [District], _ what: String, line: UInt = #line) {
    XCTAssertEqual(a.map(\.slug), b.map(\.slug), what, line: line)
    for (x, y) in zip(a, b) {
      XCTAssertEqual(x.submissions, y.submissions, "\(what): \(x.slug)", line: line)
      XCTAssertEqual(x.reports.map(\.values), y.reports.map(\.values), "\(what): \(x.slug)", line: line)
      var (x, y) = (x, y)
      x.submissions = [:]
      y.submissions = [:]
      for i in x.reports.indices { x.reports[i].values = [:] }
      for i in y.reports.indices { y.reports[i].values = [:] }
      var (dx, dy) = ("", "")
      dump(x, to: &dx)
      dump(y, to: &dy)
      XCTAssertEqual(dx, dy, "\(what): \(x.slug)", line: line)
    }
  }

  /// The mini fixture with warnings in its YAML and Markdown, every field of a unit filled in
  /// (a map tile, an event marked as an illustration, a submission) and, with `errors`, errors
  /// in both as well: one unit that makes no `District`, one whose report is too deep to read.
  func troubledContent(errors: Bool) -> URL {
    var files = [
      "districts/a-chau/district.yaml": """
      name: An Châu
      kind: huyện
      communes: 0
      contact: {office: Phòng LĐTBXH, phone: "0205 000 000", email: achau@example.vn}
      submissions:
        6-thang: 2023-05-19
      map: {row: 1, col: 2}
      """,
      "districts/a-chau/ghi-chu.txt": "một tệp lạ\n",
      "districts/a-chau/events.yaml": """
      events:
        - start: 2023-06-05
          end: 2023-06-06
          title: Diễn đàn trẻ em huyện
          time: 8 giờ
          place: Nhà văn hóa huyện
          organiser: Phòng LĐTBXH
          audience: Học sinh
          description: "Một **diễn đàn**."
          illustration: true
      """,
      "districts/a-chau/report.md": "## Kết quả nổi bật\n\nẢnh: ![lớp học](https://example.com/a.png)\n",
      "districts/dinh-lap/district.yaml": "name: Đình Lập\nkind: huyện\ncommunes: 12\nmap: {row: 2, col: 2}\n",
    ]
    if errors {
      files["districts/dinh-lap/district.yaml"] = "name: Đình Lập\nkind: làng\ncommunes: 12\n"
      files["districts/a-chau/report.md"] =
        "## Kết quả nổi bật\n\n" + String(repeating: "> ", count: 40) + "lồng sâu\n"
    }
    return TestSupport.contentCopy(of: "mini", overrides: files)
  }

  /// The mini fixture with `extra` copies of its two units (`don-vi-N`, named "Số N").
  func moreUnits(_ extra: Int) throws -> URL {
    let content = TestSupport.contentCopy(of: "mini")
    let districts = content.appendingPathComponent("districts")
    var slugs = ["a-chau", "dinh-lap"]
    for i in 1...extra {
      let folder = districts.appendingPathComponent("don-vi-\(i)")
      try FileManager.default.copyItem(at: districts.appendingPathComponent(slugs[i % 2]), to: folder)
      let yaml = folder.appendingPathComponent("district.yaml")
      let text = try String(contentsOf: yaml, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.hasPrefix("name:") ? "name: Số \(i)" : String($0) }.joined(separator: "\n")
      try Data(text.utf8).write(to: yaml)
      slugs.append("don-vi-\(i)")
    }
    try edit(content.appendingPathComponent("plan.yaml")) {
      $0.replacingOccurrences(
        of: "districts: [a-chau, dinh-lap]", with: "districts: [\(slugs.joined(separator: ", "))]")
    }
    return content
  }

  func edit(_ file: URL, _ change: (String) -> String) throws {
    try Data(change(try String(contentsOf: file, encoding: .utf8)).utf8).write(to: file)
  }

  func testACachedLoadEqualsAFreshLoad() throws {
    let cases = [
      ("the shipped content", TestSupport.packageRoot.appendingPathComponent("content")),
      ("warnings in YAML and Markdown", troubledContent(errors: false)),
      ("errors in YAML and Markdown", troubledContent(errors: true)),
    ]
    for (what, content) in cases {
      let output = TestSupport.temporaryDirectory().appendingPathComponent("site")
      let (fresh, freshDiags) = freshLoad(content)
      let units = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("districts").path)
      let first = try cachedLoad(content, beside: output)
      XCTAssertEqual(first.hits, 0, what)
      XCTAssertEqual(records(beside: output), units.sorted(), "\(what): one record per unit")
      let second = try cachedLoad(content, beside: output)
      XCTAssertEqual(second.hits, units.count, "\(what): every unit from its record")
      XCTAssertEqual(second.diags.all, freshDiags.all, "\(what): the same diagnostics, in the same order")
      XCTAssertEqual(first.diags.all, freshDiags.all, what)
      XCTAssertEqual(second.content == nil, fresh == nil, what)
      if let fresh, let cached = second.content {
        assertSameUnits(cached.districts, fresh.districts, what)
      }
    }
    // What the cases hold, so that the comparison above covers it.
    let (_, warned) = freshLoad(troubledContent(errors: false))
    XCTAssertEqual(Set(warned.all.map(\.code.id)), ["PS011", "PS014", "PS038", "PS053"], "\(warned.all)")
    XCTAssertFalse(warned.hasErrors)
    let (broken, failed) = freshLoad(troubledContent(errors: true))
    XCTAssertNil(broken)
    XCTAssertEqual(failed.all.filter { $0.severity == .error }.map(\.code.id).sorted(), ["PS020", "PS040"])
  }

  /// Every stored field of every type a record holds makes the round trip: a field added to
  /// one of them and not to `UnitRecord` fails here.
  func testEveryFieldMakesTheRoundTrip() throws {
    let here = SourceLocation(path: "content/districts/x/district.yaml", line: 7, column: 3)
    let event = Event(
      start: CivilDate(iso: "2023-06-01")!, end: CivilDate(iso: "2023-06-02")!, title: "Ngày hội", time: "8 giờ",
      place: "Sân", organiser: "Xã", audience: "Trẻ em", description: "**Vui**", districtSlug: "x", index: 4,
      illustration: true)
    let unit = District(
      slug: "x", name: "Tân Lập", kind: "xã", communes: -3, group: "Khu vực 1",
      contact: Contact(office: "UBND", phone: "0205", email: "x@example.vn"),
      submissions: ["6-thang": CivilDate(iso: "2023-05-19")!, "nam": CivilDate(iso: "2023-12-01")!],
      reports: [
        Report(
          period: "6-thang", asOf: CivilDate(iso: "2023-05-15")!,
          values: [
            "a": .fraction(done: Rational(7, 3), of: Rational(-5)), "b": .amount(Rational(1, 1_000_000)),
            "c": .yesNo(true), "d": .yesNo(false), "e": .note("ghi *chú*\n"),
          ]),
        Report(period: "nam", asOf: nil, values: [:]),
      ],
      narrative: "## Kết quả\n\nĐủ.", narrativePath: "content/districts/x/report.md", events: [event],
      map: MapPosition(row: 3, col: 20, location: here))
    var diags = Diagnostics()
    diags.warning(.mapIncomplete, at: here, "cảnh báo", line: "map: {row: 3}")
    diags.error(.yamlSyntax, at: nil, "lỗi")
    for (district, what) in [(unit, "a unit"), (nil, "no unit")] {
      let record = UnitRecord.encode(district, diags)
      let (back, backDiags) = try XCTUnwrap(UnitRecord.decode(record), what)
      XCTAssertEqual(backDiags.all, diags.all)
      XCTAssertEqual(back == nil, district == nil)
      if let back, let district { assertSameUnits([back], [district], what) }
    }
    // The fields the record covers, by type: a new one must be written and read back too.
    func fields(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }
    XCTAssertEqual(
      fields(unit),
      [
        "slug", "name", "kind", "communes", "group", "contact", "submissions", "reports", "narrative",
        "narrativePath", "events", "map",
      ])
    XCTAssertEqual(fields(unit.contact), ["office", "phone", "email"])
    XCTAssertEqual(fields(unit.reports[0]), ["period", "asOf", "values"])
    XCTAssertEqual(
      fields(event),
      [
        "start", "end", "title", "time", "place", "organiser", "audience", "description", "districtSlug", "index",
        "illustration",
      ])
    XCTAssertEqual(fields(unit.map!), ["row", "col", "location"])
    XCTAssertEqual(fields(here), ["path", "line", "column"])
    XCTAssertEqual(fields(diags.all[0]), ["severity", "code", "location", "message", "sourceLine"])
    XCTAssertEqual(fields(Rational(1, 2)), ["numerator", "denominator"])
    XCTAssertEqual(fields(CivilDate(iso: "2023-01-01")!), ["year", "month", "day"])
  }

  /// After one unit's figure changes, that unit is read again (its new figure shows) and every
  /// other one comes from its record; a unit removed from the content loses its record.
  func testOnlyAChangedUnitIsReadAgain() throws {
    let content = try moreUnits(4)
    let output = TestSupport.temporaryDirectory().appendingPathComponent("site")
    _ = try cachedLoad(content, beside: output)
    try edit(content.appendingPathComponent("districts/don-vi-2/indicators.yaml")) {
      $0.replacingOccurrences(of: "p1: {done: 1999, of: 2500}", with: "p1: {done: 1876, of: 2500}")
    }
    let after = try cachedLoad(content, beside: output)
    XCTAssertEqual(after.hits, 5, "every unit but don-vi-2 from its record")
    let third = try cachedLoad(content, beside: output)
    XCTAssertEqual(third.hits, 6, "don-vi-2's new record too")
    for (load, what) in [(after, "read again"), (third, "from its new record")] {
      let unit = try XCTUnwrap(load.content?.districts.first { $0.slug == "don-vi-2" })
      XCTAssertEqual(
        unit.report(for: "6-thang")?.values["p1"], .fraction(done: Rational(1876), of: Rational(2500)), what)
    }

    try FileManager.default.removeItem(at: content.appendingPathComponent("districts/don-vi-4"))
    try edit(content.appendingPathComponent("plan.yaml")) { $0.replacingOccurrences(of: ", don-vi-4]", with: "]") }
    XCTAssertEqual(try cachedLoad(content, beside: output).hits, 0, "plan.yaml changed: every key with it")
    XCTAssertFalse(records(beside: output).contains("don-vi-4"), "the record of a removed unit is pruned")
    XCTAssertEqual(records(beside: output).count, 5)
  }

  /// What loading a unit takes besides its files is part of its record's key: the content
  /// folder's path (diagnostics show it) and the date values are judged against, which
  /// site.yaml's `as_of:` sets unless `--today` was given.
  func testWhatTheLoaderAddsIsPartOfTheKey() throws {
    let content = TestSupport.contentCopy(of: "mini")
    try edit(content.appendingPathComponent("site.yaml")) { $0 + "as_of: 2023-05-01\n" }
    let output = TestSupport.temporaryDirectory().appendingPathComponent("site")
    let explicit = try cachedLoad(content, beside: output, todayIsExplicit: true)
    XCTAssertFalse(explicit.diags.all.contains { $0.code == .submission }, "\(explicit.diags.all)")
    let asOf = try cachedLoad(content, beside: output)
    XCTAssertEqual(asOf.hits, 0, "as_of: 2023-05-01, not --today 2023-06-15")
    XCTAssertTrue(asOf.diags.all.contains { $0.code == .submission }, "a-chau's report of 2023-05-19 is ahead")
    XCTAssertEqual(asOf.diags.all, freshLoad(content).1.all)

    let alias = content.deletingLastPathComponent().appendingPathComponent("noi-dung")
    try FileManager.default.createSymbolicLink(at: alias, withDestinationURL: content)
    let elsewhere = try cachedLoad(alias, beside: output)
    XCTAssertEqual(elsewhere.hits, 0, "the same files, shown under another path")
    XCTAssertEqual(elsewhere.diags.all, freshLoad(alias).1.all)
    XCTAssertTrue(elsewhere.diags.all.allSatisfy { $0.location?.path.hasPrefix(alias.path) ?? true })
  }

  /// The same holds for the whole site's fingerprint: with site.yaml's `as_of:`, a build with
  /// `--today` and one without it (the date from SOURCE_DATE_EPOCH or the clock) are built for
  /// different days even when both are given the same date, and the second is no "no change".
  func testAsOfOrTodayIsPartOfTheSiteFingerprint() async throws {
    let content = TestSupport.contentCopy(of: "mini")
    try edit(content.appendingPathComponent("site.yaml")) { $0 + "as_of: 2023-05-01\n" }
    let dir = TestSupport.temporaryDirectory()
    var options = options(content, dir.appendingPathComponent("site"))
    options.todayIsExplicit = true
    let first = await SiteBuilder.build(options)
    XCTAssertNotNil(first.0, "\(first.1.all)")
    options.todayIsExplicit = false
    let (built, diags) = await SiteBuilder.build(options)
    let again = try XCTUnwrap(built, "\(diags.all)")
    XCTAssertFalse(again.unchanged, "built for 2023-05-01 (as_of:), not 2023-06-15 (--today)")
    options.output = dir.appendingPathComponent("fresh")
    let fresh = await SiteBuilder.build(options)
    XCTAssertNotNil(fresh.0, "\(fresh.1.all)")
    for f in TestSupport.files(under: options.output) where f != ".plansite-output" {
      XCTAssertEqual(
        try Data(contentsOf: dir.appendingPathComponent("site/\(f)")),
        try Data(contentsOf: options.output.appendingPathComponent(f)),
        f)
    }
  }

  /// A record cut short, with a changed byte, written under another key, naming a diagnostic
  /// code this plansite does not know or of another layout: each is a miss, read again from
  /// the folder, and the load equals a fresh one.
  func testARecordThatCannotBeTrustedIsAMiss() throws {
    let content = try moreUnits(4)
    let output = TestSupport.temporaryDirectory().appendingPathComponent("site")
    let (fresh, freshDiags) = freshLoad(content)
    _ = try cachedLoad(content, beside: output)
    let folder = BuildCache.folder(for: output).appendingPathComponent(UnitLoadCache.area)
    func record(_ slug: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(slug)) }
    func replace(_ slug: String, _ bytes: Data) throws { try bytes.write(to: folder.appendingPathComponent(slug)) }
    let header = try record("a-chau").prefix { $0 != 0x0A }.count + 1 + 65  // "plansite-cache 1\n" and key
    try replace("a-chau", try record("a-chau").dropLast(3))
    var damaged = try record("dinh-lap")
    damaged[header + 10] ^= 0x20  // a letter of the unit's code changes case
    try replace("dinh-lap", damaged)
    try replace("don-vi-1", try record("don-vi-2"))
    // Records that decode byte for byte, but that no one should trust, under the right key.
    let keys = BuildFingerprint.compute(options(content, output)).districtKeys
    let cache = UnitLoadCache(cache: try XCTUnwrap(BuildCache(output: output)), keys: keys)
    let context = ContentLoader.cacheContext(
      ContentFolder(root: content, inspectMarkdown: MarkdownDiagnostics.inspect), today: today,
      actionMonth: fresh.map { $0.actionMonth.start...$0.actionMonth.end })
    var unknownCode = Diagnostics()
    unknownCode.warning(
      DiagnosticCode(id: "PS999", meaning: "", fix: ""), at: nil, "một mã từ một plansite khác")
    cache.store("don-vi-3", context: context, fresh?.districts[4], unknownCode)
    XCTAssertNil(cache.lookup("don-vi-3", context: context), "an unknown code")
    var otherLayout = ByteWriter()
    otherLayout.int(UnitRecord.version + 1)
    otherLayout.bool(false)
    otherLayout.int(0)
    let key = try XCTUnwrap(
      String(decoding: try record("don-vi-4").prefix(header - 1), as: UTF8.self).split(
        separator: "\n"
      ).last)
    cache.cache.write(
      UnitLoadCache.area, "don-vi-4", key: String(key), otherLayout.bytes + UnitRecord.checksum(otherLayout.bytes[...]))

    let again = try cachedLoad(content, beside: output)
    XCTAssertEqual(again.hits, 1, "only don-vi-2's record is intact")
    XCTAssertEqual(again.diags.all, freshDiags.all)
    assertSameUnits(try XCTUnwrap(again.content).districts, try XCTUnwrap(fresh).districts, "after the misses")
    XCTAssertEqual(try cachedLoad(content, beside: output).hits, 6, "each record written again")
  }

  /// A folder of the cache's name that plansite did not make (no CACHEDIR.TAG, another tool's
  /// tag, a file) is left as it was: the build runs without a cache and writes nothing there.
  func testACacheFolderPlansiteDidNotMakeIsLeftAlone() async throws {
    let fm = FileManager.default
    for foreign in ["no tag", "another tag", "a file"] {
      let content = TestSupport.contentCopy(of: "mini")
      let output = TestSupport.temporaryDirectory().appendingPathComponent("site")
      let cacheFolder = BuildCache.folder(for: output)
      switch foreign {
      case "a file": try Data("của tôi\n".utf8).write(to: cacheFolder)
      default:
        try fm.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
        try Data("của tôi\n".utf8).write(to: cacheFolder.appendingPathComponent("ghi-chu.txt"))
        if foreign == "another tag" {
          try Data("Signature: 8a477f597d28d172789f06886806bc55\n# another tool\n".utf8).write(
            to: cacheFolder.appendingPathComponent("CACHEDIR.TAG"))
        }
      }
      let before = TestSupport.files(under: cacheFolder).map {
        ($0, try? Data(contentsOf: cacheFolder.appendingPathComponent($0)))
      }
      for round in 1...2 {
        let (summary, diags) = await SiteBuilder.build(options(content, output))
        XCTAssertEqual(try XCTUnwrap(summary, "\(diags.all)").unitsFromCache, 0, "\(foreign), build \(round)")
        try edit(content.appendingPathComponent("districts/a-chau/report.md")) { $0 + "\nThêm.\n" }
      }
      let after = TestSupport.files(under: cacheFolder).map {
        ($0, try? Data(contentsOf: cacheFolder.appendingPathComponent($0)))
      }
      XCTAssertEqual(after.map(\.0), before.map(\.0), foreign)
      XCTAssertEqual(after.map(\.1), before.map(\.1), foreign)
      if foreign == "a file" { XCTAssertEqual(try Data(contentsOf: cacheFolder), Data("của tôi\n".utf8)) }
    }
  }
}
