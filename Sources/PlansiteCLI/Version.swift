import PlansiteMarkdown

/// The version of plansite, defined here and nowhere else: `make dist` names the release
/// tarball after what `plansite --version` prints.
public enum PlansiteVersion {
  public static let number = "0.1.0"

  /// `plansite --version`: the version and the cmark-gfm it carries, e.g.
  /// `plansite 0.1.0 (cmark-gfm 0.29.0.gfm.6)`.
  public static var line: String { "plansite \(number) (cmark-gfm \(Markdown.cmarkVersion))" }
}
