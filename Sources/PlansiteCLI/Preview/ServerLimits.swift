import Foundation

/// What one client may cost the preview server. A request's target and headers are bounded by
/// NIO's parser (llhttp, linear in the bytes received): a longer target is answered 414, larger
/// headers 431. A connection where nothing moves for `idleTimeout` is closed: one that sends
/// no complete request in that time (idle, or a head trickled byte by byte), or that stops
/// reading a response. At most `maxConnections` are open at once; more are closed on accept.
/// A request held for the reload signal owes the server nothing, so it is not timed out; it is
/// answered within `holdTimeout`, and at most `maxWaiting` are held.
struct ServerLimits: Sendable {
  /// The request target (path and query), in bytes; NIO applies it to each header field too.
  var maxFieldBytes = 16 * 1024
  /// The target and every header together.
  var maxHeaderBytes = 64 * 1024
  var maxHeaderFields = 100
  var idleTimeout: Duration = .seconds(15)
  var maxConnections = 64
  /// How long the reload signal's request (`/__plansite/version?after=N`) is held while no
  /// build ends; then it is answered with the same number and the page asks again.
  var holdTimeout: Duration = .seconds(25)

  /// Requests held at once for the reload signal: at most 4, and at most half of
  /// `maxConnections`, so that held requests never take the connections other requests need.
  /// 4 because a browser opens at most 6 connections to one host: pages waiting on all of them
  /// would stall page loads. Pages beyond these are answered at once and ask again a second later.
  var maxWaiting: Int { min(4, maxConnections / 2) }

  /// The tests shorten the timeout and lower the cap through the environment, so that they
  /// run in a second; people have no need to change either.
  static let idleTimeoutVariable = "PLANSITE_SERVE_IDLE_TIMEOUT"
  static let maxConnectionsVariable = "PLANSITE_SERVE_MAX_CONNECTIONS"

  struct Invalid: Error {
    let message: String
  }

  init() {}

  init(environment: [String: String]) throws(Invalid) {
    if let text = environment[Self.idleTimeoutVariable] {
      guard let seconds = Double(text), seconds.isFinite, seconds > 0, seconds <= 3600 else {
        throw Invalid(
          message: "\(Self.idleTimeoutVariable) phải là số giây từ 0,1 đến 3600 (dấu chấm thập phân), ví dụ 15")
      }
      idleTimeout = .milliseconds(max(100, Int((seconds * 1000).rounded())))
    }
    if let text = environment[Self.maxConnectionsVariable] {
      guard let count = Int(text), (1...10_000).contains(count) else {
        throw Invalid(message: "\(Self.maxConnectionsVariable) phải là số nguyên từ 1 đến 10000, ví dụ 64")
      }
      maxConnections = count
    }
  }
}
