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

  /// Creates a rendered document (for tests and callers that stub rendering).
  public init(html: String, headings: [Heading]) {
    self.html = html
    self.headings = headings
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
    let outline = document.outline(shiftingHeadingsBy: shiftHeadings)

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
    return RenderedMarkdown(html: html, headings: headings)
  }
}

extension String.UTF8View {
  /// Whether `needle` occurs in these bytes: memchr(3) to each candidate first byte, then
  /// memcmp, over the string's contiguous storage.
  func containsBytes(_ needle: [UInt8]) -> Bool {
    guard let first = needle.first else { return true }
    let search = { (hay: UnsafeBufferPointer<UInt8>) -> Bool in
      guard let base = hay.baseAddress, needle.count <= hay.count else { return false }
      let last = hay.count - needle.count
      var i = 0
      while i <= last, let hit = memchr(base + i, Int32(first), last - i + 1) {
        let j = hit.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base)
        if memcmp(base + j, needle, needle.count) == 0 { return true }
        i = j + 1
      }
      return false
    }
    return withContiguousStorageIfAvailable(search) ?? Array(self).withUnsafeBufferPointer(search)
  }
}
