import ArgumentParser

/// The `plansite` command: builds and checks the child-protection plan site.
public struct Plansite: AsyncParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "plansite",
    abstract: "Dựng trang web tĩnh cho kế hoạch công tác trẻ em (Markdown + YAML → HTML).",
    version: PlansiteVersion.line,
    subcommands: [Build.self, Check.self, Serve.self, New.self],
    defaultSubcommand: Build.self)

  public init() {}
}
