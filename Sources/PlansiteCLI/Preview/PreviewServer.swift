import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The loopback HTTP server of `plansite serve`, on SwiftNIO's HTTP/1 (llhttp: linear parsing
/// with size limits). It listens on 127.0.0.1 only, never on other interfaces, and keeps each
/// client within `ServerLimits` (see `ConnectionGuard`).
struct PreviewServer: Sendable {
  enum StartError: Error {
    case portInUse(Int)
    case permissionDenied(Int)
    case other(String)
  }

  typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>

  /// A bound, listening socket. Clients that connect before `serve` starts wait in its queue
  /// (the first build runs meanwhile), so the port is taken once, with no window for another
  /// program between a check and the real bind.
  struct Listener: Sendable {
    let channel: NIOAsyncChannel<Connection, Never>
    var port: Int { channel.channel.localAddress?.port ?? 0 }
  }

  let handler: PreviewHandler

  static func listen(port: Int, limits: ServerLimits) async throws(StartError) -> Listener {
    let slots = ConnectionSlots(limit: limits.maxConnections)
    let decoderLimits = {
      var d = NIOHTTPDecoderLimitConfiguration()
      d.maxHeaderFieldSize = limits.maxFieldBytes
      d.maxHeaderListSize = limits.maxHeaderBytes
      d.maxHeaderFieldCount = limits.maxHeaderFields
      return d
    }()
    do {
      let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .serverChannelOption(.backlog, value: 256)
        .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
        .bind(host: "127.0.0.1", port: port) { (channel: any Channel) -> EventLoopFuture<Connection> in
          // Over the cap: closed at once, before reading a byte.
          guard slots.take() else {
            channel.close(promise: nil)
            return channel.eventLoop.makeFailedFuture(ChannelError.ioOnClosedChannel)
          }
          channel.closeFuture.whenComplete { _ in slots.give() }
          return channel.eventLoop.makeCompletedFuture {
            let progress = RequestProgress()
            let pipeline = channel.pipeline.syncOperations
            // NIO's server pipeline, with the two halves of RequestProgress around the decoder
            // and ConnectionGuard in place of NIO's error handler (which answers only 400).
            try pipeline.addHandlers([
              RequestLineSplitter(progress),
              HTTPResponseEncoder(),
              ByteToMessageHandler(
                HTTPRequestDecoder(leftOverBytesStrategy: .dropBytes, limitConfiguration: decoderLimits)),
              RequestBoundary(progress),
              HTTPServerPipelineHandler(),
              NIOHTTPResponseHeadersValidator(),
              ConnectionGuard(progress, limits: limits),
            ])
            return try Connection(wrappingChannelSynchronously: channel)
          }
        }
      return Listener(channel: channel)
    } catch let error as IOError {
      switch error.errnoCode {
      case EADDRINUSE: throw .portInUse(port)
      case EACCES, EPERM: throw .permissionDenied(port)
      default: throw .other("\(error)")
      }
    } catch {
      throw .other("\(error)")
    }
  }

  /// Answers the listener's connections until the task is cancelled.
  func serve(_ listener: Listener) async {
    await withTaskCancellationHandler {
      try? await listener.channel.executeThenClose { connections in
        for try await connection in connections {
          // One task per connection; at most `maxConnections` exist, and each ends with it: a
          // request held for the reload signal is let go when its client leaves.
          let task = Task { await answer(connection) }
          connection.channel.closeFuture.whenComplete { _ in task.cancel() }
        }
      }
    } onCancel: {
      listener.channel.channel.close(promise: nil)
    }
  }

  /// The requests of one connection, in order, until it closes.
  private func answer(_ connection: Connection) async {
    try? await connection.executeThenClose { requests, responses in
      var head: HTTPRequestHead?
      for try await part in requests {
        switch part {
        case .head(let h):
          head = h
        case .body:
          continue
        case .end:
          guard let request = head else { continue }
          head = nil
          let response = await handler.respond(
            to: PreviewRequest(
              method: request.method.rawValue, target: request.uri, host: request.headers.first(name: "host")))
          try await send(response, for: request, to: responses)
          if !request.isKeepAlive { return }
        }
      }
    }
  }

  private func send(
    _ response: PreviewResponse, for request: HTTPRequestHead,
    to out: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>
  ) async throws {
    var headers = HTTPHeaders()
    headers.add(name: "Content-Type", value: response.contentType)
    headers.add(name: "Content-Length", value: "\(response.contentLength)")
    headers.add(name: "Cache-Control", value: "no-store")
    headers.add(name: "X-Content-Type-Options", value: "nosniff")
    for (name, value) in response.headers { headers.add(name: name, value: value) }
    if !request.isKeepAlive { headers.add(name: "Connection", value: "close") }
    let status = HTTPResponseStatus(statusCode: response.status)
    try await out.write(.head(HTTPResponseHead(version: request.version, status: status, headers: headers)))
    let withBody = request.method != .HEAD
    switch response.body {
    case .bytes(let data):
      if withBody && !data.isEmpty { try await out.write(.body(.byteBuffer(ByteBuffer(bytes: data)))) }
    case .file(let handle, let size):
      defer { try? handle.close() }
      var left = withBody ? size : 0
      while left > 0 {
        // The writer waits while the client is not reading: one piece in memory at a time.
        guard let piece = try handle.read(upToCount: min(left, 64 * 1024)), !piece.isEmpty else {
          throw ShortFile()  // the file shrank while being sent: the connection is closed
        }
        left -= piece.count
        try await out.write(.body(.byteBuffer(ByteBuffer(bytes: piece))))
      }
    }
    try await out.write(.end(nil))
  }

  private struct ShortFile: Error {}
}

/// How many connections are open, against the cap; shared by the accepting event loops.
final class ConnectionSlots: @unchecked Sendable {
  private let lock = NSLock()
  private var open = 0
  private let limit: Int

  init(limit: Int) { self.limit = limit }

  func take() -> Bool {
    lock.withLock {
      guard open < limit else { return false }
      open += 1
      return true
    }
  }

  func give() { lock.withLock { open -= 1 } }
}
