import ArgumentParser
import Foundation
import PlansiteContent
import PlansiteSite

/// Flags shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
  @Option(help: "Thư mục nội dung.") var content = "content"
  @Option(
    name: .customLong("templates"),
    help: "Thư mục mẫu trang (mặc định: templates nếu có, nếu không thì bộ mẫu trang có sẵn trong plansite).")
  var templatesOption: String?

  /// The templates folder: `--templates`, else `templates`.
  var templates: String { templatesOption ?? "templates" }

  /// Neither `--templates` nor a `templates` here: the templates compiled into plansite are used.
  var usesBuiltInTemplates: Bool {
    templatesOption == nil && (try? FileManager.default.attributesOfItem(atPath: "templates")) == nil
  }

  /// Which templates `check` and `build` use, as `check` says it (one line).
  var templatesLine: String {
    usesBuiltInTemplates
      ? "Mẫu trang: bộ có sẵn trong plansite \(PlansiteVersion.number) (không có thư mục templates/; "
        + "plansite new templates để chép ra sửa)"
      : "Mẫu trang: thư mục \(templates.hasSuffix("/") ? templates : templates + "/")"
  }
  @Option(help: "Ngày dựng trang YYYY-MM-DD (mặc định: SOURCE_DATE_EPOCH, rồi đồng hồ máy).") var today: String?

  /// The build date: `--today`, else SOURCE_DATE_EPOCH, else the clock (in Vietnam, UTC+7).
  /// A value that is set but not a date is an error (exit 2), never quietly the clock: a
  /// reproducible build that silently is not would be worse than none.
  func buildDate() throws -> CivilDate {
    if let today {
      guard let d = CivilDate(iso: today) else {
        throw ValidationError(
          "--today \"\(SiteOptions.shown(today))\" không phải ngày hợp lệ; viết YYYY-MM-DD, ví dụ 2023-06-15")
      }
      return d
    }
    return try SiteOptions.environmentDate() ?? SiteOptions.date(epochSeconds: Int(Date().timeIntervalSince1970))
  }

  /// The date SOURCE_DATE_EPOCH names, nil when it is not set. Its value must be what
  /// `date +%s` prints (reproducible-builds.org): digits only, up to the end of year 9999.
  static func environmentDate() throws -> CivilDate? {
    guard let value = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] else { return nil }
    let latest = 253_402_300_799 - 7 * 3600  // 9999-12-31 23:59:59 in Vietnam
    guard !value.isEmpty, value.utf8.count <= 12, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
      let seconds = Int(value), seconds <= latest
    else {
      throw ValidationError(
        "biến môi trường SOURCE_DATE_EPOCH=\"\(shown(value))\" không phải số giây hợp lệ kể từ 01/01/1970 (UTC);"
          + " đặt một số nguyên không âm, ví dụ SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), hoặc bỏ biến này"
          + " (unset SOURCE_DATE_EPOCH) để dùng đồng hồ máy")
    }
    return date(epochSeconds: seconds)
  }

  static func date(epochSeconds seconds: Int) -> CivilDate {
    CivilDate(dayNumber: Int((Double(seconds + 7 * 3600) / 86400).rounded(.down)))
  }

  /// A value from the command line or the environment, as a message may show it: control
  /// characters escaped (they would move the cursor or ring the terminal), long ones cut.
  static func shown(_ value: String) -> String {
    var out = ""
    for scalar in value.unicodeScalars.prefix(80) {
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else if scalar == "\"" || scalar == "\\" {
        out += "\\" + String(scalar)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return value.unicodeScalars.count > 80 ? out + "…" : out
  }

  func buildOptions(output: String, zip: String? = nil) throws -> BuildOptions {
    var options = BuildOptions(
      content: URL(fileURLWithPath: content), templates: URL(fileURLWithPath: templates),
      output: URL(fileURLWithPath: output), today: try buildDate(), zip: zip.map { URL(fileURLWithPath: $0) },
      builtInTemplates: usesBuiltInTemplates)
    options.todayIsExplicit = today != nil
    return options
  }

  /// An error when the content folder is missing or not a folder: a path that leads nowhere is
  /// an I/O problem (exit 2), not a content error.
  func missingContentFolder() -> Diagnostics? {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: content, isDirectory: &isFolder), isFolder.boolValue { return nil }
    var diags = Diagnostics()
    let exists = FileManager.default.fileExists(atPath: content)
    diags.error(
      .io, at: SourceLocation(path: content),
      (exists ? "đây không phải thư mục" : "không tìm thấy thư mục nội dung")
        + "; dùng --content để chỉ đúng thư mục nội dung (thư mục chứa plan.yaml)")
    return diags
  }

  /// A `--today` or SOURCE_DATE_EPOCH that is not a date is a usage error, said before anything runs.
  func validate() throws { _ = try buildDate() }
}
