import Foundation
import PlansiteContent

/// Renders page specs on every core and writes each file as soon as it is made.
/// cmark-gfm parsing stays serialised inside `Markdown.render`; view models, Mustache and
/// writing run in parallel.
enum Renderer {
  struct Result {
    var summary = BuildSummary(files: 0, pages: 0, bytes: 0)
    var failure: Diagnostic?
  }

  /// Specs per batch: enough to keep both cores busy, few enough to bound memory.
  static let batchSize = 64

  static func run(
    _ specs: [@Sendable () -> [RenderJob]], templates: TemplateSet, writer: OutputWriter,
    progress: (@Sendable (Int, Int) -> Void)?
  ) -> Result {
    let state = Mutex(Result())
    progress?(0, specs.count)
    var start = 0
    while start < specs.count {
      let end = min(specs.count, start + batchSize)
      let first = start
      DispatchQueue.concurrentPerform(iterations: end - start) { i in
        if state.withLock({ $0.failure != nil }) { return }
        for job in specs[first + i]() {
          do {
            let changed: Bool
            let size: Int
            switch job {
            case .file(let path, let bytes):
              changed = try writer.write(path, bytes)
              size = bytes.count
            case .page(let path, let template, let context):
              guard let html = templates.render(template, context) else {
                state.withLock {
                  $0.failure = Diagnostic(
                    .error, .template, at: SourceLocation(path: "\(template).mustache"),
                    "thiếu mẫu trang \(template).mustache cho \(path)")
                }
                return
              }
              changed = try writer.write(path, text: html)
              size = html.utf8.count
            }
            let isPage: Bool = if case .page = job { true } else { false }
            state.withLock {
              $0.summary.files += 1
              $0.summary.bytes += size
              if isPage { $0.summary.pages += 1 }
              if changed { $0.summary.written += 1 }
            }
          } catch {
            state.withLock { $0.failure = Diagnostic(.error, .io, at: nil, "\(error)") }
            return
          }
        }
      }
      start = end
      progress?(end, specs.count)
    }
    return state.withLock { $0 }
  }
}
