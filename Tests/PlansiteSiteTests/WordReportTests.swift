import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest
import ZIPFoundation

@testable import PlansiteSite

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The gathered sections of units' reports and the Word report made from them.
final class WordReportTests: XCTestCase {
  static let templates = TestSupport.packageRoot.appendingPathComponent("templates")

  // MARK: - Sections by heading

  func testHeadingsMatchWhateverTheirCaseDiacriticsOrNumbering() {
    let cases: [(String, ReportSectionKind?)] = [
      ("Kết quả nổi bật", .highlights), ("I. KẾT QUẢ ĐẠT ĐƯỢC", .highlights), ("3. Các hoạt động nổi bật", .highlights),
      ("Khó khăn, vướng mắc", .difficulties), ("2. KHO KHAN, VUONG MAC", .difficulties),
      ("IV. Khó khăn, hạn chế", .difficulties),
      ("a) Hạn chế", .difficulties), ("Kiến nghị", .proposals), ("V. KIẾN NGHỊ, ĐỀ XUẤT", .proposals),
      ("Đề xuất", .proposals),
      ("Tình hình chung", nil), ("Khoa học", nil), ("Kết", nil), ("Phương hướng", nil),
    ]
    for (title, kind) in cases {
      XCTAssertEqual(ReportSectionKind.of(title: title), kind, title)
    }
  }

  func testAMatchingSectionsSubSectionsAreGatheredWithItOnce() {
    let found = UnitReportSections(
      narrative: """
        ## II. Kết quả thực hiện

        Đoạn.

        ### 1. Các hoạt động nổi bật

        Hoạt động.

        ## Khó khăn

        ## Kiến nghị

        Đề nghị.
        """)
    XCTAssertEqual(found.sections[.highlights]?.map(\.title), ["II. Kết quả thực hiện"])
    XCTAssertEqual(found.filled(.highlights).first?.body.contains("Hoạt động."), true)
    XCTAssertEqual(found.sections[.difficulties]?.count, 1)
    XCTAssertEqual(found.filled(.difficulties).count, 0, "a heading with nothing under it")
    XCTAssertEqual(found.filled(.proposals).count, 1)
  }

  func testCheckWarnsWhenAUnitLacksOrLeavesEmptyAGatheredSection() {
    let narrative = "## Tình hình\n\nChữ.\n\n## Khó khăn, vướng mắc\n\n## Kiến nghị\n\nĐề nghị.\n"
    let diags = ReportSectionCheck.diagnostics(narrative: narrative, path: "content/districts/a/report.md").all
    XCTAssertEqual(diags.map(\.code.id), ["PS053", "PS053"])
    XCTAssertEqual(diags.map(\.severity), [.warning, .warning])
    XCTAssertEqual(diags.map { $0.location?.line }, [1, 5])
    XCTAssertTrue(diags[0].message.contains("\"Kết quả nổi bật\""), diags[0].message)
    XCTAssertTrue(diags[1].message.contains("\"Khó khăn, vướng mắc\" chưa có nội dung"), diags[1].message)
  }

  // MARK: - XML

  func testXMLEscapingEscapesMarkupAndDropsWhatXMLCannotHold() {
    XCTAssertEqual(Escape.xml("a & b < c > d \"e\" 'f'"), "a &amp; b &lt; c &gt; d &quot;e&quot; 'f'")
    XCTAssertEqual(Escape.xml("x\u{0}y\u{1}z\u{8}\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF}\tq\nr"), "xyz\tq\nr")
    XCTAssertEqual(Escape.xml("Khó khăn"), "Khó khăn")
  }

