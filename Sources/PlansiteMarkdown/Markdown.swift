import Foundation

/// A heading found in a rendered document, for tables of contents and in-page links.
public struct Heading: Sendable, Equatable {
  /// 1…6, after `shiftHeadings`.
  public let level: Int
  /// The heading's text without markup, whitespace collapsed.
  public let text: String
  /// The `id` attribute given to the heading in the HTML, `idPrefix` included.
  public let id: String

  /// Creates a heading (for tests and callers that build outlines by hand).
  public init(level: Int, text: String, id: String) {
    self.level = level
    self.text = text
    self.id = id
  }
}

/// The result of rendering one Markdown document.
public struct RenderedMarkdown: Sendable, Equatable {
  /// Safe HTML: raw HTML omitted, dangerous link schemes emptied, headings with ids.
  public let html: String
  /// Every heading in document order; headings inside footnotes come last, as in the HTML.
  public let headings: [Heading]
  /// The whole text without markup, whitespace collapsed, for search.
  public let plainText: String

  /// Creates a rendered document (for tests and callers that stub rendering).
  public init(html: String, headings: [Heading], plainText: String) {
    self.html = html
    self.headings = headings
    self.plainText = plainText
  }
}

/// GitHub Flavored Markdown rendering through cmark-gfm; safe to call from many threads.
public enum Markdown {
  /// Renders GFM safely. `idPrefix` namespaces heading and footnote ids so two documents can share a page.
  /// `reservedIDs` are ids already used on the page (heading ids avoid them). `footnotePrefix`
  /// (default `idPrefix`) lets documents keep clean heading ids yet distinct footnote ids.
  public static func render(
    _ source: String, idPrefix: String = "", reservedIDs: Set<String> = [], shiftHeadings: Int = 0,
    footnotePrefix: String? = nil
  ) -> RenderedMarkdown {
    let document = CmarkDocument(parsing: source)
    let outline = document.outline(shiftingHeadingsBy: shiftHeadings, sourceByteCount: source.utf8.count)

    var ids = HeadingIDAllocator(prefix: idPrefix, reserved: reservedIDs)
    let headings = outline.headings.map { heading in
      Heading(level: heading.level, text: heading.text, id: ids.makeID(forHeadingText: heading.text))
    }
    let postProcessor = HTMLPostProcessor(
      headingIDs: headings.map(\.id), rewritesFootnotes: outline.hasFootnotes, idPrefix: footnotePrefix ?? idPrefix)
    var html = document.withHTML(postProcessor.process)
    // Safe mode empties unsafe URLs (`javascript:`…) to `href=""`, which still reads as a link
    // to the page itself; an anchor without href keeps the text and links nowhere.
    // (Searched as bytes: Foundation's `contains` decomposes the whole page to compare.)
    if html.utf8.count > 10, html.utf8.containsBytes(Array(#"<a href="">"#.utf8)) {
      html = html.replacingOccurrences(of: #"<a href="">"#, with: "<a>")
    }
    return RenderedMarkdown(html: html, headings: headings, plainText: outline.plainText)
  }
}

extension String.UTF8View {
  /// Whether `needle` occurs in these bytes.
  func containsBytes(_ needle: [UInt8]) -> Bool {
    guard let first = needle.first else { return true }
    var i = startIndex
    while let start = self[i...].firstIndex(of: first) {
      if self[start...].starts(with: needle) { return true }
      i = index(after: start)
    }
    return false
  }
}
