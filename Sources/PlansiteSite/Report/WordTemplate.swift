import Foundation
import PlansiteContent
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The template document `templates/report/bao-cao-mau.docx`, which the communications team
/// restyles in Word or LibreOffice. A generated report keeps every part of it (styles, fonts,
/// the page-number header, settings) byte for byte and replaces only `word/document.xml` with
/// one rendered from `report/document.xml.mustache`, into which go the template's own section
/// properties (paper, margins, header) and root namespace declarations.
///
/// Reading the template's XML goes through FoundationXML's `XMLDocument` (libxml2, part of the
/// Swift toolchain; XMLCoder and SWXMLHash wrap the same parser on Linux): it gives a node back
/// as XML text (`xmlString`), which is what keeping the template's `w:sectPr` verbatim needs.
public struct WordTemplate: Sendable {
  /// Where `TemplateSet.load` looks for it, relative to the templates folder.
  public static let path = "report/bao-cao-mau.docx"
  static let documentPart = "word/document.xml"

  /// Every part of the template in its order, except that `word/document.xml` holds nil.
  let parts: [(path: String, bytes: [UInt8]?)]
  /// ` xmlns:w="…" …` (and other attributes) of the template document's root element.
  let rootAttributes: String
  /// The template's final `<w:sectPr>`: A4 portrait, margins, header references.
  let section: String
  /// The same with the page turned (the appendix): width and height swapped, no title page.
  let landscapeSection: String

  /// Reads and checks the template; problems become PS054 diagnostics at `shownPath`.
  static func load(_ url: URL, shownPath: String, into diags: inout Diagnostics) -> WordTemplate? {
    load(FileManager.default.contents(atPath: url.path), shownPath: shownPath, into: &diags)
  }

  /// The same from the file's bytes (`data`), nil when there is no such file (the built-in
  /// templates have no folder).
  static func load(_ data: Data?, shownPath: String, into diags: inout Diagnostics) -> WordTemplate? {
    func fail(_ message: String) -> WordTemplate? {
      diags.error(.wordTemplate, at: SourceLocation(path: shownPath), message)
      return nil
    }
    guard let data else {
      return fail("không có tệp mẫu Word của báo cáo; chép tệp \(path) từ thư mục templates/ gốc của plansite vào đây")
    }
    guard let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else {
      return fail(
        "tệp mẫu Word không mở được (không phải tệp .docx); mở bằng Word hoặc LibreOffice rồi lưu lại dạng Word (.docx)"
      )
    }
    var parts: [(String, [UInt8]?)] = []
    var document: Data?
    for entry in archive where entry.type == .file {
      var bytes = Data()
      guard (try? archive.extract(entry, skipCRC32: false) { bytes.append($0) }) != nil else {
        return fail("tệp mẫu Word bị hỏng ở phần \(entry.path); lưu lại tệp bằng Word hoặc LibreOffice")
      }
      if entry.path == documentPart {
        document = bytes
        parts.append((entry.path, nil))
      } else {
        parts.append((entry.path, [UInt8](bytes)))
      }
    }
    guard let document else {
      return fail("tệp mẫu Word thiếu phần \(documentPart); lưu lại tệp dạng Word (.docx), không phải .doc hay .odt")
    }
    guard let xml = try? XMLDocument(data: document, options: []), let root = xml.rootElement() else {
      return fail("phần \(documentPart) của tệp mẫu Word không đọc được; lưu lại tệp bằng Word hoặc LibreOffice")
    }
    let body = root.children?.compactMap { $0 as? XMLElement }.first { $0.localName == "body" }
    guard let sect = body?.children?.compactMap({ $0 as? XMLElement }).last(where: { $0.localName == "sectPr" }) else {
      return fail(
        "tệp mẫu Word không có thiết lập trang (khổ giấy, lề); mở bằng Word, đặt khổ A4 và lề trang, rồi lưu lại")
    }
    var attributes = ""
    for ns in root.namespaces ?? [] {
      guard let uri = ns.stringValue else { continue }
      let prefix = ns.name ?? ""
      attributes += prefix.isEmpty ? " xmlns=\"\(Escape.xml(uri))\"" : " xmlns:\(prefix)=\"\(Escape.xml(uri))\""
    }
    for a in root.attributes ?? [] {
      guard let name = a.name, let value = a.stringValue else { continue }
      attributes += " \(name)=\"\(Escape.xml(value))\""
    }
    return WordTemplate(
      parts: parts, rootAttributes: attributes, section: sect.xmlString, landscapeSection: turned(sect).xmlString)
  }

  /// `sect` for a landscape page: `w:pgSz` width and height swapped with `w:orient`, and the
  /// title-page setting dropped so the appendix's first page keeps its number.
  private static func turned(_ sect: XMLElement) -> XMLElement {
    guard let copy = sect.copy() as? XMLElement else { return sect }
    for (i, child) in (copy.children ?? []).enumerated().reversed() {
      guard let e = child as? XMLElement else { continue }
      if e.localName == "titlePg" { copy.removeChild(at: i) }
      if e.localName == "pgSz", let w = e.attribute(forName: "w:w")?.stringValue,
        let h = e.attribute(forName: "w:h")?.stringValue
      {
        let (short, long) = (Int(w) ?? 0) < (Int(h) ?? 0) ? (w, h) : (h, w)
        e.attribute(forName: "w:w")?.stringValue = long
        e.attribute(forName: "w:h")?.stringValue = short
        if let orient = e.attribute(forName: "w:orient") {
          orient.stringValue = "landscape"
        } else if let attr = XMLNode.attribute(withName: "w:orient", stringValue: "landscape") as? XMLNode {
          e.addAttribute(attr)
        }
      }
    }
    return copy
  }

  /// A whole .docx: the template's parts with `documentXML` in place of its document. Entries
  /// keep the template's order and get one fixed time (1980-01-01, the first a zip can hold), so
  /// the same report gives the same bytes.
  func document(_ documentXML: String) throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
    let stamp = Date(timeIntervalSince1970: 315_532_800)
    for (path, bytes) in parts {
      let data = bytes.map { Data($0) } ?? Data(documentXML.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp, permissions: 0o644,
        compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
    return [UInt8](data)
  }
}

/// What `report/document.xml.mustache` receives: the template's parts under `word`, the
/// report under `page`.
public struct WordDocumentContext: Sendable {
  public var word: WordPartsView
  public var page: any Sendable
}

/// The template document's own XML, to put in the generated one as it is (`{{{…}}}`).
public struct WordPartsView: Sendable {
  /// Namespace declarations (and other attributes) of the root element `w:document`.
  public var rootAttributes: String
  /// `<w:sectPr>` of the report's pages (portrait).
  public var section: String
  /// `<w:sectPr>` of the appendix (landscape).
  public var landscapeSection: String
}

extension WordTemplate {
  var partsView: WordPartsView {
    WordPartsView(rootAttributes: rootAttributes, section: section, landscapeSection: landscapeSection)
  }
}
