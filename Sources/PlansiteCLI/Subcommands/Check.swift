import ArgumentParser
import PlansiteSite

extension Plansite {
  /// `plansite check`: validates everything `build` would read; writes nothing.
  struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Kiểm tra nội dung và mẫu trang, không ghi gì.")

    @OptionGroup var site: SiteOptions
    @Option(help: "Dạng thông báo: text hoặc github (chú thích cho GitHub Actions).")
    var format: DiagnosticPrinter.Format = .text

    func run() async throws {
      if let missing = site.missingContentFolder() {
        DiagnosticPrinter(format: format).print(missing)
        throw ExitCode(ExitStatus.of(missing))
      }
      let options = try site.buildOptions(output: "output")
      let (_, _, diags) = await SiteBuilder.check(options)
      print(site.templatesLine)
      DiagnosticPrinter(format: format).print(diags)
      let status = ExitStatus.of(diags)
      if status != 0 { throw ExitCode(status) }
    }
  }
}
