// swift-tools-version: 6.0
import PackageDescription

// The pipeline, one target per stage; dependencies point one way:
// PlansiteContent (files → model) ← PlansiteMarkdown (cmark-gfm) ← PlansiteSite (pages) ← PlansiteCLI.
let package = Package(
  name: "plansite",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "plansite", targets: ["plansite"])
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    // The offline bundle: a deflate zip writer with fixed timestamps beats writing one by hand.
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    // The preview server's HTTP/1: llhttp's linear parser with header-size limits, timers and
    // back-pressure, all tested at scale; a hand-written parser is what made FlyingFox's
    // quadratic, and NIO needs no URLSession (FoundationNetworking/libcurl), so the binary links
    // statically.
    .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
  ],
  targets: [
    .systemLibrary(
      name: "CCmarkGFM",
      pkgConfig: "libcmark-gfm",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
    ),
    // The few calls that differ between Linux and macOS (renameat2, mallopt, write, inotify, stat times), in C.
    .target(name: "CPlansiteSystem"),
    .target(
      name: "PlansiteContent",
      dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    .target(
      name: "PlansiteMarkdown",
      dependencies: ["CCmarkGFM"]
    ),
    // The default templates compiled in: the EmbedTemplates plugin turns every file of
    // templates/ into Swift source at build time (one executable file, unlike Bundle resources).
    .target(name: "PlansiteTemplates", plugins: ["EmbedTemplates"]),
    .plugin(name: "EmbedTemplates", capability: .buildTool()),
    .target(
      name: "PlansiteSite",
      dependencies: [
        "PlansiteContent", "PlansiteMarkdown", "PlansiteTemplates", "CPlansiteSystem",
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .target(
      name: "PlansiteCLI",
      dependencies: [
        "PlansiteContent", "PlansiteSite", "PlansiteMarkdown", "PlansiteTemplates", "CPlansiteSystem",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ]
    ),
    .executableTarget(
      name: "plansite",
      dependencies: [
        "PlansiteCLI", "CPlansiteSystem", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // `make bench` prints its single-core figures: Markdown against bare cmark-gfm, and what
    // a template name lookup costs.
    .executableTarget(
      name: "plansite-microbench",
      dependencies: [
        "CCmarkGFM", "PlansiteMarkdown", "PlansiteSite", .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    .target(
      name: "PlansiteTestSupport",
      dependencies: ["PlansiteContent"],
      path: "Tests/PlansiteTestSupport"
    ),
    .testTarget(name: "PlansiteContentTests", dependencies: ["PlansiteContent", "PlansiteTestSupport"]),
    // CCmarkGFM: the differential test renders with bare cmark-gfm through its C API.
    .testTarget(name: "PlansiteMarkdownTests", dependencies: ["PlansiteMarkdown", "CCmarkGFM"]),
    .testTarget(
      name: "PlansiteSiteTests",
      dependencies: [
        "PlansiteSite", "PlansiteContent", "PlansiteTestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // The preview's parts that need no running server (the folder watchers).
    .testTarget(name: "PlansiteCLITests", dependencies: ["PlansiteCLI"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "PlansiteTestSupport", "PlansiteContent", "PlansiteSite", .product(name: "Yams", package: "Yams"),
      ],
      exclude: ["Fixtures"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
