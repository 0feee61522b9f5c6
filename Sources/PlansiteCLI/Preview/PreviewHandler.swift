import Foundation
import PlansiteSite

/// One request as the preview answers it: no HTTP library's types, so the rules below read
/// (and can be tested) on their own.
struct PreviewRequest: Sendable {
  var method: String
  /// The request target as sent: `/districts/cao-loc/?x=1`.
  var target: String
  var host: String?
}

struct PreviewResponse {
  enum Body {
    case bytes(Data)
    /// A file sent in pieces as the client takes them; `size` is its length when opened.
    case file(FileHandle, size: Int)
  }

  var status: Int
  var contentType: String
  var headers: [(String, String)] = []
  var body: Body

  var contentLength: Int {
    switch body {
    case .bytes(let data): return data.count
    case .file(_, let size): return size
    }
  }
}

/// Answers the preview server's requests: the files of the output folder, with the reload
/// script added to HTML responses; the build number; and, while the latest build failed, the
/// error page for every HTML request. Only GET and HEAD; nothing outside the output folder, and
/// nothing at all from a folder that is not a site plansite built (without its marker).
struct PreviewHandler: Sendable {
  let output: URL
  let state: PreviewState
  let holdTimeout: Duration

  init(output: URL, state: PreviewState, holdTimeout: Duration = ServerLimits().holdTimeout) {
    self.output = output.standardizedFileURL.resolvingSymlinksInPath()
    self.state = state
    self.holdTimeout = holdTimeout
  }

