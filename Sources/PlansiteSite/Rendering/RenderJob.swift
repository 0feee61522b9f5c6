/// One output file: a page rendered from a template and its context, or bytes made directly
/// (calendar files, the CSV, the stylesheet).
public enum RenderJob: Sendable {
  case page(String, String, any Sendable)
  case file(String, [UInt8])
  /// Bytes made and written in pieces, for files that grow with the number of units (the CSV,
  /// the search index): the closure hands each piece to the sink.
  case stream(String, @Sendable (OutputWriter.ChunkSink) throws -> Void)
  /// The previous site's file, kept by a hard link when it is still there with its recorded
  /// size (`PageReuse`); otherwise `fallback` makes it again.
  case reuse(String, size: Int, fallback: @Sendable () -> RenderJob)
  /// A Word document (.docx) from an XML template and its context (`TemplateSet.wordDocument`).
  case word(String, String, any Sendable)

  /// Path relative to the output folder.
  public var path: String {
    switch self {
    case .page(let p, _, _), .file(let p, _), .stream(let p, _), .reuse(let p, _, _), .word(let p, _, _): return p
    }
  }
}

/// Work that makes some output files when called: its view models (Markdown included) are
/// built only then, so a build of thousands of districts never holds every page at once.
public typealias RenderSpec = @Sendable () -> RenderOutput

/// What a spec made: its files, and the search entries of the units whose pages it rendered
/// (a unit's page parses its report; the search index takes the entries from there instead of
/// parsing every report again). Written as an array of jobs when there are no entries.
public struct RenderOutput: ExpressibleByArrayLiteral, Sendable {
  public var jobs: [RenderJob]
  /// Unit slug → its search entries.
  public var searchEntries: [String: [SearchEntry]] = [:]
  /// Output path → the key its file was made from, for files whose paths are known only once
  /// made (the search index's word shards); joins `RenderPlan.keys` in the marker.
  public var keys: [String: String] = [:]

  public init(jobs: [RenderJob], searchEntries: [String: [SearchEntry]] = [:], keys: [String: String] = [:]) {
    self.jobs = jobs
    self.searchEntries = searchEntries
    self.keys = keys
  }

  public init(arrayLiteral jobs: RenderJob...) { self.jobs = jobs }
}

/// Work made after every spec of `small` and `large`, from the search entries they handed back
/// (a unit missing from them, whose page was reused rather than made, is made from its report).
public typealias FinalSpec = @Sendable (_ handedBack: [String: [SearchEntry]]) -> RenderOutput

/// The whole site as work to do, sorted by what it costs to hold in memory.
public struct RenderPlan: Sendable {
  /// Pages whose size does not grow with the number of units, and the district pages.
  public var small: [RenderSpec]
  /// Pages that grow with the number of units (an indicator across every district, the Action
  /// Month, …): tens of megabytes each at national scale, so only one is rendered at a time.
  public var large: [RenderSpec]
  /// Runs once everything else is made, with the search entries the district pages handed back.
  public var last: [FinalSpec]
  /// Output path → the key it is made from, for files made from one district (the marker
  /// records them so the next build can reuse the files).
  public var keys: [String: String] = [:]

  /// Every file, made at once (tests, template checks on small sites).
  public func allJobs() -> [RenderJob] {
    var handedBack: [String: [SearchEntry]] = [:]
    var jobs: [RenderJob] = []
    for spec in small + large {
      let made = spec()
      jobs += made.jobs
      handedBack.merge(made.searchEntries) { a, _ in a }
    }
    return jobs + last.flatMap { $0(handedBack).jobs }
  }
}
