// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// The built-in annotator modules. Each one is the folder `Plugins/<Name>`, a library target that
/// depends on LedeCore only and declares `public enum <Name>Module: AnnotatorModule`.
/// Adding a module is its folder plus its name here; the AnnotatorRegistry build-tool plugin
/// registers it in every executable that links it.
let annotatorModules: [String] = ["Entities", "Numbers", "Places", "Quotes", "Roles"]

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
        .target(name: "LedeCore", dependencies: ["CPCRE2"], resources: [.copy("Resources")]),
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
            exclude: ["scripts"],
            plugins: ["AnnotatorRegistry"]
        ),
        .plugin(name: "AnnotatorRegistry", capability: .buildTool()),
        .testTarget(
            name: "LedeCoreTests",
            dependencies: ["LedeCore"]
        ),
        .testTarget(name: "PlacesTests", dependencies: ["Places", "LedeCore"]),
        .testTarget(name: "EntitiesTests", dependencies: ["Entities", "Places", "LedeCore"]),
        .testTarget(name: "RolesTests", dependencies: ["Roles", "Entities", "Places", "LedeCore"]),
        .testTarget(name: "QuotesTests", dependencies: ["Quotes", "Roles", "Entities", "Places", "LedeCore"]),
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
    ] + annotatorModules.map { name in
        // A module's lexicons, if it has any, live in Plugins/<Name>/Resources.
        let resources = FileManager.default.fileExists(atPath: "\(Context.packageDirectory)/Plugins/\(name)/Resources")
        return .target(name: name, dependencies: ["LedeCore"], path: "Plugins/\(name)",
                       resources: resources ? [.copy("Resources")] : nil)
    }
)
