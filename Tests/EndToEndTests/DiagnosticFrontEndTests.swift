import Foundation
import PlansiteTestSupport
import XCTest

/// What a reader of `plansite check` sees (issue 12, items 9 and 14–17): the real binary on
/// broken copies of the `mini` fixture, its text compared with golden files
/// (`Fixtures/broken/<case>/expected-text.txt`) or with the exact lines below.
final class DiagnosticFrontEndTests: XCTestCase {
  func check(_ content: URL, _ extra: [String] = []) throws -> TestSupport.Run {
    let templates = TestSupport.packageRoot.appendingPathComponent("templates").path
    return try TestSupport.run(
      TestSupport.binary, ["check", "--content", ".", "--templates", templates, "--today", "2023-06-15"] + extra,
      in: content)
  }

  /// Bytes a terminal acts on: C0 controls but newline, DEL, C1 controls, bidi overrides.
  func terminalControls(_ s: String) -> [Unicode.Scalar] {
    s.unicodeScalars.filter { c in
      (c.value < 0x20 && c != "\n") || (0x7F...0x9F).contains(c.value) || (0x202A...0x202E).contains(c.value)
        || (0x2066...0x2069).contains(c.value)
    }
  }

  // MARK: item 9, terminal escape injection

  func testControlCharactersFromKeysValuesAndFolderNamesArePrintedEscaped() throws {
    try BrokenContentTests.assertText("61-control-characters")
    // A folder name may hold anything a file system allows: ESC, a newline that would forge a
    // diagnostic line of its own, a bidi override.
    let (content, _) = try BrokenContentTests.prepare("61-control-characters")
    let evil = "x\u{1B}[2J\nplan.yaml:1:1: lỗi: giả\u{7}\u{202E}"
    try FileManager.default.createDirectory(
      at: content.appendingPathComponent("districts/\(evil)"), withIntermediateDirectories: true)
    for format in ["text", "github"] {
      let run = try check(content, ["--format", format])
      XCTAssertEqual(run.status, 1)
      XCTAssertEqual(terminalControls(run.stderr), [], "\(format): \(run.stderr.debugDescription)")
      XCTAssertFalse(run.stderr.contains("\nplan.yaml:1:1"), "a folder name cannot forge a diagnostic line")
    }
    // The folder's diagnostic (whatever rule it breaks) shows the name escaped, in its place and
    // in its message.
    let text = try check(content).stderr
    let shown = #"x\u{1B}[2J\u{A}plan.yaml:1:1: lỗi: giả\u{7}\u{202E}"#
    XCTAssertTrue(text.contains("\ndistricts/\(shown): lỗi: "), text)
    XCTAssertTrue(text.contains("\"\(shown)\""), text)
    let github = try check(content, ["--format", "github"]).stderr
    XCTAssertTrue(
      github.contains(#"::error file=districts/x\u{1B}[2J\u{A}plan.yaml%3A1%3A1%3A lỗi%3A giả\u{7}\u{202E},title="#),
      github)
    XCTAssertTrue(github.contains("\"\(shown)\""), github)
  }

  // MARK: item 14, everything a user reads is Vietnamese

  /// A full disk or a file-size limit (ENOSPC, EFBIG) used to print strerror's English with no
  /// path. `ulimit -f` with SIGXFSZ ignored makes write(2) fail with EFBIG, as a full disk would.
  func testAFileThatCannotBeWrittenIsSaidInVietnameseWithItsPath() throws {
    let dir = TestSupport.temporaryDirectory("plansite-efbig")
    defer { try? FileManager.default.removeItem(at: dir) }
    let root = TestSupport.packageRoot
    let command =
      "trap '' XFSZ; ulimit -f 8; exec \"$0\" build --quiet --content \"$1\" --templates \"$2\" --output out --today 2023-06-15"
    let run = try TestSupport.run(
      URL(fileURLWithPath: "/bin/sh"),
      [
        "-c", command, TestSupport.binary.path, TestSupport.fixture("mini").appendingPathComponent("content").path,
        root.appendingPathComponent("templates").path,
      ],
      in: dir)
    XCTAssertEqual(run.status, 2, run.stderr)
    let line = try XCTUnwrap(run.stderr.split(separator: "\n").first { $0.contains("PS024") }, run.stderr)
    XCTAssertTrue(line.hasPrefix("out/"), "the path of the file that could not be written: \(line)")
    XCTAssertTrue(line.contains("vượt quá kích thước tối đa"), String(line))
    XCTAssertFalse(run.stderr.contains("File too large"), run.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/index.html").path))
  }

  func testYAMLSyntaxErrorsAreExplainedInVietnamese() throws {
    try BrokenContentTests.assertText("62-yaml-syntax-in-vietnamese")
    let (content, _) = try BrokenContentTests.prepare("62-yaml-syntax-in-vietnamese")
    let run = try check(content)
    // Eight files, eight of libyaml's problems: none of its English words is left.
    XCTAssertEqual(run.stderr.components(separatedBy: ": lỗi: ").count - 1, 8, run.stderr)
    for english in ["found", "expected", "allowed", "context", "alias", "document", "while", "scanning", "character"] {
      XCTAssertFalse(run.stderr.contains(english), "\"\(english)\" in:\n\(run.stderr)")
    }
  }

  func testNULHasALineAndColumnAndDoesNotStopTheFile() throws {
    let (content, _) = try BrokenContentTests.prepare("61-control-characters")
    let run = try check(content)
    XCTAssertTrue(
      run.stderr.contains(
        "districts/a-chau/district.yaml:3:13: lỗi: tệp có ký tự điều khiển U+0000 (không nhìn thấy được) ở đây, thường do chép từ phần mềm khác: xóa ký tự này [PS033]\n  communes: 10\\u{0}\n              ^\n"
      ),
      run.stderr)
    XCTAssertFalse(run.stderr.contains("control characters are not allowed"))
    // The unknown key two lines further down is still found.
    XCTAssertTrue(run.stderr.contains("district.yaml:7:1: lỗi: khóa"), run.stderr)
  }

  func testFolderWhereAFileShouldBeIsExplained() throws {
    try BrokenContentTests.assertText("67-folder-where-a-file-should-be")
  }

  func testUsageErrorsAreInVietnamese() throws {
    let cases: [([String], String)] = [
      (
        ["build", "--contnet", "x"],
        """
        lỗi: không có tùy chọn '--contnet'; có phải ý bạn là '--content'?
        Cách dùng: plansite build [--content <content>] [--templates <templates>] [--today <today>] [--output <output>] [--quiet] [--zip <zip>]
          Xem 'plansite build --help' để biết thêm.

        """
      ),
      (
        ["buidl"],
        """
        lỗi: không hiểu đối số 'buidl'; có phải ý bạn là lệnh 'build'?
        Cách dùng: plansite build [--content <content>] [--templates <templates>] [--today <today>] [--output <output>] [--quiet] [--zip <zip>]
          Xem 'plansite build --help' để biết thêm.

        """
      ),
      (
        ["check", "--format"],
        """
        lỗi: thiếu giá trị cho '--format <format>'
        Tùy chọn:  --format <format>  Dạng thông báo: text hoặc github (chú thích cho GitHub Actions).
        Cách dùng: plansite check [--content <content>] [--templates <templates>] [--today <today>] [--format <format>]
          Xem 'plansite check --help' để biết thêm.

        """
      ),
      (
        ["new", "district"],
        """
        lỗi: thiếu đối số '<name>'
        Tùy chọn:  <name>  Tên đơn vị, ví dụ "Xã Tân Thành" (chữ xã / phường / thị trấn / đặc khu / huyện / quận / thị xã / thành phố ở đầu tên là loại đơn vị).
        Cách dùng: plansite new district <name> [--kind <kind>] [--content <content>]
          Xem 'plansite new district --help' để biết thêm.

        """
      ),
      (
        ["check", "extra"],
        """
        lỗi: thừa đối số 'extra'
        Cách dùng: plansite check [--content <content>] [--templates <templates>] [--today <today>] [--format <format>]
          Xem 'plansite check --help' để biết thêm.

        """
      ),
      (
        ["build", "--quiet=yes"],
        """
        lỗi: tùy chọn '--quiet' không nhận giá trị, nhưng được ghi 'yes'
        Cách dùng: plansite build [--content <content>] [--templates <templates>] [--today <today>] [--output <output>] [--quiet] [--zip <zip>]
          Xem 'plansite build --help' để biết thêm.

        """
      ),
      (
        ["check", "--format", "xml"],
        """
        lỗi: giá trị 'xml' không hợp lệ cho '--format <format>'; dùng một trong: 'text' hoặc 'github'
        Tùy chọn:  --format <format>  Dạng thông báo: text hoặc github (chú thích cho GitHub Actions).
        Cách dùng: plansite check [--content <content>] [--templates <templates>] [--today <today>] [--format <format>]
          Xem 'plansite check --help' để biết thêm.

        """
      ),
    ]
    let dir = TestSupport.temporaryDirectory()
    for (arguments, expected) in cases {
      let run = try TestSupport.plansite(arguments, in: dir)
      XCTAssertEqual(run.status, 2, "\(arguments)")
      XCTAssertEqual(run.stderr, expected, "\(arguments): \(TextDiff.firstDifference(expected, run.stderr))")
    }
    // Help stays as argument-parser writes it, on standard output.
    for arguments in [["check", "--help"], ["help", "check"]] {
      let help = try TestSupport.plansite(arguments, in: dir)
      XCTAssertEqual(help.status, 0, "\(arguments)")
      XCTAssertEqual(help.stderr, "", "\(arguments)")
      XCTAssertTrue(help.stdout.hasPrefix("OVERVIEW: Kiểm tra nội dung và mẫu trang"), help.stdout)
    }
    let port = try TestSupport.plansite(["serve", "--port", "abc"], in: dir)
    XCTAssertEqual(port.status, 2)
    XCTAssertTrue(port.stderr.hasPrefix("lỗi: giá trị 'abc' không hợp lệ cho '--port <port>'\n"), port.stderr)
  }

  /// Issue 13 item 5: one way to report an error. Wrong arguments are found by `validate()` and
  /// said with the command's usage; failures while running are diagnostics with a code, printed
  /// as `check` prints them; one exit-code rule (2 for usage and I/O).
  func testCommandFailuresAreDiagnosticsWithOneExitRule() throws {
    let dir = TestSupport.temporaryDirectory()
    let port = try TestSupport.plansite(["serve", "--port", "70000"], in: dir)
    XCTAssertEqual(port.status, 2, port.stderr)
    XCTAssertTrue(
      port.stderr.hasPrefix(
        "lỗi: --port phải là số từ 0 đến 65535, ví dụ --port 8000\nCách dùng: plansite serve [--content <content>]"),
      port.stderr)
    let epoch = try TestSupport.run(
      TestSupport.binary, ["serve", "--port", "0"], in: dir, environment: ["SOURCE_DATE_EPOCH": "hôm qua"])
    XCTAssertEqual(epoch.status, 2, epoch.stderr)
    XCTAssertTrue(epoch.stderr.hasPrefix("lỗi: biến môi trường SOURCE_DATE_EPOCH=\"hôm qua\""), epoch.stderr)
    XCTAssertTrue(epoch.stderr.contains("\nCách dùng: plansite serve"), epoch.stderr)

    // --format is DiagnosticPrinter.Format: argument-parser names the values it takes.
    let format = try TestSupport.plansite(["check", "--format", "xml"], in: dir)
    XCTAssertEqual(format.status, 2, format.stderr)
    XCTAssertTrue(
      format.stderr.hasPrefix(
        "lỗi: giá trị 'xml' không hợp lệ cho '--format <format>'; dùng một trong: 'text' hoặc 'github'\n"),
      format.stderr)

    let new = try TestSupport.plansite(["new", "district", "Huyện Thử", "--content", "khong-co"], in: dir)
    XCTAssertEqual(new.status, 2, new.stderr)
    XCTAssertEqual(
      new.stderr,
      "lỗi: không tìm thấy khong-co/plan.yaml; dùng --content để chỉ đúng thư mục nội dung [PS035]\n1 lỗi, 0 cảnh báo\n"
    )

    let foreign = dir.appendingPathComponent("du-an-khac")
    TestSupport.write(["index.html": "<p>dự án khác</p>\n"], to: foreign)
    TestSupport.write(["plan.yaml": "year: 2023\n"], to: dir.appendingPathComponent("content"))
    let refused = try TestSupport.plansite(["serve", "--output", "du-an-khac", "--port", "0"], in: dir)
    XCTAssertEqual(refused.status, 2, refused.stderr)
    XCTAssertTrue(refused.stderr.hasPrefix("du-an-khac: lỗi: thư mục "), refused.stderr)
    XCTAssertTrue(refused.stderr.hasSuffix("[PS045]\n1 lỗi, 0 cảnh báo\n"), refused.stderr)
  }

  // MARK: item 15, locations

  func testUnclosedBracketsAndQuotesPointWhereTheyWereOpened() throws {
    try BrokenContentTests.assertText("63-unclosed-brackets-and-quotes")
  }

  func testLongSourceLineIsShownTrimmedAroundTheCaret() throws {
    // 200 KB of Vietnamese on one line, then a key that does not belong there.
    let office = String(repeating: "Phòng Lao động - Thương binh và Xã hội huyện An Châu. ", count: 3_500)
    let content = TestSupport.contentCopy(
      of: "mini",
      overrides: [
        "districts/a-chau/district.yaml":
          "name: An Châu\nkind: huyện\ncontact: {office: \"\(office)\", fax: 1, phone: \"0205\"}\n"
      ])
    let run = try check(content)
    let column = "contact: {office: \"".count + office.count + "\", ".count + 1
    XCTAssertEqual(
      run.stderr,
      """
      districts/a-chau/district.yaml:3:\(column): lỗi: khóa "fax" không được hỗ trợ trong contact; các khóa hợp lệ: office, phone, email [PS004]
        … Phòng Lao động - Thương binh và Xã hội huyện An Châu. ", fax: 1, phone: "0205"}
                                                                   ^
      1 lỗi, 0 cảnh báo

      """)
  }

  // MARK: item 16, cascades

  func testOneBadPeriodDateIsReportedOnceAndNothingElse() throws {
    try BrokenContentTests.assertText("64-period-with-bad-date")
  }

  func testPlanSyntaxErrorDoesNotHideTheDistrictsErrors() throws {
    try BrokenContentTests.assertText("65-plan-syntax-error-keeps-district-errors")
  }

  func testRepeatedKeyDoesNotHideTheOtherErrorsOfItsFile() throws {
    try BrokenContentTests.assertText("66-duplicate-key-hides-nothing")
  }

  func testTabIndentDoesNotHideTheOtherErrorsOfItsFile() throws {
    let content = TestSupport.contentCopy(
      of: "mini",
      overrides: [
        "districts/a-chau/district.yaml":
          "name: An Châu\nkind: huyện\ncontact:\n\toffice: x\n\tfax: 1\ncommunes: mười\n"
      ])
    let run = try check(content, ["--format", "github"])
    XCTAssertEqual(
      run.stderr.split(separator: "\n").map { $0.split(separator: "::")[0] },
      [
        "error file=districts/a-chau/district.yaml,line=4,col=1,title=PS002",
        "error file=districts/a-chau/district.yaml,line=5,col=1,title=PS002",
        "error file=districts/a-chau/district.yaml,line=5,col=2,title=PS004",
        "error file=districts/a-chau/district.yaml,line=6,col=11,title=PS006",
      ], run.stderr)
  }

  func testBrokenDistrictYAMLDoesNotHideTheUnitsOtherFiles() throws {
    let content = TestSupport.contentCopy(
      of: "mini",
      overrides: [
        "districts/a-chau/district.yaml": "name: An Châu\nkind: [huyện\n",
        "districts/a-chau/events.yaml": "events:\n  - date: 2023-02-30\n    title: Diễn đàn\n",
      ])
    let run = try check(content)
    XCTAssertTrue(
      run.stderr.contains("districts/a-chau/district.yaml:2:7: lỗi: dấu \"[\" mở ở đây chưa được đóng"), run.stderr)
    XCTAssertTrue(
      run.stderr.contains("districts/a-chau/events.yaml:2:11: lỗi: date: \"2023-02-30\" không phải ngày hợp lệ"),
      run.stderr)
  }

  func testUnreadableFolderIsOneCannotReadError() throws {
    let content = TestSupport.contentCopy(of: "mini")
    let folder = content.appendingPathComponent("districts/a-chau")
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: folder.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
    let templates = TestSupport.packageRoot.appendingPathComponent("templates").path
    var arguments = ["check", "--content", ".", "--templates", templates, "--today", "2023-06-15"]
    var program = TestSupport.binary
    if getuid() == 0 {
      // Permissions do not stop root: read as nobody.
      let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
      guard FileManager.default.isExecutableFile(atPath: setpriv.path) else {
        throw XCTSkip("needs setpriv to drop root")
      }
      arguments = ["--reuid", "65534", "--regid", "65534", "--clear-groups", program.path] + arguments
      program = setpriv
      for dir in sequence(first: content, next: { $0.path == "/" ? nil : $0.deletingLastPathComponent() })
      where dir != folder {
        if dir.path.hasPrefix(FileManager.default.temporaryDirectory.path + "/") {
          try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
        }
      }
    }
    let run = try TestSupport.run(program, arguments, in: content)
    XCTAssertEqual(
      run.stderr,
      """
      districts/a-chau: lỗi: không đọc được thư mục: không có quyền truy cập (kiểm tra quyền đọc, ghi của tệp và thư mục) [PS024]
      1 lỗi, 0 cảnh báo

      """)
    XCTAssertEqual(run.status, 2, "an I/O error")
  }

  // MARK: item 17, deep nesting is PS016, as the guide says

  func testNestingBeyondLibyamlsOwnLimitIsPS016() throws {
    try BrokenContentTests.assertText("68-nesting-beyond-libyaml-limit")
  }

  // MARK: of the same kind

  func testOneHostileFileCannotFloodTheTerminal() throws {
    // 2,000 unknown keys on one line of 200 KB: 100 are listed, then how many were left out.
    let keys = (1...2_000).map { "k\($0): 1" }.joined(separator: ", ")
    let filler = String(repeating: "x", count: 200_000)
    let content = TestSupport.contentCopy(
      of: "mini",
      overrides: [
        "districts/a-chau/district.yaml": "name: An Châu\nkind: huyện\ncontact: {office: \"\(filler)\", \(keys)}\n"
      ])
    let started = Date()
    let run = try check(content)
    XCTAssertLessThan(Date().timeIntervalSince(started), 20)
    XCTAssertEqual(run.stderr.components(separatedBy: "[PS004]").count - 1, 100)
    XCTAssertLessThan(run.stderr.utf8.count, 100_000, "no copy of the 200 KB line")
    XCTAssertTrue(
      run.stderr.contains(
        "districts/a-chau/district.yaml: lỗi: tệp còn 1900 vấn đề nữa chưa liệt kê (chỉ liệt kê 100 vấn đề đầu); sửa các vấn đề trên rồi chạy lại plansite check [PS034]\n"
      ),
      run.stderr.suffix(600).description)
    XCTAssertTrue(run.stderr.hasSuffix("101 lỗi, 0 cảnh báo\n"))
  }
}
