/// Keeps what reading one unit's folder gave (`ContentLoader.readDistrict`: its `District` and
/// its own diagnostics, Markdown's included) for a later load: with one, a unit whose inputs did
/// not change is not read again. The loader asks for every unit and stores what it had to read;
/// checks across units (names, map tiles, wholes, folder names against plan.yaml) run on every
/// load over all of them. `PlansiteSite` keeps the records beside the output (`UnitLoadCache`).
///
/// `context` is what the loader adds to the unit's files: how paths are shown and where the
/// content folder really is (diagnostics name both), the date values are judged against, the
/// Action Month window and whether Markdown is inspected. An implementation must return a
/// record only when the unit's folder and everything else loading it reads (plan.yaml,
/// site.yaml, action-month.yaml, the binary) are what they were when it was stored under the
/// same `context`.
public protocol DistrictLoadCache: Sendable {
  /// What `store` kept for `slug` under `context`, or nil: a miss, and the folder is read.
  func lookup(_ slug: String, context: String) -> (District?, Diagnostics)?
  func store(_ slug: String, context: String, _ district: District?, _ diagnostics: Diagnostics)
}
