import PlansiteCLI

/// The executable is only this: behaviour lives in PlansiteCLI and the libraries below it.
@main
enum Entry {
  static func main() async { await Plansite.main() }
}
