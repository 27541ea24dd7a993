// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for lede (`make fuzz`, and a short run in `make test`). Build with
// `swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing`.
// Each target's main.swift hands its test function to libFuzzer's driver (`LLVMFuzzerRunDriver`).
let package = Package(
    name: "LedeFuzz",
    dependencies: [
        .package(name: "lede", path: "../.."),
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "LedeCore", package: "lede"),
                .product(name: "LedeShell", package: "lede"),
                .product(name: "LedeAnnotators", package: "lede"),
            ],
            plugins: [.plugin(name: "AnnotatorRegistry", package: "lede")]
        ),
        .executableTarget(name: "FuzzAnnotators", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzDocumentJSON", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzJSONLines", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzCommands", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzLayerEdits", dependencies: ["FuzzSupport"]),
    ]
)
