import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest

@testable import PlansiteSite

/// Every file of a site made in memory, as a build makes it: pages rendered with the real
/// templates, calendars, and the streamed files (CSV, search index) through the real
/// `OutputWriter` into a staging folder that is thrown away.
enum SiteFiles {
  /// The repository's templates, loaded once.
  static func templates() async throws -> TemplateSet {
    var diags = Diagnostics()
    let set = await TemplateSet.load(from: TestSupport.packageRoot.appendingPathComponent("templates"), into: &diags)
    return try XCTUnwrap(set, "\(diags.all)")
  }

  /// Path → text of every file the model makes.
  static func render(_ content: Content, today: CivilDate, templates: TemplateSet) throws -> [String: String] {
    let model = SiteModel(content: content, today: today)
    let scratch = TestSupport.temporaryDirectory("plansite-files")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let writer = try OutputWriter(output: scratch.appendingPathComponent("output"))
    defer { writer.discard() }
    var files: [String: String] = [:]
    func make(_ job: RenderJob) throws {
      switch job {
      case .page(let path, let template, let context):
        files[path] = try XCTUnwrap(templates.render(template, context), "template \(template) for \(path)")
      case .file(let path, let bytes):
        files[path] = String(decoding: bytes, as: UTF8.self)
      case .stream(let path, let body):
        _ = try writer.write(path, streaming: body)
        files[path] = String(decoding: try Data(contentsOf: writer.staging.appendingPathComponent(path)), as: UTF8.self)
      case .reuse(_, _, let fallback):
        try make(fallback())
      case .word(let path, let template, let context):
        // The document part as text: what content could break is the XML, not the zip around it.
        files[path] = try XCTUnwrap(templates.wordXML(template, context), "template \(template) for \(path)")
      }
    }
    for job in SiteBuilder.jobs(model, stylesheet: templates.stylesheet) {
      XCTAssertNil(files[job.path], "\(job.path) made twice")
      try make(job)
    }
    return files
  }
}

/// `Tests/scripts/site_audit.py --stream`: one Python process that audits many sites with real
/// parsers (html.parser, json, csv, icalendar), so a fuzz run does not start one per site.
final class SiteAuditor {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private var pending = Data()

  init() throws {
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", TestSupport.packageRoot.appendingPathComponent("Tests/scripts/site_audit.py").path, "--stream",
    ]
    process.standardInput = input
    process.standardOutput = output
    try process.run()
  }

  deinit {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
  }

  /// The problems site_audit.py finds in these files (path → text), none when clean.
  func problems(_ files: [String: String]) throws -> [String] {
    var request = try JSONSerialization.data(withJSONObject: ["files": files])
    request.append(0x0A)
    try input.fileHandleForWriting.write(contentsOf: request)
    while !pending.contains(0x0A) {
      let more = output.fileHandleForReading.availableData
      guard !more.isEmpty else { return ["site_audit.py stopped"] }
      pending.append(more)
    }
    let end = pending.firstIndex(of: 0x0A)!
    let line = pending[pending.startIndex..<end]
    pending = Data(pending[(end + 1)...])
    let report = try JSONSerialization.jsonObject(with: line) as? [String: Any]
    guard let problems = report?["problems"] as? [String], report?["files"] as? Int == files.count else {
      return ["site_audit.py answered \(String(decoding: line, as: UTF8.self))"]
    }
    return problems
  }
}
