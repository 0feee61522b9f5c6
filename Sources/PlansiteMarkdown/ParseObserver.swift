import CCmarkGFM

/// Watches cmark-gfm's block parser line by line, through a syntax extension that opens
/// nothing: cmark-gfm asks each extension, in order, whether a line opens a block, handing it
/// the innermost open container. Attached before the table extension, it sees every table row
/// before cmark-gfm adds its cells (padding short rows to the header's width) and every
/// paragraph line with the containers it sits in. The parse is fed one line at a time and
/// stops after the line that crosses a limit (`MarkdownLimits`).
final class ParseObserver {
  /// The line being fed, 1-based.
  var line = 0
  private(set) var excess: (kind: MarkdownIssue.Kind, line: Int, byteColumn: Int)?
  private var cells = 0

  var shouldStop: Bool { excess != nil }

  /// Called by cmark-gfm for a line whose innermost open container is `container`.
  fileprivate func observe(_ container: OpaquePointer) {
    guard excess == nil else { return }
    let columns = Int(cmark_gfm_extensions_get_table_columns(container))  // 0 unless a table
    if columns > 0 {
      cells += columns
      if cells > MarkdownLimits.maxTableCells {
        excess = (.tooManyTableCells, line, 1)
      }
      return
    }
    var levels = 0
    var node: OpaquePointer? = container
    while let current = node {
      if Self.isLevel(current) { levels += 1 }
      node = cmark_node_parent(current)
    }
    guard levels > MarkdownLimits.maxNestingDepth else { return }
    // Point at the first container past the limit, counted from the outside.
    var fromInside = levels - MarkdownLimits.maxNestingDepth
    node = container
    while let current = node {
      if Self.isLevel(current) {
        fromInside -= 1
        if fromInside == 0 {
          excess = (
            .nestedTooDeep, Int(cmark_node_get_start_line(current)), Int(cmark_node_get_start_column(current))
          )
          return
        }
      }
      node = cmark_node_parent(current)
    }
  }

  /// A level of nesting as an author counts it: a quote, a list item (its list is not
  /// another level), a footnote.
  static func isLevel(_ node: OpaquePointer) -> Bool {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_ITEM, CMARK_NODE_FOOTNOTE_DEFINITION: true
    default: false
    }
  }

  /// Makes `self` the observer of the next parse; call under the parse lock, and
  /// `detach` before releasing it.
  func attach(to parser: OpaquePointer) {
    let observerExtension = ObserverExtension.shared.pointer
    cmark_syntax_extension_set_private(observerExtension, Unmanaged.passUnretained(self).toOpaque(), nil)
    cmark_parser_attach_syntax_extension(parser, observerExtension)
  }

  func detach() {
    cmark_syntax_extension_set_private(ObserverExtension.shared.pointer, nil, nil)
  }
}

/// The one observing extension. Its private pointer names the current parse's observer, which
/// is safe because parses run one at a time (`CmarkDocument.parseLock`).
private struct ObserverExtension: @unchecked Sendable {
  // @unchecked: the extension is only written under the parse lock.
  let pointer: OpaquePointer

  static let shared: ObserverExtension = {
    guard let pointer = cmark_syntax_extension_new("plansite-limits") else {
      fatalError("cmark-gfm: out of memory")
    }
    cmark_syntax_extension_set_open_block_func(pointer) { syntaxExtension, _, _, container, _, _ in
      if let syntaxExtension, let container, let observer = cmark_syntax_extension_get_private(syntaxExtension) {
        Unmanaged<ParseObserver>.fromOpaque(observer).takeUnretainedValue().observe(container)
      }
      return nil  // opens nothing: the other extensions and cmark-gfm carry on as without it
    }
    return ObserverExtension(pointer: pointer)
  }()
}
