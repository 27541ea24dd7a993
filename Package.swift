// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// The built-in annotator modules. Each one is the folder `Plugins/<Name>`, a library target that
/// depends on LedeCore (and LedeEnglish for English data) and declares
/// `public enum <Name>Module: AnnotatorModule`. Adding a module is its folder plus its name
/// here; the AnnotatorRegistry build-tool plugin registers it in every executable that links it.
let annotatorModules: [String] = ["Entities", "Numbers", "Places", "Quotes", "Roles", "Tagger"]

let package = Package(
    name: "lede",
    products: [
        .executable(name: "lede", targets: ["lede"]),
        .library(name: "LedeCore", targets: ["LedeCore"]),
        .library(name: "LedeEnglish", targets: ["LedeEnglish"]),
        .library(name: "LedeModels", targets: ["LedeModels"]),
        .library(name: "LedeShell", targets: ["LedeShell"]),
        // Every built-in annotator, for packages that build their own executable.
        .library(name: "LedeAnnotators", targets: ["LedeEnglish"] + annotatorModules),
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
        // The kernel: documents, the pipeline, the registry, tokenizer, regex, JSON, lexicon
        // machinery. No language data.
        .target(name: "LedeCore", dependencies: ["CPCRE2"]),
        // English: words, names, demonyms, titles, speech verbs, closed classes, abbreviations.
        .target(name: "LedeEnglish", dependencies: ["LedeCore"], resources: [.copy("Resources")]),
        // Learned models: feature hashing, averaged perceptron training, a compact model format.
        .target(name: "LedeModels", dependencies: ["LedeCore"]),
        .target(name: "LedeShell", dependencies: [
            "LedeCore",
            "CReadline",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(
            name: "lede",
            dependencies: ["LedeShell", "LedeEnglish"] + annotatorModules.map { .target(name: $0) },
            exclude: ["dist"],  // make dist: the portable build's packing script and README
            plugins: ["AnnotatorRegistry"]
        ),
        // Trains the learned models from the corpora (make model).
        .executableTarget(name: "lede-train", dependencies: ["LedeCore", "LedeEnglish", "LedeModels", "Tagger", "Places", "Entities"]),
        .executableTarget(
            name: "lede-bench",
            dependencies: ["LedeCore", "LedeEnglish"] + annotatorModules.map { .target(name: $0) },
            exclude: ["scripts"],
            plugins: ["AnnotatorRegistry"]
        ),
        .plugin(name: "AnnotatorRegistry", capability: .buildTool()),
        // What the tests share: running the real binary, tmux, the annotated sample, the registries.
        .target(
            name: "LedeTestSupport",
            dependencies: ["LedeCore", "LedeEnglish", "LedeShell"] + annotatorModules.map { .target(name: $0) },
            path: "Tests/LedeTestSupport"
        ),
        .testTarget(name: "LedeCoreTests", dependencies: ["LedeCore", "LedeEnglish", "LedeTestSupport"]),
        .testTarget(name: "LedeEnglishTests", dependencies: ["LedeEnglish", "LedeCore"]),
        .testTarget(name: "PlacesTests", dependencies: ["Places", "LedeCore", "LedeTestSupport"]),
        .testTarget(name: "EntitiesTests", dependencies: ["Entities", "Places", "Tagger", "LedeCore", "LedeTestSupport"]),
        .testTarget(name: "RolesTests", dependencies: ["Roles", "LedeCore", "LedeTestSupport"]),
        .testTarget(name: "QuotesTests", dependencies: ["Quotes", "LedeCore", "LedeTestSupport"]),
        .testTarget(name: "TaggerTests", dependencies: ["Tagger", "LedeModels", "LedeCore", "LedeTestSupport"]),
        .testTarget(name: "LedeModelsTests", dependencies: ["LedeModels", "LedeCore"]),
        .testTarget(
            name: "NumbersTests",
            dependencies: ["Numbers", "LedeCore", "LedeTestSupport"],
            resources: [.copy("examples.tsv")]
        ),
        // The shell's parts, in process.
        .testTarget(name: "LedeShellTests", dependencies: ["LedeShell", "LedeTestSupport"]),
        // The real binary, through pipes and a pseudo-terminal.
        .testTarget(name: "LedeEndToEndTests", dependencies: ["LedeTestSupport"]),
    ] + annotatorModules.map { name in
        // A module's lexicons and vocabulary, if it has any, live in Plugins/<Name>/Resources.
        let resources = FileManager.default.fileExists(atPath: "\(Context.packageDirectory)/Plugins/\(name)/Resources")
        return .target(name: name, dependencies: ["LedeCore", "LedeEnglish", "LedeModels"], path: "Plugins/\(name)",
                       resources: resources ? [.copy("Resources")] : nil)
    }
)
