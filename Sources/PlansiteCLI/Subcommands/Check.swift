import ArgumentParser
import PlansiteSite

extension Plansite {
  /// `plansite check`: validates everything `build` would read; writes nothing.
  struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Kiểm tra nội dung và mẫu trang, không ghi gì.")

    @OptionGroup var site: SiteOptions
    @Option(help: "Dạng thông báo: text hoặc github (chú thích cho GitHub Actions).")
    var format: String = "text"

    func run() async throws {
      guard let f = DiagnosticPrinter.Format(rawValue: format) else {
        throw ValidationError("--format chỉ nhận text hoặc github")
      }
      if let missing = site.missingContentFolder() {
        DiagnosticPrinter(format: f).print(missing)
        throw ExitCode(2)
      }
      let options = try site.buildOptions(output: "output")
      let (_, _, diags) = await SiteBuilder.check(options)
      print(site.templatesLine)
      DiagnosticPrinter(format: f).print(diags)
      if diags.hasErrors { throw ExitCode(SiteOptions.exitStatus(diags)) }
    }
  }
}
