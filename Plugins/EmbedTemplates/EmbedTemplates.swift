import Foundation
import PackagePlugin

/// Compiles `templates/` into plansite (a build-tool plugin rather than Bundle resources, so the
/// release stays one executable file). `embed-templates.sh` writes every file of the package's
/// `templates/` into one Swift source of `PlansiteTemplates`, so the built-in set is always
/// what `templates/` holds at build time, with nothing to run by hand:
/// - a file changed: each file is an input of the command, which runs again;
/// - a file added or removed: SwiftPM plans a build again only when the folders of targets and
///   plugins change shape, so this plugin's folder holds a link to `templates/` (`templates`
///   → `../../templates`), which brings its shape into that check; the plugin then lists the
///   files anew.
@main
struct EmbedTemplates: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let package = context.package.directoryURL
    let templates = package.appending(path: "templates")
    var inputs: [URL] = []
    if let walker = FileManager.default.enumerator(
      at: templates, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    {
      for case let url as URL in walker
      where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
        inputs.append(url)
      }
    }
    let script = package.appending(path: "Plugins/EmbedTemplates/embed-templates.sh")
    return [
      .buildCommand(
        displayName: "Embedding the default templates in plansite",
        executable: URL(fileURLWithPath: "/bin/sh"),
        arguments: [script.path, templates.path, context.pluginWorkDirectoryURL.path],
        inputFiles: [script] + inputs.sorted { $0.path < $1.path },
        outputFiles: [context.pluginWorkDirectoryURL.appending(path: "BuiltInTemplateFiles.swift")])
    ]
  }
}
