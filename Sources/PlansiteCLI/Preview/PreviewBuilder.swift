import ArgumentParser
import Foundation
import PlansiteContent
import PlansiteSite

/// One build of the preview: the same pipeline as `plansite build`, its diagnostics printed to
/// the terminal and its outcome recorded for the server (the reload signal, the error page).
struct PreviewBuilder: Sendable {
  let site: SiteOptions
  let output: String
  let state: PreviewState

  func build() async {
    let started = Date()
    let options: BuildOptions
    do {
      options = try site.buildOptions(output: output)
    } catch {
      // `validate()` has checked the date already; kept for safety, as a usage error.
      let failure = CommandFailure(.usage, (error as? ValidationError)?.message ?? SystemError.text(error))
      DiagnosticPrinter().print(failure.diagnostics)
      state.finished(failure: failure.diagnostics)
      return
    }
    let (summary, diags) = await SiteBuilder.build(options)
    DiagnosticPrinter().print(diags)
    let ms = Int(Date().timeIntervalSince(started) * 1000)
    if let summary {
      state.finished(failure: nil)
      PreviewBuilder.log(
        "Đã dựng \(summary.pages) trang vào \(output)/ trong \(ms) ms (lần \(state.version)); trang đang mở sẽ tự tải lại."
      )
    } else {
      state.finished(failure: diags)
      PreviewBuilder.log(
        "Dựng trang lỗi (\(diags.errorCount) lỗi); trình duyệt hiện danh sách lỗi cho đến khi sửa xong, \(output)/ giữ bản cũ."
      )
    }
  }

  static func log(_ message: String) {
    let f = DateFormatter()
    f.dateFormat = "HH:mm:ss"
    FileHandle.standardError.write(Data("[\(f.string(from: Date()))] \(message)\n".utf8))
  }
}