  /// Hostile text in a unit's report (markup, a CDATA end, control characters) stays text in a
  /// well-formed document.xml; the template's other parts are kept byte for byte; the landscape
  /// appendix comes last; two renders give the same bytes.
  func testTheWordReportIsWellFormedKeepsTheTemplatesPartsAndIsByteIdentical() async throws {
    var content = Content.sample
    let hostile = "Thiếu </w:t></w:r><w:r><w:t>chen & \"x\" ]]> \u{1}\u{B}ký tự"
    content.districts[0].narrative = "## Khó khăn, vướng mắc\n\n- \(hostile)\n\n| A | B |\n|---|---|\n| 1 | **2** |\n"
    var diags = Diagnostics()
    let loaded = await TemplateSet.load(from: Self.templates, into: &diags)
    let templates = try XCTUnwrap(loaded, "\(diags.all)")
    let model = SiteModel(content: content, today: CivilDate(iso: "2023-12-01")!)
    let period = content.plan.periods[1]
    guard case .word(let path, let template, let context) = model.periodReportDocument(period) else {
      return XCTFail("not a Word job")
    }
    XCTAssertEqual(path, "report/nam/bao-cao.docx")
    let bytes = try XCTUnwrap(templates.wordDocument(template, context))
    XCTAssertEqual(bytes, try XCTUnwrap(templates.wordDocument(template, context)), "same input, same bytes")

    let archive = try Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil)
    let original = try Archive(
      url: Self.templates.appendingPathComponent(WordTemplate.path), accessMode: .read, pathEncoding: nil)
    XCTAssertEqual(archive.map(\.path), original.map(\.path), "the template's parts, in its order")
    for entry in original where entry.path != "word/document.xml" {
      XCTAssertEqual(try data(entry.path, in: archive), try data(entry.path, in: original), entry.path)
    }
    let xml = try data("word/document.xml", in: archive)
    let document = try XMLDocument(data: xml, options: [])
    let text = String(decoding: xml, as: UTF8.self)
    XCTAssertTrue(
      text.contains("Thiếu &lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:t&gt;chen &amp; &quot;x&quot; ]]&gt; ký tự"),
      "escaped, controls dropped")
    XCTAssertTrue(text.contains("<w:tblHeader/>"), "Markdown tables are Word tables with a repeating header")
    let body = try XCTUnwrap(
      document.rootElement()?.children?.compactMap { $0 as? XMLElement }.first { $0.localName == "body" })
    let last = try XCTUnwrap(body.children?.compactMap { $0 as? XMLElement }.last)
    XCTAssertEqual(last.localName, "sectPr")
    XCTAssertTrue(last.xmlString.contains(#"w:orient="landscape""#), last.xmlString)
    XCTAssertFalse(last.xmlString.contains("titlePg"), "the appendix's first page keeps its number")
  }

  func testABrokenWordTemplateIsADiagnosticNotACrash() throws {
    let dir = TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let notZip = dir.appendingPathComponent("a.docx")
    try Data("not a zip".utf8).write(to: notZip)
    // A real zip whose document has no page setup.
    let noSection = dir.appendingPathComponent("b.docx")
    let archive = try Archive(url: noSection, accessMode: .create, pathEncoding: nil)
    let xml = Data(
      #"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>"#
        .utf8)
    try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count)) { p, n in
      xml.subdata(in: Int(p)..<Int(p) + n)
    }
    for (url, words) in [
      (notZip, "không phải tệp .docx"), (noSection, "không có thiết lập trang"),
      (dir.appendingPathComponent("c.docx"), "không có tệp mẫu Word"),
    ] {
      var diags = Diagnostics()
      XCTAssertNil(WordTemplate.load(url, shownPath: "templates/report/bao-cao-mau.docx", into: &diags))
      XCTAssertEqual(diags.all.map(\.code.id), ["PS054"], url.lastPathComponent)
      XCTAssertTrue(diags.all.first?.message.contains(words) == true, diags.all.first?.message ?? "")
    }
  }

  // MARK: - Helpers

  private func data(_ path: String, in archive: Archive) throws -> Data {
    let entry = try XCTUnwrap(archive[path], path)
    var out = Data()
    _ = try archive.extract(entry) { out.append($0) }
    return out
  }
}
