import Foundation

/// The live-reload snippet. It is added to HTML *responses* of the preview server only, never
/// to the files on disk: the published site has no trace of it.
///
/// The page carries the build number it was served at; the script polls
/// `/__plansite/version` every second and reloads when the number changes (a rebuild, or a
/// build that failed and now shows the error page). It is an external same-origin script so a
/// strict Content-Security-Policy (`script-src 'self'`) in the templates does not block it.
enum ReloadScript {
  static let versionPath = "/__plansite/version"
  static let scriptPath = "/__plansite/reload.js"

  static let javascript = """
    // plansite serve: tải lại trang khi nội dung được dựng lại (chỉ có khi xem trước).
    (function () {
      var me = document.currentScript;
      var seen = me && me.getAttribute("data-version");
      function poll() {
        fetch("\(versionPath)", { cache: "no-store" })
          .then(function (r) { return r.ok ? r.text() : null; })
          .then(function (v) {
            if (v === null) return;
            v = v.trim();
            if (seen === null) { seen = v; } else if (v !== seen) { location.reload(); return; }
          })
          .catch(function () {})
          .then(function () { setTimeout(poll, 1000); });
      }
      setTimeout(poll, 1000);
    })();

    """

  /// The tag added to a page served at build `version`.
  static func tag(version: Int) -> String {
    "<script src=\"\(scriptPath)\" data-version=\"\(version)\"></script>"
  }

  /// `html` with the tag before its last `</body>` (or at the end when there is none).
  static func inject(into html: String, version: Int) -> String {
    let tag = tag(version: version)
    if let r = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) {
      return html.replacingCharacters(in: r.lowerBound..<r.lowerBound, with: tag + "\n")
    }
    return html + "\n" + tag + "\n"
  }
}
