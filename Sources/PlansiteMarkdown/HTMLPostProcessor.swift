import Foundation  // memchr

/// Edits cmark-gfm's HTML in one pass over its bytes: gives headings their ids, namespaces
/// footnote ids and links, and translates the footnote back-link label.
///
/// Pattern matching on the output is sound because in safe mode every `<` and `"` that cmark
/// emits from the author's text is escaped (`&lt;`, `&quot;`) and raw HTML is replaced by a
/// comment: a literal `<h2>` or `="` can only be markup that cmark generated itself.
/// The footnote shapes handled (cmark-gfm 0.29.0.gfm.6, LABEL is the href-escaped label):
///
///     <sup class="footnote-ref"><a href="#fn-LABEL" id="fnref-LABEL" data-footnote-ref>1</a></sup>
///     <li id="fn-LABEL">
///     <a href="#fnref-LABEL" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a>
///
/// A second reference to one note gets `id="fnref-LABEL-2"` and a back-link `#fnref-LABEL-2`
/// whose text is `↩<sup class="footnote-ref">2</sup>`. An author's own link to `#fn-1` is
/// prefixed too, so it still reaches the note.
struct HTMLPostProcessor {
  /// One id per heading, in document order, matched to the N-th `<hK>` tag.
  let headingIDs: [String]
  /// Rewrite footnote markup; off when the document has no footnotes, to skip the checks.
  let rewritesFootnotes: Bool
  /// Inserted before `fn-` / `fnref-`, escaped for a double-quoted attribute.
  let footnoteIDPrefix: [UInt8]

  static let backLinkLabel = Array(#"aria-label="Back to content""#.utf8)
  /// Vietnamese for "Back to content".
  static let vietnameseBackLinkLabel = Array(#"aria-label="Quay lại nội dung""#.utf8)

  init(headingIDs: [String], rewritesFootnotes: Bool, idPrefix: String) {
    self.headingIDs = headingIDs
    self.rewritesFootnotes = rewritesFootnotes
    self.footnoteIDPrefix = Array(Escape.html(idPrefix).utf8)
  }

  func process(_ html: UnsafeBufferPointer<UInt8>) -> String {
    if headingIDs.isEmpty && !rewritesFootnotes {
      return String(decoding: html, as: UTF8.self)
    }
    var splice = SplicedCopy(of: html, extraCapacity: headingIDs.count * 32 + (rewritesFootnotes ? 512 : 0))
    var nextHeading = 0

    // Only tags matter, so jump from `<` to `<` (memchr is vectorised; text runs are skipped).
    var tagStart = html.firstIndex(of: UInt8(ascii: "<"), from: 0)
    while let start = tagStart, nextHeading < headingIDs.count || rewritesFootnotes {
      if nextHeading < headingIDs.count, isHeadingOpenTag(html, at: start) {
        splice.copy(upTo: start + 3)  // `<hK`, then ` id="…"` before the `>`
        splice.insert(#" id=""#.utf8)
        splice.insert(Array(Escape.html(headingIDs[nextHeading]).utf8))
        splice.insert(CollectionOfOne(UInt8(ascii: "\"")))
        nextHeading += 1
      } else if rewritesFootnotes, isLinkOrListItemTag(html, at: start) {
        // Footnote ids and links only ever sit on `<a …>` and `<li …>` tags.
        let tagEnd = html.firstIndex(of: UInt8(ascii: ">"), from: start) ?? html.count
        var equals = html.firstIndex(of: UInt8(ascii: "="), from: start, to: tagEnd)
        while let at = equals {
          rewriteFootnoteAttribute(equalsSignAt: at, in: &splice)
          equals = html.firstIndex(of: UInt8(ascii: "="), from: at + 1, to: tagEnd)
        }
      }
      tagStart = html.firstIndex(of: UInt8(ascii: "<"), from: start + 1)
    }
    return splice.finish()
  }

  /// Prefixes `href="#fn-…"`, `href="#fnref-…"`, `id="fn-…"`, `id="fnref-…"` and translates
  /// `aria-label="Back to content"`; anything else around an `=` is left alone.
  private func rewriteFootnoteAttribute(equalsSignAt index: Int, in splice: inout SplicedCopy) {
    let html = splice.source
    let quote = index + 1
    if !footnoteIDPrefix.isEmpty, html.matches(" href", endingAt: index),
      html.matches("\"#fn-", at: quote) || html.matches("\"#fnref-", at: quote)
    {
      splice.copy(upTo: quote + 2)  // past `"#`
      splice.insert(footnoteIDPrefix)
    } else if !footnoteIDPrefix.isEmpty, html.matches(" id", endingAt: index),
      html.matches("\"fn-", at: quote) || html.matches("\"fnref-", at: quote)
    {
      splice.copy(upTo: quote + 1)
      splice.insert(footnoteIDPrefix)
    } else if html.matches(Self.backLinkLabel, at: index - 10) {  // 10 = "aria-label".count
      splice.copy(upTo: index - 10)
      splice.insert(Self.vietnameseBackLinkLabel)
      splice.skip(to: index - 10 + Self.backLinkLabel.count)
    }
  }

  /// `<a ` or `<li `.
  private func isLinkOrListItemTag(_ html: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index + 3 < html.count else { return false }
    let first = html[index + 1]
    if first == UInt8(ascii: "a") { return html[index + 2] == UInt8(ascii: " ") }
    return first == UInt8(ascii: "l") && html[index + 2] == UInt8(ascii: "i")
      && html[index + 3] == UInt8(ascii: " ")
  }

  /// `<h1>` … `<h6>` exactly; cmark writes heading tags without attributes (no sourcepos).
  private func isHeadingOpenTag(_ html: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    index + 3 < html.count && html[index + 1] == UInt8(ascii: "h")
      && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(html[index + 2])
      && html[index + 3] == UInt8(ascii: ">")
  }
}

/// Copies a byte buffer to a new string while splicing in insertions, without re-copying.
private struct SplicedCopy {
  let source: UnsafeBufferPointer<UInt8>
  private var output: [UInt8] = []
  private var copied = 0  // source[..<copied] is already in `output` (or skipped)

  init(of source: UnsafeBufferPointer<UInt8>, extraCapacity: Int) {
    self.source = source
    output.reserveCapacity(source.count + extraCapacity)
  }

  mutating func copy(upTo position: Int) {
    output.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<position]))
    copied = position
  }

  mutating func insert(_ bytes: some Sequence<UInt8>) {
    output.append(contentsOf: bytes)
  }

  mutating func skip(to position: Int) {
    copied = position
  }

  mutating func finish() -> String {
    copy(upTo: source.count)
    return String(decoding: output, as: UTF8.self)
  }
}

extension UnsafeBufferPointer<UInt8> {
  fileprivate func firstIndex(of byte: UInt8, from start: Int, to end: Int? = nil) -> Int? {
    let end = end ?? count
    guard start < end, let base = baseAddress, let found = memchr(base + start, Int32(byte), end - start)
    else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  fileprivate func matches(_ expected: some Collection<UInt8>, at index: Int) -> Bool {
    guard index >= 0, index + expected.count <= count else { return false }
    return zip(self[index...], expected).allSatisfy { $0 == $1 }
  }

  fileprivate func matches(_ expected: String, at index: Int) -> Bool {
    matches(expected.utf8, at: index)
  }

  fileprivate func matches(_ expected: String, endingAt end: Int) -> Bool {
    matches(expected.utf8, at: end - expected.utf8.count)
  }
}
