import CCmarkGFM
import Foundation

/// cmark-gfm on its own, through its C API, with the options and extensions plansite uses
/// (`CmarkDocument`): the oracle of the differential test. Tests run one at a time, so this
/// needs no lock against plansite's own parses.
enum BareCmark {
  struct Link {
    var url: String
  }

  struct Image {
    var url: String
    /// Inside a link (plansite cannot put a second link there).
    var insideLink: Bool
  }

  struct Result {
    var html: String
    /// Links that write an `<a>`, in document order (footnotes last, as in the HTML); links
    /// inside an image's alt text write nothing and are left out.
    var links: [Link] = []
    /// Images that write an `<img>`, in document order; an image inside another writes nothing.
    var images: [Image] = []
    var headings = 0
  }

  static let options: Int32 = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE

  /// Entries of cmark-gfm's registry, never written after registration.
  nonisolated(unsafe) private static let extensions: [OpaquePointer] = {
    cmark_gfm_core_extensions_ensure_registered()
    let names = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    return names.map { (name: String) in cmark_find_syntax_extension(name)! }
  }()

  static func render(_ source: String) -> Result {
    let parser = cmark_parser_new(options)!
    defer { cmark_parser_free(parser) }
    for syntaxExtension in extensions { cmark_parser_attach_syntax_extension(parser, syntaxExtension) }
    var source = source
    source.withUTF8 { bytes in
      bytes.withMemoryRebound(to: CChar.self) { chars in
        if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
      }
    }
    let root = cmark_parser_finish(parser)!
    defer { cmark_node_free(root) }
    let html = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser))!
    defer { free(html) }
    var result = Result(html: String(cString: html))

    var links = 0
    var images = 0
    let iterator = cmark_iter_new(root)
    defer { cmark_iter_free(iterator) }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      let node = cmark_iter_get_node(iterator)!
      let entering = event == CMARK_EVENT_ENTER
      switch cmark_node_get_type(node) {
      case CMARK_NODE_LINK:
        if entering, images == 0 { result.links.append(Link(url: String(cString: cmark_node_get_url(node)))) }
        links += entering ? 1 : -1
      case CMARK_NODE_IMAGE:
        if entering, images == 0 {
          result.images.append(Image(url: String(cString: cmark_node_get_url(node)), insideLink: links > 0))
        }
        images += entering ? 1 : -1
      case CMARK_NODE_HEADING where entering:
        result.headings += 1
      default:
        break
      }
    }
    return result
  }
}
