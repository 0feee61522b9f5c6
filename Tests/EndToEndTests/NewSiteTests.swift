import Foundation
import PlansiteTestSupport
import XCTest
import Yams

/// Issue 17, items 3 and 4: `plansite new site <folder>` makes a content repository that
/// passes `check` and builds with the built-in templates, never writing into a folder that has
/// anything in it; its pull-request check (the same text as docs/examples/content-check.yml)
/// downloads the released executable instead of building Swift.
final class NewSiteTests: XCTestCase {
  /// 2023-06-15 in Vietnam: the skeleton's plan year follows the build date.
  let environment = ["SOURCE_DATE_EPOCH": "1686787200", "PATH": "/usr/bin:/bin"]

  func testNewSiteMakesARepositoryThatPassesCheckAndBuilds() throws {
    let dir = TestSupport.temporaryDirectory("plansite-new-site")
    defer { try? FileManager.default.removeItem(at: dir) }
    let made = try TestSupport.run(TestSupport.binary, ["new", "site", "ke-hoach"], in: dir, environment: environment)
    XCTAssertEqual(made.status, 0, made.stderr)
    XCTAssertTrue(made.stdout.contains("Đã tạo kho nội dung mới trong ke-hoach/"), made.stdout)
    let repo = dir.appendingPathComponent("ke-hoach")
    XCTAssertEqual(
      TestSupport.files(under: repo),
      [
        ".github/workflows/content-check.yml", ".gitignore", "README.md", "content/action-month.md",
        "content/action-month.yaml", "content/districts/mau/district.yaml", "content/districts/mau/events.yaml",
        "content/districts/mau/indicators.yaml", "content/districts/mau/report.md", "content/plan.yaml",
        "content/plan/01-muc-dich-yeu-cau.md", "content/site.yaml",
      ])
    let readme = try String(contentsOf: repo.appendingPathComponent("README.md"), encoding: .utf8)
    for words in ["Cập nhật số liệu mà không cần cài gì", "pull request", "PLANSITE_URL", "plansite new templates"] {
      XCTAssertTrue(readme.contains(words), "README.md lacks \(words)")
    }
    let plan = try XCTUnwrap(
      try Yams.load(yaml: String(contentsOf: repo.appendingPathComponent("content/plan.yaml"), encoding: .utf8))
        as? [String: Any])
    XCTAssertEqual(plan["year"] as? Int, 2023)
    XCTAssertEqual(plan["districts"] as? [String], ["mau"])
    XCTAssertEqual((plan["periods"] as? [Any])?.count, 2)
    XCTAssertEqual((plan["targets"] as? [Any])?.count, 1)

    // It passes check (warnings only: the figures still to fill in) with the built-in templates…
    let check = try TestSupport.run(TestSupport.binary, ["check"], in: repo, environment: environment)
    XCTAssertEqual(check.status, 0, check.stderr)
    XCTAssertTrue(check.stdout.hasPrefix("Mẫu trang: bộ có sẵn trong plansite"), check.stdout)
    XCTAssertFalse(check.stderr.contains(": lỗi:"), check.stderr)
    XCTAssertTrue(check.stderr.contains("content/districts/mau/indicators.yaml"), "the empty figures are pointed at")
    XCTAssertTrue(check.stderr.hasSuffix(" cảnh báo\n") && check.stderr.contains("0 lỗi"), check.stderr)

    // …and builds a site with the unit's page.
    let build = try TestSupport.run(
      TestSupport.binary, ["build", "--zip", "trang.zip"], in: repo, environment: environment)
    XCTAssertEqual(build.status, 0, build.stderr)
    let page = try String(contentsOf: repo.appendingPathComponent("output/districts/mau/index.html"), encoding: .utf8)
    XCTAssertTrue(page.contains("Xã Mẫu"), "the unit's page names it")
    XCTAssertTrue(FileManager.default.fileExists(atPath: repo.appendingPathComponent("trang.zip").path))
    // What the build left beside the site (its cache) stays out of the repository too.
    let ignored = try String(contentsOf: repo.appendingPathComponent(".gitignore"), encoding: .utf8)
    let left = try FileManager.default.contentsOfDirectory(atPath: repo.path).filter { $0.hasPrefix(".output") }
    XCTAssertFalse(left.isEmpty)
    for name in left { XCTAssertTrue(ignored.contains("\n/\(name)/\n"), "\(name) is not in .gitignore") }
  }

