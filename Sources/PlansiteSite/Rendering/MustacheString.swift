import Mustache

// swift-mustache treats every non-nil value as true in `{{#x}}`, so an empty String opened its
// section: `<a href="">` for province events, "()" after figures without a detail, empty
// `<span class="coverage">` after district figures. Templates mean "if not empty" (as in
// mustache.js): an empty String is false in `{{#x}}` and true in `{{^x}}`. Its text is unchanged.
// swift-format-ignore: AvoidRetroactiveConformances
// Deliberate: the templates need this meaning of String everywhere, and only this module renders.
extension String: @retroactive MustacheCustomRenderable {
  public var renderText: String { self }
  public var isNull: Bool { isEmpty }
}
