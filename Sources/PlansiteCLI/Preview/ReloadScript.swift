import Foundation

/// The live-reload snippet. It is added to HTML *responses* of the preview server only, never
/// to the files on disk: the published site has no trace of it.
///
/// The page carries the build number it was served at; the script asks
/// `/__plansite/version?after=N`, which the server holds until a build ends (or about 25 s
/// pass), and reloads when the number changes (a rebuild, or a build that failed and now shows
/// the error page). An answer that came at once with the same number (the server holds only a
/// few requests) is asked again a second later. While the server is away (stopped, restarting)
/// the script asks again after 0.25 s, then twice as long each time, up to 5 s. It is an external
/// same-origin script so a strict Content-Security-Policy (`script-src 'self'`) in the templates
/// does not block it.
enum ReloadScript {
  static let versionPath = "/__plansite/version"
  static let scriptPath = "/__plansite/reload.js"

  static let javascript = """
    // plansite serve: tải lại trang khi nội dung được dựng lại (chỉ có khi xem trước).
    (function () {
      var me = document.currentScript;
      var seen = me && me.getAttribute("data-version");
      var pause = 0;
      function ask() {
        var asked = Date.now();
        fetch("\(versionPath)?after=" + encodeURIComponent(seen === null ? "" : seen), { cache: "no-store" })
          .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
          .then(function (v) {
            v = v.trim();
            pause = 0;
            if (seen === null) { seen = v; } else if (v !== seen) { location.reload(); return; }
            setTimeout(ask, Date.now() - asked < 1000 ? 1000 : 0);
          })
          .catch(function () {
            pause = Math.min(pause ? pause * 2 : 250, 5000);
            setTimeout(ask, pause);
          });
      }
      ask();
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
