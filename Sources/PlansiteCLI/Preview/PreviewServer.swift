import FlyingFox
import FlyingSocks
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The loopback HTTP server of `plansite serve` (FlyingFox: no SwiftNIO, quick to build, and
/// enough for one editor's browser). It listens on 127.0.0.1 only, never on other interfaces.
struct PreviewServer {
  enum StartError: Error {
    case portInUse(Int)
    case permissionDenied(Int)
    case other(String)
  }

  let port: Int
  let handler: PreviewHandler

  /// Runs until cancelled; `ready` is called with the port once it is listening (the real
  /// port when asked for port 0).
  func run(ready: @Sendable (Int) -> Void) async throws {
    let address: sockaddr_in
    do {
      address = try sockaddr_in.inet(ip4: "127.0.0.1", port: UInt16(port))
    } catch {
      throw StartError.other("\(error)")
    }
    let server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: handler)
    let failed = FailureBox()
    let task = Task {
      do { try await server.run() } catch {
        failed.set(error)
        throw error
      }
    }
    // Either it listens, or `run` fails (the port was taken since the probe).
    while !(await server.isListening) {
      if let error = failed.get() { throw Self.startError(error, port: port) }
      try? await Task.sleep(for: .milliseconds(10))
    }
    var actual = port
    if case .ip4(_, let p)? = await server.listeningAddress { actual = Int(p) }
    ready(actual)
    await withTaskCancellationHandler {
      _ = await task.result
    } onCancel: {
      Task { await server.stop(timeout: 0.5) }
    }
  }

  private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?
    func set(_ e: any Error) { lock.withLock { error = e } }
    func get() -> (any Error)? { lock.withLock { error } }
  }

  /// Whether 127.0.0.1:`port` can be bound now, asked before building so a taken port is
  /// reported at once, in words, instead of after the first build.
  static func probe(port: Int) throws {
    guard port != 0 else { return }
    let socket: Socket
    do {
      socket = try Socket(domain: AF_INET)
    } catch {
      throw StartError.other("\(error)")
    }
    defer { try? socket.close() }
    try? socket.setValue(true, for: .localAddressReuse)
    do {
      try socket.bind(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: UInt16(port)))
    } catch {
      throw startError(error, port: port)
    }
  }

  static func startError(_ error: any Error, port: Int) -> StartError {
    if let e = error as? StartError { return e }
    if case SocketError.failed(_, let code, _) = error {
      if code == EADDRINUSE { return .portInUse(port) }
      if code == EACCES || code == EPERM { return .permissionDenied(port) }
    }
    return .other("\(error)")
  }
}
