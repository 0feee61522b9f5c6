import Foundation

/// The default templates, compiled into plansite: every file of the package's `templates/` as it
/// was at build time (the EmbedTemplates plugin writes `builtInTemplateFiles`). A content
/// repository without `templates/` is built with these; `plansite new templates` writes them out.
public enum BuiltInTemplates {
  /// Relative path (`home.mustache`, `partials/figure.mustache`, `assets/style.css`) → bytes,
  /// sorted by path.
  public static let files: [(path: String, bytes: [UInt8])] = builtInTemplateFiles.map { entry in
    guard let data = Data(base64Encoded: entry.base64) else {
      fatalError("embed-templates wrote invalid base64 for \(entry.path)")
    }
    return (entry.path, [UInt8](data))
  }.sorted { $0.path < $1.path }
}
