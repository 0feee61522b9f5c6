import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where a build may write: plansite never removes or overwrites what it did not make. Checked
/// before a build starts (and the zip again just before it is swapped in):
/// - the output folder and the zip lie outside the content and templates folders, and neither
///   of those lies inside the output folder (which every build replaces whole);
/// - the zip is not inside the output folder, and what is at its path now is nothing, or a zip
///   plansite wrote (`SiteArchive.isOurs`): never a folder, a link or another file.
/// Whether an existing output folder is plansite's is `OutputWriter`'s check.
public enum OutputGuard {
  public struct Refusal: Error, CustomStringConvertible {
    public let path: String
    public let description: String
  }

  public static func refusal(_ options: BuildOptions) -> Refusal? {
    let output = resolved(options.output)
    let sources = [(options.content, "nội dung"), (options.templates, "mẫu trang")]
    for (folder, what) in sources {
      let source = resolved(folder)
      if isWithin(output, source) {
        return Refusal(
          path: display(options.output),
          description:
            "thư mục kết quả nằm trong thư mục \(what) \(display(folder)); mỗi lần dựng thay toàn bộ thư mục kết quả"
            + " — chọn --output ở ngoài, ví dụ --output output")
      }
      if isWithin(source, output) {
        return Refusal(
          path: display(options.output),
          description:
            "thư mục \(what) \(display(folder)) nằm trong thư mục kết quả; mỗi lần dựng thay toàn bộ thư mục kết quả"
            + " nên sẽ xóa mất nó — chọn --output khác, ví dụ --output output")
      }
    }
    guard let zip = options.zip else { return nil }
    let target = resolved(zip)
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: zip.path, isDirectory: &isFolder), isFolder.boolValue {
      return Refusal(path: display(zip), description: zipTargetRefusal(zip) ?? "")
    }
    for (folder, what) in sources + [(options.output, "kết quả")] where isWithin(target, resolved(folder)) {
      return Refusal(
        path: display(zip),
        description:
          "tệp nén nằm trong thư mục \(what) \(display(folder)); ghi tệp nén ra ngoài, ví dụ --zip bao-cao.zip")
    }
    if let refusal = zipTargetRefusal(zip) { return Refusal(path: display(zip), description: refusal) }
    return nil
  }

  /// Why what is now at `zip` may not be replaced, or nil when it may (nothing there, or a zip
  /// plansite wrote).
  static func zipTargetRefusal(_ zip: URL) -> String? {
    var st = stat()
    guard lstat(zip.path, &st) == 0 else { return nil }
    switch st.st_mode & S_IFMT {
    case S_IFDIR:
      return "đây là một thư mục; --zip cần đường dẫn tới một tệp, ví dụ --zip bao-cao.zip"
    case S_IFREG where SiteArchive.isOurs(zip.path):
      return nil
    case S_IFREG:
      return "tệp này đã có và không phải tệp nén do plansite tạo ra; không ghi đè để tránh mất dữ liệu"
        + " — chọn tên khác cho --zip, hoặc tự xóa tệp đó nếu chắc chắn không cần"
    case S_IFLNK:
      return "đây là một liên kết tượng trưng; không ghi đè — chọn tên tệp khác cho --zip"
    default:
      return "đây không phải một tệp thường; không ghi đè — chọn tên tệp khác cho --zip"
    }
  }

  /// The absolute path with every link resolved, for the part of it that exists; the rest is
  /// appended as written (`standardizedFileURL` has already taken out `.` and `..`).
  static func resolved(_ url: URL) -> String {
    var existing = url.standardizedFileURL
    var rest: [String] = []
    while existing.path != "/" {
      if let real = realpath(existing.path, nil) {
        defer { free(real) }
        return ([String(cString: real)] + rest.reversed()).joined(separator: "/").replacingOccurrences(
          of: "//", with: "/")
      }
      rest.append(existing.lastPathComponent)
      existing.deleteLastPathComponent()
    }
    return "/" + rest.reversed().joined(separator: "/")
  }

  /// The path as messages show it: relative to the working directory when below it.
  static func display(_ url: URL) -> String {
    let path = url.standardizedFileURL.path
    let cwd = FileManager.default.currentDirectoryPath
    if path == cwd { return "." }
    return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
  }

  /// `path` is `folder` or below it.
  static func isWithin(_ path: String, _ folder: String) -> Bool {
    path == folder || folder == "/" || path.hasPrefix(folder + "/")
  }
}
