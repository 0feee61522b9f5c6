/// One output file: a page rendered from a template and its context, or bytes made directly
/// (calendar files, the CSV, the stylesheet).
public enum RenderJob: Sendable {
  case page(String, String, any Sendable)
  case file(String, [UInt8])

  /// Path relative to the output folder.
  public var path: String {
    switch self {
    case .page(let p, _, _), .file(let p, _): return p
    }
  }
}
