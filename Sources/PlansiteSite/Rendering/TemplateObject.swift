import Mustache

/// A view model seen by swift-mustache through `MustacheParent` instead of reflection.
/// The library reflects (`Mirror`) on a struct for every name it looks up, and again for every
/// level of the context stack a name is missing from: that was two thirds of a build's CPU.
/// Here each struct is reflected once, on first use, into a dictionary of its fields; children
/// are wrapped the same way as they are reached. Nil optionals are left out, so they read as
/// false in `{{#x}}` as they did on structs.
final class TemplateObject: MustacheParent {
  private let value: Any
  private var fields: [String: Any]?

  init(_ value: Any) { self.value = value }

  func child(named name: String) -> Any? {
    if fields == nil {
      var f: [String: Any] = [:]
      for child in Mirror(reflecting: value).children {
        if let label = child.label, let wrapped = TemplateObject.wrap(child.value) { f[label] = wrapped }
      }
      fields = f
    }
    return fields?[name]
  }

  /// Strings, numbers and booleans as they are; arrays element by element; structs wrapped.
  static func wrap(_ value: Any) -> Any? {
    switch value {
    case is String, is Bool, is Int, is Double: return value
    // Answers lookups itself (TemplateFields.swift), and so do the elements of such arrays.
    case is MustacheParent, is [MustacheParent]: return value
    case let array as [Any]: return array.compactMap(wrap)
    default: break
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional: return mirror.children.first.flatMap { wrap($0.value) }
    case .collection, .set: return mirror.children.compactMap { wrap($0.value) }
    case .struct, .class: return TemplateObject(value)
    default: return value
    }
  }
}