  func respond(to request: PreviewRequest) async -> PreviewResponse {
    guard request.method == "GET" || request.method == "HEAD" else {
      return text(405, "chỉ hỗ trợ GET", headers: [("Allow", "GET, HEAD")])
    }
    // A page on the Internet must not read the preview through a name pointing at 127.0.0.1
    // (DNS rebinding): only loopback host names are answered.
    if let host = request.host, !PreviewHandler.isLoopbackHost(host) {
      return text(403, "máy chủ xem trước chỉ phục vụ 127.0.0.1")
    }
    guard let path = PreviewHandler.path(ofTarget: request.target) else {
      return text(400, "địa chỉ yêu cầu không hợp lệ")
    }
    if path == ReloadScript.versionPath {
      // `?after=N`: held until the build number is no longer N (the page's reload signal).
      var version = state.version
      if let seen = PreviewHandler.after(inTarget: request.target) {
        version = await state.version(after: seen, timeout: holdTimeout)
      }
      let builtAt = Int((state.builtAt.timeIntervalSince1970 * 1000).rounded())
      return text(200, "\(version)", headers: [("X-Plansite-Built-At", "\(builtAt)")])
    }
    let (version, failure) = state.snapshot
    switch path {
    case ReloadScript.scriptPath:
      return PreviewResponse(
        status: 200, contentType: "text/javascript; charset=utf-8", body: .bytes(Data(ReloadScript.javascript.utf8)))
    default:
      break
    }
    if let failure, PreviewHandler.isPage(path) {
      return html(500, ErrorPage.html(failure, version: version))
    }
    // Read at every request: a folder swapped in while serving is not shown either.
    guard OutputWriter.holdsSite(output), let file = resolve(path) else {
      return notFound(path, version: version)
    }
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDir) else {
      return notFound(path, version: version)
    }
    var target = file
    if isDir.boolValue {
      guard path.hasSuffix("/") else {
        // `districts/cao-loc` → `districts/cao-loc/`, so the page's relative links resolve.
        var moved = PreviewResponse(status: 301, contentType: "text/plain; charset=utf-8", body: .bytes(Data()))
        moved.headers = [("Location", PreviewHandler.percentEncoded(path) + "/")]
        return moved
      }
      target = file.appendingPathComponent("index.html")
    }
    let type = PreviewHandler.contentType(target.pathExtension)
    if type.hasPrefix("text/html") {
      guard let data = FileManager.default.contents(atPath: target.path) else {
        return notFound(path, version: version)
      }
      return html(200, ReloadScript.inject(into: String(decoding: data, as: UTF8.self), version: version))
    }
    guard let handle = FileHandle(forReadingAtPath: target.path),
      let end = try? handle.seekToEnd(), (try? handle.seek(toOffset: 0)) != nil
    else {
      return notFound(path, version: version)
    }
    return PreviewResponse(status: 200, contentType: type, body: .file(handle, size: Int(end)))
  }

  /// The decoded path of a request target (`/a%20b/?q` → `/a b/`), or nil for a target that is
  /// not a path or not valid percent-encoded UTF-8.
  static func path(ofTarget target: String) -> String? {
    let raw = target.prefix { $0 != "?" && $0 != "#" }
    guard raw.hasPrefix("/") else { return nil }
    return String(raw).removingPercentEncoding
  }

  /// N in a target's `?after=N`, or nil.
  static func after(inTarget target: String) -> Int? {
    guard let query = target.split(separator: "?", maxSplits: 1).dropFirst().first else { return nil }
    for pair in query.split(separator: "&") where pair.hasPrefix("after=") {
      return Int(pair.dropFirst("after=".count))
    }
    return nil
  }

  /// The file for a URL path, or nil for anything that would leave the output folder.
  func resolve(_ path: String) -> URL? {
    let parts = path.split(separator: "/", omittingEmptySubsequences: true)
    guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") || $0.hasPrefix(".") }) else {
      return nil
    }
    let url = parts.reduce(output) { $0.appendingPathComponent(String($1)) }.resolvingSymlinksInPath()
    guard url.path == output.path || url.path.hasPrefix(output.path + "/") else { return nil }
    return url
  }

  func notFound(_ path: String, version: Int) -> PreviewResponse {
    html(404, ErrorPage.notFound(path, version: version))
  }

  func html(_ status: Int, _ page: String) -> PreviewResponse {
    PreviewResponse(status: status, contentType: "text/html; charset=utf-8", body: .bytes(Data(page.utf8)))
  }

  func text(_ status: Int, _ message: String, headers: [(String, String)] = []) -> PreviewResponse {
    PreviewResponse(
      status: status, contentType: "text/plain; charset=utf-8", headers: headers,
      body: .bytes(Data((message + "\n").utf8)))
  }

  static func percentEncoded(_ path: String) -> String {
    path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "/"
  }

  /// A request for a page (which the error page replaces while the build is broken): a folder,
  /// an `.html` file, or a path without an extension.
  static func isPage(_ path: String) -> Bool {
    if path.hasSuffix("/") { return true }
    let last = path.split(separator: "/").last.map(String.init) ?? ""
    let ext = (last as NSString).pathExtension.lowercased()
    return ext.isEmpty || ext == "html" || ext == "htm"
  }

  static func isLoopbackHost(_ host: String) -> Bool {
    var name = host.lowercased()
    if name.hasPrefix("[") {
      name = String(name.dropFirst().prefix { $0 != "]" })
    } else if let colon = name.lastIndex(of: ":") {
      name = String(name[..<colon])
    }
    return name == "127.0.0.1" || name == "localhost" || name == "::1" || name.hasSuffix(".localhost")
  }

  static func contentType(_ ext: String) -> String {
    switch ext.lowercased() {
    case "html", "htm": return "text/html; charset=utf-8"
    case "css": return "text/css; charset=utf-8"
    case "js", "mjs": return "text/javascript; charset=utf-8"
    case "json": return "application/json"
    case "svg": return "image/svg+xml"
    case "png": return "image/png"
    case "jpg", "jpeg": return "image/jpeg"
    case "gif": return "image/gif"
    case "webp": return "image/webp"
    case "ico": return "image/x-icon"
    case "woff2": return "font/woff2"
    case "woff": return "font/woff"
    case "ics": return "text/calendar; charset=utf-8"
    case "csv": return "text/csv; charset=utf-8"
    case "md", "txt": return "text/plain; charset=utf-8"
    case "pdf": return "application/pdf"
    default: return "application/octet-stream"
    }
  }
}
