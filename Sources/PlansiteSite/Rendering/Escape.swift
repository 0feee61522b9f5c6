import Mustache
import PlansiteMarkdown

/// The one HTML escaper lives in PlansiteMarkdown, which splices escaped ids into cmark-gfm's
/// output; pages, charts and templates use the same one.
public typealias Escape = PlansiteMarkdown.Escape

/// The content type every template is parsed with (see `TemplateSet.load`): HTML, escaped by
/// `Escape.html`.
struct HTMLEscaping: MustacheContentType {
  static let name = "PLANSITE_HTML"
  func escapeText(_ text: String) -> String { Escape.html(text) }
}
