// swift-tools-version: 6.0
import PackageDescription

// A package of one's own that adds an annotator module to lede and builds its own `my-lede`
// with every built-in annotator plus its own.
let package = Package(
    name: "CustomAnnotator",
    dependencies: [
        // `name:` fixes the package identity to "lede", whatever the checkout folder is called.
        .package(name: "lede", path: "../.."),
    ],
    targets: [
        // The annotator module: a folder under Plugins/, declaring `public enum CasualtiesModule`.
        .target(
            name: "Casualties",
            dependencies: [.product(name: "LedeCore", package: "lede")],
            path: "Plugins/Casualties",
            resources: [.copy("Resources")]
        ),
        // The executable: lede's command line with every annotator it links, registered by the
        // AnnotatorRegistry build-tool plugin.
        .executableTarget(
            name: "my-lede",
            dependencies: [
                .product(name: "LedeShell", package: "lede"),
                .product(name: "LedeAnnotators", package: "lede"),
                "Casualties",
            ],
            plugins: [.plugin(name: "AnnotatorRegistry", package: "lede")]
        ),
        .testTarget(
            name: "CasualtiesTests",
            dependencies: ["Casualties", .product(name: "LedeAnnotators", package: "lede"), .product(name: "LedeCore", package: "lede"),
                           .product(name: "LedeShell", package: "lede")],
            plugins: [.plugin(name: "AnnotatorRegistry", package: "lede")]
        ),
    ]
)
