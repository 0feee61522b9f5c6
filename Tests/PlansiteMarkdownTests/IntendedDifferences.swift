import Foundation
import XCTest

/// The differences between plansite's Markdown HTML and bare cmark-gfm's that are on purpose,
/// and nothing else: heading ids, footnote ids and back-link labels, and neutralised URLs
/// (links safe mode empties, images safe mode empties, images from other sites). Both sides
/// are brought to one text so that everything else must match byte for byte.
enum IntendedDifferences {
  /// The `idPrefix` the differential test renders with; unlikely in any document.
  static let prefix = "zq9-"

  /// plansite's HTML without heading ids, with cmark-gfm's footnote ids and English label.
  static func normalised(plansite html: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    var text = html.replacingOccurrences(
      of: #"<h([1-6]) id="[^"]*">"#, with: "<h$1>", options: .regularExpression)
    text = text.replacingOccurrences(of: "\"#\(prefix)fn", with: "\"#fn")
    text = text.replacingOccurrences(of: "id=\"\(prefix)fn", with: "id=\"fn")
    return text.replacingOccurrences(
      of: #"aria-label="Quay lại nội dung""#, with: #"aria-label="Back to content""#)
  }

  /// Bare cmark-gfm's HTML with each neutralised URL written as plansite means to write it:
  /// - a link it writes with `href=""` although its URL is not empty: its content alone;
  /// - an image it writes with `src=""` although its URL is not empty: its alt text;
  /// - an image whose URL has a scheme other than `data:` or starts with `//`: a link to it,
  ///   `<a href="SRC" title="T"><span class="external-image">LABEL</span></a>`, where LABEL is
  ///   the alt text or, when empty, the escaped URL; inside a link, LABEL alone (text fits
  ///   wherever the link's content may move: a neutralised link gives way to it).
  /// Links and images are matched to the tree's nodes in document order.
  static func expected(from bare: BareCmark.Result) throws -> String {
    let html = bare.html
    var output = ""
    var links = bare.links[...]
    var images = bare.images[...]
    var dropClosing: [Bool] = []  // per open `<a>`: whether its `</a>` goes too
    var rest = html[...]
    while let open = rest.firstIndex(of: "<") {
      output += rest[..<open]
      rest = rest[open...]
      if rest.hasPrefix("</a>") {
        if try XCTUnwrap(dropClosing.popLast(), "unbalanced </a> in \(html)") == false { output += "</a>" }
        rest = rest.dropFirst(4)
      } else if rest.hasPrefix("<a ") {
        let tagEnd = try XCTUnwrap(rest.firstIndex(of: ">"))
        let tag = rest[...tagEnd]
        rest = rest[rest.index(after: tagEnd)...]
        if tag.contains("data-footnote-ref") || tag.contains(#"class="footnote-backref""#) {
          output += tag
          dropClosing.append(false)
          continue
        }
        let link = try XCTUnwrap(links.popFirst(), "more <a> than links in \(html)")
        let neutralised = tag.hasPrefix(#"<a href="""#) && !link.url.isEmpty
        if !neutralised { output += tag }
        dropClosing.append(neutralised)
      } else if rest.hasPrefix("<img ") {
        let tagEnd = try XCTUnwrap(rest.range(of: " />")).upperBound
        let tag = try ImageTag(rest[..<tagEnd])
        rest = rest[tagEnd...]
        let image = try XCTUnwrap(images.popFirst(), "more <img> than images in \(html)")
        if tag.src.isEmpty && !image.url.isEmpty {
          output += tag.alt
        } else if isRemote(image.url) {
          let label = tag.alt.isEmpty ? escaped(image.url) : String(tag.alt)
          let marked = #"<span class="external-image">"# + label + "</span>"
          let title = tag.title.map { #" title=""# + $0 + "\"" } ?? ""
          output += image.insideLink ? label : #"<a href=""# + tag.src + "\"" + title + ">" + marked + "</a>"
        } else {
          output += tag.text
        }
      } else {
        output += "<"
        rest = rest.dropFirst()
      }
    }
    output += rest
    XCTAssertTrue(links.isEmpty && images.isEmpty, "links or images without a tag in \(html)")
    return output
  }

  /// The test's own reading of "from another site", independent of the renderer's.
  static func isRemote(_ url: String) -> Bool {
    if url.hasPrefix("//") { return true }
    guard let match = url.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:", options: .regularExpression) else { return false }
    return url[match].lowercased() != "data:"
  }

  /// cmark-gfm's `escape_html` (not in secure mode, so `'` and `/` stay).
  static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }

  /// `<img src="SRC" alt="ALT" title="TITLE" />` as cmark-gfm writes it (values escaped, so the
  /// next `"` ends each).
  struct ImageTag {
    var text: Substring
    var src: Substring
    var alt: Substring
    var title: Substring?

    init(_ text: Substring) throws {
      self.text = text
      var rest = text
      func attribute(_ opening: String) throws -> Substring {
        guard rest.hasPrefix(opening) else { throw Malformed(tag: String(text)) }
        rest = rest.dropFirst(opening.count)
        let end = try XCTUnwrap(rest.firstIndex(of: "\""))
        defer { rest = rest[end...] }
        return rest[..<end]
      }
      src = try attribute(#"<img src=""#)
      alt = try attribute(#"" alt=""#)
      title = rest.hasPrefix(#"" title=""#) ? try attribute(#"" title=""#) : nil
      guard rest == #"" />"# else { throw Malformed(tag: String(text)) }
    }
  }

  struct Malformed: Error {
    var tag: String
  }
}