  func testNewSiteRefusesAFolderWithAnythingInItAndWritesNothing() throws {
    let dir = TestSupport.temporaryDirectory("plansite-new-site")
    defer { try? FileManager.default.removeItem(at: dir) }
    TestSupport.write(
      ["co-san/ghi-chu.txt": "của tôi\n", "an/.git/HEAD": "ref: refs/heads/main\n", "tep": "x\n"], to: dir)
    for (folder, message) in [
      ("co-san", "thư mục co-san/ đã có nội dung; không ghi đè"),
      ("an", "thư mục an/ đã có nội dung; không ghi đè"),
      ("tep", "tep đã có và không phải thư mục"),
    ] {
      let run = try TestSupport.run(TestSupport.binary, ["new", "site", folder], in: dir, environment: environment)
      XCTAssertEqual(run.status, 2, "\(folder): \(run.stdout)")
      XCTAssertTrue(run.stderr.contains(message), "\(folder): \(run.stderr)")
    }
    XCTAssertEqual(
      TestSupport.files(under: dir), ["an/.git/HEAD", "co-san/ghi-chu.txt", "tep"],
      "nothing written, nothing left behind")
    XCTAssertEqual(
      try String(contentsOf: dir.appendingPathComponent("co-san/ghi-chu.txt"), encoding: .utf8), "của tôi\n")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), ["an", "co-san", "tep"])

    // An empty folder is fine (a fresh clone of an empty repository has only .git: refused above).
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("trong"), withIntermediateDirectories: false)
    let empty = try TestSupport.run(TestSupport.binary, ["new", "site", "trong"], in: dir, environment: environment)
    XCTAssertEqual(empty.status, 0, empty.stderr)
    XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("trong/content/plan.yaml").path))
  }

  /// The pull-request check downloads the released executable (its address an organisation
  /// variable), annotates the changed lines and attaches the site's zip; `new site` writes the
  /// same file as docs/examples/content-check.yml. (make test-dist runs its steps for real.)
  func testThePullRequestCheckDownloadsTheReleaseAndAttachesTheSite() throws {
    let dir = TestSupport.temporaryDirectory("plansite-new-site")
    defer { try? FileManager.default.removeItem(at: dir) }
    let made = try TestSupport.run(TestSupport.binary, ["new", "site", "kho"], in: dir, environment: environment)
    XCTAssertEqual(made.status, 0, made.stderr)
    let written = try Data(contentsOf: dir.appendingPathComponent("kho/.github/workflows/content-check.yml"))
    let example = try Data(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/examples/content-check.yml"))
    XCTAssertEqual(
      String(decoding: written, as: UTF8.self), String(decoding: example, as: UTF8.self),
      "docs/examples/content-check.yml must be what plansite new site writes")

    let workflow = try XCTUnwrap(try Yams.load(yaml: String(decoding: example, as: UTF8.self)) as? [String: Any])
    let on = try XCTUnwrap(workflow["on"] as? [String: Any])
    XCTAssertNotNil(on["pull_request"])
    let job = try XCTUnwrap((workflow["jobs"] as? [String: Any])?["check"] as? [String: Any])
    XCTAssertNil(job["container"], "no Swift container: nothing is built")
    let env = try XCTUnwrap(job["env"] as? [String: String])
    XCTAssertEqual(env["PLANSITE_URL"], "${{ vars.PLANSITE_URL }}")
    let steps = try XCTUnwrap(job["steps"] as? [[String: Any]])
    let runs = steps.compactMap { $0["run"] as? String }
    XCTAssertFalse(runs.contains { $0.contains("swift build") || $0.contains("apt-get") }, "\(runs)")
    XCTAssertTrue(runs.contains { $0.contains("curl") && $0.contains("$PLANSITE_URL") && $0.contains("tar -xzf") })
    XCTAssertTrue(runs.contains { $0.contains("plansite check --format github 2>&1") })
    let build = try XCTUnwrap(runs.first { $0.contains("plansite build") })
    XCTAssertTrue(build.contains("--zip \"$RUNNER_TEMP/trang-web.zip\""), build)
    let upload = try XCTUnwrap(steps.first { ($0["uses"] as? String)?.hasPrefix("actions/upload-artifact@") == true })
    XCTAssertEqual((upload["with"] as? [String: Any])?["path"] as? String, "${{ runner.temp }}/trang-web.zip")
  }
}
