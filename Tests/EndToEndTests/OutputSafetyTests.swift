import Foundation
import PlansiteTestSupport
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// What a build writes over and when (issue 12, items 1–3, 17, 18, 20): `--zip` replaces only a
/// zip plansite wrote; one build per output folder at a time; the no-change shortcut never
/// accepts what `check` rejects nor trusts a marker its folder no longer matches; a killed build
/// leaves the previous site whole; two `new district` at once both land in plan.yaml.
final class OutputSafetyTests: XCTestCase {
  var templates: URL { TestSupport.packageRoot.appendingPathComponent("templates") }

  /// A project folder: `content/` (a copy of the mini fixture) and nothing else.
  func project() -> (dir: URL, content: URL) {
    let content = TestSupport.contentCopy(of: "mini")
    return (content.deletingLastPathComponent(), content)
  }

  func build(_ content: URL, _ output: URL, _ extra: [String] = []) throws -> TestSupport.Run {
    try build(content.path, output.path, extra)
  }

  /// Paths as given: relative ones are taken from `dir`.
  func build(_ content: String, _ output: String, _ extra: [String] = [], in dir: URL? = nil) throws -> TestSupport.Run
  {
    try TestSupport.run(
      TestSupport.binary,
      ["build", "--content", content, "--templates", templates.path, "--output", output, "--today", "2023-06-15"]
        + extra,
      in: dir)
  }

