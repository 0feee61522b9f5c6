import NIOCore
import NIOHTTP1

/// Where the current request of one connection stands, kept by the two handlers around NIO's
/// decoder. NIO reports a target too long and headers too large as one `headerOverflow`; this
/// says which it was (414 or 431). Used only on the connection's event loop.
final class RequestProgress {
  /// True from the end of one request until the next request line has reached the decoder.
  var inRequestLine = true
  /// Set when the decoder completes a request (the splitter reads and clears it).
  var requestEnded = false
  /// What the first refused request gets, fixed when the decoder fails: NIO's pipelining
  /// handler may hand the error on only after the answers owed before it are written.
  var refusal: HTTPResponseStatus?
}

/// Before NIO's HTTP decoder: hands it the bytes one line at a time, so that after each line
/// `RequestProgress.inRequestLine` is exact. Line ends are found by one forward scan, so a
/// request costs time linear in its bytes. Empty lines before a request line (which HTTP
/// allows) do not end it.
final class RequestLineSplitter: ChannelInboundHandler {
  typealias InboundIn = ByteBuffer
  typealias InboundOut = ByteBuffer

  private let progress: RequestProgress

  init(_ progress: RequestProgress) {
    self.progress = progress
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    var buffer = Self.unwrapInboundIn(data)
    while let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
      let line = buffer.readSlice(length: newline - buffer.readerIndex + 1)!
      let blank = line.readableBytesView.allSatisfy { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }
      forward(line, context: context, complete: !blank)
    }
    if buffer.readableBytes > 0 {
      forward(buffer, context: context, complete: false)
    }
  }

  /// `complete`: the piece ends a line with something on it.
  private func forward(_ piece: ByteBuffer, context: ChannelHandlerContext, complete: Bool) {
    progress.requestEnded = false
    context.fireChannelRead(Self.wrapInboundOut(piece))
    if progress.requestEnded {
      progress.inRequestLine = true  // the piece ended a request (its blank line or last body byte)
    } else if complete {
      progress.inRequestLine = false
    }
  }
}

/// Right after NIO's HTTP decoder, before anything that could delay its events: notes where each
/// request ends and, on the first decoding error, what the refusal is.
final class RequestBoundary: ChannelInboundHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias InboundOut = HTTPServerRequestPart

  private let progress: RequestProgress

  init(_ progress: RequestProgress) {
    self.progress = progress
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    if case .end = Self.unwrapInboundIn(data) {
      progress.requestEnded = true
      progress.inRequestLine = true
    }
    context.fireChannelRead(data)
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    if progress.refusal == nil, let parseError = error as? HTTPParserError {
      if case .headerOverflow = parseError {
        progress.refusal = progress.inRequestLine ? .uriTooLong : .requestHeaderFieldsTooLarge
      } else {
        progress.refusal = .badRequest
      }
    }
    context.fireErrorCaught(error)
  }
}
