import CCmarkGFM

/// Changes to the parsed tree that make a document safe to show offline, so that cmark-gfm's
/// own renderer writes (and escapes) every URL, title and text; only fixed markup is added.
///
/// - A link whose URL safe mode would empty (`[x](javascript:…)`) gives way to its text:
///   `<a href="">` would link to the page itself.
/// - An image from another site is not loaded: it becomes a link to it whose text is the alt
///   text (its URL when there is none), marked `<span class="external-image">`. Inside a link,
///   where a second link cannot go, only that text stays (plain text can go wherever the
///   link's content goes, even into a table cell when the link itself is taken out).
/// - An image whose URL safe mode would empty becomes its alt text.
///
/// Anything else, an author's empty link (`[x]()`) included, is left as cmark-gfm renders it.
enum LinkRewriter {
  static let externalImageOpen = #"<span class="external-image">"#
  static let externalImageClose = "</span>"

  /// Takes out `link` if its URL is neutralised, keeping its children where it was.
  ///
  /// Both rewrites happen on the node's exit event, when cmark-gfm's iterator has already
  /// stepped to the node's successor, so the walk goes on unchanged and does not visit what
  /// was put in (cmark-gfm's documented rule: change a node only after leaving it).
  static func neutraliseLink(_ link: OpaquePointer) {
    guard URLPolicy.isNeutralised(UnsafeBufferPointer(cString: cmark_node_get_url(link))) else { return }
    moveChildren(of: link, before: link)
    cmark_node_unlink(link)
    cmark_node_free(link)
  }

  /// Moves `node`'s children in front of `anchor`; a child the new parent cannot hold (a
  /// marked image going into a table cell) gives way to its own children.
  private static func moveChildren(of node: OpaquePointer, before anchor: OpaquePointer) {
    while let child = cmark_node_first_child(node) {
      if cmark_node_insert_before(anchor, child) == 0 {
        moveChildren(of: child, before: anchor)
        cmark_node_unlink(child)
        cmark_node_free(child)
      }
    }
  }

  /// Replaces `image` if it must not load.
  static func replaceImage(_ image: OpaquePointer, insideLink: Bool) {
    let url = UnsafeBufferPointer(cString: cmark_node_get_url(image))
    let replacement: OpaquePointer
    if URLPolicy.isNeutralised(url) {
      replacement = text(altText(of: image))
    } else if URLPolicy.isRemote(url) {
      var label = altText(of: image)
      if label.isEmpty { label = Array(url) }  // a tracking pixel has no alt text: show where it points
      if insideLink {
        replacement = text(label)
      } else {
        replacement = newNode(CMARK_NODE_LINK)
        cmark_node_set_url(replacement, cmark_node_get_url(image))
        cmark_node_set_title(replacement, cmark_node_get_title(image))
        cmark_node_append_child(
          replacement, customInline(open: externalImageOpen, close: externalImageClose, child: text(label)))
      }
    } else {
      return
    }
    guard cmark_node_replace(image, replacement) != 0 else {
      // Not allowed here (a table cell holds no custom inline): the bare alt text always is.
      cmark_node_free(replacement)
      let fallback = text(altText(of: image))
      guard cmark_node_replace(image, fallback) != 0 else {
        cmark_node_free(fallback)
        cmark_node_set_url(image, "")  // `src=""` loads nothing
        return
      }
      cmark_node_free(image)
      return
    }
    cmark_node_free(image)
  }

  /// The image's alt text exactly as cmark-gfm writes it into `alt`: the literal text of its
  /// descendants, each line break a space, no markup.
  static func altText(of image: OpaquePointer) -> [UInt8] {
    var bytes: [UInt8] = []
    let iterator = cmark_iter_new(image)
    defer { cmark_iter_free(iterator) }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
      switch cmark_node_get_type(node) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
        bytes.append(contentsOf: UnsafeBufferPointer(cString: cmark_node_get_literal(node)))
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        bytes.append(UInt8(ascii: " "))
      default:
        break
      }
    }
    return bytes
  }

  private static func newNode(_ type: cmark_node_type) -> OpaquePointer {
    guard let node = cmark_node_new(type) else { fatalError("cmark-gfm: out of memory") }
    return node
  }

  private static func text(_ literal: [UInt8]) -> OpaquePointer {
    let node = newNode(CMARK_NODE_TEXT)
    (literal + [0]).withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_literal(node, $0.baseAddress) }
    }
    return node
  }

  private static func customInline(open: String, close: String, child: OpaquePointer) -> OpaquePointer {
    let node = newNode(CMARK_NODE_CUSTOM_INLINE)
    cmark_node_set_on_enter(node, open)
    cmark_node_set_on_exit(node, close)
    cmark_node_append_child(node, child)
    return node
  }
}
