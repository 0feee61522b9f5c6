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

    func run() async throws {
      let options = try site.buildOptions(output: output)
      let started = Date()
      let (summary, diags) = await SiteBuilder.build(options)
      DiagnosticPrinter().print(diags)
      guard let summary else { throw ExitCode(diags.all.contains { $0.code == .io } ? 2 : 1) }
      if !quiet {
        let ms = Int(Date().timeIntervalSince(started) * 1000)
        FileHandle.standardError.write(Data("Đã dựng \(summary.pages) trang, \(summary.files) tệp vào \(output)/ trong \(ms) ms\n".utf8))
      }
    }
  }
}
