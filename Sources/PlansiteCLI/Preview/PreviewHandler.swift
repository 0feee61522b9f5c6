import FlyingFox
import Foundation

/// Answers the preview server's requests: the files of the output folder, with the reload
/// script added to HTML responses; the build number; and, while the latest build failed, the
/// error page for every HTML request. Only GET and HEAD; nothing outside the output folder.
struct PreviewHandler: HTTPHandler {
  let output: URL
  let state: PreviewState

  init(output: URL, state: PreviewState) {
    self.output = output.standardizedFileURL.resolvingSymlinksInPath()
    self.state = state
  }

  func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
    guard request.method == .GET || request.method == .HEAD else {
      return respond(request, status: .methodNotAllowed, type: "text/plain; charset=utf-8", Data("chỉ hỗ trợ GET\n".utf8), extra: [HTTPHeader("Allow"): "GET, HEAD"])
    }
    // A page on the Internet must not read the preview through a name pointing at 127.0.0.1
    // (DNS rebinding): only loopback host names are answered.
    if let host = request.headers[.host], !PreviewHandler.isLoopbackHost(host) {
      return respond(request, status: .forbidden, type: "text/plain; charset=utf-8", Data("máy chủ xem trước chỉ phục vụ 127.0.0.1\n".utf8))
    }
    let (version, failure) = state.snapshot
    switch request.path {
    case ReloadScript.versionPath:
      return respond(request, status: .ok, type: "text/plain; charset=utf-8", Data("\(version)\n".utf8))
    case ReloadScript.scriptPath:
      return respond(request, status: .ok, type: "text/javascript; charset=utf-8", Data(ReloadScript.javascript.utf8))
    default:
      break
    }
    // FlyingFox gives the path without dot segments but also without its trailing slash;
    // the raw target says whether a folder (`targets/`) was asked for.
    var path = request.path.isEmpty ? "/" : request.path
    if request.target.path().hasSuffix("/") && !path.hasSuffix("/") { path += "/" }
    if let failure, PreviewHandler.isPage(path) {
      return respond(request, status: .internalServerError, type: "text/html; charset=utf-8", Data(ErrorPage.html(failure, version: version).utf8))
    }
    guard let file = resolve(path) else {
      return notFound(request, path, version: version)
    }
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDir) else {
      return notFound(request, path, version: version)
    }
    var target = file
    if isDir.boolValue {
      guard path.hasSuffix("/") else {
        // `districts/cao-loc` → `districts/cao-loc/`, so the page's relative links resolve.
        return respond(request, status: .movedPermanently, type: "text/plain; charset=utf-8", Data(), extra: [.location: path + "/"])
      }
      target = file.appendingPathComponent("index.html")
    }
    guard let data = FileManager.default.contents(atPath: target.path) else {
      return notFound(request, path, version: version)
    }
    let type = PreviewHandler.contentType(target.pathExtension)
    if type.hasPrefix("text/html") {
      let html = ReloadScript.inject(into: String(decoding: data, as: UTF8.self), version: version)
      return respond(request, status: .ok, type: type, Data(html.utf8))
    }
    return respond(request, status: .ok, type: type, data)
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

  func notFound(_ request: HTTPRequest, _ path: String, version: Int) -> HTTPResponse {
    respond(request, status: .notFound, type: "text/html; charset=utf-8", Data(ErrorPage.notFound(path, version: version).utf8))
  }

  func respond(
    _ request: HTTPRequest, status: HTTPStatusCode, type: String, _ body: Data, extra: [HTTPHeader: String] = [:]
  ) -> HTTPResponse {
    var headers = HTTPHeaders()
    headers[.contentType] = type
    headers[.cacheControl] = "no-store"
    headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
    for (k, v) in extra { headers[k] = v }
    if request.method == .HEAD {
      headers[.contentLength] = "\(body.count)"
      return HTTPResponse(statusCode: status, headers: headers)
    }
    return HTTPResponse(statusCode: status, headers: headers, body: body)
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