  /// Paths whose bytes differ between two snapshots (or that only one has).
  func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
    Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
  }

  func check(_ content: URL) throws -> TestSupport.Run {
    try TestSupport.plansite([
      "check", "--content", content.path, "--templates", templates.path, "--today", "2023-06-15",
    ])
  }

  /// Every file below `dir` with its bytes (links followed), for "nothing changed" checks.
  func snapshot(_ dir: URL) -> [String: Data] {
    var s: [String: Data] = [:]
    for f in TestSupport.files(under: dir) { s[f] = try? Data(contentsOf: dir.appendingPathComponent(f)) }
    return s
  }

  /// What is in `dir`, but the build caches beside each output (`.NAME.plansite-cache`: kept on
  /// purpose for the next build, see BuildCache).
  func names(_ dir: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter {
      !($0.hasPrefix(".") && $0.hasSuffix(".plansite-cache"))
    }.sorted()
  }

  // MARK: - 1. --zip

  func testZipNeverReplacesWhatPlansiteDidNotMake() throws {
    let (dir, content) = project()
    let output = dir.appendingPathComponent("output")
    XCTAssertEqual(try build(content, output, ["--quiet"]).status, 0)
    try Data("ghi chú của tôi\n".utf8).write(to: dir.appendingPathComponent("notes.zip"))
    // A real zip, but not plansite's.
    let other = try TestSupport.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["python3", "-c", "import zipfile; z = zipfile.ZipFile('other.zip', 'w'); z.writestr('a.txt', 'x'); z.close()"],
      in: dir)
    XCTAssertEqual(other.status, 0, other.stderr)
    try FileManager.default.createSymbolicLink(
      atPath: dir.appendingPathComponent("link.zip").path, withDestinationPath: "notes.zip")
    let before = snapshot(dir)
    let listing = names(dir)

    let cases: [(String, String)] = [
      ("content", "đây là một thư mục"),
      (".", "đây là một thư mục"),
      ("content/plan.yaml", "tệp nén nằm trong thư mục nội dung content"),
      ("content/moi.zip", "tệp nén nằm trong thư mục nội dung content"),
      ("output/site.zip", "tệp nén nằm trong thư mục kết quả output"),
      ("output", "đây là một thư mục"),
      ("notes.zip", "không phải tệp nén do plansite tạo ra; không ghi đè"),
      ("other.zip", "không phải tệp nén do plansite tạo ra; không ghi đè"),
      ("link.zip", "là một liên kết tượng trưng; không ghi đè"),
    ]
    for (zip, message) in cases {
      let run = try build("content", "output", ["--quiet", "--zip", zip], in: dir)
      XCTAssertEqual(run.status, 2, "--zip \(zip): \(run.stderr)")
      XCTAssertTrue(run.stderr.contains("\(zip): lỗi: "), "--zip \(zip): \(run.stderr)")
      XCTAssertTrue(run.stderr.contains(message), "--zip \(zip): \(run.stderr)")
      XCTAssertTrue(run.stderr.contains("[PS045]"), "--zip \(zip): \(run.stderr)")
      XCTAssertEqual(differences(snapshot(dir), before), [], "--zip \(zip) changed these")
      XCTAssertEqual(names(dir), listing, "--zip \(zip) left or removed something")
    }

    // A new path, then the same again: the second replaces the zip the first one wrote.
    for round in 1...2 {
      let run = try build(content, output, ["--quiet", "--zip", dir.appendingPathComponent("site.zip").path])
      XCTAssertEqual(run.status, 0, "round \(round): \(run.stderr)")
    }
    XCTAssertEqual(
      names(dir), (listing + ["site.zip"]).sorted(), "written beside under a temporary name, renamed into place")
    let read = try TestSupport.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", "-c",
        "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.comment.decode()); print(len(z.namelist()))",
        dir.appendingPathComponent("site.zip").path,
      ])
    XCTAssertEqual(read.status, 0, read.stderr)
    let lines = read.stdout.split(separator: "\n")
    XCTAssertEqual(
      lines.first.map(String.init),
      "plansite offline site: written by plansite build --zip, which may replace this file")
    XCTAssertEqual(
      lines.last.flatMap { Int($0) }, TestSupport.files(under: output).count - 1, "every file but the marker")
  }

  // MARK: - 2. One build per output folder

  /// Holds the lock of builds into `output` as another process would.
  func holdLock(of output: URL) -> Int32 {
    let path = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).plansite-lock")
      .path
    let fd = open(path, O_RDWR | O_CREAT, 0o644)
    XCTAssertGreaterThanOrEqual(fd, 0)
    XCTAssertEqual(flock(fd, LOCK_EX), 0)
    let pid = Array("\(getpid())\n".utf8)
    XCTAssertEqual(pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }, pid.count)
    return fd
  }

  func testSecondBuildWaitsForTheOneWritingTheSameOutput() throws {
    let (dir, content) = project()
    let output = dir.appendingPathComponent("output")
    let fd = holdLock(of: output)
    let log = dir.appendingPathComponent("build.log")
    FileManager.default.createFile(atPath: log.path, contents: nil)
    let p = Process()
    p.executableURL = TestSupport.binary
    p.arguments = [
      "build", "--content", content.path, "--templates", templates.path, "--output", output.path, "--today",
      "2023-06-15",
    ]
    p.standardError = try FileHandle(forWritingTo: log)
    try p.run()
    defer { if p.isRunning { kill(p.processIdentifier, SIGKILL) } }
    Thread.sleep(forTimeInterval: 1.5)
    XCTAssertTrue(p.isRunning, "the build did not wait")
    XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "the build wrote while another held the output")
    XCTAssertFalse(names(dir).contains { $0.contains("plansite-tmp") }, "not even a staging folder")
    let message = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    XCTAssertTrue(
      message.contains("Một lần dựng khác (tiến trình \(getpid())) đang ghi vào \(output.path)/; chờ"), message)
    close(fd)
    p.waitUntilExit()
    XCTAssertEqual(p.terminationStatus, 0, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    XCTAssertEqual(names(dir), ["build.log", "content", "output"], "the lock file goes with the last build")
  }

  func testBuildsStartedTogetherLeaveOneWholeSite() throws {
    let (dir, content) = project()
    let reference = dir.appendingPathComponent("reference")
    XCTAssertEqual(try build(content, reference, ["--quiet"]).status, 0)
    let want = snapshot(reference)
    let output = dir.appendingPathComponent("output")
    for round in 0..<3 {
      try? FileManager.default.removeItem(at: output)
      let runs = (0..<4).map { _ in
        let p = Process()
        p.executableURL = TestSupport.binary
        p.arguments = [
          "build", "--content", content.path, "--templates", templates.path, "--output", output.path, "--today",
          "2023-06-15", "--quiet",
        ]
        p.standardError = FileHandle.nullDevice
        return p
      }
      for p in runs { try p.run() }
      for p in runs { p.waitUntilExit() }
      XCTAssertEqual(runs.map(\.terminationStatus), [0, 0, 0, 0], "round \(round)")
      XCTAssertEqual(differences(snapshot(output), want), [], "round \(round): the output is not the whole site")
      XCTAssertEqual(names(dir), ["content", "output", "reference"], "round \(round): staging or lock left behind")
    }
  }

  /// The marker lists every file with its size; a site that no longer holds exactly those is
  /// built again, not called unchanged.
  func testNoChangeShortcutRebuildsAnOutputThatNoLongerMatchesItsMarker() throws {
    let (dir, content) = project()
    let output = dir.appendingPathComponent("output")
    XCTAssertEqual(try build(content, output, ["--quiet"]).status, 0)
    let want = snapshot(output)
    let index = output.appendingPathComponent("index.html")
    let damage: [(String, () throws -> Void)] = [
      (
        "a file added",
        { try Data("<script>alert(1)</script>".utf8).write(to: output.appendingPathComponent("la.html")) }
      ),
      ("a file removed", { try FileManager.default.removeItem(at: index) }),
      ("a file cut short", { try Data("<html>".utf8).write(to: index) }),
      (
        "a file swapped for a link of the same size",
        {
          let copy = dir.appendingPathComponent("index-copy.html")
          try? FileManager.default.removeItem(at: copy)
          try FileManager.default.moveItem(at: index, to: copy)
          try FileManager.default.createSymbolicLink(atPath: index.path, withDestinationPath: copy.path)
        }
      ),
    ]
    for (what, change) in damage {
      try change()
      let run = try build(content, output, ["--quiet"])
      XCTAssertEqual(run.status, 0, "\(what): \(run.stderr)")
      XCTAssertEqual(differences(snapshot(output), want), [], "\(what): the build called a damaged site unchanged")
      var st = stat()
      XCTAssertEqual(lstat(index.path, &st), 0)
      XCTAssertEqual(st.st_mode & S_IFMT, S_IFREG, what)
    }
  }

  // MARK: - 3. The shortcut never accepts what check rejects

  func testBuildRejectsWhatCheckRejectsEvenWhenNoFileChanged() throws {
    let (dir, content) = project()
    let output = dir.appendingPathComponent("output")
    XCTAssertEqual(try build(content, output, ["--quiet"]).status, 0)
    let site = snapshot(output)
    let fm = FileManager.default
    // A file of the same bytes, moved outside content/ and linked back: check refuses links
    // that leave content/ (PS017), whatever they lead to.
    let section = content.appendingPathComponent("plan/01-muc-dich.md")
    let outside = dir.appendingPathComponent("01-muc-dich.md")
    let changes: [(String, String, () throws -> Void, () throws -> Void)] = [
      (
        "an empty new district folder", "districts/moi",
        {
          try fm.createDirectory(
            at: content.appendingPathComponent("districts/moi"), withIntermediateDirectories: false)
        },
        { try fm.removeItem(at: content.appendingPathComponent("districts/moi")) }
      ),
      (
        "a section linked from outside content/", "[PS017]",
        {
          try fm.moveItem(at: section, to: outside)
          try fm.createSymbolicLink(atPath: section.path, withDestinationPath: outside.path)
        },
        {
          try fm.removeItem(at: section)
          try fm.moveItem(at: outside, to: section)
        }
      ),
    ]
    for (what, message, change, undo) in changes {
      try change()
      let checked = try check(content)
      XCTAssertEqual(checked.status, 1, "\(what): check should reject it: \(checked.stderr)")
      XCTAssertTrue(checked.stderr.contains(message), "\(what): \(checked.stderr)")
      let built = try build(content, output, ["--quiet"])
      XCTAssertEqual(built.status, 1, "\(what): build accepted what check rejects: \(built.stderr)")
      XCTAssertTrue(built.stderr.contains(message), "\(what): \(built.stderr)")
      XCTAssertEqual(differences(snapshot(output), site), [], "\(what): the previous site stays")
      try undo()
      XCTAssertEqual(try build(content, output, ["--quiet"]).status, 0, "\(what): fixed")
    }
  }

  // MARK: - 17. Exit status 2 for I/O and for a SOURCE_DATE_EPOCH that is not a date

  func testMissingContentFolderAndInvalidSourceDateEpochExit2() throws {
    let (dir, content) = project()
    let output = dir.appendingPathComponent("output")
    for command in ["check", "build"] {
      for (path, message) in [
        ("khong-co", "không tìm thấy thư mục nội dung"), ("content/plan.yaml", "đây không phải thư mục"),
      ] {
        let outputArgs = command == "build" ? ["--output", "output"] : []
        let run = try TestSupport.plansite(
          [command, "--content", path, "--templates", templates.path] + outputArgs, in: dir)
        XCTAssertEqual(run.status, 2, "\(command) --content \(path): \(run.stderr)")
        XCTAssertTrue(run.stderr.contains("\(path): lỗi: \(message); dùng --content"), run.stderr)
      }
    }
    var environment = ProcessInfo.processInfo.environment
    for value in [
      "", "abc", "1686787200.5", "-1", " 1686787200", "99999999999999999999", "253402300799", "1686787200\u{1B}[2J",
    ] {
      environment["SOURCE_DATE_EPOCH"] = value
      for args in [
        ["build", "--content", content.path, "--templates", templates.path, "--output", output.path, "--quiet"],
        ["check", "--content", content.path, "--templates", templates.path],
        ["new", "district", "Huyện Mới", "--content", content.path],
      ] {
        let run = try TestSupport.run(TestSupport.binary, args, environment: environment)
        XCTAssertEqual(run.status, 2, "SOURCE_DATE_EPOCH=\(value.debugDescription) \(args[0]): \(run.stderr)")
        XCTAssertTrue(run.stderr.contains("SOURCE_DATE_EPOCH=\""), run.stderr)
        XCTAssertTrue(run.stderr.contains("không phải số giây hợp lệ"), run.stderr)
        XCTAssertFalse(
          run.stderr.contains("\u{1B}"), "control characters are shown escaped: \(run.stderr.debugDescription)")
      }
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "nothing built with a wrong date")
    XCTAssertEqual(names(content.appendingPathComponent("districts")), ["a-chau", "dinh-lap"])
    environment["SOURCE_DATE_EPOCH"] = "1686787200"  // 2023-06-15 in Vietnam
    let run = try TestSupport.run(
      TestSupport.binary,
      ["build", "--content", content.path, "--templates", templates.path, "--output", output.path, "--quiet"],
      environment: environment)
    XCTAssertEqual(run.status, 0, run.stderr)
    let dated = try build(content, dir.appendingPathComponent("dated"), ["--quiet"])
    XCTAssertEqual(dated.status, 0, dated.stderr)
    XCTAssertEqual(
      try Data(contentsOf: output.appendingPathComponent("index.html")),
      try Data(contentsOf: dir.appendingPathComponent("dated/index.html")), "SOURCE_DATE_EPOCH is the day --today names"
    )
  }

  // MARK: - 18. Builds killed mid-way

  /// Each build is stopped once its staging folder holds a given number of files (from the
  /// first file to half the site), checked to be mid-way, then killed: the output must be the
  /// previous site, whole, every time; the next build clears what the killed ones left.
  func testBuildsKilledMidWayLeaveThePreviousSiteWhole() throws {
    let content = TestSupport.packageRoot.appendingPathComponent("content")
    let dir = TestSupport.temporaryDirectory()
    let output = dir.appendingPathComponent("output")
    func args(_ today: String, _ out: URL) -> [String] {
      [
        "build", "--content", content.path, "--templates", templates.path, "--output", out.path, "--today", today,
        "--quiet",
      ]
    }
    let dates = ["2023-06-15", "2023-11-29"]
    var sites: [String: [String: Data]] = [:]
    for date in dates {
      let reference = dir.appendingPathComponent("reference-\(date)")
      XCTAssertEqual(try TestSupport.plansite(args(date, reference)).status, 0)
      sites[date] = snapshot(reference)
    }
    XCTAssertNotEqual(sites[dates[0]], sites[dates[1]])
    let total = sites[dates[0]]!.count
    XCTAssertGreaterThan(total, 40)
    // The search index's shards (hundreds of small files) are written last, in a burst too short
    // to stop a build in: the stops are spread over the files written before them.
    let spread = sites[dates[0]]!.keys.filter { !$0.hasPrefix("search/") }.count

    XCTAssertEqual(try TestSupport.plansite(args(dates[0], output)).status, 0)
    var previous = dates[0]
    var killedAt: [Int] = []
    for round in 0..<2 {
      for fraction in [0.0, 0.1, 0.25, 0.5] {
        let target = max(1, Int(Double(spread) * fraction))
        let other = dates.first { $0 != previous }!
        let p = Process()
        p.executableURL = TestSupport.binary
        p.arguments = args(other, output)
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Poll the build's own staging folder until it holds `target` files, then freeze it.
        // The pid and its "-": pid 4512 must not take the folder a killed 45123 left behind.
        let prefix = ".output.plansite-tmp-\(p.processIdentifier)-"
        var staged = 0
        let deadline = Date().addingTimeInterval(60)
        while p.isRunning && Date() < deadline {
          if let staging = names(dir).first(where: { $0.hasPrefix(prefix) }) {
            staged = TestSupport.files(under: dir.appendingPathComponent(staging)).count
            if staged >= target {
              kill(p.processIdentifier, SIGSTOP)
              break
            }
          }
          usleep(200)
        }
        XCTAssertTrue(p.isRunning, "round \(round): the build ended before \(target) files were staged")
        let staging = names(dir).first { $0.hasPrefix(prefix) }
        let frozen = staging.map { TestSupport.files(under: dir.appendingPathComponent($0)).count } ?? 0
        // A walk of a folder that is being written is not exact (CI saw 40 and 41 files frozen
        // after a poll counted 42), so the stopped build may hold a file or two fewer than the
        // poll saw: that it stopped mid-way is what matters.
        XCTAssertGreaterThan(frozen, 0, "stopped after it began writing")
        XCTAssertLessThan(frozen, total, "stopped mid-way, not after the last file")
        XCTAssertEqual(
          differences(snapshot(output), sites[previous]!), [],
          "while the build is stopped the output is still the previous site")
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationReason, .uncaughtSignal, "the build was killed, not finished")
        XCTAssertEqual(p.terminationStatus, SIGKILL)
        killedAt.append(frozen)
        XCTAssertEqual(
          differences(snapshot(output), sites[previous]!), [],
          "after a kill at \(frozen)/\(total) files the previous site is not whole")
        XCTAssertNotNil(
          staging.flatMap { names(dir).contains($0) ? $0 : nil }, "the killed build's staging folder is left")
      }
      // A build that finishes makes the other site the previous one.
      previous = dates.first { $0 != previous }!
      XCTAssertEqual(try TestSupport.plansite(args(previous, output)).status, 0)
      XCTAssertEqual(differences(snapshot(output), sites[previous]!), [])
      XCTAssertEqual(
        names(dir).filter { $0.hasPrefix(".output") }, [],
        "the next build clears what killed builds left (staging, lock)")
    }
    XCTAssertEqual(killedAt.count, 8)
    XCTAssertLessThanOrEqual(killedAt.min() ?? total, spread / 4, "some kills early: \(killedAt) of \(total)")
    XCTAssertGreaterThanOrEqual(killedAt.max() ?? 0, spread / 3, "some kills late: \(killedAt) of \(total)")
  }

  // MARK: - 20. new district, twice at once

  func testNewDistrictWaitsForAnotherAndBothLinesLand() throws {
    let (dir, content) = project()
    let plan = content.appendingPathComponent("plan.yaml")
    let before = try String(contentsOf: plan, encoding: .utf8)
    // Hold the lock as a running `new district` would: the next one must wait, then re-read.
    let fd = open(content.appendingPathComponent(".plan.yaml.plansite-lock").path, O_RDWR | O_CREAT, 0o644)
    XCTAssertEqual(flock(fd, LOCK_EX), 0)
    let log = dir.appendingPathComponent("new.log")
    FileManager.default.createFile(atPath: log.path, contents: nil)
    let p = Process()
    p.executableURL = TestSupport.binary
    p.arguments = ["new", "district", "Huyện Một", "--content", content.path]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = try FileHandle(forWritingTo: log)
    try p.run()
    defer { if p.isRunning { kill(p.processIdentifier, SIGKILL) } }
    Thread.sleep(forTimeInterval: 1.5)
    XCTAssertTrue(p.isRunning, "new district did not wait")
    XCTAssertEqual(try String(contentsOf: plan, encoding: .utf8), before, "plan.yaml edited while another held it")
    // Meanwhile the holder adds its own line.
    let withOther = before.replacingOccurrences(
      of: "districts: [a-chau, dinh-lap]", with: "districts: [a-chau, dinh-lap, hai]")
    try Data(withOther.utf8).write(to: plan)
    try FileManager.default.copyItem(
      at: content.appendingPathComponent("districts/dinh-lap"), to: content.appendingPathComponent("districts/hai"))
    let district = content.appendingPathComponent("districts/hai/district.yaml")
    try Data(try String(contentsOf: district, encoding: .utf8).replacingOccurrences(of: "Đình Lập", with: "Hai").utf8)
      .write(to: district)
    close(fd)
    p.waitUntilExit()
    let message = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    XCTAssertEqual(p.terminationStatus, 0, message)
    XCTAssertTrue(message.contains("đang sửa \(content.path)/plan.yaml; chờ"), message)
    XCTAssertEqual(
      try String(contentsOf: plan, encoding: .utf8),
      before.replacingOccurrences(of: "districts: [a-chau, dinh-lap]", with: "districts: [a-chau, dinh-lap, hai, mot]"))
    XCTAssertEqual(
      names(content), ["action-month.md", "action-month.yaml", "districts", "plan", "plan.yaml", "site.yaml"])
  }

  func testNewDistrictsStartedTogetherAllLand() throws {
    let (_, content) = project()
    let plan = content.appendingPathComponent("plan.yaml")
    let slugs = ["bon", "hai", "mot", "ba"]
    let runs = ["Huyện Bốn", "Huyện Hai", "Huyện Một", "Huyện Ba"].map { name in
      let p = Process()
      p.executableURL = TestSupport.binary
      p.arguments = ["new", "district", name, "--content", content.path]
      p.standardOutput = FileHandle.nullDevice
      p.standardError = FileHandle.nullDevice
      return p
    }
    for p in runs { try p.run() }
    for p in runs { p.waitUntilExit() }
    XCTAssertEqual(runs.map(\.terminationStatus), [0, 0, 0, 0])
    let text = try String(contentsOf: plan, encoding: .utf8)
    let line = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("districts:") })
    XCTAssertEqual(
      Set(line.dropFirst("districts: [".count).dropLast().split(separator: ", ").map(String.init)),
      Set(["a-chau", "dinh-lap"] + slugs), text)
    XCTAssertEqual(names(content.appendingPathComponent("districts")), (["a-chau", "dinh-lap"] + slugs).sorted())
    let checked = try check(content)
    XCTAssertEqual(checked.status, 0, checked.stderr)
  }
}
