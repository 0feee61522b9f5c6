import Foundation
import PlansiteContent

/// What the preview server knows about the latest build: its number (the reload signal) and,
/// when it failed, the diagnostics to show instead of the pages. Shared between the build loop
/// and the request handlers, so it is guarded by a lock.
final class PreviewState: @unchecked Sendable {
  private let lock = NSLock()
  private var _version = 0
  private var _failure: Diagnostics?

  /// Increases after every build, failed or not, so open pages reload and show the result.
  var version: Int { lock.withLock { _version } }

  /// The diagnostics of the latest build when it failed; nil while the site is fine.
  var failure: Diagnostics? { lock.withLock { _failure } }

  /// Both at once, so a page and its reload script agree.
  var snapshot: (version: Int, failure: Diagnostics?) { lock.withLock { (_version, _failure) } }

  func finished(failure: Diagnostics?) {
    lock.withLock {
      _version += 1
      _failure = failure
    }
  }
}
