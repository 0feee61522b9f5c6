import CCmarkGFM

extension Markdown {
  /// The version of the cmark-gfm library this program runs with (linked into the release
  /// executable, so it travels with it): `plansite --version` prints it.
  public static var cmarkVersion: String { String(cString: cmark_version_string()) }
}
