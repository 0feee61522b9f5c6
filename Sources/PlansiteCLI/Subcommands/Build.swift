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
    @Option(help: "Ghi thêm bản nén .zip của trang để gửi người đọc ngoại tuyến.") var zip: String?

    func run() async throws {
      let options = try site.buildOptions(output: output)
      let started = Date()
      // Progress only on a terminal: a pipe (CI, a log) gets nothing but diagnostics.
      let line = !quiet && isatty(2) != 0 ? ProgressLine() : nil
      var progress: (@Sendable (Int, Int) -> Void)?
      if let line { progress = { done, total in line.update(done, total) } }
      let (summary, diags) = await SiteBuilder.build(options, progress: progress)
      line?.clear()
      DiagnosticPrinter().print(diags)
      guard let summary else { throw ExitCode(diags.all.contains { $0.code == .io } ? 2 : 1) }
      if let zip {
        let site = URL(fileURLWithPath: output)
        do {
          try SiteArchive.write(site: site, to: URL(fileURLWithPath: zip), folder: site.standardizedFileURL.lastPathComponent, date: options.today)
        } catch {
          FileHandle.standardError.write(Data("\(zip): lỗi: không ghi được tệp nén (\(error.localizedDescription)) [PS024]\n".utf8))
          throw ExitCode(2)
        }
      }
      if line != nil {
        let ms = Int(Date().timeIntervalSince(started) * 1000)
        let text = summary.unchanged
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
      guard now.timeIntervalSince(started) >= 1, lastDraw.map({ now.timeIntervalSince($0) >= 0.1 }) ?? true else { return }
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
