import ArgumentParser
import Foundation
import PlansiteContent
import PlansiteSite

/// Flags shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
  @Option(help: "Thư mục nội dung.") var content = "content"
  @Option(help: "Thư mục mẫu trang.") var templates = "templates"
  @Option(help: "Ngày dựng trang YYYY-MM-DD (mặc định: SOURCE_DATE_EPOCH, rồi đồng hồ máy).") var today: String?

  /// The build date: `--today`, else SOURCE_DATE_EPOCH, else the clock (in Vietnam, UTC+7).
  func buildDate() throws -> CivilDate {
    if let today {
      guard let d = CivilDate(iso: today) else {
        throw ValidationError("--today \"\(today)\" không phải ngày hợp lệ; viết YYYY-MM-DD, ví dụ 2023-06-15")
      }
      return d
    }
    let env = ProcessInfo.processInfo.environment
    let seconds: Int
    if let epoch = env["SOURCE_DATE_EPOCH"], let s = Int(epoch) {
      seconds = s
    } else {
      seconds = Int(Date().timeIntervalSince1970)
    }
    return CivilDate(dayNumber: Int((Double(seconds + 7 * 3600) / 86400).rounded(.down)))
  }

  func buildOptions(output: String) throws -> BuildOptions {
    BuildOptions(
      content: URL(fileURLWithPath: content), templates: URL(fileURLWithPath: templates),
      output: URL(fileURLWithPath: output), today: try buildDate())
  }
}
