import Foundation
import PlansiteTestSupport
import XCTest

/// Issue 17, item 2: the templates compiled into plansite. A content repository without
/// `templates/` builds the same site as one carrying the shipped `templates/`; `new templates`
/// writes exactly that set out and never overwrites; `check` says which set it used.
final class BuiltInTemplatesTests: XCTestCase {
  var shippedTemplates: URL { TestSupport.packageRoot.appendingPathComponent("templates") }

  func testAContentFolderWithoutTemplatesBuildsTheSameSiteAsTheShippedTemplates() throws {
    let root = TestSupport.temporaryDirectory("plansite-builtin")
    defer { try? FileManager.default.removeItem(at: root) }
    let bare = root.appendingPathComponent("bare")
    let carrying = root.appendingPathComponent("carrying")
    for repo in [bare, carrying] {
      try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        at: TestSupport.packageRoot.appendingPathComponent("content"), to: repo.appendingPathComponent("content"))
    }
    try FileManager.default.copyItem(at: shippedTemplates, to: carrying.appendingPathComponent("templates"))

    // Run as a district editor would: in the repository, no --templates.
    var checks: [TestSupport.Run] = []
    for repo in [bare, carrying] {
      let check = try TestSupport.plansite(["check", "--today", "2023-06-15"], in: repo)
      XCTAssertEqual(check.status, 0, check.stderr)
      checks.append(check)
      let build = try TestSupport.plansite(["build", "--today", "2023-06-15"], in: repo)
      XCTAssertEqual(build.status, 0, build.stderr)
    }
    XCTAssertEqual(checks[0].stderr, checks[1].stderr, "the same diagnostics either way")
    let version = try XCTUnwrap(try TestSupport.plansite(["--version"]).stdout.split(separator: " ").dropFirst().first)
    XCTAssertEqual(
      checks[0].stdout,
      "Mẫu trang: bộ có sẵn trong plansite \(version) (không có thư mục templates/; plansite new templates để chép ra sửa)\n"
    )
    XCTAssertEqual(checks[1].stdout, "Mẫu trang: thư mục templates/\n")

    // Every file the same, byte for byte. The build marker differs only in its fingerprint
    // and district keys (they hash the templates folder's files, which one side lacks).
    let a = bare.appendingPathComponent("output")
    let b = carrying.appendingPathComponent("output")
    let files = TestSupport.files(under: a)
    XCTAssertEqual(files, TestSupport.files(under: b))
    XCTAssertGreaterThan(files.count, 50)
    XCTAssertTrue(files.contains("report/6-thang/bao-cao.docx") && files.contains("assets/style.css"), "\(files)")
    for file in files where file != ".plansite-output" {
      let x = try Data(contentsOf: a.appendingPathComponent(file))
      let y = try Data(contentsOf: b.appendingPathComponent(file))
      XCTAssertTrue(x == y, "\(file) differs between the built-in templates and the shipped templates/")
    }
    func listing(_ site: URL) throws -> [Substring] {
      try String(contentsOf: site.appendingPathComponent(".plansite-output"), encoding: .utf8)
        .split(separator: "\n").filter { !$0.hasPrefix("fingerprint ") && !$0.hasPrefix("key ") }
    }
    XCTAssertEqual(try listing(a), try listing(b))
  }

  func testNewTemplatesWritesTheBuiltInSetByteForByteAndNeverOverwrites() throws {
    let repo = TestSupport.temporaryDirectory("plansite-new-templates")
    defer { try? FileManager.default.removeItem(at: repo) }
    let written = repo.appendingPathComponent("templates")

    let run = try TestSupport.plansite(["new", "templates"], in: repo)
    XCTAssertEqual(run.status, 0, run.stderr)
    let shipped = TestSupport.files(under: shippedTemplates).filter {
      !$0.split(separator: "/").contains { $0.hasPrefix(".") }
    }
    XCTAssertEqual(TestSupport.files(under: written), shipped)
    XCTAssertTrue(run.stdout.contains("Đã ghi \(shipped.count) tệp mẫu trang"), run.stdout)
    for file in shipped {
      XCTAssertTrue(
        try Data(contentsOf: written.appendingPathComponent(file))
          == Data(contentsOf: shippedTemplates.appendingPathComponent(file)),
        "\(file) is not the shipped file")
    }

    // Again: refused, nothing touched.
    let edited = written.appendingPathComponent("home.mustache")
    try Data("{{<layout}}{{/layout}}\n".utf8).write(to: edited)
    let again = try TestSupport.plansite(["new", "templates"], in: repo)
    XCTAssertEqual(again.status, 2)
    XCTAssertTrue(
      again.stderr.contains("templates/action-month.mustache") && again.stderr.contains("không ghi đè"), again.stderr)
    XCTAssertEqual(try String(contentsOf: edited, encoding: .utf8), "{{<layout}}{{/layout}}\n")

    // One file already there (a customised layout) is enough to refuse: nothing else is written.
    let other = TestSupport.temporaryDirectory("plansite-new-templates")
    defer { try? FileManager.default.removeItem(at: other) }
    let own = other.appendingPathComponent("mau/layout.mustache")
    TestSupport.write(["mau/layout.mustache": "của tôi\n"], to: other)
    let refused = try TestSupport.plansite(["new", "templates", "--templates", "mau"], in: other)
    XCTAssertEqual(refused.status, 2)
    XCTAssertTrue(refused.stderr.contains("mau/layout.mustache đã có; không ghi đè"), refused.stderr)
    XCTAssertEqual(TestSupport.files(under: other.appendingPathComponent("mau")), ["layout.mustache"])
    XCTAssertEqual(try String(contentsOf: own, encoding: .utf8), "của tôi\n")
  }

  /// With templates/ present, or --templates given, behaviour is as before: that folder is
  /// read, and a missing one is an error rather than a quiet switch to the built-in set.
  func testAGivenTemplatesFolderIsUsedAndAMissingOneIsStillAnError() throws {
    let repo = TestSupport.temporaryDirectory("plansite-builtin")
    defer { try? FileManager.default.removeItem(at: repo) }
    try FileManager.default.copyItem(
      at: TestSupport.fixture("mini").appendingPathComponent("content"), to: repo.appendingPathComponent("content"))
    let missing = try TestSupport.plansite(["check", "--templates", "khong-co", "--today", "2023-06-15"], in: repo)
    XCTAssertNotEqual(missing.status, 0)
    XCTAssertTrue(missing.stderr.contains("khong-co: lỗi: không tìm thấy thư mục mẫu trang"), missing.stderr)

    // A templates/ whose layout breaks is read (and refused), not replaced by the built-in set.
    try FileManager.default.copyItem(at: shippedTemplates, to: repo.appendingPathComponent("templates"))
    try Data("{{#page}}\n".utf8).write(to: repo.appendingPathComponent("templates/layout.mustache"))
    let broken = try TestSupport.plansite(["check", "--today", "2023-06-15"], in: repo)
    XCTAssertEqual(broken.status, 1, broken.stderr)
    XCTAssertTrue(broken.stderr.contains("templates/layout.mustache"), broken.stderr)
    XCTAssertEqual(broken.stdout, "Mẫu trang: thư mục templates/\n")
  }
}
