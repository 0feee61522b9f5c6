import Foundation
import PlansiteTestSupport
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// `plansite serve` against a hostile or careless client (issue 12, items 11–12): the real
/// binary on a real loopback port, spoken to through raw sockets so that every byte sent is the
/// test's own. The timeout and the cap are lowered through the environment so that each test
/// takes seconds.
final class PreviewServerTests: XCTestCase {
  // MARK: - item 12: bounded, linear request parsing

  func testServeAnswers414ToAHugeRequestLineWithoutBurningCPU() throws {
    let server = try PreviewProcess.start()
    defer { server.stop() }
    let cpuBefore = server.cpuSeconds()
    let c = try RawConnection(port: server.port)
    c.send(
      Array("GET /".utf8) + Array(repeating: UInt8(ascii: "a"), count: 200_000)
        + Array(" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8))
    let reply = c.readReply(seconds: 5)
    XCTAssertEqual(reply?.status, 414, "a 200 KB request line: \(reply?.head ?? "no answer within 5 s")")
    XCTAssertTrue(c.closedByPeer(seconds: 5), "the connection is closed after the refusal")
    // The original parser spent 14.8 s of CPU on this request; a linear one needs milliseconds.
    let spent = server.cpuSeconds() - cpuBefore
    XCTAssertLessThan(spent, 1.0, "server CPU for one 200 KB request line: \(spent) s")
    XCTAssertEqual(try PreviewProcess.get(server.port, "/assets/style.css")?.status, 200, "still serving")
  }

  func testServeAnswers431ToOversizedHeaders() throws {
    let server = try PreviewProcess.start()
    defer { server.stop() }
    // One header larger than any field may be.
    var c = try RawConnection(port: server.port)
    c.send(
      Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ".utf8) + Array(repeating: UInt8(ascii: "b"), count: 100_000)
        + Array("\r\n\r\n".utf8))
    var reply = c.readReply(seconds: 5)
    XCTAssertEqual(reply?.status, 431, "one 100 KB header: \(reply?.head ?? "no answer within 5 s")")
    XCTAssertTrue(c.closedByPeer(seconds: 5))
    // Many small headers, each within the field limit, together over the total.
    c = try RawConnection(port: server.port)
    let many = (0..<90).map { "X-H\($0): \(String(repeating: "c", count: 1000))\r\n" }.joined()
    c.send(Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\(many)\r\n".utf8))
    reply = c.readReply(seconds: 5)
    XCTAssertEqual(reply?.status, 431, "90 headers of 1 KB: \(reply?.head ?? "no answer within 5 s")")
    // A normal request with ordinary headers is still answered.
    XCTAssertEqual(try PreviewProcess.get(server.port, "/index.html")?.status, 200)
  }

  // MARK: - item 12: idle connections time out

  func testServeClosesIdleAndTricklingConnectionsAfterTheTimeout() throws {
    let server = try PreviewProcess.start(environment: ["PLANSITE_SERVE_IDLE_TIMEOUT": "1"])
    defer { server.stop() }
    // Connected, nothing sent.
    let idle = try RawConnection(port: server.port)
    // A request head sent a byte every 0.2 s: activity, but never a whole request.
    let trickle = try RawConnection(port: server.port)
    trickle.send(Array("GET / HTTP/1.1\r\n".utf8))
    // Kept alive after one answer, then silent.
    let kept = try RawConnection(port: server.port)
    kept.send(Array("GET /__plansite/version HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8))
    XCTAssertEqual(kept.readReply(seconds: 5)?.status, 200)

    let start = Date()
    var trickleClosed = false
    for _ in 0..<25 where !trickleClosed {  // at most 5 s
      trickle.send(Array("X".utf8))
      trickleClosed = trickle.closedByPeer(seconds: 0.2)
    }
    XCTAssertTrue(trickleClosed, "a head trickled byte by byte is cut off")
    XCTAssertTrue(
      idle.closedByPeer(seconds: max(0.1, 5 - Date().timeIntervalSince(start))), "an idle connection is closed")
    XCTAssertTrue(
      kept.closedByPeer(seconds: max(0.1, 5 - Date().timeIntervalSince(start))),
      "an idle kept-alive connection is closed")
    // A request in time is still answered.
    XCTAssertEqual(try PreviewProcess.get(server.port, "/index.html")?.status, 200)
  }

  // MARK: - item 12: a cap on connections

  func testServeRefusesConnectionsBeyondTheCap() throws {
    let server = try PreviewProcess.start(environment: ["PLANSITE_SERVE_MAX_CONNECTIONS": "4"])
    defer { server.stop() }
    // Four connections, each answered and kept open.
    var held: [RawConnection] = []
    for _ in 0..<4 {
      let c = try RawConnection(port: server.port)
      c.send(Array("GET /__plansite/version HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8))
      XCTAssertEqual(c.readReply(seconds: 5)?.status, 200)
      held.append(c)
    }
    // The fifth is closed without an answer.
    let extra = try RawConnection(port: server.port)
    extra.send(Array("GET /__plansite/version HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8))
    XCTAssertNil(extra.readReply(seconds: 3), "a fifth connection is answered despite the cap of 4")
    XCTAssertTrue(extra.closedByPeer(seconds: 3))
    // The four are still served; when one goes, a new one is answered again.
    held[0].send(Array("GET /__plansite/version HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8))
    XCTAssertEqual(held[0].readReply(seconds: 5)?.status, 200)
    held.removeLast()
    var answered = false
    for _ in 0..<25 where !answered {
      answered = (try? PreviewProcess.get(server.port, "/__plansite/version"))??.status == 200
      if !answered { usleep(200_000) }
    }
    XCTAssertTrue(answered, "a slot freed by a closed connection is used again")
  }

  // MARK: - issue 18 item 3: the reload signal without polling, and no cost while idle

  func testServeAnswersAWaitingPageAsSoonAsTheBuildEnds() throws {
    let server = try PreviewProcess.start()
    defer { server.stop() }
    let version = try XCTUnwrap(PreviewProcess.get(server.port, "/__plansite/version")).body.trimmed
    let script = try XCTUnwrap(PreviewProcess.get(server.port, "/__plansite/reload.js")).body
    XCTAssertTrue(script.contains("/__plansite/version?after="), "the page's script waits for the next build")
    // An open page waits for the build after the one it shows: held, not answered.
    let waiting = try RawConnection(port: server.port)
    waiting.send(PreviewProcess.request("/__plansite/version?after=\(version)"))
    XCTAssertNil(waiting.readReply(seconds: 0.5), "a page at the current build is answered at once, not held")

    try PreviewProcess.append(
      "Dòng mới để thử tải lại.", to: server.content.appendingPathComponent("districts/a-chau/report.md"))
    let reply = waiting.readReply(seconds: 30)
    let arrived = Date().timeIntervalSince1970 * 1000
    XCTAssertEqual(reply?.status, 200, "the held request is answered after the build: \(server.logText)")
    XCTAssertNotEqual(reply?.body.trimmed, version, "with the new build number")
    // Answered when the build ended (its time by the server's clock, the same machine's).
    let builtAt = try XCTUnwrap(Double(reply?.header("x-plansite-built-at") ?? ""), reply?.head ?? "")
    XCTAssertLessThan(
      arrived - builtAt, 1000, "the signal left the server \(Int(arrived - builtAt)) ms after the build")
    let page = try PreviewProcess.get(server.port, "/districts/a-chau/")
    XCTAssertTrue(page?.body.contains("Dòng mới để thử tải lại.") ?? false, "the reloaded page has the new text")
    // A page that missed a build is answered at once.
    let late = try PreviewProcess.get(server.port, "/__plansite/version?after=\(version)")
    XCTAssertEqual(late?.body.trimmed, reply?.body.trimmed)
  }

  func testHeldRequestsLeaveConnectionsForOtherRequests() throws {
    // A cap of 6 connections holds at most 3 requests; the idle timeout is 1 s.
    let server = try PreviewProcess.start(
      environment: ["PLANSITE_SERVE_MAX_CONNECTIONS": "6", "PLANSITE_SERVE_IDLE_TIMEOUT": "1"])
    defer { server.stop() }
    let version = try XCTUnwrap(PreviewProcess.get(server.port, "/__plansite/version")).body.trimmed
    let ask = PreviewProcess.request("/__plansite/version?after=\(version)")
    var held: [RawConnection] = []
    for _ in 0..<3 {
      let c = try RawConnection(port: server.port)
      c.send(ask)
      held.append(c)
    }
    for c in held { XCTAssertNil(c.readReply(seconds: 0.3), "three requests are held") }
    // A fourth page is answered at once with the same number (its script asks again a second later).
    let fourth = try RawConnection(port: server.port)
    fourth.send(ask)
    let answer = fourth.readReply(seconds: 5)
    XCTAssertEqual(answer?.status, 200)
    XCTAssertEqual(answer?.body.trimmed, version)
    // Pages, files and the plain number are served meanwhile.
    XCTAssertEqual(try PreviewProcess.get(server.port, "/index.html")?.status, 200)
    XCTAssertEqual(try PreviewProcess.get(server.port, "/assets/style.css")?.status, 200)
    XCTAssertEqual(try PreviewProcess.get(server.port, "/__plansite/version")?.body.trimmed, version)
    // A page closed while waiting gives its place back.
    held.removeFirst()
    var replacement: RawConnection?
    for _ in 0..<20 where replacement == nil {
      let c = try RawConnection(port: server.port)
      c.send(ask)
      if c.readReply(seconds: 0.2) == nil { replacement = c } else { usleep(100_000) }
    }
    XCTAssertNotNil(replacement, "the place of a page that left is not given back")
    if let replacement { held.append(replacement) }
    // Held past the idle timeout (they owe the server nothing), then all answered by a build.
    usleep(1_200_000)
    try PreviewProcess.append("Sửa.", to: server.content.appendingPathComponent("districts/a-chau/report.md"))
    for c in held {
      let reply = c.readReply(seconds: 30)
      XCTAssertEqual(reply?.status, 200, "a held request is answered after the build")
      XCTAssertNotEqual(reply?.body.trimmed, version)
    }
  }

  func testServeSpendsNoCPUWhileNothingChanges() throws {
    // 4,000 files in 80 folders besides the units: looking at each of them every 300 ms (the
    // old watcher) cost about a third of a core; watched by the kernel, nothing.
    let server = try PreviewProcess.start { content in
      for folder in 0..<80 {
        let dir = content.appendingPathComponent("tai-lieu/nhom-\(folder)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for file in 0..<50 {
          try Data("ghi chú \(file)\n".utf8).write(to: dir.appendingPathComponent("ghi-chu-\(file).txt"))
        }
      }
    }
    defer { server.stop() }
    usleep(500_000)
    let before = server.cpuSeconds()
    usleep(3_000_000)
    let spent = server.cpuSeconds() - before
    XCTAssertLessThan(spent, 0.1, "serve used \(spent) s of CPU in 3 s with nothing changing")
  }

  // MARK: - item 11: only a site plansite built

  func testServeRefusesAnOutputFolderPlansiteDidNotMake() throws {
    let content = TestSupport.contentCopy(of: "mini")
    let foreign = content.deletingLastPathComponent().appendingPathComponent("du-an-khac")
    TestSupport.write(["bang-luong.csv": "ten,luong\nA,1000\n", "index.html": "<p>dự án khác</p>\n"], to: foreign)
    let before = TestSupport.files(under: foreign)
    let run = try PreviewProcess.runToEnd(
      [
        "serve", "--content", content.path, "--templates", PreviewProcess.templates.path, "--output", foreign.path,
        "--port", "0",
      ],
      seconds: 20)
    XCTAssertEqual(
      run?.status, 2, "serve must stop with exit 2, not serve the folder: \(run?.stderr ?? "still running after 20 s")")
    let stderr = run?.stderr ?? ""
    // One diagnostic at the folder, printed as build and check print theirs (issue 13 item 5).
    XCTAssertTrue(stderr.hasPrefix("\(foreign.path): lỗi: thư mục \(foreign.path)"), stderr)
    XCTAssertTrue(stderr.contains("không do plansite tạo ra"), stderr)
    XCTAssertTrue(stderr.hasSuffix(" [PS045]\n1 lỗi, 0 cảnh báo\n"), stderr)
    XCTAssertEqual(stderr.split(separator: "\n").count, 2, "one clear line and the count: \(stderr)")
    XCTAssertEqual(TestSupport.files(under: foreign), before, "the folder is left as it was")
    XCTAssertEqual(
      try String(contentsOf: foreign.appendingPathComponent("bang-luong.csv"), encoding: .utf8), "ten,luong\nA,1000\n")
  }

  func testServeShowsNothingFromAFolderSwappedInWhileServing() throws {
    let server = try PreviewProcess.start()
    defer { server.stop() }
    XCTAssertEqual(try PreviewProcess.get(server.port, "/assets/style.css")?.status, 200)
    // Another project's files replace the site under the same name.
    let fm = FileManager.default
    try fm.moveItem(at: server.output, to: server.output.deletingLastPathComponent().appendingPathComponent("site-cu"))
    TestSupport.write(["bang-luong.csv": "ten,luong\nA,1000\n", "assets/style.css": "/* khác */\n"], to: server.output)
    XCTAssertEqual(try PreviewProcess.get(server.port, "/bang-luong.csv")?.status, 404)
    XCTAssertEqual(try PreviewProcess.get(server.port, "/assets/style.css")?.status, 404)
  }

  // MARK: - kept from the previous server

  func testServeKeepsRequestsInsideTheOutputFolderAndOnLoopbackNames() throws {
    let server = try PreviewProcess.start()
    defer { server.stop() }
    let secret = server.output.deletingLastPathComponent().appendingPathComponent("secret.txt")
    try Data("bí mật\n".utf8).write(to: secret)
    try FileManager.default.createSymbolicLink(
      at: server.output.appendingPathComponent("ra-ngoai"),
      withDestinationURL: server.output.deletingLastPathComponent())
    for path in [
      "/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2F..%2Fsecret.txt", "/ra-ngoai/secret.txt",
      "/.plansite-output",
    ] {
      let reply = try PreviewProcess.get(server.port, path)
      XCTAssertEqual(reply?.status, 404, path)
      XCTAssertFalse(reply?.body.contains("bí mật") ?? true, path)
    }
    XCTAssertEqual(try PreviewProcess.get(server.port, "/assets/style.css?v=1")?.status, 200)
    let moved = try PreviewProcess.get(server.port, "/districts")
    XCTAssertEqual(moved?.status, 301)
    XCTAssertEqual(moved?.header("location"), "/districts/")
    XCTAssertEqual(try PreviewProcess.get(server.port, "/", host: "evil.example")?.status, 403, "DNS rebinding")
    XCTAssertEqual(try PreviewProcess.get(server.port, "/", method: "POST")?.status, 405)
    let head = try PreviewProcess.get(server.port, "/index.html", method: "HEAD")
    XCTAssertEqual(head?.status, 200)
    XCTAssertEqual(head?.body, "")
    XCTAssertGreaterThan(Int(head?.header("content-length") ?? "") ?? 0, 1000)
  }
}

// MARK: - helpers

/// A running `plansite serve` on the mini fixture, on a port the system chose.
final class PreviewProcess {
  let process: Process
  let port: Int
  let content: URL
  let output: URL
  let log: URL

  static var templates: URL { TestSupport.packageRoot.appendingPathComponent("templates") }

  struct NotStarted: Error, CustomStringConvertible {
    let log: String
    var description: String { "serve did not start within 60 s:\n\(log)" }
  }

  private init(process: Process, port: Int, content: URL, output: URL, log: URL) {
    self.process = process
    self.port = port
    self.content = content
    self.output = output
    self.log = log
  }

  /// `prepare` adds to the content folder before the server starts.
  static func start(
    environment: [String: String] = [:], prepare: (URL) throws -> Void = { _ in }
  ) throws -> PreviewProcess {
    let content = TestSupport.contentCopy(of: "mini")
    try prepare(content)
    let dir = content.deletingLastPathComponent()
    let output = dir.appendingPathComponent("output")
    let log = dir.appendingPathComponent("serve.log")
    FileManager.default.createFile(atPath: log.path, contents: nil)
    let p = Process()
    p.executableURL = TestSupport.binary
    p.arguments = [
      "serve", "--content", content.path, "--templates", templates.path, "--output", output.path,
      "--today", "2023-06-15", "--port", "0",
    ]
    p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let handle = try FileHandle(forWritingTo: log)
    p.standardOutput = handle
    p.standardError = handle
    try p.run()
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline && p.isRunning {
      let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
      if let r = text.range(of: "Xem trước tại http://127.0.0.1:") {
        let digits = text[r.upperBound...].prefix { $0.isNumber }
        if let port = Int(digits) {
          return PreviewProcess(process: p, port: port, content: content, output: output, log: log)
        }
      }
      usleep(50_000)
    }
    if p.isRunning { kill(p.processIdentifier, SIGKILL) }
    throw NotStarted(log: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
  }

  func stop() {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }

  var logText: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

  /// A GET of `target`, kept alive.
  static func request(_ target: String) -> [UInt8] {
    Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
  }

  /// Adds a paragraph at the end of a file, as an editor saving it in place does.
  static func append(_ paragraph: String, to file: URL) throws {
    let handle = try FileHandle(forWritingTo: file)
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("\n\(paragraph)\n".utf8))
  }

  /// User and system CPU time the server has used so far.
  func cpuSeconds() -> Double {
    guard let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return 0 }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    let ticks = (Double(fields[11]) ?? 0) + (Double(fields[12]) ?? 0)
    return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
  }

  /// One request on a fresh connection.
  static func get(_ port: Int, _ path: String, method: String = "GET", host: String = "127.0.0.1") throws
    -> RawConnection.Reply?
  {
    let c = try RawConnection(port: port)
    c.send(Array("\(method) \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8))
    return c.readReply(seconds: 10, bodyless: method == "HEAD")
  }

  /// Runs plansite to its end, or kills it after `seconds` (nil then).
  static func runToEnd(_ arguments: [String], seconds: Double) throws -> (status: Int32, stderr: String)? {
    let dir = TestSupport.temporaryDirectory("plansite-run")
    let out = dir.appendingPathComponent("stdout")
    let err = dir.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    let p = Process()
    p.executableURL = TestSupport.binary
    p.arguments = arguments
    p.standardOutput = try FileHandle(forWritingTo: out)
    p.standardError = try FileHandle(forWritingTo: err)
    try p.run()
    let deadline = Date().addingTimeInterval(seconds)
    while p.isRunning && Date() < deadline { usleep(50_000) }
    if p.isRunning {
      kill(p.processIdentifier, SIGKILL)
      p.waitUntilExit()
      return nil
    }
    return (p.terminationStatus, (try? String(contentsOf: err, encoding: .utf8)) ?? "")
  }
}

/// A plain TCP connection to 127.0.0.1: every byte sent is the test's own, and every wait is
/// bounded.
final class RawConnection {
  struct Reply {
    var status: Int
    var head: String
    var body: String

    func header(_ name: String) -> String? {
      for line in head.split(separator: "\r\n").dropFirst() {
        let parts = line.split(separator: ":", maxSplits: 1)
        if parts.count == 2, parts[0].lowercased() == name.lowercased() {
          return parts[1].trimmingCharacters(in: .whitespaces)
        }
      }
      return nil
    }
  }

  let fd: Int32
  private var received: [UInt8] = []
  private var eof = false

  init(port: Int) throws {
    fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_port = in_port_t(UInt16(port).bigEndian)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    let rc = withUnsafePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard rc == 0 else {
      close(fd)
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
  }

  deinit { close(fd) }

  /// Sends `bytes` within 10 s; stops quietly when the server closed or stopped reading.
  func send(_ bytes: [UInt8]) {
    var offset = 0
    let deadline = Date().addingTimeInterval(10)
    while offset < bytes.count && Date() < deadline {
      let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
      if n > 0 {
        offset += n
      } else if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
        var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        _ = poll(&p, 1, 100)
      } else {
        return
      }
    }
  }

  /// Reads what is available within `seconds`; false when nothing more can come.
  @discardableResult
  private func fill(until deadline: Date) -> Bool {
    guard !eof else { return false }
    let ms = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
    var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    guard poll(&p, 1, ms) > 0 else { return false }
    var chunk = [UInt8](repeating: 0, count: 65536)
    let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
    if n <= 0 {
      eof = true
      return false
    }
    received += chunk[0..<n]
    return true
  }

  /// The next whole response (head, and a body of its Content-Length), or nil when none came
  /// within `seconds`.
  func readReply(seconds: Double, bodyless: Bool = false) -> Reply? {
    let deadline = Date().addingTimeInterval(seconds)
    let separator: [UInt8] = Array("\r\n\r\n".utf8)
    while Date() < deadline {
      if let end = firstRange(of: separator) {
        let head = String(decoding: received[0..<end], as: UTF8.self)
        let statusText = head.split(separator: " ").dropFirst().first ?? ""
        var reply = Reply(status: Int(statusText) ?? 0, head: head, body: "")
        let length = bodyless ? 0 : Int(reply.header("content-length") ?? "0") ?? 0
        let total = end + 4 + length
        while received.count < total && fill(until: deadline) {}
        guard received.count >= total else { return nil }
        reply.body = String(decoding: received[(end + 4)..<total], as: UTF8.self)
        received.removeFirst(total)
        return reply
      }
      if !fill(until: deadline) && (eof || Date() >= deadline) { return nil }
    }
    return nil
  }

  /// True when the server closed the connection within `seconds` (anything it still sent is
  /// read and dropped).
  func closedByPeer(seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while !eof && Date() < deadline { fill(until: deadline) }
    return eof
  }

  private func firstRange(of needle: [UInt8]) -> Int? {
    guard received.count >= needle.count else { return nil }
    for i in 0...(received.count - needle.count) where received[i] == needle[0] {
      if Array(received[i..<(i + needle.count)]) == needle { return i }
    }
    return nil
  }
}

extension String {
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
