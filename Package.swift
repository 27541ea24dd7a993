// swift-tools-version: 6.0
import PackageDescription

/// The built-in annotator modules. Each one is the folder `Plugins/<Name>`, a library target that
/// depends on LedeCore only and declares `public enum <Name>Module: AnnotatorModule`.
/// Adding a module is its folder plus its name here; the AnnotatorRegistry build-tool plugin
/// registers it in every executable that links it.
let annotatorModules: [String] = ["Numbers"]

let package = Package(
    name: "lede",
    products: [
        .executable(name: "lede", targets: ["lede"]),
        .library(name: "LedeCore", targets: ["LedeCore"]),
        .library(name: "LedeShell", targets: ["LedeShell"]),
        // Every built-in annotator, for packages that build their own executable.
        .library(name: "LedeAnnotators", targets: annotatorModules.isEmpty ? ["LedeCore"] : annotatorModules),
        .plugin(name: "AnnotatorRegistry", targets: ["AnnotatorRegistry"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        // No pkgConfig on purpose: readline.pc brings flags SwiftPM rejects. GPL-3.0-or-later:
        // only LedeShell links it; LedeCore and the annotator modules never do.
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        .target(name: "LedeCore", dependencies: ["CPCRE2"]),
        .target(name: "LedeShell", dependencies: [
            "LedeCore",
            "CReadline",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(
            name: "lede",
            dependencies: ["LedeShell"] + annotatorModules.map { .target(name: $0) },
            plugins: ["AnnotatorRegistry"]
        ),
        .executableTarget(
            name: "lede-bench",
            dependencies: ["LedeCore"] + annotatorModules.map { .target(name: $0) },
            plugins: ["AnnotatorRegistry"]
        ),
        .plugin(name: "AnnotatorRegistry", capability: .buildTool()),
        .testTarget(
            name: "LedeCoreTests",
            dependencies: ["LedeCore"]
        ),
        .testTarget(
            name: "LedeShellTests",
            dependencies: ["LedeShell"]
        ),
        .testTarget(
            name: "NumbersTests",
            dependencies: ["Numbers", "LedeCore"],
            path: "Tests/NumbersTests",
            resources: [.copy("examples.tsv")]
        ),
    ] + annotatorModules.map {
        .target(name: $0, dependencies: ["LedeCore"], path: "Plugins/\($0)", resources: [.copy("Resources")])
    }
)
