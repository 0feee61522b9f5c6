import ArgumentParser
import Foundation
import PlansiteSite

extension Plansite {
  /// `plansite build`: content → `output/`.
  struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Dựng trang web vào thư mục output/.")

    @OptionGroup var site: SiteOptions
    @Option(help: "Thư mục kết quả.") var output = "output"
    @Flag(help: "Không in tiến độ.") var quiet = false
    @Option(
      help: """
        Ghi thêm bản nén .zip của trang để gửi người đọc ngoại tuyến. Chỉ thay một tệp .zip do plansite \
        tạo; không ghi vào thư mục nội dung, mẫu trang hay kết quả.
        """)
    var zip: String?

    func run() async throws {
      if let missing = site.missingContentFolder() {
        DiagnosticPrinter().print(missing)
        throw ExitCode(ExitStatus.of(missing))
      }
      let options = try site.buildOptions(output: output, zip: zip)
      let started = Date()
      // Progress only on a terminal: a pipe (CI, a log) gets nothing but diagnostics.
      let line = !quiet && isatty(2) != 0 ? ProgressLine() : nil
      var progress: (@Sendable (Int, Int) -> Void)?
      if let line { progress = { done, total in line.update(done, total) } }
      let (shownOutput, quiet) = (output, quiet)
      let waiting: @Sendable (Int32?) -> Void = { holder in
        guard !quiet else { return }
        line?.clear()
        let who = holder.map { " (tiến trình \($0))" } ?? ""
        FileHandle.standardError.write(
          Data("Một lần dựng khác\(who) đang ghi vào \(shownOutput)/; chờ lần đó xong rồi dựng tiếp…\n".utf8))
      }
      let (summary, diags) = await SiteBuilder.build(options, progress: progress, waiting: waiting)
      line?.clear()
      DiagnosticPrinter().print(diags)
      guard let summary else { throw ExitCode(ExitStatus.of(diags)) }
      if line != nil {
        let ms = Int(Date().timeIntervalSince(started) * 1000)
        let text =
          summary.unchanged
          ? "Không có thay đổi: \(output)/ đã là bản mới nhất (\(ms) ms)\n"
          : "Đã dựng \(summary.pages) trang, \(summary.files) tệp (\(summary.written) tệp thay đổi, \(summary.reused) tệp giữ nguyên từ lần dựng trước) vào \(output)/ trong \(ms) ms\n"
        FileHandle.standardError.write(Data(text.utf8))
      }
    }
  }
}

/// One updating line on standard error, "Đang dựng trang 120/3400…", shown only once a build
/// has taken about a second, at most ten times a second; cleared when the build ends.
final class ProgressLine: @unchecked Sendable {
  private let lock = NSLock()
  private let started = Date()
  private var lastDraw: Date?
  private var shown = false
  private var finished = false

  init() {
    // Reading content and templates comes before the first page: say so after a second.
    DispatchQueue.global().asyncAfter(deadline: .now() + 1) { [weak self] in
      self?.lock.withLock {
        guard let self, !self.finished, !self.shown else { return }
        self.shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[KĐang đọc nội dung và mẫu trang…".utf8))
      }
    }
  }

  func update(_ done: Int, _ total: Int) {
    lock.withLock {
      let now = Date()
      guard now.timeIntervalSince(started) >= 1, lastDraw.map({ now.timeIntervalSince($0) >= 0.1 }) ?? true else {
        return
      }
      lastDraw = now
      shown = true
      FileHandle.standardError.write(Data("\r\u{1B}[KĐang dựng trang \(done)/\(total)…".utf8))
    }
  }

  func clear() {
    lock.withLock {
      if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
      shown = false
      finished = true
    }
  }
}
