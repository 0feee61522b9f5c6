import NIOCore
import NIOHTTP1

/// Sits after NIO's HTTP decoder and keeps one connection within `ServerLimits`:
/// - a request the decoder refuses is answered 414 (target too long), 431 (headers too large)
///   or 400, then the connection is closed;
/// - the deadline: a connection must deliver a whole request within `idleTimeout` of opening or
///   of the previous answer (so neither an idle connection nor a head trickled byte by byte is
///   held), and a client must accept each piece of an answer within it; else it is closed.
/// Refusals close "lingering": the answer is sent, the sending side shut, and what the client
/// still sends is read and dropped until it closes or the deadline passes, so that its kernel
/// does not discard the answer on a reset.
final class ConnectionGuard: ChannelDuplexHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias InboundOut = HTTPServerRequestPart
  typealias OutboundIn = HTTPServerResponsePart
  typealias OutboundOut = HTTPServerResponsePart

  private let progress: RequestProgress
  private let timeout: TimeAmount
  private let maxFieldBytes: Int
  private var deadline: Scheduled<Void>?
  /// Requests received whose answer has not been written yet.
  private var unanswered = 0
  /// An answer has begun (its head written) and not ended.
  private var answering = false
  private var closing = false

  init(_ progress: RequestProgress, limits: ServerLimits) {
    self.progress = progress
    self.timeout = TimeAmount(limits.idleTimeout)
    self.maxFieldBytes = limits.maxFieldBytes
  }

  func handlerAdded(context: ChannelHandlerContext) {
    if context.channel.isActive { restartDeadline(context) }
  }

  func channelActive(context: ChannelHandlerContext) {
    restartDeadline(context)
    context.fireChannelActive()
  }

  func channelInactive(context: ChannelHandlerContext) {
    deadline?.cancel()
    deadline = nil
    context.fireChannelInactive()
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    guard !closing else { return }
    if case .end = Self.unwrapInboundIn(data) {
      // A whole request: from now on the server owes the answer, the client owes nothing.
      unanswered += 1
      deadline?.cancel()
      deadline = nil
    }
    context.fireChannelRead(data)
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    let part = Self.unwrapOutboundIn(data)
    switch part {
    case .head: answering = true
    case .end: answering = false
    case .body: break
    }
    let written = promise ?? context.eventLoop.makePromise()
    let loopContext = context.loopBound
    written.futureResult.assumeIsolated().whenSuccess { [self] in
      if case .end = part { unanswered = max(0, unanswered - 1) }
      // Each piece the client took gives it the full time for the next (or the next request).
      if unanswered == 0 || answering { restartDeadline(loopContext.value) }
    }
    if deadline == nil { restartDeadline(context) }
    context.write(data, promise: written)
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    // After a decoding error the decoder reports every further byte as an error: dropped.
    if closing { return }
    if case ByteToMessageDecoderError.dataReceivedInErrorState = error { return }
    guard error is HTTPParserError else {
      context.fireErrorCaught(error)
      return
    }
    let status = progress.refusal ?? .badRequest
    let message: String
    switch status {
    case .uriTooLong: message = "địa chỉ yêu cầu quá dài (tối đa \(maxFieldBytes / 1024) KiB)"
    case .requestHeaderFieldsTooLarge: message = "phần đầu (header) của yêu cầu quá lớn"
    default: message = "yêu cầu HTTP không hợp lệ"
    }
    refuse(context, status: status, message: message)
  }

  // MARK: - the deadline

  private func restartDeadline(_ context: ChannelHandlerContext) {
    deadline?.cancel()
    let loopContext = context.loopBound
    deadline = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) { [self] in
      deadline = nil
      // Closed without an answer, as nginx does: NIO's pipelining handler allows an answer only
      // to a request it has seen, and a client that sends nothing for so long is not reading.
      loopContext.value.close(promise: nil)
    }
  }

  /// Answers `status` (unless an answer is under way), shuts the sending side and drops what
  /// still comes until the client closes or the deadline passes.
  private func refuse(_ context: ChannelHandlerContext, status: HTTPResponseStatus, message: String) {
    closing = true
    deadline?.cancel()
    deadline = nil
    guard !answering else {
      context.close(promise: nil)
      return
    }
    let body = context.channel.allocator.buffer(string: message + "\n")
    var headers = HTTPHeaders()
    headers.add(name: "content-type", value: "text/plain; charset=utf-8")
    headers.add(name: "content-length", value: "\(body.readableBytes)")
    headers.add(name: "connection", value: "close")
    context.write(
      Self.wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
    context.write(Self.wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
    let loopContext = context.loopBound
    context.writeAndFlush(Self.wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
      loopContext.value.close(mode: .output, promise: nil)
    }
    restartDeadline(context)
  }
}
