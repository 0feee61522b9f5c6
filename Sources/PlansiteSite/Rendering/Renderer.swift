import Foundation
import PlansiteContent

/// Renders a site's pages on every core and writes each file as soon as it is made.
/// cmark-gfm parsing stays serialised inside `Markdown.render`; view models, Mustache and
/// writing run in parallel.
enum Renderer {
  struct Result {
    var summary = BuildSummary(files: 0, pages: 0, bytes: 0)
    var failure: Diagnostic?
    /// Keys the last specs gave their files (`RenderOutput.keys`).
    var keys: [String: String] = [:]
    /// Figures' fragments one page rendered and another took (`FigureFragments`).
    var fragmentsTaken = 0
  }

  /// Which spec a worker takes next: a large one when no other large one is in flight, else a
  /// small one, so one core renders the big pages one after another while the other works
  /// through district pages. Once the small ones run out (small sites), the large ones left
  /// run side by side.
  private struct Queue {
    var nextSmall = 0
    var nextLarge = 0
    var largeInFlight = false
    var done = 0
    var failure: Diagnostic?
  }

  /// `timings` marks the pages (every spec of `small` and `large`) and the search index (`last`).
  static func run(
    _ plan: RenderPlan, templates: TemplateSet, writer: OutputWriter, progress: (@Sendable (Int, Int) -> Void)?,
    timings: inout BuildTimings
  ) -> Result {
    let total = plan.small.count + plan.large.count + plan.last.count
    let fragments = FigureFragments()
    let templates = {
      var shared = templates
      shared.fragments = fragments
      return shared
    }()
    let queue = Mutex(Queue())
    let summary = Mutex(BuildSummary(files: 0, pages: 0, bytes: 0))
    let handedBack = Mutex<[String: [SearchEntry]]>([:])
    progress?(0, total)

    @Sendable func perform(_ spec: RenderSpec) -> Diagnostic? {
      let started = PageTimings.now()
      let made = spec()
      PageTimings.shared.add("(view models)", since: started)
      if !made.searchEntries.isEmpty { handedBack.withLock { $0.merge(made.searchEntries) { a, _ in a } } }
      return writeAll(made.jobs)
    }

    @Sendable func writeAll(_ jobs: [RenderJob]) -> Diagnostic? {
      for job in jobs {
        do {
          let (changed, size, isPage, reused): (Bool, Int, Bool, Bool)
          if case .reuse(let path, let recorded, _) = job, writer.reuse(path, size: recorded) {
            (changed, size, isPage, reused) = (false, recorded, path.hasSuffix(".html"), true)
          } else {
            (changed, size, isPage) = try write(job, templates: templates, writer: writer)
            reused = false
          }
          summary.withLock {
            $0.files += 1
            $0.bytes += size
            if isPage { $0.pages += 1 }
            if changed { $0.written += 1 }
            if reused { $0.reused += 1 }
          }
        } catch let failure as Failure {
          return failure.diagnostic
        } catch {
          // A file of the site could not be written (disk full, ulimit -f): say where.
          let location = SourceLocation(path: OutputGuard.display(writer.output.appendingPathComponent(job.path)))
          return Diagnostic(.error, .io, at: location, SystemError.message(error))
        }
      }
      return nil
    }

    @Sendable func finished(_ failure: Diagnostic?) {
      let done = queue.withLock { q -> Int in
        q.done += 1
        if q.failure == nil { q.failure = failure }
        return q.done
      }
      if done % 64 == 0 || done == total { progress?(done, total) }
    }

    DispatchQueue.concurrentPerform(iterations: max(1, ProcessInfo.processInfo.activeProcessorCount)) { _ in
      while true {
        let next: (RenderSpec, Bool)? = queue.withLock { q in
          guard q.failure == nil else { return nil }
          if !q.largeInFlight, q.nextLarge < plan.large.count {
            q.largeInFlight = true
            q.nextLarge += 1
            return (plan.large[q.nextLarge - 1], true)
          }
          if q.nextSmall < plan.small.count {
            q.nextSmall += 1
            return (plan.small[q.nextSmall - 1], false)
          }
          if q.nextLarge < plan.large.count {
            q.nextLarge += 1
            return (plan.large[q.nextLarge - 1], false)
          }
          return nil
        }
        guard let (spec, holdsLargeSlot) = next else { return }
        let failure = perform(spec)
        if holdsLargeSlot { queue.withLock { $0.largeInFlight = false } }
        finished(failure)
      }
    }
    timings.mark("render and write")
    // After the workers: every district page that was made has handed its entries back.
    let entries = handedBack.withLock { $0 }
    var keys: [String: String] = [:]
    for spec in plan.last where queue.withLock({ $0.failure == nil }) {
      let made = spec(entries)
      keys.merge(made.keys) { a, _ in a }
      finished(writeAll(made.jobs))
    }
    timings.mark("search")
    PageTimings.shared.print()
    PageTimings.shared.print(fragments)
    return Result(
      summary: summary.withLock { $0 }, failure: queue.withLock { $0.failure }, keys: keys,
      fragmentsTaken: fragments.handedOver.taken)
  }

  private struct Failure: Error { let diagnostic: Diagnostic }

  /// Renders (pages) and writes one job: whether its bytes changed, their size, and whether it
  /// was a page.
  private static func write(_ job: RenderJob, templates: TemplateSet, writer: OutputWriter) throws -> (Bool, Int, Bool)
  {
    switch job {
    case .file(let path, let bytes):
      return (try writer.write(path, bytes), bytes.count, false)
    case .reuse(_, _, let fallback):
      return try write(fallback(), templates: templates, writer: writer)
    case .stream(let path, let body):
      let (changed, size) = try writer.write(path, streaming: body)
      return (changed, size, false)
    case .page(let path, let template, let context):
      let started = PageTimings.now()
      let rendered = templates.render(template, context)
      PageTimings.shared.add(template, since: started)
      guard let html = rendered else {
        throw Failure(
          diagnostic: Diagnostic(
            .error, .template, at: SourceLocation(path: "\(template).mustache"),
            "thiếu mẫu trang \(template).mustache cho \(path)"))
      }
      let writing = PageTimings.now()
      defer { PageTimings.shared.add("(write pages)", since: writing) }
      return (try writer.write(path, text: html), html.utf8.count, true)
    case .word(let path, let template, let context):
      guard let bytes = try templates.wordDocument(template, context) else {
        throw Failure(
          diagnostic: Diagnostic(
            .error, .template, at: SourceLocation(path: "\(template).mustache"),
            "thiếu mẫu \(template).mustache cho \(path)"))
      }
      return (try writer.write(path, bytes), bytes.count, false)
    }
  }
}
