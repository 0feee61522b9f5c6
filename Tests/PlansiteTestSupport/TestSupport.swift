import Foundation

/// Helpers shared by the test targets: temporary folders, inline fixture sites and the binary.
public enum TestSupport {
  /// The package root (the folder holding Package.swift).
  public static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }()

  /// A fresh temporary folder, removed by the caller (or left for inspection on failure).
  public static func temporaryDirectory(_ name: String = "plansite-test") -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes `files` (relative path → text) below `root`.
  public static func write(_ files: [String: String], to root: URL) {
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try! Data(text.utf8).write(to: url)
    }
  }

  /// The built `plansite` executable: beside the test bundle, else in `.build/debug`.
  public static var binary: URL {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("plansite"),
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("plansite"),
      packageRoot.appendingPathComponent(".build/debug/plansite"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
  }

  public struct Run {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// Runs a program to completion in `directory`.
  public static func run(
    _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil
  ) throws -> Run {
    let p = Process()
    p.executableURL = executable
    p.arguments = arguments
    if let directory { p.currentDirectoryURL = directory }
    if let environment { p.environment = environment }
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    // Both pipes are read at once, before waiting: a child that fills one (a large stderr)
    // while the other is being read would otherwise block, and the test hang instead of fail.
    final class Box: @unchecked Sendable { var data = Data() }
    let e = Box()
    let done = DispatchSemaphore(value: 0)
    let errors = err.fileHandleForReading
    DispatchQueue.global().async {
      e.data = errors.readDataToEndOfFile()
      done.signal()
    }
    let o = out.fileHandleForReading.readDataToEndOfFile()
    done.wait()
    p.waitUntilExit()
    return Run(
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e.data, as: UTF8.self))
  }

  /// Runs the `plansite` binary.
  public static func plansite(_ arguments: [String], in directory: URL? = nil) throws -> Run {
    try run(binary, arguments, in: directory)
  }

  /// Every regular file below `root`, relative paths, sorted.
  public static func files(under root: URL) -> [String] {
    guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
      return []
    }
    var out: [String] = []
    let base = root.resolvingSymlinksInPath().path + "/"
    for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
      out.append(String(url.resolvingSymlinksInPath().path.dropFirst(base.count)))
    }
    return out.sorted()
  }

  /// Path → inode number of every regular file below `root` (`files(under:)`): a file kept by a
  /// rebuild keeps its inode, one written again gets a new one.
  public static func inodes(under root: URL) -> [String: UInt64] {
    var out: [String: UInt64] = [:]
    for f in files(under: root) {
      out[f] =
        (try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(f).path)[.systemFileNumber]
          as? UInt64) ?? 0
    }
    return out
  }
}

extension TestSupport {
  /// A fixture folder of `Tests/EndToEndTests/Fixtures/`.
  public static func fixture(_ name: String) -> URL {
    packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/\(name)")
  }

  /// A writable copy of a fixture's `content/`, with `overrides` (path → text) applied.
  public static func contentCopy(of name: String, overrides: [String: String] = [:]) -> URL {
    let dir = temporaryDirectory("plansite-content")
    let target = dir.appendingPathComponent("content")
    try! FileManager.default.copyItem(at: fixture(name).appendingPathComponent("content"), to: target)
    write(overrides, to: target)
    return target
  }
}
