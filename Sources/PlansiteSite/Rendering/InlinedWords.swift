/// The interface's words written into the templates' text before swift-mustache parses them:
/// `{{t.key}}` becomes the escaped word, `{{{t.key}}}` and `{{& t.key}}` the word as it is.
/// The words are fixed for a build, so each is looked up once instead of on every page: a
/// lookup climbs every section to the root, and at national scale those climbs were a large
/// share of the render (each level is two runtime conformance checks on a counter both cores
/// share). The output is the same byte for byte; the golden sites hold it to that.
///
/// Left as tags, so the engine renders them as before: a key the strings lack (the lint
/// reports it), a word holding `{`, `}` or a line break (it would parse as a tag or move the
/// indentation of a partial), any other tag on `t` (sections), and every tag of a template
/// that changes its delimiters.
enum InlinedWords {
  static func apply(_ text: String, _ strings: Strings, xml: Bool) -> String {
    guard text.contains("{{"), !text.contains("{{="), !strings.isEmpty else { return text }
    return text.replacing(tag) { match -> String in
      let (whole, open, ampersand, key, close) = match.output
      let raw = open != nil
      guard raw == (close != nil), !(raw && ampersand != nil), let word = strings.value(String(key)),
        !word.contains(where: { $0 == "{" || $0 == "}" || $0.isNewline })
      else { return String(whole) }
      if raw || ampersand != nil { return word }
      return xml ? Escape.xml(word) : Escape.html(word)
    }
  }

  /// `{{t.key}}`, `{{{t.key}}}`, `{{&t.key}}`, with the spaces Mustache allows inside a tag.
  nonisolated(unsafe) private static let tag = #/\{\{(\{)?\s*(&)?\s*t\.([A-Za-z0-9_]+)\s*\}\}(\})?/#
}
