import Foundation

/// The `content/` folder on disk: finds files, refuses symbolic links that leave it, reads text.
struct ContentFolder: Sendable {
  let root: URL
  /// How paths are shown in diagnostics: relative to the working directory when below it.
  let displayRoot: String
  let resolvedRoot: String
  /// Looks at each Markdown file as it is read (see `ContentLoader.load`).
  let inspectMarkdown: ContentLoader.MarkdownInspector?

  init(root: URL, inspectMarkdown: ContentLoader.MarkdownInspector? = nil) {
    self.inspectMarkdown = inspectMarkdown
    self.root = root.standardizedFileURL
    self.resolvedRoot = ContentFolder.realPath(self.root.path)
    let cwd = FileManager.default.currentDirectoryPath
    let path = self.root.path
    if path == cwd {
      displayRoot = "."
    } else if path.hasPrefix(cwd + "/") {
      displayRoot = String(path.dropFirst(cwd.count + 1))
    } else {
      displayRoot = path
    }
  }

  func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

  func display(_ relative: String) -> String {
    displayRoot == "." ? relative : displayRoot + "/" + relative
  }

  func exists(_ relative: String) -> Bool {
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: url(relative).path, isDirectory: &isDir)
      && !isDir.boolValue
  }

  func isDirectory(_ relative: String) -> Bool {
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: url(relative).path, isDirectory: &isDir)
      && isDir.boolValue
  }

  /// Names in a folder, sorted so the result never depends on the file system's order; empty
  /// when the folder is missing or unreadable (callers that need to know use `list(_:into:)`).
  func list(_ relative: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url(relative).path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  /// Names in a folder that must be read; nil, with one "cannot read" error, when it cannot be
  /// listed (no permission): not one "missing file" error per file it should hold.
  func list(_ relative: String, into diagnostics: inout Diagnostics) -> [String]? {
    do {
      let names = try FileManager.default.contentsOfDirectory(atPath: url(relative).path)
      return names.filter { !$0.hasPrefix(".") }.sorted()
    } catch {
      diagnostics.error(
        .io, at: SourceLocation(path: display(relative)),
        "không đọc được thư mục: \(SystemError.text(error))")
      return nil
    }
  }

  /// Reads a file, refusing one whose real location is outside `content/`.
  func read(_ relative: String, into diagnostics: inout Diagnostics, maxBytes: Int = SourceFile.maxBytes)
    -> SourceFile?
  {
    let u = url(relative)
    let real = ContentFolder.realPath(u.path)
    if !(real == resolvedRoot || real.hasPrefix(resolvedRoot + "/")) {
      diagnostics.error(
        .unsafePath, at: SourceLocation(path: display(relative), line: 1, column: 1),
        "tệp là liên kết tượng trưng trỏ ra ngoài thư mục content/ (tới \(real)); hãy thay bằng tệp thật")
      return nil
    }
    return SourceFile.read(u, displayPath: display(relative), maxBytes: maxBytes, into: &diagnostics)
  }

  /// The path with every symbolic link resolved (realpath(3): one call, where Foundation's
  /// resolvingSymlinksInPath costs several times more per file). A path that cannot be
  /// resolved is returned as is and fails later when read.
  static func realPath(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  func yaml(_ relative: String, into diagnostics: inout Diagnostics) -> YAMLDocument? {
    guard let file = read(relative, into: &diagnostics) else { return nil }
    return YAMLDocument.parse(file, into: &diagnostics)
  }
}
